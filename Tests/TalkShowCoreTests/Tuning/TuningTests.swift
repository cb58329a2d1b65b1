import Testing
import Foundation
@testable import TalkShowCore
import TalkShowTestSupport

@Suite struct ExplanationTests {
    /// explain's terms add up to raw exactly, on every sample article and every bundled scenario.
    @Test func contributionsPlusBias_equalRaw() throws {
        let scenarios = try Corpus.bundledScenarios()
        for (_, text) in Corpus.sampleArticles() {
            let sheet = FactExtractor().extract(Article(text: text))
            for s in scenarios {
                for p in Explanation(sheet: sheet, scenario: s).personas {
                    let sum = p.contributions.reduce(p.bias) { $0 + $1.value }
                    #expect(abs(sum - p.raw) < 1e-9)
                    #expect(abs(tanh(p.raw) - p.stance) < 1e-12)
                }
            }
        }
    }

    /// Tuning's lean sum (weight tables over a scoring sheet) is the full reading's raw, bit
    /// for bit, and its evaluation the same as one built from the whole trajectory, on every
    /// sample article and bundled scenario.
    @Test func fastSum_equalsTheFullReading_exactly() throws {
        let scenarios = try Corpus.bundledScenarios()
        var checked = 0
        for (_, text) in Corpus.sampleArticles() {
            let sheet = FactExtractor().extract(Article(text: text))
            let scoring = ScoringSheet(sheet)
            for s in scenarios {
                var opening: [Double] = []
                for persona in s.personas {
                    let full = StanceModel.read(persona, sheet, rules: s.stance)
                    #expect(StanceModel.raw(WeightTable(persona, s.stance), scoring) == full.raw)
                    opening.append(full.stance)
                    checked += 1
                }
                let dynamics = StanceDynamics(s)
                let final = dynamics.trajectory(from: opening, updates: s.rounds + 1).last!
                let outcome = PanelEvaluator.evaluate(scoring, PanelEvaluator.Panel(s))
                #expect(outcome.stances == final)
            }
        }
        #expect(checked >= 40)
    }

    @Test func ordinals_followDeclarationOrder() {
        #expect(Topic.allCases.map(\.ordinal) == Array(0..<Topic.allCases.count))
        #expect(FactKind.allCases.map(\.ordinal) == Array(0..<FactKind.allCases.count))
    }

    @Test func json_listsEveryTermAtFullPrecision() throws {
        let sheet = FactExtractor().extract(Article(text: "Revenue rose 12% to $4.1 billion, while margin slipped to 31% from 34%."))
        var w = JSONWriter()
        Explanation(sheet: sheet, scenario: .builtIn).write(to: &w)
        let object = try JSONSerialization.jsonObject(with: Data(w.bytes)) as! [String: Any]
        let personas = object["personas"] as! [[String: Any]]
        #expect(personas.count == 4)
        for p in personas {
            let terms = p["contributions"] as! [[String: Any]]
            let sum = terms.reduce(p["bias"] as! Double) { $0 + ($1["value"] as! Double) }
            #expect(abs(sum - (p["raw"] as! Double)) < 1e-9)
        }
    }
}

@Suite struct SweepTests {
    let sheet = FactExtractor().extract(Article(text: "Revenue rose 12% to $4.1 billion, while margin slipped to 31% from 34%. The company will spend $2 billion on plants."))

