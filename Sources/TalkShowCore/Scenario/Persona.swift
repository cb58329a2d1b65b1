import Foundation

/// One panelist's temperament: what it weighs (per topic and per fact kind), how it leans
/// before any fact (`bias`), how much it discounts hedged or attributed claims
/// (`skepticism`), how firmly it holds its first view (`stubbornness`, λ), how far away a
/// view may be for it still to listen (`confidence`, ε), whom it trusts, and its voice.
public struct Persona: Codable, Sendable, Equatable {
    public var name: String
    public var title: String
    public var bias: Double
    public var skepticism: Double
    public var stubbornness: Double
    public var confidence: Double
    public var trust: [String: Double]?
    public var weights: Weights
    /// How much the tone of a sentence counts beside its figures (0 = figures only).
    public var proseWeight: Double
    public var voice: Voice

    /// Per-topic and per-kind weights. A topic weight multiplies the polarity of what the
    /// article says on that topic (negative: good news there reads as a warning); a kind
    /// weight scales how much a fact of that kind counts.
    public struct Weights: Codable, Sendable, Equatable {
        public var topics: [String: Double]
        public var kinds: [String: Double]

        public init(topics: [String: Double], kinds: [String: Double]) {
            self.topics = topics
            self.kinds = kinds
        }

        public func topic(_ t: Topic) -> Double? { topics[t.rawValue] }
        public func kind(_ k: FactKind) -> Double { kinds[k.rawValue] ?? 1 }
    }

    public static let ranges: [String: ClosedRange<Double>] = [
        "bias": -1...1, "skepticism": 0...1, "stubbornness": 0...1, "confidence": 0...2, "proseWeight": 0...2,
        "weight": -3...3, "trust": 0...1,
    ]

    enum Keys: String, CaseIterable { case name, title, bias, skepticism, stubbornness, confidence, trust, weights, proseWeight, voice }

    public init(name: String, title: String, bias: Double, skepticism: Double, stubbornness: Double, confidence: Double,
                trust: [String: Double]?, weights: Weights, proseWeight: Double = 0.5, voice: Voice) {
        self.name = name
        self.title = title
        self.bias = bias
        self.skepticism = skepticism
        self.stubbornness = stubbornness
        self.confidence = confidence
        self.trust = trust
        self.weights = weights
        self.proseWeight = proseWeight
        self.voice = voice
    }

    public init(from decoder: Decoder) throws {
        let o = try StrictObject(decoder, allowed: Keys.allCases.map(\.rawValue))
        name = try o.decode(String.self, "name", expected: "a string")
        if name.trimmingCharacters(in: .whitespaces).isEmpty || name.contains(".") || name.count > 40 {
            throw ScenarioIssue.invalid(path: o.keyPath("name"), message: "'\(name)' is not a usable name (1–40 characters, no '.')")
        }
        title = try o.decodeIfPresent(String.self, "title", expected: "a string") ?? "panelist"
        bias = try o.number("bias", in: Self.ranges["bias"]!, default: 0)
        skepticism = try o.number("skepticism", in: Self.ranges["skepticism"]!, default: 0.5)
        stubbornness = try o.number("stubbornness", in: Self.ranges["stubbornness"]!, default: 0.5)
        confidence = try o.number("confidence", in: Self.ranges["confidence"]!, default: 0.5)
        proseWeight = try o.number("proseWeight", in: Self.ranges["proseWeight"]!, default: 0.5)
        trust = try o.decodeIfPresent([String: Double].self, "trust", expected: "an object of seat names to weights in [0, 1]")
        if let trust {
            for (who, w) in trust.sorted(by: { $0.key < $1.key }) where !(0...1).contains(w) || !w.isFinite {
                throw ScenarioIssue.outOfRange(path: o.keyPath("trust") + "." + who, value: w, range: "[0, 1]")
            }
        }
        weights = try o.decodeIfPresent(Weights.self, "weights", expected: "an object with topics and kinds")
            ?? Weights(topics: [:], kinds: [:])
        voice = try o.decode(Voice.self, "voice", expected: "an object of voice moves")
    }
}

extension Persona.Weights {
    public init(from decoder: Decoder) throws {
        let o = try StrictObject(decoder, allowed: ["topics", "kinds"])
        topics = try o.decodeIfPresent([String: Double].self, "topics", expected: "an object of topic ids to numbers") ?? [:]
        kinds = try o.decodeIfPresent([String: Double].self, "kinds", expected: "an object of fact kinds to numbers") ?? [:]
        let topicIds = Topic.allCases.map(\.rawValue)
        for (key, w) in topics.sorted(by: { $0.key < $1.key }) {
            guard topicIds.contains(key) else {
                throw ScenarioIssue.unknownKey(path: o.keyPath("topics") + "." + key, suggestion: EditDistance.closest(to: key, among: topicIds))
            }
            guard w.isFinite, (-3...3).contains(w) else { throw ScenarioIssue.outOfRange(path: o.keyPath("topics") + "." + key, value: w, range: "[-3, 3]") }
        }
        let kindIds = FactKind.allCases.map(\.rawValue)
        for (key, w) in kinds.sorted(by: { $0.key < $1.key }) {
            guard kindIds.contains(key) else {
                throw ScenarioIssue.unknownKey(path: o.keyPath("kinds") + "." + key, suggestion: EditDistance.closest(to: key, among: kindIds))
            }
            guard w.isFinite, (0...3).contains(w) else { throw ScenarioIssue.outOfRange(path: o.keyPath("kinds") + "." + key, value: w, range: "[0, 3]") }
        }
    }
}

extension Persona: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("bias", bias)
        w.field("confidence", confidence)
        w.field("name", name)
        w.field("proseWeight", proseWeight)
        w.field("skepticism", skepticism)
        w.field("stubbornness", stubbornness)
        w.field("title", title)
        if let trust { w.field("trust", object: trust) { $0.number($1) } }
        w.field("voice", voice)
        w.key("weights")
        w.beginObject()
        w.field("kinds", object: weights.kinds) { $0.number($1) }
        w.field("topics", object: weights.topics) { $0.number($1) }
        w.endObject()
        w.endObject()
    }
}
