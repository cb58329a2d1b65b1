/// A set of byte literals indexed by their first byte and their first two bytes, so one pass
/// over a text finds where the first of them starts: boilerplate cues in a line, long forms
/// in a phrase. Positions no literal can start at are skipped on a bit test.
public struct LiteralSet: Sendable {
    /// The literals by first byte, each list in the order given.
    private let byFirstByte: [[[UInt8]]]
    /// The place of each of those literals in the order given.
    private let placesByFirstByte: [[Int]]
    private let count: Int
    /// 256 bits per first byte: the second bytes a literal of that first byte has (all of
    /// them for a one-byte literal).
    private let pairs: [UInt64]

    /// `literals` as given; with `foldingCase` look-ups, give them with ASCII letters lowered.
    public init(_ literals: [[UInt8]]) {
        var index = [[[UInt8]]](repeating: [], count: 256)
        var places = [[Int]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 256 * 4)
        for (n, literal) in literals.enumerated() where !literal.isEmpty {
            index[Int(literal[0])].append(literal)
            places[Int(literal[0])].append(n)
            let row = Int(literal[0]) * 4
            if literal.count == 1 {
                for w in 0..<4 { pairs[row + w] = .max }
            } else {
                pairs[row + Int(literal[1] >> 6)] |= 1 << UInt64(literal[1] & 63)
            }
        }
        byFirstByte = index
        placesByFirstByte = places
        self.pairs = pairs
        count = literals.count
    }

    /// The literal found at the leftmost position of `text` (at one position, the first given),
    /// or nil. `foldingCase` lowers the text's ASCII letters as it reads.
    public func firstMatch(in text: UnsafeBufferPointer<UInt8>, foldingCase: Bool = false) -> [UInt8]? {
        @inline(__always) func at(_ i: Int) -> UInt8 { foldingCase ? UTF8Bytes.lower(text[i]) : text[i] }
        for i in text.indices {
            let first = at(i)
            if i + 1 < text.count {
                let second = at(i + 1)
                if pairs[Int(first) * 4 + Int(second >> 6)] & (1 << UInt64(second & 63)) == 0 { continue }
            }
            for literal in byFirstByte[Int(first)] where i + literal.count <= text.count {
                var k = 1
                while k < literal.count, at(i + k) == literal[k] { k += 1 }
                if k == literal.count { return literal }
            }
        }
        return nil
    }

    /// Which literals occur anywhere in `text`, as bit `n` for the `n`th one given; nil for a
    /// set of more than 64, which a mask cannot hold.
    public func presence(in text: UnsafeBufferPointer<UInt8>, foldingCase: Bool = false) -> UInt64? {
        guard count <= 64 else { return nil }
        @inline(__always) func at(_ i: Int) -> UInt8 { foldingCase ? UTF8Bytes.lower(text[i]) : text[i] }
        var found: UInt64 = 0
        for i in text.indices {
            let first = at(i)
            if i + 1 < text.count {
                let second = at(i + 1)
                if pairs[Int(first) * 4 + Int(second >> 6)] & (1 << UInt64(second & 63)) == 0 { continue }
            }
            let literals = byFirstByte[Int(first)]
            for j in literals.indices where i + literals[j].count <= text.count {
                let bit: UInt64 = 1 << UInt64(placesByFirstByte[Int(first)][j])
                guard found & bit == 0 else { continue }
                let literal = literals[j]
                var k = 1
                while k < literal.count, at(i + k) == literal[k] { k += 1 }
                if k == literal.count { found |= bit }
            }
        }
        return found
    }
}
