/// A scenario parameter named by its path, as sweep and tune take them:
/// `personas.Vera.stubbornness`, `personas.Vera.weights.topics.spending`,
/// `personas.Vera.weights.kinds.money`, `personas.Vera.trust.Max`,
/// `verdict.consensusSpread`, `verdict.neutralBand`, `stance.leadWeight` (any field of
/// `Scenario.StanceRules`), `rounds`.
public struct ParameterPath: Sendable, Equatable, CustomStringConvertible {
    public let text: String
    let target: Target
    public let range: ClosedRange<Double>

    enum Target: Sendable, Equatable {
        case rounds, consensusSpread, neutralBand
        case stance(WritableKeyPath<Scenario.StanceRules, Double> & Sendable)
        case persona(Int, Field)
    }

    enum Field: Sendable, Equatable {
        case bias, skepticism, stubbornness, confidence, proseWeight
        case topic(String), kind(String), trust(String)
    }

    public var description: String { text }

    /// Why a parameter path or value is not usable.
    public enum PathError: Error, Equatable, CustomStringConvertible {
        case unknown(String, hint: String)
        case outOfRange(String, Double, ClosedRange<Double>)

        public var description: String {
            switch self {
            case .unknown(let path, let hint): return "\(path): not a scenario parameter; \(hint)"
            case .outOfRange(let path, let x, let r):
                return "\(path): \(ScenarioIssue.format(x)) is outside [\(ScenarioIssue.format(r.lowerBound)), \(ScenarioIssue.format(r.upperBound))]"
            }
        }
    }

    public init(_ text: String, in scenario: Scenario) throws {
        self.text = text
        let parts = text.split(separator: ".").map(String.init)
        let names = scenario.personas.map(\.name)
        switch parts.first {
        case "rounds" where parts.count == 1:
            target = .rounds; range = Double(Scenario.roundRange.lowerBound)...Double(Scenario.roundRange.upperBound)
        case "verdict" where parts.count == 2 && parts[1] == "consensusSpread":
            target = .consensusSpread; range = 0...2
        case "verdict" where parts.count == 2 && parts[1] == "neutralBand":
            target = .neutralBand; range = 0...1
        case "stance" where parts.count == 2:
            let fields = Scenario.StanceRules.fields
            guard let field = fields.first(where: { $0.key == parts[1] }) else {
                throw PathError.unknown(text, hint: "after stance use " + fields.map(\.key).joined(separator: ", ")
                    + (EditDistance.closest(to: parts[1], among: fields.map(\.key)).map { "; did you mean \($0)?" } ?? ""))
            }
            target = .stance(field.path); range = field.range
        case "personas" where parts.count >= 3:
            guard let seat = names.firstIndex(of: parts[1]) else {
                throw PathError.unknown(text, hint: "no seat named '\(parts[1])'" + (EditDistance.closest(to: parts[1], among: names).map { "; did you mean \($0)?" } ?? " (seats: \(names.joined(separator: ", ")))"))
            }
            let rest = Array(parts[2...])
            switch rest {
            case ["bias"]: target = .persona(seat, .bias); range = Persona.ranges["bias"]!
            case ["skepticism"]: target = .persona(seat, .skepticism); range = Persona.ranges["skepticism"]!
            case ["stubbornness"]: target = .persona(seat, .stubbornness); range = Persona.ranges["stubbornness"]!
            case ["confidence"]: target = .persona(seat, .confidence); range = Persona.ranges["confidence"]!
            case ["proseWeight"]: target = .persona(seat, .proseWeight); range = Persona.ranges["proseWeight"]!
            case let r where r.count == 3 && r[0] == "weights" && r[1] == "topics" && Topic(rawValue: r[2]) != nil:
                target = .persona(seat, .topic(r[2])); range = -3...3
            case let r where r.count == 3 && r[0] == "weights" && r[1] == "kinds" && FactKind(rawValue: r[2]) != nil:
                target = .persona(seat, .kind(r[2])); range = 0...3
            case let r where r.count == 2 && r[0] == "trust" && names.contains(r[1]):
                target = .persona(seat, .trust(r[1])); range = 0...1
            default:
                throw PathError.unknown(text, hint: "after personas.\(parts[1]) use bias, skepticism, stubbornness, confidence, proseWeight, weights.topics.TOPIC, weights.kinds.KIND or trust.SEAT")
            }
        default:
            throw PathError.unknown(text, hint: "use rounds, verdict.consensusSpread, verdict.neutralBand, stance.FIELD or personas.NAME.FIELD")
        }
    }

    /// The parameter's value in `scenario` (nil for an unset weight).
    public func value(in s: Scenario) -> Double? {
        switch target {
        case .rounds: return Double(s.rounds)
        case .consensusSpread: return s.verdict.consensusSpread
        case .neutralBand: return s.verdict.neutralBand
        case .stance(let path): return s.stance[keyPath: path]
        case .persona(let i, let field):
            let p = s.personas[i]
            switch field {
            case .bias: return p.bias
            case .skepticism: return p.skepticism
            case .stubbornness: return p.stubbornness
            case .confidence: return p.confidence
            case .proseWeight: return p.proseWeight
            case .topic(let t): return p.weights.topics[t]
            case .kind(let k): return p.weights.kinds[k]
            case .trust(let other): return p.trust?[other] ?? (p.trust == nil ? 1 : 0)
            }
        }
    }

    /// `scenario` with the parameter set to `x`, checked against its documented range.
    public func setting(_ x: Double, in s: Scenario) throws -> Scenario {
        guard x.isFinite, range.contains(x) else { throw PathError.outOfRange(text, x, range) }
        var s = s
        switch target {
        case .rounds:
            guard x == x.rounded() else { throw PathError.outOfRange(text, x, range) }
            s.rounds = Int(x)
        case .consensusSpread: s.verdict.consensusSpread = x
        case .neutralBand: s.verdict.neutralBand = x
        case .stance(let path): s.stance[keyPath: path] = x
        case .persona(let i, let field):
            switch field {
            case .bias: s.personas[i].bias = x
            case .skepticism: s.personas[i].skepticism = x
            case .stubbornness: s.personas[i].stubbornness = x
            case .confidence: s.personas[i].confidence = x
            case .proseWeight: s.personas[i].proseWeight = x
            case .topic(let t): s.personas[i].weights.topics[t] = x
            case .kind(let k): s.personas[i].weights.kinds[k] = x
            case .trust(let other):
                if s.personas[i].trust == nil {
                    s.personas[i].trust = Dictionary(uniqueKeysWithValues: s.personas.map { ($0.name, 1.0) })
                }
                s.personas[i].trust?[other] = x
            }
        }
        return s
    }
}
