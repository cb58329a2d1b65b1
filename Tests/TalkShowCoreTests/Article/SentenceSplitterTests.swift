import Testing
@testable import TalkShowCore

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] { Article(text: text).sentences.map(\.text) }

    @Test func abbreviations_doNotEndSentences() {
        #expect(sentences("The U.S. Federal Reserve cut rates. Mr. Lee said demand was firm.") ==
                ["The U.S. Federal Reserve cut rates.", "Mr. Lee said demand was firm."])
        #expect(sentences("Acme Inc. reported results on Monday, e.g. revenue and margins vs. last year.").count == 1)
        #expect(sentences("Shares rose in the U.S. The dollar fell.") == ["Shares rose in the U.S.", "The dollar fell."])
    }

    @Test func decimalsAndTickers_doNotEndSentences() {
        #expect(sentences("It invested $14.3 billion in the unit. Shares of ACME.L rose 2.5% on the news.") ==
                ["It invested $14.3 billion in the unit.", "Shares of ACME.L rose 2.5% on the news."])
    }

    @Test func quotes_stayWithTheirSentence() {
        #expect(sentences("\"We are growing fast.\" The CEO added that margins would improve.") ==
                ["\"We are growing fast.\"", "The CEO added that margins would improve."])
        #expect(sentences("\"Why now?\" he asked the board.").count == 1)
    }

    @Test func headingsWithoutStop_areNotMergedIntoProse() {
        let article = Article(text: "Quarterly Results Overview\nThe company reported revenue of $2 billion.")
        #expect(article.sentences.map(\.text) == ["The company reported revenue of $2 billion."])
        #expect(article.title == "Quarterly Results Overview")
    }

    @Test func byteRanges_matchTheText() {
        let article = Article(text: "Café sales rose 5%. Über-growth followed — shares jumped 9%.")
        for s in article.sentences {
            #expect(article.slice(s.start, s.end) == s.text)
        }
        #expect(article.sentences.count == 2)
    }

    @Test func hardWrappedParagraphs_areJoined() {
        let text = "The company said on Tuesday it will spend $4.2 billion to $4.8 billion on new\nfactories in 2027, up from $2.9 billion this year."
        #expect(Article(text: text).sentences.count == 1)
    }
}

@Suite struct ConcurrentArticleTests {
    /// A long article parsed by several jobs is the article parsed in one pass.
    @Test func jobs_changeSpeed_notSentences() async throws {
        let block = """
        Quarterly Results Overview
        The company reported revenue of $2 billion, up 9% from a year earlier.
        Share | Tweet | Email
        What does it mean? Will it last?
        Fed Funds Rate 3.64%

        Margins slipped to 31% from 34%.
        """
        let text = Array(repeating: block, count: 5_000).joined(separator: "\n\n")
        let one = Article(text: text)
        let many = try await Article.read(Array(text.utf8), format: .text, jobs: 3)
        #expect(one.sentences == many.sentences)
        #expect(one.labels == many.labels)
        #expect(one.dropped == many.dropped)
        #expect(one.sha256 == many.sha256)
    }
}
