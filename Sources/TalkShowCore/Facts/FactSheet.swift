/// Everything the Facts stage read in one article: the contract of `talkshow facts --format json`.
public struct FactSheet: Sendable {
    public var article: Article
    public var sentences: [SentenceAnalysis]
    public var facts: [Fact]

    public init(article: Article, sentences: [SentenceAnalysis], facts: [Fact]) {
        self.article = article
        self.sentences = sentences
        self.facts = facts
    }
}

extension FactSheet: Encodable {
    struct ArticlePart: Encodable {
        var text: String
        var sha256: String
        var sentences: [SentenceAnalysis]
        var labels: [LabelBox]
        var dropped: [DroppedLine]
    }

    enum CodingKeys: String, CodingKey { case article, facts }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ArticlePart(text: article.text, sha256: article.sha256, sentences: sentences,
                                 labels: article.labels, dropped: article.dropped), forKey: .article)
        try c.encode(facts, forKey: .facts)
    }
}

extension Fact {
    enum CodingKeys: String, CodingKey {
        case id, kind, text, sentence, start, end, clause, clauseStart, clauseEnd, topics, polarity, certainty,
             attribution, value, low, high, from, direction, unit, currency, label, qualifier, symbol, exchange, vague
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(clause, forKey: .clause)
        try c.encode(clauseStart, forKey: .clauseStart)
        try c.encode(clauseEnd, forKey: .clauseEnd)
        try c.encode(topics, forKey: .topics)
        try c.encode(StableJSON.rounded(polarity), forKey: .polarity)
        try c.encode(StableJSON.rounded(certainty), forKey: .certainty)
        try c.encode(attribution, forKey: .attribution)
        try c.encodeIfPresent(value.map(StableJSON.rounded), forKey: .value)
        try c.encodeIfPresent(low.map(StableJSON.rounded), forKey: .low)
        try c.encodeIfPresent(high.map(StableJSON.rounded), forKey: .high)
        try c.encodeIfPresent(from.map(StableJSON.rounded), forKey: .from)
        try c.encodeIfPresent(direction, forKey: .direction)
        try c.encodeIfPresent(unit, forKey: .unit)
        try c.encodeIfPresent(currency, forKey: .currency)
        try c.encodeIfPresent(label, forKey: .label)
        try c.encodeIfPresent(qualifier, forKey: .qualifier)
        try c.encodeIfPresent(symbol, forKey: .symbol)
        try c.encodeIfPresent(exchange, forKey: .exchange)
        try c.encodeIfPresent(vague, forKey: .vague)
    }
}

extension FactSheet: JSONWritable {
    public func write(to w: inout JSONWriter) {
        writeArticle(to: &w)
        w.field("facts", array: facts)
        w.endObject()
    }

    /// The bytes of `write(to:)`, handed to `sink` piece by piece in order: the long arrays
    /// (sentences and facts) are written by `jobs` child tasks, a few pieces ahead of the one
    /// handed over, so a long article never holds its whole JSON in memory.
    public func writeJSON(pretty: Bool = true, jobs: Int, to sink: ([UInt8]) -> Void) async {
        await Self.writeJSON(article: article, sentences: [sentences], facts: [facts], pretty: pretty, jobs: jobs, to: sink)
    }

    /// The same for lists held in consecutive chunks.
    static func writeJSON(article: Article, sentences: [[SentenceAnalysis]], facts: [[Fact]], pretty: Bool, jobs: Int,
                          to sink: ([UInt8]) -> Void) async {
        var w = JSONWriter(pretty: pretty, capacity: 1 << 16)
        w.beginObject()
        w.key("article")
        w.beginObject()
        w.field("dropped", array: article.dropped)
        w.field("labels", array: article.labels)
        w.key("sentences")
        w.beginArray()
        sink(w.bytes)
        let anySentence = await writeElements(sentences, depth: 3, pretty: pretty, jobs: jobs, to: sink)
        w = w.continuation(afterElements: anySentence)
        w.endArray()
        w.field("sha256", article.sha256)
        w.field("text", article.text)
        w.endObject()
        w.key("facts")
        w.beginArray()
        sink(w.bytes)
        let anyFact = await writeElements(facts, depth: 2, pretty: pretty, jobs: jobs, to: sink)
        w = w.continuation(afterElements: anyFact)
        w.endArray()
        w.endObject()
        sink(w.bytes)
    }

