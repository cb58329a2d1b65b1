/// The panel's conclusion from its final stances: consensus (with its side) or no
/// consensus, the vote split, the spread, and in article terms a summary, a Risk and an
/// Opportunity credited to the panelists who raised them. Computed numbers (stances,
/// spread) are metadata here, never figures inside the prose.
public struct Verdict: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case consensus, noConsensus = "no_consensus" }
    public enum Side: String, Codable, Sendable { case bullish, bearish, neutral }

    public var kind: Kind
    public var side: Side?
    public var split: VoteSplit
    public var spread: Double
    public var stances: [String: Double]
    public var summary: String
    public var risk: String
    public var opportunity: String
    public var riskBy: [String]
    public var opportunityBy: [String]
}

/// How many final stances fall on each side.
public struct VoteSplit: Codable, Sendable, Equatable {
    public var bullish: Int
    public var neutral: Int
    public var bearish: Int

    private var sides: [(Int, String)] {
        [(bullish, "bullish"), (neutral, "neutral"), (bearish, "bearish")].filter { $0.0 > 0 }
    }

    /// The side every seat took, when they all took one.
    public var onlySide: String? { sides.count == 1 ? sides[0].1 : nil }

    /// "2 bullish · 1 neutral · 1 bearish", leaving out empty sides.
    public var phrase: String { sides.map { "\($0.0) \($0.1)" }.joined(separator: " · ") }
}

extension Verdict: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("kind", kind.rawValue)
        w.field("opportunity", opportunity)
        w.field("opportunityBy", strings: opportunityBy)
        w.field("risk", risk)
        w.field("riskBy", strings: riskBy)
        w.field("side", side?.rawValue, keepNull: false)
        w.key("split")
        w.beginObject()
        w.field("bearish", split.bearish)
        w.field("bullish", split.bullish)
        w.field("neutral", split.neutral)
        w.endObject()
        w.field("spread", spread)
        w.field("stances", object: stances) { $0.number($1) }
        w.field("summary", summary)
        w.endObject()
    }
}
