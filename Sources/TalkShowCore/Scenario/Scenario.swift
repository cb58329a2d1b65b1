import Foundation

/// A debate's whole setup: the panelists, the number of rebuttal rounds, the seed, the
/// per-round deadline, the verdict rules and the stance model's panel-wide coefficients. Read from a JSON scenario file (strictly: every
/// error names the JSON path and the allowed range) or taken from the built-in default.
public struct Scenario: Codable, Sendable, Equatable {
    public static let schemaVersion = 1
    public static let seatRange = 2...8
    public static let roundRange = 1...50

    public var schemaVersion: Int
    public var name: String
    public var rounds: Int
    public var seed: UInt64
    public var roundDeadlineSeconds: Double
    public var verdict: VerdictRules
    public var stance: StanceRules
    public var personas: [Persona]

    /// The thresholds of the verdict: how far apart stances may be for a consensus, and
    /// the band around zero that counts as neutral.
    public struct VerdictRules: Codable, Sendable, Equatable {
        public var consensusSpread: Double
        public var neutralBand: Double

        public init(consensusSpread: Double = 0.4, neutralBand: Double = 0.15) {
            self.consensusSpread = consensusSpread
            self.neutralBand = neutralBand
        }

        public init(from decoder: Decoder) throws {
            let o = try StrictObject(decoder, allowed: ["consensusSpread", "neutralBand"])
            consensusSpread = try o.number("consensusSpread", in: 0...2, default: 0.4)
            neutralBand = try o.number("neutralBand", in: 0...1, default: 0.15)
        }
    }

    enum Keys: String, CodingKey, CaseIterable { case schemaVersion, name, rounds, seed, roundDeadlineSeconds, verdict, stance, personas }

    public init(from decoder: Decoder) throws {
        let o = try StrictObject(decoder, allowed: Keys.allCases.map(\.rawValue))
        let version = try o.decodeIfPresent(Int.self, "schemaVersion", expected: "an integer") ?? Self.schemaVersion
        guard version == Self.schemaVersion else {
            throw ScenarioIssue.invalid(path: "schemaVersion", message: "scenario schema version \(version) is not supported; this engine reads version \(Self.schemaVersion)")
        }
        schemaVersion = version
        name = try o.decodeIfPresent(String.self, "name", expected: "a string") ?? "scenario"
        let r = try o.decodeIfPresent(Double.self, "rounds", expected: "an integer") ?? 1
        guard r == r.rounded(), Double(Self.roundRange.lowerBound)...Double(Self.roundRange.upperBound) ~= r else {
            throw ScenarioIssue.outOfRange(path: "rounds", value: r, range: "[\(Self.roundRange.lowerBound), \(Self.roundRange.upperBound)] (whole rebuttal rounds)")
        }
        rounds = Int(r)
        let s = try o.decodeIfPresent(Double.self, "seed", expected: "a non-negative integer") ?? 1
        guard s >= 0, s == s.rounded(), s < 9.007e15 else {
            throw ScenarioIssue.outOfRange(path: "seed", value: s, range: "[0, 9007199254740991] (a whole number)")
        }
        seed = UInt64(s)
        roundDeadlineSeconds = try o.number("roundDeadlineSeconds", in: 0.001...600, default: 2)
        verdict = try o.decodeIfPresent(VerdictRules.self, "verdict", expected: "an object") ?? VerdictRules()
        stance = try o.decodeIfPresent(StanceRules.self, "stance", expected: "an object") ?? StanceRules()
        personas = try o.decode([Persona].self, "personas", expected: "a list of personas")
        try validateSeats()
    }

