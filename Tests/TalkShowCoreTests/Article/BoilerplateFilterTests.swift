import Testing
@testable import TalkShowCore

@Suite struct BoilerplateFilterTests {
    func reasons(_ text: String) -> [DropReason] { Article(text: text).dropped.map(\.reason) }
    func kept(_ text: String) -> [String] { Article(text: text).sentences.map(\.text) }

    static let body = "The lender reported a profit of $2 billion for the quarter."

    @Test(arguments: [
        "Share | Tweet | Email | Print",
        "Home | Markets | Technology | Opinion",
        "Read more: Five things to watch in bank earnings",
        "Explore more stories like this one",
        "Photo: a trading floor in the city (Staff photographer)",
        "The views and opinions expressed herein are those of the author and do not necessarily reflect those of the publisher.",
        "This article is for informational purposes only and is not investment advice.",
        "(With inputs from agencies.)",
        "Source: company filings",
        "AAPL +1.2% MSFT -0.4% GOOG +0.3%",
        // Past the words a line is otherwise read to (`wordLimit`).
        (0..<30).map { "T\(UnicodeScalar(UInt8(65 + $0 % 26))) \($0 + 1).5%" }.joined(separator: " "),
        "  • 10 stocks we like better than this one ›",
        "By Jane Porter",
        "Copyright 2026 Example Media. All rights reserved.",
    ])
    func boilerplateLine_isLeftOutOfTheProse(_ line: String) {
        let sentences = kept(line + "\n\n" + Self.body)
        #expect(sentences == [Self.body], "kept: \(sentences)")
    }

