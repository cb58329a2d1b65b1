import Foundation

/// How well the panel agrees with real panels on labelled cases, and how well it keeps its
/// own quality bars. Agreement is reported plain and balanced (the mean of per-class recall),
/// because real panels lean heavily to consensus and "always consensus" must not look good.
public struct Evaluation: Sendable {
    public struct CaseResult: Sendable {
        public var name: String
        public var ours: String            // consensus | no_consensus
        public var ourLean: String         // bullish | bearish | neutral | mixed
        public var theirs: String          // consensus | no_consensus | unknown
        public var theirLean: String
        public var stances: [Double]
        public var grounded: Bool
        public var distinctHeadlines: Bool
        public var rebuttals: (valid: Int, total: Int)
    }

    public var results: [CaseResult]

    public static func run(cases: [LabelledCase], scenario: Scenario) async throws -> Evaluation {
        var results: [CaseResult] = []
        for c in cases {
            let article = Article(text: c.article)
            let t = try await ShowProducer.produce(article, scenario: scenario)
            let stances = scenario.personas.map { t.verdict.stances[$0.name] ?? 0 }
            let lean = t.verdict.kind == .noConsensus ? "mixed" : (t.verdict.side?.rawValue ?? "neutral")
            results.append(CaseResult(name: c.name, ours: t.verdict.kind.rawValue, ourLean: lean, theirs: c.verdict,
                                      theirLean: c.panelStance, stances: stances, grounded: t.ungroundedFigures.isEmpty,
                                      distinctHeadlines: t.headlinesDistinct, rebuttals: t.rebuttalValidity))
        }
        return Evaluation(results: results)
    }

    static let verdictClasses = ["consensus", "no_consensus"]
    static let leanClasses = ["bullish", "bearish", "neutral", "mixed"]

    /// Plain and balanced agreement of `ours` with `theirs` over cases whose label is one of `classes`.
    static func agreement(_ pairs: [(ours: String, theirs: String)], classes: [String]) -> (plain: Double, balanced: Double, n: Int) {
        let labelled = pairs.filter { classes.contains($0.theirs) }
        guard !labelled.isEmpty else { return (0, 0, 0) }
        let plain = Double(labelled.filter { $0.ours == $0.theirs }.count) / Double(labelled.count)
        var recalls: [Double] = []
        for c in classes {
            let truth = labelled.filter { $0.theirs == c }
            if truth.isEmpty { continue }
            recalls.append(Double(truth.filter { $0.ours == c }.count) / Double(truth.count))
        }
        return (plain, recalls.reduce(0, +) / Double(recalls.count), labelled.count)
    }

    public var verdict: (plain: Double, balanced: Double, n: Int) {
        Self.agreement(results.map { ($0.ours, $0.theirs) }, classes: Self.verdictClasses)
    }

    public var stance: (plain: Double, balanced: Double, n: Int) {
        Self.agreement(results.map { ($0.ourLean, $0.theirLean) }, classes: Self.leanClasses)
    }

    public var grounding: Double { results.isEmpty ? 0 : Double(results.filter(\.grounded).count) / Double(results.count) }
    public var distinctHeadlines: Double { results.isEmpty ? 0 : Double(results.filter(\.distinctHeadlines).count) / Double(results.count) }
    public var rebuttalValidity: Double {
        let total = results.reduce(0) { $0 + $1.rebuttals.total }
        return total == 0 ? 1 : Double(results.reduce(0) { $0 + $1.rebuttals.valid }) / Double(total)
    }

    /// Counts of (theirs, ours) for the verdict and the lean.
    public func confusion(lean: Bool) -> [String: [String: Int]] {
        var table: [String: [String: Int]] = [:]
        for r in results {
            let (t, o) = lean ? (r.theirLean, r.ourLean) : (r.theirs, r.ours)
            table[t, default: [:]][o, default: 0] += 1
        }
        return table
    }

    public var text: String {
        func pct(_ x: Double) -> String { String(format: "%.1f%%", 100 * x) }
        let v = verdict, s = stance
        var out = "\(results.count) cases\n"
        out += "verdict agreement   \(pct(v.plain))  balanced \(pct(v.balanced))  (over \(v.n) cases with a known verdict)\n"
        out += "stance agreement    \(pct(s.plain))  balanced \(pct(s.balanced))  (over \(s.n) cases; our no consensus reads as mixed)\n"
        out += "grounding           \(pct(grounding))  distinct headlines \(pct(distinctHeadlines))  rebuttal validity \(pct(rebuttalValidity))\n\n"
        for (title, lean, classes) in [("verdict", false, Self.verdictClasses + ["unknown"]), ("stance", true, Self.leanClasses + ["unknown"])] {
            let table = confusion(lean: lean)
            let ours = lean ? Self.leanClasses : Self.verdictClasses
            out += "\(title): real panel ↓ / ours →   " + ours.map { $0.padding(toLength: 13, withPad: " ", startingAt: 0) }.joined() + "\n"
            for c in classes where table[c] != nil {
                out += "  " + c.padding(toLength: 28, withPad: " ", startingAt: 0)
                    + ours.map { String(table[c]?[$0] ?? 0).padding(toLength: 13, withPad: " ", startingAt: 0) }.joined() + "\n"
            }
            out += "\n"
        }
        out += "per case (ours vs the real panel):\n"
        for r in results {
            let mark = r.theirs == "unknown" ? "?" : (r.ours == r.theirs ? "=" : "≠")
            out += "  \(mark) \(r.name): \(r.ours)/\(r.ourLean) vs \(r.theirs)/\(r.theirLean); stances "
                + r.stances.map { String(format: "%+.2f", $0) }.joined(separator: " ") + "\n"
        }
        return out
    }
}

extension Evaluation: JSONWritable {
    public func write(to w: inout JSONWriter) {
        let v = verdict, s = stance
        w.beginObject()
        w.field("cases", results.count)
        w.key("confusion")
        w.beginObject()
        for (key, lean) in [("stance", true), ("verdict", false)] as [(StaticString, Bool)] {
            w.key(key)
            w.beginObject()
            let table = confusion(lean: lean)
            for truth in table.keys.sorted() {
                w.keyDynamic(truth)
                w.beginObject()
                for (ours, n) in table[truth]!.sorted(by: { $0.key < $1.key }) { w.keyDynamic(ours); w.int(n) }
                w.endObject()
            }
            w.endObject()
        }
        w.endObject()
        w.field("distinctHeadlines", StableJSON.rounded(distinctHeadlines))
        w.field("grounding", StableJSON.rounded(grounding))
        w.key("perCase")
        w.beginArray()
        for r in results {
            w.element()
            w.beginObject()
            w.field("case", r.name)
            w.field("ours", r.ours)
            w.field("ourStance", r.ourLean)
            w.key("stances")
            w.beginArray()
            for x in r.stances { w.element(); w.number(StableJSON.rounded(x)) }
            w.endArray()
            w.field("theirs", r.theirs)
            w.field("theirStance", r.theirLean)
            w.endObject()
        }
        w.endArray()
        w.field("rebuttalValidity", StableJSON.rounded(rebuttalValidity))
        w.field("stanceAgreement", StableJSON.rounded(s.plain))
        w.field("stanceBalancedAccuracy", StableJSON.rounded(s.balanced))
        w.field("verdictAgreement", StableJSON.rounded(v.plain))
        w.field("verdictBalancedAccuracy", StableJSON.rounded(v.balanced))
        w.endObject()
    }
}
