/// Literal search and replace over a string's UTF-8 bytes, for the short phrases the voices
/// build: no Foundation bridging, no Unicode folding. Replacement is left to right and
/// non-overlapping, as `replacingOccurrences(of:with:)` does for a literal; the case-insensitive
/// forms fold ASCII letters only, which is all their (ASCII) targets need.
public enum LiteralText {
    /// Whether `text` holds `target` (ASCII letters folded when `ignoringCase`).
    public static func contains(_ text: String, _ target: String, ignoringCase: Bool = false) -> Bool {
        var text = text
        var target = target
        return text.withUTF8 { t in target.withUTF8 { n in firstMatch(t, n, from: 0, ignoringCase: ignoringCase) != nil } }
    }

    /// `text` with every `target` replaced by `replacement`, left to right, non-overlapping;
    /// `text` itself when it holds no `target`, so a call needs no `contains` before it.
    public static func replacing(_ text: String, _ target: String, with replacement: String, ignoringCase: Bool = false) -> String {
        var source = text
        var target = target
        var replacement = replacement
        let replaced: String? = source.withUTF8 { t in
            target.withUTF8 { n in
                guard !n.isEmpty, var at = firstMatch(t, n, from: 0, ignoringCase: ignoringCase) else { return nil }
                var out: [UInt8] = []
                out.reserveCapacity(t.count)
                var copied = 0
                replacement.withUTF8 { r in
                    while true {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: t[copied..<at]))
                        out.append(contentsOf: r)
                        copied = at + n.count
                        guard let next = firstMatch(t, n, from: copied, ignoringCase: ignoringCase) else { break }
                        at = next
                    }
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: t[copied...]))
                return String(decoding: out, as: UTF8.self)
            }
        }
        return replaced ?? text
    }

    static func firstMatch(_ t: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, from: Int, ignoringCase: Bool) -> Int? {
        guard !n.isEmpty, t.count >= n.count, from <= t.count - n.count else { return nil }
        let first = ignoringCase ? UTF8Bytes.lower(n[0]) : n[0]
        var i = from
        let last = t.count - n.count
        while i <= last {
            let b = ignoringCase ? UTF8Bytes.lower(t[i]) : t[i]
            if b == first {
                var k = 1
                if ignoringCase {
                    while k < n.count, UTF8Bytes.lower(t[i + k]) == UTF8Bytes.lower(n[k]) { k += 1 }
                } else {
                    while k < n.count, t[i + k] == n[k] { k += 1 }
                }
                if k == n.count { return i }
            }
            i += 1
        }
        return nil
    }
}
