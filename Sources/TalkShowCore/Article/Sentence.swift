/// One sentence of prose, with its UTF-8 byte range in `article.text`.
public struct Sentence: Codable, Sendable, Equatable {
    public var index: Int
    public var text: String
    public var start: Int
    public var end: Int
    /// The paragraph (logical line) the sentence belongs to, counted over kept paragraphs.
    public var paragraph: Int
}

/// A label/value box of a page ("Fed Funds Rate" / "3.64%"): data, not prose.
public struct LabelBox: Codable, Sendable, Equatable {
    public var label: String
    public var value: String
    public var labelStart: Int
    public var labelEnd: Int
    public var valueStart: Int
    public var valueEnd: Int
}

/// A line left out of the prose, and why (navigation, disclaimer, question list…).
public struct DroppedLine: Codable, Sendable, Equatable {
    public var text: String
    public var start: Int
    public var end: Int
    public var reason: DropReason
}

/// Why `BoilerplateFilter` left a line or sentence out of the prose.
public enum DropReason: String, Codable, Sendable, Equatable {
    case heading, navigation, share, disclaimer, promotion, credit, byline, tickerStrip, questionList, fragment, label, dateline
}
