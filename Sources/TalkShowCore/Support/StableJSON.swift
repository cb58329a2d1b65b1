import Foundation

/// The one JSON encoder whose output reaches users: keys sorted, slashes unescaped,
/// pretty-printed or compact, so the same value gives the same bytes on every machine.
public enum StableJSON {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    public static func string<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        if let writable = value as? JSONWritable {
            var writer = JSONWriter(pretty: pretty)
            writable.write(to: &writer)
            return writer.string
        }
        return String(decoding: try encode(value, pretty: pretty), as: UTF8.self)
    }

    /// `x` rounded to 6 decimals, the precision of every computed number in output.
    public static func rounded(_ x: Double) -> Double {
        guard x.isFinite else { return 0 }
        let r = (x * 1_000_000).rounded() / 1_000_000
        return r == 0 ? 0 : r
    }
}
