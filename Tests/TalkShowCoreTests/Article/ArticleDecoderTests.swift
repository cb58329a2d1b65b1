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

    /// A `<` in a script or in prose loses no text; a `>` inside an attribute ends no tag; a
    /// form around the page and a head left open keep the article.
    @Test func html_losesNoTextToStrayMarks() throws {
        let html = "<html><head><title>Acme</title><body><form id=\"main\"><h1>Acme lifts outlook</h1>"
            + "<p>Revenue rose 12%.</p><script>if (a < b) { go(); }</script><p>The dividend rose 8%.</p>"
            + "<p>The effect was large (p<0.001) in the trial.</p><img alt=\"Revenue > $4bn\" src=\"c.png\">"
            + "<script>x()</script><p>Net debt fell.</p></form></body></html>"
        let text = try decode(html, .html)
        for line in ["Acme lifts outlook", "Revenue rose 12%.", "The dividend rose 8%.", "The effect was large (p<0.001) in the trial.", "Net debt fell."] {
            #expect(text.contains(line), "\(line) lost from \(text)")
        }
        #expect(!text.contains("$4bn") && !text.contains("c.png"), "\(text)")
    }

    /// Page chrome named by class, id or role goes with its content, unless it holds the
    /// headline; so does the text before the headline when it holds no prose.
    @Test func html_dropsChromeByItsNameAndTheTextBeforeTheHeadline() throws {
        let html = "<div class=\"kicker\">Earnings</div><div>Updated 3 hours ago</div><div class=\"page has-sidebar\">"
            + "<h1>Acme Reports Record Profit; Raises Dividend</h1><p>Acme said revenue rose 12%.</p>"
            + "<div class=\"most-read-list\"><ul><li>Zenith Bank shares plunge 30%</li></ul></div>"
            + "<aside><aside>Ad</aside><p>Rival news rose 9%.</p></aside><section role=\"complementary\">Other 4%</section>"
            + "<p class=\"caption\">A worker at a plant<div><p>Acme will report in July.</p></div></div>"
        let text = try decode(html, .html)
        #expect(text.hasPrefix("Acme Reports Record Profit; Raises Dividend\n"), "\(text)")
        for gone in ["Earnings", "Updated", "Zenith", "Rival", "Other", "worker"] { #expect(!text.contains(gone), "\(gone) in \(text)") }
        #expect(text.contains("Acme said revenue rose 12%.") && text.contains("Acme will report in July."), "\(text)")
    }

    /// Footnote marks go; adjacent inline elements are words apart; references decode as
    /// browsers read them, with no control byte left.
    @Test func html_marksSpacingAndReferences() throws {
        let html = "<p>Revenue of $4.1 billion in 2026<sup>3</sup>, up 12%<sup>[4]</sup>, the 1<sup>st</sup> rise.</p>"
            + "<p><time>7:42 AM UTC</time><span>Updated</span> Pell<a>ucid</a> won.</p>"
            + "<p>Acme&#146;s profit rose &plusmn;3% &rsaquo; Q1&#0; held &AMP; more&#x200B;.</p>"
        let text = try decode(html, .html)
        #expect(text.contains("Revenue of $4.1 billion in 2026, up 12%, the 1st rise."), "\(text)")
        #expect(text.contains("UTC Updated Pellucid won."), "\(text)")
        #expect(text.contains("Acme’s profit rose ±3% › Q1 held & more."), "\(text)")
        #expect(!text.utf8.contains { $0 < 0x20 && $0 != 0x0A }, "\(Array(text.utf8))")
    }

    /// Front matter is metadata, its title the headline; footnotes, escapes, comments, breaks,
    /// entities, tables and reference links are read as a reader sees them.
    @Test func markdown_readsFrontMatterAndInlineMarks() throws {
        let md = "---\ntitle: \"Acme Corp beats forecasts\"\nsummary: \"Revenue up 22%\"\n---\n\n"
            + "Acme said revenue rose 12% to $4.1 billion, beating the [consensus][1] of $3.9 billion.[^1] Margins widened.\n\n"
            + "Its R&amp;D spend hit $1.2&nbsp;billion.<br>Its cash grew to \\$5 billion, ~~not~~ a [record](https://x.org/a_(b)).\n\n"
            + "<!-- TODO\ncheck -->\n\n| Metric | Q3 |\n|---|---|\n| Net profit | $612m |\n\n[1]: https://example.com\n[^1]: Source.\n"
        let text = try decode(md, .markdown)
        #expect(text.hasPrefix("Acme Corp beats forecasts\n\nAcme said"), "\(text)")
        #expect(!text.contains("summary") && !text.contains("TODO") && !text.contains("[^") && !text.contains("not"), "\(text)")
        #expect(text.contains("beating the consensus of $3.9 billion. Margins widened."), "\(text)")
        #expect(text.contains("Its R&D spend hit $1.2 billion.\nIts cash grew to $5 billion,  a record."), "\(text)")
        #expect(text.contains("Net profit $612m"), "\(text)")
    }

    /// A line of a thousand brackets with nothing to close them is read once, not once a bracket.
    @Test func markdown_unclosedMarks_areKeptAsText() throws {
        let line = String(repeating: "[x <a ", count: 2_000)
        let text = try decode("Acme rose 3%.\n\n" + line, .markdown)
        #expect(text.components(separatedBy: "[x <a").count == 2_001, "\(text.suffix(20))")
    }

    /// A Title Case headline after lines of navigation is the headline, not a heading; a
    /// short navigation line with a verb in -s is none.
    @Test func html_headlineAfterNavigation_isKept() throws {
        let html = "<table><tr><td>Investor Home</td></tr><tr><td>Press Releases</td></tr></table>"
            + "<p><b>Kestrel Harbor Foods Reports Fiscal 2025 Second-Quarter Results; Raises Dividend</b></p>"
            + "<p>Kestrel Harbor Foods said net sales rose 4% to $1.46 billion.</p>"
        let article = Article(text: try decode(html, .html))
        #expect(article.sentences.first?.text == "Kestrel Harbor Foods Reports Fiscal 2025 Second-Quarter Results; Raises Dividend",
                "\(article.sentences.map(\.text))")
    }

    /// Items and paragraphs left open end where browsers end them, an h1 after the story cuts
    /// nothing before it, and a class that may wrap the story is no chrome.
    @Test func html_impliedEndsAndLateHeadlines_loseNoStory() throws {
        let list = "<h1>Acme lifts outlook</h1><ul><li class=\"share\">Share<li>Email</ul><p>Acme said revenue rose 12% to $4.2 billion.</p>"
        #expect(try decode(list, .html).contains("Acme said revenue rose 12%"))
        let open = "<h1>Acme lifts outlook</h1><p class=\"promo\">Subscribe today<p>Acme said revenue rose 12% to $4.2 billion.</p>"
        let text = try decode(open, .html)
        #expect(text.contains("Acme said revenue rose 12%") && !text.contains("Subscribe"), "\(text)")
        let late = "<p>Acme raised its forecast.</p><p>Revenue rose 12%.</p><div class=\"newsletter\"><h1>Get our daily briefing</h1></div>"
        #expect(try decode(late, .html).hasPrefix("Acme raised its forecast."))
        let wrapped = "<h1>Acme lifts outlook</h1><div class=\"paywall\"><p>Acme said revenue rose 12% to $4.2 billion.</p></div>"
        #expect(try decode(wrapped, .html).contains("Acme said revenue rose 12%"))
    }

    /// A rule that opens a Markdown text is no front matter.
    @Test func markdown_aRuleFirst_isNoFrontMatter() throws {
        let text = try decode("---\n\nAcme lifts outlook\n\nAcme said revenue rose 12%.\n\n---\n\nShares rose 5%.", .markdown)
        #expect(text.hasPrefix("Acme lifts outlook"), "\(text)")
    }

    @Test func inputFormat_comesFromTheExtension() {
        #expect(InputFormat.forPath("a/b.HTML") == .html)
        #expect(InputFormat.forPath("a.md") == .markdown)
        #expect(InputFormat.forPath("a.txt") == .text)
        let page = Array("\n  <!DOCTYPE html><html><p>Hi.</p></html>".utf8)
        #expect(InputFormat.forInput(path: "-", bytes: page) == .html)
        #expect(InputFormat.forInput(path: "saved-page", bytes: Array("<HTML><p>Hi.</p>".utf8)) == .html)
        #expect(InputFormat.forInput(path: "a.txt", bytes: page) == .text)
        #expect(InputFormat.forInput(path: "-", bytes: Array("<b>Acme</b> rose.".utf8)) == .text)
        #expect(InputFormat.forInput(path: "a.md", bytes: page) == .markdown)
    }

    /// Timestamps and posts' reading times are no prose; a figure in euros or pounds makes a
    /// verbless line a headline, as a dollar figure does.
    @Test func timestampsAreWholeWords_andShort() {
        let article = Article(text: "Trump admin readies $12 billion aid package for farmers\n\nFed holds rates steady, Powell to speak at 2:30 pm ET\n\nThe package helps farmers.")
        #expect(article.sentences.count == 3, "\(article.dropped.map(\.text))")
    }

    @Test func timestampsGo_andEuroLinesStay() {
        let article = Article(text: "Acme lifts outlook\n\nMay 6, 2025 7:42 AM UTC Updated 3 hours ago\n\n5 min read\n\n"
            + "Net profit: €512 million, up from €447 million\n\nAcme said revenue rose 12%.")
        #expect(article.sentences.map(\.text) == ["Acme lifts outlook", "Net profit: €512 million, up from €447 million", "Acme said revenue rose 12%."],
                "\(article.sentences.map(\.text))")
    }
}
