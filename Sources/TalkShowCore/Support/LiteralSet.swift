/// A set of byte literals indexed by their first byte and their first two bytes, so one pass
/// over a text finds where the first of them starts: boilerplate cues in a line, long forms
/// in a phrase. Positions no literal can start at are skipped on a bit test.
public struct LiteralSet: Sendable {
    /// The literals by first byte, each list in the order given, with their place in it.
    private let byFirstByte: [[(literal: [UInt8], index: Int)]]
    private let count: Int
    /// 256 bits per first byte: the second bytes a literal of that first byte has (all of
    /// them for a one-byte literal).
    private let pairs: [UInt64]

    /// `literals` as given; with `foldingCase` look-ups, give them with ASCII letters lowered.
    public init(_ literals: [[UInt8]]) {
        var index = [[(literal: [UInt8], index: Int)]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 256 * 4)
        for (n, literal) in literals.enumerated() where !literal.isEmpty {
            index[Int(literal[0])].append((literal, n))
            let row = Int(literal[0]) * 4
            if literal.count == 1 {
                for w in 0..<4 { pairs[row + w] = .max }
            } else {
                pairs[row + Int(literal[1] >> 6)] |= 1 << UInt64(literal[1] & 63)
            }
        }
        byFirstByte = index
        self.pairs = pairs
        count = literals.count
    }

    /// The literal found at the leftmost position of `text` (at one position, the first given),
    /// or nil. `foldingCase` lowers the text's ASCII letters as it reads.
    public func firstMatch(in text: UnsafeBufferPointer<UInt8>, foldingCase: Bool = false) -> [UInt8]? {
        @inline(__always) func at(_ i: Int) -> UInt8 { foldingCase ? UTF8Bytes.lower(text[i]) : text[i] }
        let n = text.count
        guard n > 0 else { return nil }
        return pairs.withUnsafeBufferPointer { pairs in
            var first = at(0)
            for i in 0..<n {
                let second = i + 1 < n ? at(i + 1) : 0
                defer { first = second }
                if i + 1 < n, pairs[Int(first) &* 4 &+ Int(second >> 6)] & (1 << UInt64(second & 63)) == 0 { continue }
                for (literal, _) in byFirstByte[Int(first)] where i + literal.count <= n {
                    var k = 1
                    while k < literal.count, at(i + k) == literal[k] { k += 1 }
                    if k == literal.count { return literal }
                }
            }
            return nil
        }
    }

    /// Which literals occur anywhere in `text`, as bit `n` for the `n`th one given; nil for a
    /// set of more than 64, which a mask cannot hold.
    public func presence(in text: UnsafeBufferPointer<UInt8>, foldingCase: Bool = false) -> UInt64? {
        guard count <= 64 else { return nil }
        @inline(__always) func at(_ i: Int) -> UInt8 { foldingCase ? UTF8Bytes.lower(text[i]) : text[i] }
        let n = text.count
        guard n > 0 else { return 0 }
        var found: UInt64 = 0
        pairs.withUnsafeBufferPointer { pairs in
            var first = at(0)
            for i in 0..<n {
                let second = i + 1 < n ? at(i + 1) : 0
                defer { first = second }
                if i + 1 < n, pairs[Int(first) &* 4 &+ Int(second >> 6)] & (1 << UInt64(second & 63)) == 0 { continue }
                for (literal, index) in byFirstByte[Int(first)] where i + literal.count <= n && found & (1 << UInt64(index)) == 0 {
                    var k = 1
                    while k < literal.count, at(i + k) == literal[k] { k += 1 }
                    if k == literal.count { found |= 1 << UInt64(index) }
                }
            }
        }
        return found
    }
}
