import Foundation
import Testing
@testable import TalkShowCore
import TalkShowTestSupport

/// The byte readings of the phrasebook give what their Character definitions give.
@Suite struct PhrasebookTests {
    static let datelines = [
        "(Wire) - shares rose", "(Reuters) — revenue fell", "(Wire)- x", "(Wire) -x", "(A very long source tag that goes on) - x",
        "Desk - revenue", "Two Words — revenue", "Three Word Tag - x", "desk - x", "Desk — ", "Desk –", "Desk", "",
        "Desk-x", "Desk - ", "Desk -  x", "Desk – x", "Desk —x", "É Desk - x", "Desk É - x", "(Wire é) - x", "(Wire) é - x",
        "Desk \u{301}- x", "Desk -\u{301} x", "Desk - \u{301}x", "E\u{301}sk - x", "(\u{301}Wire) - x", "(Wire)\u{301} - x",
        "Desk\r\n- x", "(Wi\r\nre) - x", "Desk  - x", "NEW YORK - stocks", "New York Desk - x", "Desk – – x", "(Wire)", "(",
        "Desk —\u{301} x", "Acme said revenue rose 5%", "A - b", "A -", "Ünion - x", "Desk ‐ x",
    ]

    @Test func datelineEnd_byBytes_equalsTheCharacterDefinition() {
        var sure = 0
        for s in Self.datelines {
            var copy = s
            let characters = Phrasebook.datelineEndByCharacters(s).map { String(s[$0...]) }
            switch copy.withUTF8({ Phrasebook.datelineEnd(bytes: $0) }) {
            case .none: #expect(characters == nil, "\(s)"); sure += 1
            case .end(let k): #expect(characters == String(decoding: Array(s.utf8)[k...], as: UTF8.self), "\(s)"); sure += 1
            case .unsure: continue
            }
        }
        #expect(sure >= 25)
        for tricky in ["É Desk - x", "Desk \u{301}- x", "Desk -\u{301} x", "(\u{301}Wire) - x", "(Wi\r\nre) - x", "Desk —\u{301} x"] {
            var copy = tricky
            #expect(copy.withUTF8 { Phrasebook.datelineEnd(bytes: $0) } == .unsure, "\(tricky)")
        }
        #expect(Phrasebook.datelineEnd("Desk - revenue rose").map { String("Desk - revenue rose"[$0...]) } == "revenue rose")
        var plain = "(Wire) - x"
        #expect(plain.withUTF8 { Phrasebook.datelineEnd(bytes: $0) } == .end(9))
        var accented = "É Desk - x"
        #expect(accented.withUTF8 { Phrasebook.datelineEnd(bytes: $0) } == .unsure)
    }

    /// `shorten` as it was defined: every expression in order, then the scale marks and the
    /// grammar's shortenings. The byte readers and the cue gates must change nothing.
    static func shortenByExpressions(_ phrase: String) -> String {
        var out = phrase
        for rule in Phrasebook.moneyRules.indices { out = MoneyPatternTests.regex(rule, out) }
        out = out.replacingOccurrences(of: "#billion", with: "B").replacingOccurrences(of: "#million", with: "M")
            .replacingOccurrences(of: "#trillion", with: "T")
        for (long, short) in GrammarLexicon.shared.shortenings {
            out = out.replacingOccurrences(of: long, with: short, options: .caseInsensitive)
        }
        return out
    }

    @Test func shortenAndDatelines_equalTheirDefinitions_onEveryClauseOfTheSampleAndCorpusArticles() {
        let articles = Corpus.sampleArticles() + Corpus.articles()
        var compared = 0
        for (_, text) in articles {
            let sheet = FactExtractor().extract(Article(text: text))
            var clauses = Set(sheet.facts.map(\.clause))
            clauses.formUnion(sheet.sentences.map(\.text))
            for c in clauses {
                #expect(Phrasebook.shorten(c, grammar: .shared) == Self.shortenByExpressions(c), "\(c)")
                #expect(Phrasebook.datelineEnd(c).map { String(c[$0...]) } == Phrasebook.datelineEndByCharacters(c).map { String(c[$0...]) }, "\(c)")
                compared += 1
            }
        }
        #expect(compared > 100)
        for p in ["The company’s $4 billion to $5 billion plan grew 12 percent, U.S. sales Inc. rose",
                  "capex of US$115 billion – US$135 billion", "a $5–10 billion buyback, e.g. shares", "Ünïcode ٣ percent"] {
            #expect(Phrasebook.shorten(p, grammar: .shared) == Self.shortenByExpressions(p), "\(p)")
        }
    }
}
