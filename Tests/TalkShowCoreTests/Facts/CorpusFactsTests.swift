import Testing
import Foundation
@testable import TalkShowCore
import TalkShowTestSupport

/// General properties of the Article and Facts stages on every real article of the shared
/// corpus. No line of the corpus is copied here: the checks are shapes, not strings.
@Suite(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipMessage)))
struct CorpusFactsTests {
    @Test func everyArticle_yieldsFactsWhoseTextIsTheirByteRange() throws {
        let articles = Corpus.articles()
        #expect(articles.count >= 20)
        for (name, text) in articles {
            let article = try Article.read(Array(text.utf8), format: .text, source: name)
            let sheet = FactExtractor().extract(article)
            #expect(!sheet.sentences.isEmpty, "\(name): no sentences")
            #expect(!sheet.facts.isEmpty, "\(name): no facts")
            for fact in sheet.facts {
                #expect(article.slice(fact.start, fact.end) == fact.text, "\(name): \(fact.id)")
                #expect(article.slice(fact.clauseStart, fact.clauseEnd) == fact.clause, "\(name): \(fact.id) clause")
            }
            for s in article.sentences { #expect(article.slice(s.start, s.end) == s.text) }
        }
    }

    @Test func noSentence_isABareQuestionInARunOfQuestions() {
        for (name, text) in Corpus.articles() {
            let sentences = Article(text: text).sentences.map(\.text)
            for i in sentences.indices.dropFirst() {
                let both = [sentences[i - 1], sentences[i]].allSatisfy { $0.trimmingCharacters(in: .init(charactersIn: "\"'”’ ")).hasSuffix("?") }
                #expect(!both, "\(name): a run of questions survived: \(sentences[i])")
            }
        }
    }

    /// A short line with no verb-like word (a word ending in -s, -ed, -ing, or a form of be,
    /// have, do, will) is navigation, a label or a tagline, not prose.
    @Test func noShortVerblessLine_remainsAmongTheSentences() {
        let auxiliaries: Set<String> = ["is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
                                        "will", "would", "can", "could", "may", "might", "must", "should", "said", "says"]
        for (name, text) in Corpus.articles() {
            for s in Article(text: text).sentences where s.text.count < 60 {
                let words = s.text.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
                let verbLike = words.contains { auxiliaries.contains($0) || $0.hasSuffix("ed") || $0.hasSuffix("s") || $0.hasSuffix("ing") }
                #expect(verbLike, "\(name): verbless short line kept: \(s.text)")
            }
        }
    }

    /// Disclaimer, navigation and promotion shapes never survive as prose.
    @Test func noDisclaimerOrNavigationLine_remains() {
        let shapes = ["views and opinions", "do not necessarily reflect", "all rights reserved", "read more", "explore more",
                      "inputs from agencies", "not investment advice", "sign up", "continue »", " | "]
        for (name, text) in Corpus.articles() {
            for s in Article(text: text).sentences {
                let lower = s.text.lowercased()
                for shape in shapes { #expect(!lower.contains(shape), "\(name): boilerplate kept: \(s.text)") }
                #expect(!s.text.hasSuffix("›") && !s.text.hasSuffix("»"), "\(name): promotion link kept: \(s.text)")
            }
        }
    }

    /// Nearly every figure of a sentence (a digit run not glued to letters, as in "B2B") is
    /// inside some fact; index names such as a "500" index are the known exceptions.
    @Test func mostDigitRuns_areCoveredByFacts() {
        var total = 0
        var covered = 0
        for (_, text) in Corpus.articles() {
            let article = Article(text: text)
            let sheet = FactExtractor().extract(article)
            let bytes = article.bytes
            for s in article.sentences {
                var i = s.start
                while i < s.end {
                    if UTF8Bytes.isLetter(bytes[i]) {
                        while i < s.end, UTF8Bytes.isAlnum(bytes[i]) { i += 1 }
                    } else if UTF8Bytes.isDigit(bytes[i]) {
                        total += 1
                        if sheet.facts.contains(where: { $0.start <= i && i < $0.end }) { covered += 1 }
                        while i < s.end, UTF8Bytes.isDigit(bytes[i]) || bytes[i] == 0x2E || bytes[i] == 0x2C { i += 1 }
                    } else {
                        i += 1
                    }
                }
            }
        }
        #expect(total > 100)
        #expect(Double(covered) / Double(total) > 0.97, "\(covered) of \(total) digit runs are in facts")
    }
}
