/// What the Facts stage reads in one sentence: its topics, polarity, certainty and who it
/// is attributed to. The `sentences` of the facts contract.
public struct SentenceAnalysis: Codable, Sendable, Equatable {
    public var index: Int
    public var text: String
    public var start: Int
    public var end: Int
    public var topics: [Topic]
    public var polarity: Double
    public var certainty: Double
    public var attribution: String?

    /// An analysis that holds no references: what a slot is left with when its value moves out.
    static let blank = SentenceAnalysis(index: 0, text: "", start: 0, end: 0, topics: [], polarity: 0, certainty: 0, attribution: nil)

    enum CodingKeys: String, CodingKey { case index, text, start, end, topics, polarity, certainty, attribution }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(index, forKey: .index)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(topics, forKey: .topics)
        try c.encode(StableJSON.rounded(polarity), forKey: .polarity)
        try c.encode(StableJSON.rounded(certainty), forKey: .certainty)
        try c.encode(attribution, forKey: .attribution)
    }
}
