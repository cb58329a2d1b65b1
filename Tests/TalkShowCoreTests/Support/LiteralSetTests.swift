import Testing
@testable import TalkShowCore

/// The literal search answers what a plain search answers, through every filter it skips
/// positions with: short literals and long, near the end of the text and not, case folded
/// and not.
@Suite struct LiteralSetTests {
    /// The first literal (in the order given) at the leftmost position where any starts.
    static func plainFirstMatch(_ text: [UInt8], _ literals: [[UInt8]]) -> [UInt8]? {
        for i in text.indices {
            for literal in literals where !literal.isEmpty && text[i...].starts(with: literal) { return literal }
        }
        return nil
    }

    static func plainPresence(_ text: [UInt8], _ literals: [[UInt8]]) -> UInt64 {
        var found: UInt64 = 0
        for (n, literal) in literals.enumerated() where !literal.isEmpty {
            if text.indices.contains(where: { text[$0...].starts(with: literal) }) { found |= 1 << UInt64(n) }
        }
        return found
    }

    @Test func matches_areThoseOfAPlainSearch() {
        var g = SplitMix64(seed: 5)
        let alphabet = Array("abcAB ©".utf8)
        func bytes(_ n: Int) -> [UInt8] { (0..<n).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] } }
        var matched = 0
        for round in 0..<300 {
            let withShort = round % 2 == 0
            var literals: [[UInt8]] = (0..<(1 + Int(g.next() % 6))).map { _ in bytes(4 + Int(g.next() % 4)) }
            if withShort { literals.append(bytes(1 + Int(g.next() % 3))) }
            for folding in [false, true] {
                let given = folding ? literals.map { $0.map(UTF8Bytes.lower) } : literals
                let set = LiteralSet(given)
                for _ in 0..<20 {
                    var text = bytes(Int(g.next() % 40))
                    // Often plant a literal, sometimes at the very end, in the other case when folding.
                    if g.next() % 2 == 0, let literal = given.randomElement(using: &g) {
                        let at = g.next() % 3 == 0 ? text.count : Int(g.next() % UInt64(text.count + 1))
                        text.insert(contentsOf: folding ? literal.map { UTF8Bytes.isLower($0) ? $0 - 0x20 : $0 } : literal, at: at)
                    }
                    let lowered = folding ? text.map(UTF8Bytes.lower) : text
                    let expected = Self.plainFirstMatch(lowered, given)
                    #expect(text.withUnsafeBufferPointer { set.firstMatch(in: $0, foldingCase: folding) } == expected, "\(text) \(given)")
                    #expect(text.withUnsafeBufferPointer { set.presence(in: $0, foldingCase: folding) } == Self.plainPresence(lowered, given))
                    if expected != nil { matched += 1 }
                }
            }
        }
        #expect(matched > 3_000)
    }
}
