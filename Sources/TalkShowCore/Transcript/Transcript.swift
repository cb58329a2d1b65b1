/// The versioned record of one debate: everything needed to show it again and to re-run it
/// (the article text, the effective scenario with its seed and rounds, the facts), the
/// rounds as committed, and the verdict. Its JSON is the contract of DESIGN.md.
public struct Transcript: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public struct ArticleRecord: Codable, Sendable, Equatable {
        public var text: String
        public var sha256: String
    }

    public var schemaVersion: Int
    public var engineVersion: String
    public var seed: UInt64
    public var article: ArticleRecord
    public var scenario: Scenario
    public var facts: [Fact]
    public var rounds: [RoundRecord]
    public var verdict: Verdict

    public init(article: Article, scenario: Scenario, facts: [Fact], rounds: [RoundRecord], verdict: Verdict) {
        schemaVersion = Self.currentSchemaVersion
        engineVersion = EngineVersion.current
        seed = scenario.seed
        self.article = ArticleRecord(text: article.text, sha256: article.sha256)
        self.scenario = scenario
        self.facts = facts
        self.rounds = rounds.map { r in
            RoundRecord(index: r.index, messages: r.messages.map { m in
                var m = m
                m.stanceBefore = StableJSON.rounded(m.stanceBefore)
                m.stanceAfter = StableJSON.rounded(m.stanceAfter)
                return m
            })
        }
        self.verdict = verdict
    }

    /// The JSON of the contract: keys sorted, numbers rounded, the same bytes on every machine.
    public func json(pretty: Bool = true) throws -> String {
        String(decoding: jsonBytes(pretty: pretty), as: UTF8.self)
    }

    /// The same JSON as bytes, as files and standard output take it (no string made on the way).
    public func jsonBytes(pretty: Bool = true) -> [UInt8] { jsonBytes(pretty: pretty, scenarioJSON: nil) }

    func jsonBytes(pretty: Bool, scenarioJSON: [UInt8]?) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty, capacity: 64 * 1024)
        write(to: &writer, scenarioJSON: scenarioJSON)
        var bytes = writer.takeBytes()
        if pretty { bytes.append(0x0A) }
        return bytes
    }
}

extension Transcript: JSONWritable {
    /// The bytes Foundation's encoder gives for a transcript (a test holds the two equal),
    /// written directly: the hot path of every debate that is saved or printed as JSON.
    public func write(to w: inout JSONWriter) { write(to: &w, scenarioJSON: nil) }

    /// Writes the transcript; `scenarioJSON`, when given, is this transcript's scenario
    /// already written as a value at this depth, with this writer's settings.
    func write(to w: inout JSONWriter, scenarioJSON: [UInt8]?) {
        let style = w.style
        w.style = .foundation
        defer { w.style = style }
        w.beginObject()
        w.key("article")
        w.beginObject()
        w.field("sha256", article.sha256)
        w.field("text", article.text)
        w.endObject()
        w.field("engineVersion", engineVersion)
        w.field("facts", array: facts)
        w.field("rounds", array: rounds)
        if let scenarioJSON {
            w.key("scenario")
            w.append(value: scenarioJSON)
        } else {
            w.field("scenario", scenario)
        }
        w.field("schemaVersion", schemaVersion)
        w.key("seed")
        w.unsigned(seed)
        w.field("verdict", verdict)
        w.endObject()
    }
}
