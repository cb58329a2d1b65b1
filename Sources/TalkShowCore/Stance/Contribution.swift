/// One term of a persona's stance: what a fact (or, with `fact` nil, a sentence's tone)
/// adds to the raw sum before squashing.
public struct Contribution: Codable, Sendable, Equatable {
    public var fact: String?
    public var sentence: Int?
    public var text: String
    public var value: Double
}
