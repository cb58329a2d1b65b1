import Testing
@testable import TalkShowCore

/// The byte helpers say what their plain readings say.
@Suite struct UTF8BytesTests {
    /// `isWord` is a case-folded comparison of the whole range with the word, nothing more.
    @Test func isWord_isTheWholeRangeAnyCase() {
        let bytes = Array("That THAT that, thatch tha He she".utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(UTF8Bytes.isWord(b, 0, 4, "that") && UTF8Bytes.isWord(b, 5, 9, "that") && UTF8Bytes.isWord(b, 10, 14, "that"))
            #expect(!UTF8Bytes.isWord(b, 10, 15, "that"))  // "that," holds a comma
            #expect(!UTF8Bytes.isWord(b, 16, 22, "that") && !UTF8Bytes.isWord(b, 23, 26, "that"))
            #expect(UTF8Bytes.isWord(b, 27, 29, "he") && !UTF8Bytes.isWord(b, 27, 29, "she") && UTF8Bytes.isWord(b, 30, 33, "she"))
        }
    }
}
