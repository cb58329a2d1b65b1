import Foundation

/// Fits a scenario's parameters to labelled cases by coordinate descent within their
/// documented ranges, judged on held-out folds.
///
/// The objective is the mean of verdict and stance balanced accuracy on the training cases
/// (the fast path: stances and verdict, no text), plus a small smooth term for how clearly
/// each case falls on the right side of the verdict rule, minus a small pull toward the
/// starting values, so that among equally good settings the least changed one wins.
public struct Tuner: Sendable {
    public struct Case: Sendable {
        public let sheet: FactSheet
        public var label: LabelledCase
        /// The sheet's numbers, read by every evaluation.
        public let scoring: ScoringSheet

        public init(sheet: FactSheet, label: LabelledCase) {
            self.sheet = sheet
            self.label = label
            self.scoring = ScoringSheet(sheet)
        }
    }

    public struct Fold: Sendable {
        public var trainBefore: Double, trainAfter: Double
        public var heldOutBefore: Double, heldOutAfter: Double
        public var heldOut: [String]
    }

    public struct Report: Sendable {
        public var folds: [Fold]
        public var scenario: Scenario
        public var changes: [(path: String, from: Double, to: Double)]
        public var allBefore: Double, allAfter: Double
        public var evaluations: Int
    }

    public let budget: Int
    public let seed: UInt64

    public init(budget: Int, seed: UInt64) {
        self.budget = budget
        self.seed = seed
    }

    /// Balanced accuracy of verdict and of lean, averaged, on `cases` (0…1).
    public static func agreement(_ scenario: Scenario, _ cases: [Case]) -> Double {
        let panel = PanelEvaluator.Panel(scenario)
        let outcomes = cases.map { PanelEvaluator.evaluate($0.scoring, panel) }
        let verdict = Evaluation.agreement(zip(outcomes, cases).map { ($0.kind.rawValue, $1.label.verdict) }, classes: Evaluation.verdictClasses)
        let lean = Evaluation.agreement(zip(outcomes, cases).map { ($0.lean, $1.label.panelStance) }, classes: Evaluation.leanClasses)
        let parts = [verdict, lean].filter { $0.n > 0 }.map(\.balanced)
        return parts.isEmpty ? 0 : parts.reduce(0, +) / Double(parts.count)
    }

    func objective(_ scenario: Scenario, _ start: Scenario, _ cases: [Case], _ params: [ParameterPath]) -> Double {
        var smooth = 0.0
        let panel = PanelEvaluator.Panel(scenario)
        for c in cases {
            let o = PanelEvaluator.evaluate(c.scoring, panel)
            let spread = scenario.verdict.consensusSpread
            switch c.label.verdict {
            case "consensus": smooth += tanh(4 * (spread - o.spread))
            case "no_consensus": smooth += tanh(4 * (o.spread - spread))
            default: break
            }
            let mean = o.stances.reduce(0, +) / Double(max(1, o.stances.count))
            switch c.label.panelStance {
            case "bullish": smooth += tanh(3 * mean)
            case "bearish": smooth += tanh(-3 * mean)
            case "neutral": smooth += 1 - 2 * min(1, abs(mean))
            default: break
            }
        }
        var distance = 0.0
        for p in params {
            let d = (p.value(in: scenario) ?? 0) - (p.value(in: start) ?? 0)
            distance += d * d
        }
        return Self.agreement(scenario, cases) + 0.02 * smooth / Double(max(1, cases.count)) - 0.03 * distance
    }

    /// The parameters tuning may move: every persona's bias, stubbornness, confidence and the
    /// topic weights it already sets, and the verdict's two thresholds.
    public static func parameters(_ s: Scenario) -> [(ParameterPath, Double)] {
        var out: [(ParameterPath, Double)] = []
        func add(_ text: String, _ step: Double) { if let p = try? ParameterPath(text, in: s) { out.append((p, step)) } }
        for p in s.personas {
            add("personas.\(p.name).bias", 0.1)
            add("personas.\(p.name).stubbornness", 0.1)
            add("personas.\(p.name).confidence", 0.1)
            for t in p.weights.topics.keys.sorted() { add("personas.\(p.name).weights.topics.\(t)", 0.3) }
        }
        add("verdict.consensusSpread", 0.05)
        add("verdict.neutralBand", 0.04)
        return out
    }

    /// Coordinate descent from `start` on `cases`, at most `budget` objective evaluations.
    public func fit(_ start: Scenario, _ cases: [Case]) -> (Scenario, Int) {
        var params = Self.parameters(start)
        var g = SplitMix64(seed: seed)
        params.shuffle(using: &g)
        let paths = params.map(\.0)
        var best = start
        var bestScore = objective(start, start, cases, paths)
        var evaluations = 1
        var scale = 1.0
        while evaluations < budget, scale > 0.05 {
            var improved = false
            for (p, step) in params {
                guard evaluations < budget, let current = p.value(in: best) else { continue }
                for direction in [1.0, -1.0] {
                    let x = StableJSON.rounded(min(p.range.upperBound, max(p.range.lowerBound, current + direction * step * scale)))
                    guard x != current, let candidate = try? p.setting(x, in: best) else { continue }
                    evaluations += 1
                    let score = objective(candidate, start, cases, paths)
                    if score > bestScore + 1e-9 {
                        best = candidate
                        bestScore = score
                        improved = true
                        break
                    }
                    if evaluations >= budget { break }
                }
            }
            if !improved { scale /= 2 }
        }
        return (best, evaluations)
    }

    /// Folds over the labelled cases (leave-one-out when `folds` ≥ the case count), then a
    /// final fit on every case.
    public func run(_ scenario: Scenario, _ cases: [Case], folds: Int) -> Report {
        var order = Array(cases.indices)
        var g = SplitMix64(seed: seed ^ 0x5EED)
        order.shuffle(using: &g)
        let k = max(2, min(folds, cases.count))
        var results: [Fold] = []
        var evaluations = 0
        for f in 0..<k {
            let heldIdx = order.enumerated().filter { $0.offset % k == f }.map(\.element)
            let held = heldIdx.map { cases[$0] }
            let train = order.filter { !heldIdx.contains($0) }.map { cases[$0] }
            let (fitted, n) = fit(scenario, train)
            evaluations += n
            results.append(Fold(trainBefore: Self.agreement(scenario, train), trainAfter: Self.agreement(fitted, train),
                                heldOutBefore: Self.agreement(scenario, held), heldOutAfter: Self.agreement(fitted, held),
                                heldOut: held.map(\.label.name)))
        }
        let (final, n) = fit(scenario, cases)
        evaluations += n
        var changes: [(String, Double, Double)] = []
        for (p, _) in Self.parameters(scenario) {
            if let a = p.value(in: scenario), let b = p.value(in: final), abs(a - b) > 1e-12 { changes.append((p.text, a, b)) }
        }
        changes.sort { abs($0.2 - $0.1) > abs($1.2 - $1.1) || (abs($0.2 - $0.1) == abs($1.2 - $1.1) && $0.0 < $1.0) }
        return Report(folds: results, scenario: final, changes: changes,
                      allBefore: Self.agreement(scenario, cases), allAfter: Self.agreement(final, cases), evaluations: evaluations)
    }
}
