/// What is wrong with a scenario file, with the JSON path of the bad value
/// (`personas[1].stubbornness: 7.5 is outside [0, 1]`).
public enum ScenarioIssue: Error, Equatable, Sendable, CustomStringConvertible {
    case outOfRange(path: String, value: Double, range: String)
    case unknownKey(path: String, suggestion: String?)
    case missing(path: String)
    case wrongType(path: String, expected: String)
    case invalid(path: String, message: String)
    case unreadable(source: String, message: String)

    public var description: String {
        switch self {
        case .outOfRange(let path, let value, let range):
            return "\(path): \(ScenarioIssue.format(value)) is outside \(range)"
        case .unknownKey(let path, let suggestion):
            return "\(path): unknown key" + (suggestion.map { "; did you mean \($0)?" } ?? "")
        case .missing(let path):
            return "\(path): missing; every scenario needs it (see Scenarios/README.md)"
        case .wrongType(let path, let expected):
            return "\(path): expected \(expected)"
        case .invalid(let path, let message):
            return "\(path): \(message)"
        case .unreadable(let source, let message):
            return "\(source): \(message)"
        }
    }

    static func format(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : String(x)
    }

    /// `personas[1].stubbornness` from a decoder's coding path.
    public static func path(_ codingPath: [CodingKey], _ last: String? = nil) -> String {
        var out = ""
        for key in codingPath {
            if let i = key.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        if let last { out += (out.isEmpty ? "" : ".") + last }
        return out.isEmpty ? "scenario" : out
    }
}

/// A coding key for any string, so decoders can list and check every key of an object.
public struct AnyKey: CodingKey, Hashable, Sendable {
    public var stringValue: String
    public var intValue: Int?
    public init(stringValue: String) { self.stringValue = stringValue }
    public init(intValue: Int) { self.stringValue = String(intValue); self.intValue = intValue }
    public init(_ s: String) { self.stringValue = s }
}

/// Strict reading of one JSON object: unknown keys rejected with a suggestion, numbers
/// checked against their documented range, every error naming its path.
public struct StrictObject {
    let container: KeyedDecodingContainer<AnyKey>
    let path: [CodingKey]

    public init(_ decoder: Decoder, allowed: [String]) throws {
        do {
            container = try decoder.container(keyedBy: AnyKey.self)
        } catch {
            throw ScenarioIssue.wrongType(path: ScenarioIssue.path(decoder.codingPath), expected: "an object")
        }
        path = decoder.codingPath
        for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) where !allowed.contains(key.stringValue) {
            throw ScenarioIssue.unknownKey(path: ScenarioIssue.path(path, key.stringValue),
                                           suggestion: EditDistance.closest(to: key.stringValue, among: allowed))
        }
    }

    public func has(_ key: String) -> Bool { container.contains(AnyKey(key)) }

    public func decode<T: Decodable>(_ type: T.Type, _ key: String, expected: String) throws -> T {
        guard has(key) else { throw ScenarioIssue.missing(path: ScenarioIssue.path(path, key)) }
        return try decodeIfPresent(type, key, expected: expected)!
    }

    public func decodeIfPresent<T: Decodable>(_ type: T.Type, _ key: String, expected: String) throws -> T? {
        guard has(key) else { return nil }
        do {
            return try container.decode(T.self, forKey: AnyKey(key))
        } catch let issue as ScenarioIssue {
            throw issue
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            let p = context.codingPath.count > path.count + 1 ? ScenarioIssue.path(context.codingPath) : ScenarioIssue.path(path, key)
            throw ScenarioIssue.wrongType(path: p, expected: expected)
        } catch DecodingError.keyNotFound(let missing, let context) {
            throw ScenarioIssue.missing(path: ScenarioIssue.path(context.codingPath, missing.stringValue))
        } catch {
            throw ScenarioIssue.wrongType(path: ScenarioIssue.path(path, key), expected: expected)
        }
    }

    /// A number in `range`, or its default when absent.
    public func number(_ key: String, in range: ClosedRange<Double>, default value: Double? = nil) throws -> Double {
        let x: Double
        if let v = try decodeIfPresent(Double.self, key, expected: "a number") { x = v }
        else if let value { return value }
        else { throw ScenarioIssue.missing(path: ScenarioIssue.path(path, key)) }
        guard x.isFinite, range.contains(x) else {
            throw ScenarioIssue.outOfRange(path: ScenarioIssue.path(path, key), value: x,
                                           range: "[\(ScenarioIssue.format(range.lowerBound)), \(ScenarioIssue.format(range.upperBound))]")
        }
        return x
    }

    public func keyPath(_ key: String) -> String { ScenarioIssue.path(path, key) }
}
