import Testing
@testable import TalkShowCore

@Suite struct ArticleDecoderTests {
    func decode(_ s: String, _ f: InputFormat = .text) throws -> String { try ArticleDecoder.decode(Array(s.utf8), format: f) }

    @Test func bomAndCRLF_areNormalised() throws {
        let text = try ArticleDecoder.decode([0xEF, 0xBB, 0xBF] + Array("One line.\r\nTwo line.\rThree.".utf8), format: .text)
        #expect(text == "One line.\nTwo line.\nThree.")
    }

    @Test func decodingText_isIdempotent() throws {
        let once = try decode("<p>Shares &amp; bonds rose 5%.</p>", .html)
        #expect(try decode(once) == once)
    }

    @Test func empty_andWhitespace_areRejected() {
        #expect(throws: ArticleError.empty(source: "input")) { try decode("") }
        #expect(throws: ArticleError.empty(source: "input")) { try decode("  \n\t \n") }
    }

    @Test func invalidUTF8_namesTheOffset() {
        #expect(throws: ArticleError.invalidUTF8(source: "input", offset: 5)) {
            try ArticleDecoder.decode(Array("Hello".utf8) + [0xC3, 0x28] + Array(" world".utf8), format: .text)
        }
        #expect(throws: ArticleError.invalidUTF8(source: "input", offset: 2)) {
            try ArticleDecoder.decode([0x41, 0x42, 0xED, 0xA0, 0x80], format: .text)
        }
    }

    @Test func binary_isRejected() {
        #expect(throws: ArticleError.binary(source: "input", offset: 2)) {
            try ArticleDecoder.decode([0x50, 0x4B, 0x03, 0x04, 0x00], format: .text)
        }
    }

    @Test func html_dropsScriptsStylesAndNavigation_andDecodesEntities() throws {
        let html = """
        <html><head><title>x</title><style>p{color:red}</style></head><body>
        <nav><a href="/">Home</a> | <a href="/markets">Markets</a></nav>
        <script>var x = "Revenue rose 99%";</script>
        <h1>Quarterly results</h1>
        <p>Revenue rose 9%&nbsp;to &#36;2&nbsp;billion &mdash; a record.</p><p>Margins &lt; 40% &amp; falling.</p>
        </body></html>
        """
        let text = try decode(html, .html)
        #expect(!text.contains("99%"))
        #expect(!text.contains("Markets"))
        #expect(!text.contains("color"))
        #expect(text.contains("Quarterly results\n"))
        #expect(text.contains("Revenue rose 9% to $2 billion — a record."))
        #expect(text.contains("Margins < 40% & falling."))
    }

    @Test func markdown_keepsTextAndDropsMarkup() throws {
        let md = """
        # Big news

        The company **beat** estimates, per [the release](https://example.com).

        ```
        code block
        ```
        > Quoted remark with `code`.
        """
        let text = try decode(md, .markdown)
        #expect(text.contains("Big news"))
        #expect(text.contains("The company beat estimates, per the release."))
        #expect(!text.contains("code block"))
        #expect(text.contains("Quoted remark with code."))
    }

    @Test func inputFormat_comesFromTheExtension() {
        #expect(InputFormat.forPath("a/b.HTML") == .html)
        #expect(InputFormat.forPath("a.md") == .markdown)
        #expect(InputFormat.forPath("a.txt") == .text)
    }
}