    /// Once the story has begun, the items under a list's cue and what a closing section holds
    /// are no prose; a heading of the story ("About the buyer") heads no closing section.
    @Test func linkListsAndClosingSections_areDropped() {
        let text = "Acme cuts outlook as demand slumps\n\nAcme cut its forecast after sales fell 7%.\n\nAbout the buyer\n\n"
            + "The buyer will pay $40 a share.\n\nMost Read\n\nHome sales rose 5.1% in January, beating forecasts\n\n"
            + "Zenith Bank shares plunge 30%\n\nAcme will report again in July.\n\nForward-Looking Statements\n\n"
            + "This release contains forward-looking statements.\n\nActual results could differ materially.\n\nAbout Acme Corp\n\n"
            + "Acme makes robots in 12 countries."
        let sentences = kept(text)
        #expect(sentences == ["Acme cuts outlook as demand slumps", "Acme cut its forecast after sales fell 7%.",
                              "The buyer will pay $40 a share.", "Acme will report again in July."], "\(sentences)")
    }

    @Test func questionList_isDropped() {
        let text = """
        Insights
        What does the deal mean for shareholders?
        Will the regulator approve it?
        How will margins change?

        \(Self.body)
        """
        #expect(kept(text) == [Self.body])
        #expect(reasons(text).filter { $0 == .questionList }.count == 3)
    }

    @Test func singleRhetoricalQuestion_isKept() {
        let text = "Who will pay for the new grid lines? Utilities argue that data centres should."
        #expect(kept(text).count == 2)
    }

    @Test func labelValueBoxes_areKeptAsLabels() {
        let article = Article(text: "Fed Funds Rate 3.64%\nSentiment Score\n0.15\n\n\(Self.body)")
        #expect(article.labels.map(\.label) == ["Fed Funds Rate", "Sentiment Score"])
        #expect(article.labels.map(\.value) == ["3.64%", "0.15"])
        #expect(article.sentences.map(\.text) == [Self.body])
        let facts = FactExtractor().extract(article).facts.filter { $0.label != nil }
        #expect(facts.map(\.text) == ["3.64%", "0.15"])
        #expect(facts.allSatisfy { $0.sentence == nil })
        #expect(facts.first?.value == 3.64)
    }

    @Test func proseThatStartsWithACueWord_isKept() {
        #expect(kept("Privacy regulators fined the company $50 million over data breaches last year.").count == 1)
        #expect(kept("Comments by the chief executive on Tuesday lifted the shares 4%.").count == 1)
    }

    @Test func verblessTagline_isDropped() {
        #expect(kept("Research, data and analytics for professional investors.\n\n\(Self.body)") == [Self.body])
    }

    /// A headline with an amount is the story's first line even with no verb the grammar
    /// knows; a short heading with a figure is still a heading.
    @Test func headlineWithAnAmount_isKept() {
        let headline = "Acme's logistics spin-off Bolt prices IPO below range, raising $840 million"
        #expect(kept(headline + "\n\n" + Self.body) == [headline, Self.body])
        #expect(kept("Key figures at 5%\n\n" + Self.body) == [Self.body])
    }

    /// A headline over paragraphs written one to a line is a paragraph of its own, and a wire
    /// dateline is cut from the sentence it opens; wrapped text still runs on.
    @Test func aHeadlineOverLongLines_standsAlone_andTheDatelineIsCut() {
        let text = "Strike at Quillon Aerospace enters third week, company warns on deliveries\n"
            + "SEATTLE, Oct 2 (Wire) - A strike by about 21,000 machinists at Quillon Aerospace entered its third week on Wednesday with no talks scheduled.\n"
            + "Quillon said it now expects to deliver between 310 and 330 aircraft this year, down from its previous forecast of 375 to 400."
        let article = Article(text: text)
        #expect(article.sentences.map(\.text) == [
            "Strike at Quillon Aerospace enters third week, company warns on deliveries",
            "A strike by about 21,000 machinists at Quillon Aerospace entered its third week on Wednesday with no talks scheduled.",
            "Quillon said it now expects to deliver between 310 and 330 aircraft this year, down from its previous forecast of 375 to 400.",
        ])
        #expect(article.opensWithHeadline)
        // A place of three words.
        let bay = Article(text: "Quillon raises $90 million\n\nSAN MATEO BAY, April 15 (Wire) - Quillon Robotics raised $90 million on Tuesday.")
        #expect(bay.sentences.last?.text == "Quillon Robotics raised $90 million on Tuesday.")
        // A press release's wire between slashes.
        let release = Article(text: "Quillon Reports Results\n\nDELLMONT, Oct. 28, 2026 /PRNewswire/ -- Quillon Grill Holdings, Inc. today announced results.")
        #expect(release.sentences.last?.text == "Quillon Grill Holdings, Inc. today announced results.")
        // Six words before a hyphen that do not open with a place in capitals are a headline.
        var headline = "Quillon Robotics Q3 Revenue Jumps 12% - Shares Rally"
        #expect(headline.withUTF8 { Dateline.end($0, 0, $0.count) } == nil)
        let wrapped = Article(text: "Quillon Aerospace said on Wednesday that a strike by about 21,000\nmachinists had entered its third week.")
        #expect(wrapped.sentences.count == 1)
    }

    /// A title-case first line with a verb is the headline; one later in the text, or one
    /// without a verb, is a heading.
    @Test func titleCaseFirstLine_withAVerb_isTheHeadline() {
        let headline = "Quillon Foods Reports Fourth-Quarter Results; Raises Dividend"
        #expect(kept(headline + "\n\n" + Self.body) == [headline, Self.body])
        #expect(kept(Self.body + "\n\n" + headline + "\n\n" + Self.body) == [Self.body, Self.body])
        #expect(kept("Fourth-Quarter Highlights And Outlook\n\n" + Self.body) == [Self.body])
        #expect(kept("Central Bank's Rate Cut: Balancing Risks and Perspectives\n\n" + Self.body) == [Self.body])
    }

    /// Words read up to a limit are the first words of the whole reading, and say whether
    /// the line went on.
    @Test func wordSpans_upToALimit_areThePrefixOfAllTheWords() {
        let line = "Acme's 3 new plants opened 12.5% faster - the U.S. arm, said CFO Dana Ortiz, expects 40 more by 2027."
        let bytes = Array(line.utf8)
        bytes.withUnsafeBufferPointer { p in
            let all = WordSpans(p, 0, p.count)
            #expect(all.count > 15 && !all.isTruncated)
            for limit in 0...22 {
                let some = WordSpans(p, 0, p.count, limit: limit)
                #expect(some.count == min(limit, all.count))
                // Stopping short of a word is always said; a reading not stopped has every word.
                if limit < all.count { #expect(some.isTruncated) }
                if !some.isTruncated { #expect(some.count == all.count) }
                #expect(some.spans.map(\.start) == Array(all.spans.map(\.start).prefix(some.spans.count)))
            }
        }
    }

    /// A line of tickers is a strip only if every word of it is a ticker, however far past
    /// the words a line is otherwise read to the first other word comes.
    @Test func tickersFollowedByProse_areNoTickerStrip() {
        let tickers = (0..<30).map { "T\(UnicodeScalar(UInt8(65 + $0 % 26))) \($0 + 1).5%" }.joined(separator: " ")
        #expect(reasons(tickers + "\n\n" + Self.body) == [.tickerStrip])
        #expect(!reasons(tickers + " and the rest of the market rose after the report.\n\n" + Self.body).contains(.tickerStrip))
    }
}
