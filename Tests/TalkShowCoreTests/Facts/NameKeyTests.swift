import Testing
@testable import TalkShowCore

/// A name's key is equal exactly where its strings are equal, read over bytes or from a string.
@Suite struct NameKeyTests {
    static func key(_ text: String) -> NameKey {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { NameKey.of($0, 0, $0.count) }
    }

    @Test func equalStrings_haveEqualKeys_andOthersDoNot() {
        let names = ["Acme Corp", "acme corp", "ACME", "Acme", "Acme Corp.", "Zoë Park", "Zoe\u{308} Park", "Renée", "Rene\u{301}e",
                     "\u{212A}elvin Labs", "Kelvin Labs", "O’Neil", "O'Neil", "Dana Ortiz", "Dana  Ortiz", "Dana\u{A0}Ortiz", ""]
        for a in names {
            for b in names {
                #expect((Self.key(a) == Self.key(b)) == (a == b), "\(a) / \(b)")
                #expect((NameKey.of(a) == Self.key(b)) == (a == b), "\(a) / \(b)")
            }
        }
    }

    /// The key of a slice is the key of that slice's text alone.
    @Test func aSlice_hasTheKeyOfItsText() {
        let text = "Shares of Zoë Park Inc. rose"
        let bytes = Array(text.utf8)
        let start = Array("Shares of ".utf8).count, end = start + Array("Zoë Park".utf8).count
        bytes.withUnsafeBufferPointer { p in
            #expect(NameKey.of(p, start, end) == NameKey.of("Zoë Park"))
            #expect(NameKey.of(p, start, end) != NameKey.of("Zoë Park Inc."))
        }
    }
}