    @Test func sweep_givesAStepPerValue_andTheFastPathAtEach() throws {
        let (path, values) = try Sweep.parse("personas.Greta.stubbornness=0..1:0.25", in: .builtIn)
        #expect(values == [0, 0.25, 0.5, 0.75, 1])
        let sweep = try Sweep(sheet: sheet, scenario: .builtIn, path: path, values: values)
        #expect(sweep.steps.count == 5)
        var s = Scenario.builtIn
        s.personas[0].stubbornness = 0.75
        #expect(sweep.steps[3].outcome == PanelEvaluator.evaluate(sheet, s))
        #expect(sweep.csv.split(separator: "\n").count == 6)
        let svg = SweepChart.svg(sweep)
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.contains("<polyline"))
        #expect(svg.contains("Greta"))
    }

    /// The stance model's coefficients are parameters like any other: a sweep moves them,
    /// the fast path follows, and a full reading of the changed scenario agrees.
    @Test func stancePaths_reachTheStanceModel() throws {
        let path = try ParameterPath("stance.unweightedTopic", in: .builtIn)
        #expect(path.value(in: .builtIn) == 0.3)
        let loud = try path.setting(3, in: .builtIn)
        #expect(loud.stance.unweightedTopic == 3)
        let scoring = ScoringSheet(sheet)
        for persona in loud.personas {
            let full = StanceModel.read(persona, sheet, rules: loud.stance)
            #expect(StanceModel.raw(WeightTable(persona, loud.stance), scoring) == full.raw)
        }
        #expect(PanelEvaluator.evaluate(sheet, loud).stances != PanelEvaluator.evaluate(sheet, .builtIn).stances)
        #expect(throws: ParameterPath.PathError.self) { try ParameterPath("stance.leadWieght", in: .builtIn) }
        #expect(throws: ParameterPath.PathError.outOfRange("stance.presence", 2, 0...1)) {
            try ParameterPath("stance.presence", in: .builtIn).setting(2, in: .builtIn)
        }
    }

    @Test func badPathsAndRanges_sayWhatToFix() {
        #expect(throws: ParameterPath.PathError.self) { try Sweep.parse("personas.Gretta.bias=0..1:0.1", in: .builtIn) }
        #expect(throws: ParameterPath.PathError.outOfRange("personas.Greta.stubbornness", 1.5, 0...1)) {
            try Sweep.parse("personas.Greta.stubbornness=0..1.5:0.5", in: .builtIn)
        }
        #expect(throws: Sweep.SweepError.badSpec("rounds=1-3")) { try Sweep.parse("rounds=1-3", in: .builtIn) }
    }
}

@Suite struct EvaluationTests {
    @Test func balancedAccuracy_isTheMeanOfPerClassRecall() {
        let pairs: [(ours: String, theirs: String)] = [("consensus", "consensus"), ("consensus", "consensus"), ("consensus", "consensus"),
                                                        ("consensus", "no_consensus"), ("no_consensus", "unknown")]
        let a = Evaluation.agreement(pairs, classes: Evaluation.verdictClasses)
        #expect(a.n == 4)
        #expect(abs(a.plain - 0.75) < 1e-12)
        #expect(abs(a.balanced - 0.5) < 1e-12)  // "always consensus" is only half right
    }
}

@Suite struct TunerTests {
    @Test func tuning_staysInRange_andNeverLowersTrainingAgreement() {
        let texts = ["Revenue rose 12% to $4.1 billion and profit jumped 20%.", "Shares plunged 30% after the trial failed and the lender cut its outlook.",
                     "Sales fell 5% while costs rose 9%, but the dividend was raised 10%.", "The company expects growth of 3% and plans $2 billion of buybacks."]
        let labels = [("consensus", "bullish"), ("consensus", "bearish"), ("no_consensus", "mixed"), ("consensus", "neutral")]
        let cases = zip(texts, labels).enumerated().map { i, pair in
            Tuner.Case(sheet: FactExtractor().extract(Article(text: pair.0)),
                       label: LabelledCase(name: "c\(i)", article: pair.0, verdict: pair.1.0, panelStance: pair.1.1))
        }
        let (fitted, evaluations) = Tuner(budget: 200, seed: 3).fit(.builtIn, cases)
        #expect(evaluations <= 200)
        #expect(Tuner.agreement(fitted, cases) >= Tuner.agreement(.builtIn, cases))
        let data = try? StableJSON.encode(fitted)
        #expect(data.flatMap { try? Scenario.decode($0) } != nil)
    }
}