    /// The elements of an open array `depth` levels deep, held in consecutive chunks, in
    /// pieces of up to 10,000 written by child tasks (`jobs` + 1 pieces at most written but
    /// not yet handed over), handed to `sink` in order. Returns whether any element was written.
    static func writeElements<T: JSONWritable & Sendable>(_ chunks: [[T]], depth: Int, pretty: Bool, jobs: Int,
                                                          to sink: ([UInt8]) -> Void) async -> Bool {
        let perPiece = 10_000
        var pieces: [(chunk: Int, range: Range<Int>)] = []
        for (c, items) in chunks.enumerated() {
            for low in stride(from: 0, to: items.count, by: perPiece) { pieces.append((c, low..<min(items.count, low + perPiece))) }
        }
        let window = max(1, jobs) + 1
        await withTaskGroup(of: (Int, [UInt8]).self) { group in
            var next = 0, handed = 0
            var done: [Int: [UInt8]] = [:]
            func start() {
                let index = next, piece = pieces[next]
                let items = chunks[piece.chunk]
                group.addTask {
                    var w = JSONWriter(pretty: pretty, elementsAtDepth: depth, continues: index > 0, capacity: piece.range.count * 600)
                    for item in items[piece.range] { w.element(); item.write(to: &w) }
                    return (index, w.bytes)
                }
                next += 1
            }
            while next < pieces.count && next < window { start() }
            while let (index, bytes) = await group.next() {
                done[index] = bytes
                while let ready = done.removeValue(forKey: handed) {
                    sink(ready)
                    handed += 1
                    if next < pieces.count { start() }
                }
            }
        }
        return !pieces.isEmpty
    }

    func writeArticle(to w: inout JSONWriter) {
        w.beginObject()
        w.key("article")
        w.beginObject()
        w.field("dropped", array: article.dropped)
        w.field("labels", array: article.labels)
        w.field("sentences", array: sentences)
        w.field("sha256", article.sha256)
        w.field("text", article.text)
        w.endObject()
    }
}

extension DroppedLine: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("end", end)
        w.field("reason", reason.rawValue)
        w.field("start", start)
        w.field("text", text)
        w.endObject()
    }
}

extension LabelBox: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("label", label)
        w.field("labelEnd", labelEnd)
        w.field("labelStart", labelStart)
        w.field("value", value)
        w.field("valueEnd", valueEnd)
        w.field("valueStart", valueStart)
        w.endObject()
    }
}

extension SentenceAnalysis: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("attribution", attribution, keepNull: true)
        w.field("certainty", StableJSON.rounded(certainty))
        w.field("end", end)
        w.field("index", index)
        w.field("polarity", StableJSON.rounded(polarity))
        w.field("start", start)
        w.field("text", text)
        w.field("topics", rawValues: topics)
        w.endObject()
    }
}

extension Fact: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("attribution", attribution, keepNull: true)
        w.field("certainty", StableJSON.rounded(certainty))
        w.field("clause", clause)
        w.field("clauseEnd", clauseEnd)
        w.field("clauseStart", clauseStart)
        w.field("currency", currency, keepNull: false)
        w.field("direction", direction?.rawValue, keepNull: false)
        w.field("end", end)
        w.field("exchange", exchange, keepNull: false)
        w.field("from", from.map(StableJSON.rounded))
        w.field("high", high.map(StableJSON.rounded))
        w.field("id", id)
        w.field("kind", kind.rawValue)
        w.field("label", label, keepNull: false)
        w.field("low", low.map(StableJSON.rounded))
        w.field("polarity", StableJSON.rounded(polarity))
        w.field("qualifier", qualifier?.rawValue, keepNull: false)
        w.field("sentence", sentence, keepNull: true)
        w.field("start", start)
        w.field("symbol", symbol, keepNull: false)
        w.field("text", text)
        w.field("topics", rawValues: topics)
        w.field("unit", unit, keepNull: false)
        w.field("value", value.map(StableJSON.rounded))
        if let vague { w.field("vague", vague) }
        w.endObject()
    }
}
