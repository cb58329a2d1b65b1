/// One thing the article states: a figure or a name, exactly as written, with where it is.
///
/// `text` is `article.text[start..<end]`, verbatim. `clause` is the part of the sentence that
/// carries the fact; `topics` and `polarity` are that clause's, so two figures of one
/// sentence can pull opposite ways. A label/value box gives a fact with `label` and no
/// `sentence`.
public struct Fact: Codable, Sendable, Equatable {
    public var id: String
    public var kind: FactKind
    public var text: String
    public var sentence: Int?
    public var start: Int
    public var end: Int
    public var clause: String
    public var clauseStart: Int
    public var clauseEnd: Int
    public var topics: [Topic]
    public var polarity: Double
    /// The sentence's certainty in [0, 1]; hedged claims are below 1.
    public var certainty: Double
    /// Who the sentence says said it, when it says.
    public var attribution: String?
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var from: Double?
    public var direction: Direction?
    public var unit: String?
    public var currency: String?
    public var label: String?
    public var qualifier: Qualifier?
    /// A ticker's symbol without `$` or exchange.
    public var symbol: String?
    public var exchange: String?
    /// A figure stated only vaguely ("tens of billions"): no value.
    public var vague: Bool?

    public init(id: String = "", kind: FactKind, text: String, sentence: Int?, start: Int, end: Int,
                clause: String = "", clauseStart: Int = 0, clauseEnd: Int = 0, topics: [Topic] = [],
                polarity: Double = 0, certainty: Double = 1, attribution: String? = nil) {
        self.id = id
        self.kind = kind
        self.text = text
        self.sentence = sentence
        self.start = start
        self.end = end
        self.clause = clause
        self.clauseStart = clauseStart
        self.clauseEnd = clauseEnd
        self.topics = topics
        self.polarity = polarity
        self.certainty = certainty
        self.attribution = attribution
    }

    /// A fact that holds no references: what a slot is left with when its fact moves out.
    static let blank = Fact(kind: .count, text: "", sentence: nil, start: 0, end: 0)

    /// Whether the fact has a figure a reader can check (digits in its text).
    public var hasDigits: Bool { text.utf8.contains { UTF8Bytes.isDigit($0) } }
}
