import Testing
@testable import TalkShowCore

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] { Article(text: text).sentences.map(\.text) }

    /// A text cut off mid-word loses what was cut: the unfinished last sentence of a paragraph
    /// of finished ones goes, and one alone in its paragraph ends at its last comma when a word
    /// or two follow it; a finished text, or one whose last word looks whole, keeps every sentence.
    @Test func aTextCutOffMidSentence_losesTheUnfinishedWords() {
        let cut = Article(text: "Acme beats estimates\n\nAcme said revenue rose 5% to $2 billion. Margins improved again. "
                          + "Analysts said the slowdown would weigh on margins through the ye")
        #expect(cut.sentences.map(\.text).last == "Margins improved again.")
        #expect(cut.dropped.contains { $0.reason == .fragment && $0.text.hasSuffix("through the ye") })
        let alone = Article(text: "Acme beats estimates\n\nAcme said revenue rose 5% to $2 billion.\n\n"
                            + "Last year, Acme said unit sales rose by 30%, led by its largest region, over a two-year stretch, wel")
        #expect(alone.sentences.last?.text.hasSuffix("over a two-year stretch") == true, "\(alone.sentences.last?.text ?? "")")
        #expect(alone.dropped.contains { $0.reason == .fragment && $0.text == "wel" })
        let whole = Article(text: "Acme beats estimates\n\nAcme said revenue rose 5% to $2 billion. Margins improved again. "
                            + "Shares rose 3% in early trading.")
        #expect(whole.sentences.count == 4 && whole.dropped.isEmpty)
        // A last sentence with no stop whose last word looks whole stays.
        let unstopped = Article(text: "Acme beats estimates\n\nAcme said revenue rose 5% to $2 billion. "
                                + "That marked the widest gap since June 2")
        #expect(unstopped.sentences.count == 3 && unstopped.dropped.isEmpty)
        let heading = Article(text: "Acme beats estimates\n\nAcme said revenue rose 5% to $2 billion. Margins improved again.\n\nMore on Acme")
        #expect(heading.sentences.count == 3 || heading.dropped.count == 1)
    }

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

    /// Text with no sentence end for thousands of bytes (a page of JSON, a log) is cut into
    /// pieces of at most `maxSentenceBytes`, at line breaks where it has them, losing no word;
    /// sentences of news length are kept whole.
    @Test func aRunWithoutSentenceEnds_isCutIntoBoundedPieces() {
        let line = "\"text\" : \"Quillon said revenue in region rose 12% to $4.2 billion in the quarter\","
        let lines = (0..<400).map { "\(line) \($0)" }
        let body = Article(text: lines.joined(separator: "\n")).sentences
        #expect(body.count > 10)
        #expect(body.allSatisfy { $0.end - $0.start <= SentenceSplitter.maxSentenceBytes })
        // Every piece ends at the end of one of the lines, and every line's words are kept.
        #expect(body.allSatisfy { s in lines.contains { s.text.hasSuffix($0) } }, "\(body.map(\.text).prefix(2))")
        let keptWords: Int = body.reduce(0) { $0 + $1.text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
        let lineWords: Int = lines.reduce(0) { $0 + $1.split(separator: " ").count }
        #expect(keptWords == lineWords)
        // No line breaks at all: cut at spaces, each piece whole words.
        let words = Array(repeating: "revenue", count: 3_000).joined(separator: " ")
        let flat = Article(text: words).sentences
        #expect(flat.count > 3 && flat.allSatisfy { $0.end - $0.start <= SentenceSplitter.maxSentenceBytes })
        #expect(flat.allSatisfy { $0.text.split(separator: " ").allSatisfy { $0 == "revenue" } })
        let long = "Acme said " + Array(repeating: "revenue rose and costs fell,", count: 20).joined(separator: " ") + " analysts said."
        #expect(Article(text: long).sentences.map(\.text) == [long])
    }
}
