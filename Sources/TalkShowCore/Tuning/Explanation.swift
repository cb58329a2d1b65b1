/// Why each persona stands where it does on one article: its opening stance x(0), the raw
/// sum before squashing, its bias and every contribution (a fact's, or a sentence's tone
/// with `fact` nil). `raw` equals `bias + Σ contributions` exactly as computed.
public struct Explanation: Sendable {
    public struct PersonaTerms: Sendable {
        public var name: String
        public var stance: Double
        public var raw: Double
        public var bias: Double
        public var contributions: [Contribution]
    }

    public var personas: [PersonaTerms]

    public init(sheet: FactSheet, scenario: Scenario, persona: String? = nil) {
        personas = scenario.personas.filter { persona == nil || $0.name == persona }.map { p in
            let r = StanceModel.read(p, sheet, rules: scenario.stance)
            return PersonaTerms(name: p.name, stance: r.stance, raw: r.raw, bias: r.bias, contributions: r.contributions)
        }
    }
}

extension Explanation: JSONWritable {
    /// Numbers are written at full precision, so the terms add up to `raw` to the last digit.
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("personas")
        w.beginArray()
        for p in personas {
            w.element()
            w.beginObject()
            w.field("bias", p.bias)
            w.key("contributions")
            w.beginArray()
            for c in p.contributions {
                w.element()
                w.beginObject()
                w.field("fact", c.fact, keepNull: true)
                w.field("sentence", c.sentence, keepNull: true)
                w.field("text", c.text)
                w.field("value", c.value)
                w.endObject()
            }
            w.endArray()
            w.field("name", p.name)
            w.field("raw", p.raw)
            w.field("stance", p.stance)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