    /// Every field, `stance` only when it differs from the defaults (see `StanceRules`).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(name, forKey: .name)
        try c.encode(rounds, forKey: .rounds)
        try c.encode(seed, forKey: .seed)
        try c.encode(roundDeadlineSeconds, forKey: .roundDeadlineSeconds)
        try c.encode(verdict, forKey: .verdict)
        if stance != StanceRules() { try c.encode(stance, forKey: .stance) }
        try c.encode(personas, forKey: .personas)
    }

    public init(name: String, rounds: Int = 1, seed: UInt64 = 1, roundDeadlineSeconds: Double = 2,
                verdict: VerdictRules = VerdictRules(), stance: StanceRules = StanceRules(), personas: [Persona]) {
        self.schemaVersion = Self.schemaVersion
        self.name = name
        self.rounds = rounds
        self.seed = seed
        self.roundDeadlineSeconds = roundDeadlineSeconds
        self.verdict = verdict
        self.stance = stance
        self.personas = personas
    }

    func validateSeats() throws {
        guard Self.seatRange.contains(personas.count) else {
            throw ScenarioIssue.invalid(path: "personas", message: "\(personas.count) seats; a panel has \(Self.seatRange.lowerBound) to \(Self.seatRange.upperBound)")
        }
        var seen: Set<String> = []
        for (i, p) in personas.enumerated() {
            if !seen.insert(p.name.lowercased()).inserted {
                throw ScenarioIssue.invalid(path: "personas[\(i)].name", message: "'\(p.name)' is already the name of another seat; names must be unique")
            }
        }
        let names = personas.map(\.name)
        for (i, p) in personas.enumerated() {
            for who in (p.trust ?? [:]).keys.sorted() where !names.contains(who) {
                throw ScenarioIssue.unknownKey(path: "personas[\(i)].trust.\(who)", suggestion: EditDistance.closest(to: who, among: names))
            }
        }
    }

    /// Reads and validates a scenario from JSON bytes; `source` names the file in errors.
    public static func decode(_ data: Data, source: String = "scenario") throws -> Scenario {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ScenarioIssue.unreadable(source: source, message: "not valid JSON (\(JSONLocation.describe(error, in: data)))")
        }
        do {
            return try JSONDecoder().decode(Scenario.self, from: data)
        } catch let issue as ScenarioIssue {
            throw issue
        } catch {
            throw ScenarioIssue.unreadable(source: source, message: "\(error)")
        }
    }

    /// The bytes of the built-in default scenario file, as `scenario new` prints them.
    public static var builtInJSON: [UInt8] { PackageResources.default_scenario_json }

    /// The built-in default scenario (a byte-equal copy of `Scenarios/default.json`).
    public static let builtIn: Scenario = {
        do { return try decode(Data(PackageResources.default_scenario_json), source: "built-in scenario") }
        catch { fatalError("the built-in scenario does not decode: \(error)") }
    }()

    /// The trust `from` gives `to`: its own table, or equal weights when it has none.
    public func trust(_ from: Int, _ to: Int) -> Double {
        guard let table = personas[from].trust else { return 1 }
        return table[personas[to].name] ?? 0
    }
}

/// Where a JSON parse error happened, for messages a user can act on.
public enum JSONLocation {
    public static func describe(_ error: Error, in data: Data) -> String {
        let text = "\(error)"
        if let range = text.range(of: "character "), let n = Int(text[range.upperBound...].prefix { $0.isNumber }) {
            return "near byte \(n)" + lineColumn(n, data)
        }
        if let range = text.range(of: "offset "), let n = Int(text[range.upperBound...].prefix { $0.isNumber }) {
            return "near byte \(n)" + lineColumn(n, data)
        }
        if data.isEmpty { return "the file is empty" }
        if text.lowercased().contains("end of file") || text.lowercased().contains("unexpected end") {
            return "at its end, byte \(data.count)" + lineColumn(data.count, data) + ": the file stops in the middle of a value"
        }
        return "somewhere: it has a syntax error"
    }

    static func lineColumn(_ offset: Int, _ data: Data) -> String {
        var line = 1, column = 1
        for b in data.prefix(offset) { if b == 0x0A { line += 1; column = 1 } else { column += 1 } }
        return ", line \(line), column \(column)"
    }
}

extension Scenario: JSONWritable {
    /// The bytes `StableJSON.encode` gives (keys sorted, optional fields left out when nil).
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("name", name)
        w.field("personas", array: personas)
        w.field("roundDeadlineSeconds", roundDeadlineSeconds)
        w.field("rounds", rounds)
        w.field("schemaVersion", schemaVersion)
        w.key("seed")
        w.unsigned(seed)
        if stance != StanceRules() {
            w.key("stance")
            w.beginObject()
            w.field("attributionDiscount", stance.attributionDiscount)
            w.field("clauseShare", stance.clauseShare)
            w.field("leadWeight", stance.leadWeight)
            w.field("otherCompanyWeight", stance.otherCompanyWeight)
            w.field("presence", stance.presence)
            w.field("unweightedTopic", stance.unweightedTopic)
            w.endObject()
        }
        w.key("verdict")
        w.beginObject()
        w.field("consensusSpread", verdict.consensusSpread)
        w.field("neutralBand", verdict.neutralBand)
        w.endObject()
        w.endObject()
    }
}
