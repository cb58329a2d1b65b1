import Foundation
import Testing
@testable import TalkShowCore
import TalkShowTestSupport

/// The byte readings of the phrasebook give what their Character definitions give.
@Suite struct PhrasebookTests {
    /// The phrase of the first figure of `text` whose text holds `figure`.
    static func phrase(_ text: String, _ figure: String) -> String? {
        let sheet = FactExtractor().extract(Article(text: text))
        let book = Phrasebook(sheet)
        return sheet.facts.firstIndex { $0.kind.isFigure && $0.text.contains(figure) }.map(book.phrase)
    }

    /// A phrase keeps its subject past an aside before "more than doubled", past an
    /// apposition after "said", and through a one-word verb of a relative clause; a figure in
    /// its clause's subject is said with the verb after it; no phrase ends on a number before
    /// its scale.
    @Test func phrasesKeepTheirSubjectsVerbsAndUnits() {
        Self.expectPhrase("Revenue from Voltara's storage business, which sells large batteries to utilities, more than doubled to $610 million in the first quarter, and the company said deployments hit a record.",
                          "$610", startsWith: "Revenue from Voltara's storage business more than doubled to $610", anyCase: true)
        Self.expectPhrase("The nation's sixth-largest lender by assets said its stress capital buffer, the extra capital cushion regulators require based on test results, would fall to 2.9% from 3.6%.",
                          "2.9%", startsWith: "its stress capital buffer would fall to 2.9%", anyCase: true)
        Self.expectPhrase("Grain handler Plainsview Agri, which earns fees on the volume of grain it stores and ships, also dropped 2.4% as traders anticipated lower volumes in the region.",
                          "2.4%", startsWith: "grain handler Plainsview Agri also dropped 2.4%", anyCase: true)
        Self.expectPhrase("Ridgeway said in January that every 25 basis point rise in long-term yields adds roughly $120 million to its annual net interest income.",
                          "25 basis", endsWith: "adds roughly $120M to its annual net interest income")
        Self.expectPhrase("In its monthly crop report, the Agriculture Department forecast winter wheat production of 1.18 billion bushels, down 9% from last year and below the 1.27 billion bushels analysts had expected.",
                          "9%", endsWith: "below the 1.27 billion bushels")
    }

    /// Inside a relative clause about another thing, "it" is not the company.
    @Test func itInARelativeClause_isNotTheCompany() {
        let phrase = Self.phrase("Acme Corp shares rose 3.2% to $71.55, as investors welcomed the end of an investigation that had weighed on the stock since it was disclosed in early 2023.", "2023") ?? ""
        #expect(!phrase.contains("Acme Corp was disclosed"), "\(phrase)")
        Self.expectPhrase("Orvanta Therapeutics said the price reflects the therapy's lifetime value and that it would offer insurers an outcomes-based deal, refunding up to 50% of the cost.",
                          "50%", startsWith: "Orvanta Therapeutics would offer")
    }

    /// The phrases of every figure of `text`, in the sheet's order.
    static func figurePhrases(_ text: String) -> [String] {
        let sheet = FactExtractor().extract(Article(text: text))
        let book = Phrasebook(sheet)
        return sheet.facts.indices.filter { sheet.facts[$0].kind.isFigure }.map(book.phrase)
    }

    /// Expects the phrase of `figure` in `text` to start (or end) with `part`, letter case
    /// aside when `anyCase`.
    static func expectPhrase(_ text: String, _ figure: String, startsWith part: String? = nil, endsWith end: String? = nil,
                             anyCase: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        let phrase = Self.phrase(text, figure) ?? ""
        let seen = anyCase ? phrase.lowercased() : phrase
        if let part { #expect(seen.hasPrefix(anyCase ? part.lowercased() : part), "\(phrase)", sourceLocation: sourceLocation) }
        if let end { #expect(seen.hasSuffix(anyCase ? end.lowercased() : end), "\(phrase)", sourceLocation: sourceLocation) }
    }

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

    static let digitCases = [
        "$5.2 billion", "revenue of $5.2B", "5.2%", "“5.2” percent", "5\u{A0}200", "5–7 ‘units’", "5 — 7", "1…2",
        "٥ units", "5\u{301} units", "5\u{200D}", "½ share", "5 €", "Übernahme 12", "", "no digits", "12 ‑ 3", "5\u{2060}",
    ]

    @Test func keepsDigits_byBytes_equalsTheCharacterDefinition() {
        func definition(_ figure: String, _ phrase: String) -> Bool {
            let digits = Set(figure.filter(\.isNumber))
            return digits.isEmpty || digits.isSubset(of: Set(phrase.filter(\.isNumber)))
        }
        var plain = 0
        for figure in Self.digitCases {
            for phrase in Self.digitCases {
                #expect(Phrasebook.keepsDigits(of: figure, in: phrase) == definition(figure, phrase), "\(figure) in \(phrase)")
                var f = figure, p = phrase
                if f.withUTF8({ Phrasebook.plainDigits($0) }) && p.withUTF8({ Phrasebook.plainDigits($0) }) { plain += 1 }
            }
        }
        // Most pairs take the byte path; the joiners, marks and other digits do not.
        #expect(plain >= 100)
        for tricky in ["٥ units", "5\u{301} units", "5\u{200D}", "½ share", "5\u{2060}"] {
            var t = tricky
            #expect(!t.withUTF8 { Phrasebook.plainDigits($0) }, "\(tricky)")
        }
    }

    @Test func accordingTo_byBytes_equalsTheDefinition() {
        for s in ["according to analysts", "According To the firm", "ACCORDING TO X", "according to", "according to ",
                  "according to \u{301}x", "accordİng to x", "accord", "", "É according to x", "according tox", "according to é"] {
            #expect(Phrasebook.startsWithAccordingTo(s) == s.lowercased().hasPrefix("according to "), "\(s)")
        }
    }

    @Test func leadingConnector_byBytes_equalsTheCharacterDefinition() {
        func definition(_ out: String) -> Int? {
            guard let space = out.firstIndex(of: " ") else { return nil }
            var head = out[..<space].lowercased()[...]
            while let c = head.first, c == "," || c == ";" || c == ":" { head.removeFirst() }
            while let c = head.last, c == "," || c == ";" || c == ":" { head.removeLast() }
            let connectors = Phrasebook.connectors
            let commaAdverb = out[..<space].hasSuffix(",") && (head.hasSuffix("ly") || connectors.contains(String(head)))
            guard connectors.contains(String(head)) || commaAdverb else { return nil }
            return out.utf8.distance(from: out.utf8.startIndex, to: out.index(after: space))
        }
        let cases = ["and revenue rose", "And revenue", "However, margins", "however margins", "Notably, costs", "notably costs",
                     "but", "but ", " and x", ", and x", "and, x", ";and; x", "Ly, x", "y, x", "fly, x", "Revenue rose",
                     "and \u{301}x", "ánd x", "Ély, x", "while costs", "ALSO, x", "so", "yet é", ",, x", "meanwhile,x y"]
        for c in cases { #expect(Phrasebook.leadingConnectorEnd(c) == definition(c), "\(c)") }
    }

    @Test func sentenceCapital_byBytes_equalsTheCharacterDefinition() {
        let cases = ["The company cut costs", "Revenue rose", "Boston sales", "Dana said", "AI demand", "Q3 revenue", "A deal",
                     "U.S. sales", "\"Revenue\" rose", "(Revenue) rose", "The", "T", "  The margin", " ", "", "the margin",
                     "The\u{301} margin", "The \u{301}margin", "Thé margin", "Éclat rose", "\u{0600}The margin", "The\r\n margin",
                     "It rose", "It", "X1 rose", "Its margin", "Shares—rose", "However, costs", "“The” margin", "Texas-based",
                     "Revenue \u{301}", "Revenue 💹", "BIG news", "Big news", "$5 rose", "5 rose", "R&D rose", "R&d rose",
                     "Stavros Homes dropped 7%", "Coinvault's troubles", "The Fed raised", "Revenue  Rose", "Sales É",
                     "Rival Ambercroft Home's volumes", "President Ilse Marant said", "Rival's", "Already, Quillon Air CEO", "Already"]
        let grammar = GrammarLexicon.shared, lexicon = FactLexicon.shared
        for c in cases {
            for name in [false, true] {
                #expect(Phrasebook.sentenceCapitalLowered(c, startsWithName: name, grammar: grammar, lexicon: lexicon)
                        == Phrasebook.sentenceCapitalLoweredByCharacters(c, startsWithName: name, grammar: grammar, lexicon: lexicon), "\(c) \(name)")
            }
        }
        #expect(Phrasebook.sentenceCapitalLowered("The margin", startsWithName: false, grammar: grammar, lexicon: lexicon) == "the margin")
        // An unknown name keeps its capital: a capital word before another, or a possessive.
        #expect(Phrasebook.sentenceCapitalLowered("Stavros Homes dropped 7%", startsWithName: false, grammar: grammar, lexicon: lexicon) == "Stavros Homes dropped 7%")
        #expect(Phrasebook.sentenceCapitalLowered("Coinvault's troubles began", startsWithName: false, grammar: grammar, lexicon: lexicon) == "Coinvault's troubles began")
        #expect(Phrasebook.sentenceCapitalLowered("The Fed raised rates", startsWithName: false, grammar: grammar, lexicon: lexicon) == "the Fed raised rates")
        // A word of business before a name is no part of it; a title is.
        #expect(Phrasebook.sentenceCapitalLowered("Rival Ambercroft Home's volumes rose", startsWithName: false, grammar: grammar, lexicon: lexicon) == "rival Ambercroft Home's volumes rose")
        #expect(Phrasebook.sentenceCapitalLowered("President Ilse Marant said", startsWithName: false, grammar: grammar, lexicon: lexicon) == "President Ilse Marant said")
        // An adverb of time before a name is no part of it.
        #expect(Phrasebook.sentenceCapitalLowered("Already, Quillon Air CEO Dana Ortiz said", startsWithName: false, grammar: grammar, lexicon: lexicon) == "already, Quillon Air CEO Dana Ortiz said")
        // A person's surname keeps its capital (`recapitalised`), an ordinary word does not get one.
        let sheet = FactExtractor().extract(Article(text: "Analyst Dana Ortiz rates Quillon a buy. Ortiz pointed to sales that rose 9% in May."))
        #expect(Phrasebook.recapitalised("ortiz pointed to sales that rose 9% in May", sheet) == "Ortiz pointed to sales that rose 9% in May")
        #expect(Phrasebook.recapitalised("sales rose 9% in May", sheet) == "sales rose 9% in May")
        // Commas and quotes are punctuation; a dollar sign or a plus is a symbol, and stays.
        #expect(Phrasebook.asciiPunctuation[0x2C] && Phrasebook.asciiPunctuation[0x22] && !Phrasebook.asciiPunctuation[0x24] && !Phrasebook.asciiPunctuation[0x2B])
    }

    @Test func dangles_byBytes_equalsTheCharacterDefinition() {
        let lexicon = FactLexicon.shared
        let words = ["the", "The", "THE", "of", "three", "Three", "twelve", "12", "2025", "rose", "5%", "é", "3é", "x3", "and,", "per",
                     "revenue", "a", "é12", "fifty", "million", "ïn", "over", "1", "q", "Étienne", "\u{301}a", "company's", "Acme’s", "it's"]
        for w in words {
            for n in words {
                let text = Array((w + " " + n).utf8)
                let word = (0, w.utf8.count), next = (w.utf8.count + 1, text.count)
                let tail = w.lowercased()
                let expected = Phrasebook.danglers.contains(tail) || lexicon.numberWords.value(tail) != nil
                    || (tail.last?.isNumber == true && n.first?.isLowercase == true) || ("0"..."9").contains(n.first ?? " ")
                    || (tail.count > 2 && (tail.hasSuffix("'s") || tail.hasSuffix("’s")))
                #expect(Phrasebook.dangles(text, word, before: next, lexicon: lexicon) == expected, "\(w) before \(n)")
            }
        }
    }

    @Test func trailingMarks_byBytes_equalTheCharacterDefinition() {
        func definition(_ s: String) -> String {
            var out = s
            while let last = out.last, ",;:.—–-".contains(last) || last == " " { out.removeLast() }
            return out
        }
        let cases = ["revenue rose.", "revenue rose, ", "up 5% —", "up 5% – ", "x:;,.- ", "", " ", "—", "–,", "é.", "é —", "x —\u{301}",
                     "x.\u{301}", "\u{0600}-", "\u{0600}—", "a \u{200D}-", "“quoted”.", "x\r\n.", "5 …", "end"]
        for c in cases { #expect(Phrasebook.trimmingTrailingMarks(c) == definition(c), "\(c)") }
    }

    @Test func sentenceKeys_areTheKeysOfTheSentences() {
        let text = "Revenue rose. Costs fell! Why? Margins, though, held.  Two spaces.No space"
        var keys: [UInt64] = []
        VoiceComposer.Writer.sentenceKeys(text, into: &keys)
        let sentences = ["Revenue rose.", "Costs fell!", "Why?", "Margins, though, held.", " Two spaces.No space"]
        #expect(keys == sentences.map(VoiceComposer.Writer.sentenceKey))
        #expect(Set(keys).count == sentences.count)
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
        // A parenthesis that repeats the word before it goes: "ETFs (ETFs)" → "ETFs".
        while let match = out.range(of: #"(?<=^|\s)(\S+) \(\1\)"#, options: .regularExpression) {
            let word = out[match].split(separator: " ")[0]
            out.replaceSubrange(match, with: word)
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
                  "capex of US$115 billion – US$135 billion", "a $5–10 billion buyback, e.g. shares", "Ünïcode ٣ percent",
                  "CAPITAL EXPENDITURES rose approximately 5% year-over-year on Artificial Intelligence and capital spending",
                  "research and development, capital expenditure, capital expenditures"] {
            #expect(Phrasebook.shorten(p, grammar: .shared) == Self.shortenByExpressions(p), "\(p)")
        }
    }

    @Test func phrasesMadeWhenAsked_equalPhrasesMadeUpFront() {
        var compared = 0
        for (_, text) in Corpus.sampleArticles() {
            let sheet = FactExtractor().extract(Article(text: text))
            let upFront = Phrasebook(sheet)
            let debate = DebateContext(sheet: sheet, scenario: .builtIn)
            let weighed = sheet.facts.indices.filter { i in debate.readings.contains { $0.factValues[i] != 0 } }
            // Some facts are weighed by no persona (names, in the default scenario), so some are made only when asked.
            #expect(weighed.count < sheet.facts.count)
            for book in [Phrasebook(sheet, needed: { _ in false }), debate.phrasebook] {
                #expect(book.phrases == upFront.phrases)
                #expect(book.subject == upFront.subject)
                for i in sheet.facts.indices { #expect(book.isEmpty(i) == upFront.phrase(i).isEmpty) }
            }
            compared += sheet.facts.count
        }
        #expect(compared > 100)
    }

    /// A phrase keeps a name's capital wherever the phrase was cut from: after a connector or
    /// a dateline it dropped, and for a formal title or one in capitals before a name; a plain
    /// capital, and a title that only opened the sentence ("Analyst Ortiz"), is lowered.
    @Test func aPhraseThatStartsWithAName_keepsItsCapital() {
        // A name the article writes with a capital inside a later sentence, or one it derives from.
        let demonym = "Caldoran central bank holds rates at 4.75% in split vote\n\nThe Reserve Bank of Caldora kept its rate at 4.75%. "
            + "Quarterly growth slowed to 1.2%."
        #expect(Self.phrase(demonym, "4.75")?.hasPrefix("Caldoran central bank holds rates") == true, "\(Self.phrase(demonym, "4.75") ?? "")")
        #expect(Self.phrase("Quarterly growth slowed to 1.2% as exports fell. Exports to Caldora fell.", "1.2")?.hasPrefix("quarterly growth") == true)
        let source = Array("Acme, Ortiz".utf8)
        let names = [0..<4, 6..<11]
        func starts(_ phrase: String, _ names: [Range<Int>] = names) -> Bool {
            Phrasebook.startsWithName(phrase, names: names, text: source, lexicon: .shared)
        }
        #expect(starts("Acme is looking to sell"))
        #expect(starts("Acme's plant will open"))
        #expect(starts("Acme’s plant will open"))
        #expect(starts("President Ortiz said"))
        #expect(starts("CEO Ortiz said"))
        #expect(starts("Attorney General Ortiz said"))
        #expect(!starts("Analyst Ortiz said"), "a title that only opens the sentence is lowered")
        #expect(!starts("Chief executive Ortiz said"))
        #expect(!starts("President of the board said"))
        #expect(!starts("Revenue rose 5%"))
        #expect(!starts("Acmes rose"))
        #expect(!starts("Acme is looking", []))
        for (text, word) in [("  (Acme’s), rest", "Acme"), ("Acme's", "Acme"), ("s's", "s"), ("... x", nil), ("", nil)] {
            let bytes = Array(text.utf8)
            let found = bytes.withUnsafeBufferPointer { Phrasebook.firstWord($0) }
            #expect(found.map { String(decoding: bytes[$0], as: UTF8.self) } == word, "\(text)")
        }

        let text = "Acme Corp. makes warehouse robots. Additionally, Acme is looking to sell 5,000 units next year. "
            + "(Wire) - Acme plans to hire 300 engineers. Revenue rose 12% in the quarter."
        let sheet = FactExtractor().extract(Article(text: text))
        let book = Phrasebook(sheet)
        var checked = 0
        for (i, f) in sheet.facts.enumerated() where f.kind.isFigure {
            let phrase = book.phrase(i)
            if phrase.contains("5,000") || phrase.contains("300") { #expect(phrase.hasPrefix("Acme "), "\(phrase)"); checked += 1 }
            if phrase.contains("12%") { #expect(phrase.hasPrefix("revenue "), "\(phrase)"); checked += 1 }
        }
        #expect(checked == 3)

        // The source a sentence quotes by one name keeps its capital; a group does not.
        let quoted = FactExtractor().extract(Article(text: "Quillon said on Tuesday that orders could reach 40,000 units by 2028. "
            + "Analysts said margins could reach 31% next year."))
        let quotedBook = Phrasebook(quoted)
        let units = quoted.facts.firstIndex { $0.text.contains("40,000") }, margins = quoted.facts.firstIndex { $0.text.contains("31") }
        #expect(units.map(quotedBook.phrase)?.hasPrefix("Quillon said") == true, "\(units.map(quotedBook.phrase) ?? "")")
        #expect(margins.map(quotedBook.phrase)?.hasPrefix("analysts said") == true, "\(margins.map(quotedBook.phrase) ?? "")")
        // A group named by a proper noun keeps its capital.
        #expect(Phrasebook.startsWithSpeaker("Wall Street expected $7.2B", "Wall Street", lexicon: .shared))
        #expect(!Phrasebook.startsWithSpeaker("Fund managers expected $7.2B", "Fund managers", lexicon: .shared))
    }

    /// A figure deep in a long sentence is phrased from what was reported, not from a few
    /// words before it, and runs on to the end of its clause when that fits.
    @Test func aDeepFigure_isPhrasedFromWhatWasReported() {
        let text = "Acme Social said on Wednesday that daily active users of its photo and messaging app rose to "
            + "412 million in the second quarter, well ahead of forecasts."
        let sheet = FactExtractor().extract(Article(text: text))
        let book = Phrasebook(sheet)
        let i = sheet.facts.firstIndex { $0.text == "412 million" }
        #expect(i.map(book.phrase) == "daily active users of its photo and messaging app rose to 412 million in the second quarter")
    }

    /// A name set off by an aside is quoted with what the sentence says of it after the
    /// aside, never as the bare name.
    @Test func aNameBeforeAnAside_isQuotedWithItsVerb() {
        let text = "Veltro Foods agreed to a sale. Veltro, whose brands include Crunchwell pretzels, has struggled with stagnant volumes as shoppers trade down. Veltro said sales fell 3%."
        let sheet = FactExtractor().extract(Article(text: text))
        let book = Phrasebook(sheet)
        let names = sheet.facts.indices.filter { !sheet.facts[$0].kind.isFigure && sheet.facts[$0].sentence == 1 }
        #expect(!names.isEmpty)
        for i in names { #expect(book.phrase(i).hasPrefix("Veltro has struggled with stagnant volumes"), "\(book.phrase(i))") }
        // Past an apposition with a participle in it.
        let apposition = "Verity Labs, a maker of data-security software backed by venture firm Northpeak Capital, has postponed its planned initial public offering, citing volatile market conditions."
        let appositionSheet = FactExtractor().extract(Article(text: apposition))
        let verity = appositionSheet.facts.indices.first { appositionSheet.facts[$0].kind == .organization && appositionSheet.facts[$0].text.hasPrefix("Verity") }
        #expect(verity.map(Phrasebook(appositionSheet).phrase)?.hasPrefix("Verity Labs has postponed its planned IPO") == true,
                "\(verity.map(Phrasebook(appositionSheet).phrase) ?? "no name")")
        // After a parenthesis, and before an adverb.
        for (text, start) in [("Korvane Labs (NASDAQ: KRVL), a maker of sensors, said its chief executive had resigned.", "Korvane Labs said its CEO had resigned"),
                              ("Korvane Labs, one of the largest sensor makers, easily beat expectations for quarterly profit on Tuesday as high prices and tight supply have driven up earnings for the makers of sensors.",
                               "Korvane Labs easily beat expectations for quarterly profit on Tuesday")] {
            let sheet = FactExtractor().extract(Article(text: text))
            let book = Phrasebook(sheet)
            let name = sheet.facts.indices.first { sheet.facts[$0].kind == .organization }
            #expect(name.map(book.phrase) == start, "\(name.map(book.phrase) ?? "no name")")
        }
    }

    /// "it" and "its" opening what a named source reported stand for that source, so a
    /// rival's news never reads as the subject's.
    @Test func aReportedPronoun_namesItsSource() {
        let text = "Brightwell Goods said volumes fell 4.5%. Rival Ambercroft Home said last week that its own volumes had returned to growth after it held prices steady for most of the year, gaining 1.3 percentage points of market share in detergents."
        #expect(Self.phrase(text, "1.3")?.lowercased().hasPrefix("rival ambercroft home's own volumes had returned to growth") == true, "\(Self.phrase(text, "1.3") ?? "")")
        let it = "Brightwell Goods said volumes fell 4.5%. Rival Ambercroft Home said last week that it had quietly regained the ground it lost in detergents and now holds a 31% share of the market."
        #expect(Self.phrase(it, "31%")?.lowercased().hasPrefix("rival ambercroft home had quietly regained") == true, "\(Self.phrase(it, "31%") ?? "")")
        // Not where no name reported it.
        let unnamed = "Brightwell Goods said volumes fell 4.5%. Some of the analysts who follow the company closely said on Monday that its margins would fall to 12% next year as costs keep rising."
        #expect(Self.phrase(unnamed, "12%")?.contains("'s margins") != true, "\(Self.phrase(unnamed, "12%") ?? "")")
    }

    /// An "It"/"Its" that opens a sentence names the company that opened the sentence before;
    /// after a sentence that opens otherwise it stays.
    @Test func anOpeningIt_namesTheCompanyBefore() {
        Self.expectPhrase("Haverly Brands agreed to buy Tolliver Foods for $2.9 billion. It will fund the purchase with new debt of $1.5 billion.", "1.5",
                          startsWith: "Haverly Brands will fund the purchase")
        Self.expectPhrase("Meridian Foods agreed to a sale. Its sales fell 3% last year to $2.7 billion.", "3%", startsWith: "Meridian Foods' sales fell 3%")
        Self.expectPhrase("Shares of Haverly Brands fell 4%. It will fund the purchase with new debt of $1.5 billion.", "1.5",
                          startsWith: "it will fund", anyCase: true)
        // Inside a sentence, "its" names the one company the sentence names before it.
        Self.expectPhrase("Department store chain Pemberton Stores cut its forecast on Thursday, blaming weak Christmas trading, "
            + "and its shares fell 22% to a record low.", "22%", startsWith: "Pemberton Stores' shares fell 22%")
        Self.expectPhrase("Quillon Foods said rival Ardent Brands cut prices, and its shares fell 22% to a record low.", "22%",
                          startsWith: "its shares", anyCase: true)
        // In a sentence that opens with "It" for the company before, a later "it" is that company.
        Self.expectPhrase("Harborline Financial Group agreed to buy Pinecrest Bancorp for $2.1 billion. It forecast the deal would add 7% to "
            + "earnings per share in its first full year of combined operations, though it will book roughly $550 million in one-time charges.",
                          "$550", startsWith: "Harborline Financial Group will book")
        // With no company named before it, "the company" before it is the article's subject.
        Self.expectPhrase("Oriel Software (NASDAQ: ORL) shares rose 12%. He said the company could be worth more than $120 a share to a "
            + "private-equity buyer or a larger rival, and that it should cut costs by at least $400 million a year.", "$400",
                          startsWith: "Oriel Software should cut costs")
    }

    /// An "it" after a time phrase that opens the sentence is the company that opens the
    /// sentence before, as an opening "It" is ("Last year it pushed …"); a pronoun after
    /// anything else is left alone.
    @Test func anItAfterAnOpeningTimePhrase_namesTheCompanyBefore() {
        Self.expectPhrase("Larkspur Capital has a record of pressing food companies into deals. Last year it pushed Cordell Brands into a "
            + "merger that delivered a 38% premium to shareholders.", "38%", startsWith: "last year Larkspur Capital pushed", anyCase: true)
        Self.expectPhrase("Quorvex Systems withdrew its guidance. In February it had forecast revenue of $1.05 billion.", "1.05",
                          startsWith: "in February Quorvex Systems had forecast", anyCase: true)
        Self.expectPhrase("Quorvex Systems withdrew its guidance. In March 2024, its revenue rose 9% to $1.1 billion.", "9%",
                          startsWith: "in March 2024, Quorvex Systems' revenue rose", anyCase: true)
        func at(_ s: String) -> Int? { Array(s.utf8).withUnsafeBufferPointer { Phrasebook.pronounAfterTimePhrase($0) } }
        #expect(at("last year it pushed") == 10)
        #expect(at("Earlier this month, its shares fell") == 20)
        #expect(at("On Monday it said") == 10)
        #expect(at("In 2023 it lost") == 8)
        // No time before it, a function word last, a name, or too long a phrase.
        #expect(at("it said") == nil)
        #expect(at("In it, the board said") == nil)
        #expect(at("Since the it said") == nil)
        #expect(at("Last year Acme said it would") == nil)
        #expect(at("After the deal closed it said") == nil)
        #expect(at("In the first six months of last year it said") == nil)
        #expect(at("Last year It said") == nil)
    }

    /// A clause whose subject is a pronoun keeps the clause that names what the pronoun is:
    /// after a comma and a subordinator, or after "and that".
    @Test func aPronounSubject_keepsTheClauseThatNamesIt() {
        Self.expectPhrase("\"But the iron ore guidance cut will hurt earnings more in the near term, since it is still about 60% of profit.\"",
                          "60%", startsWith: "the iron ore guidance cut will hurt earnings", anyCase: true)
        let text = "Shares fell 11%. The company said its liquidity remained strong at $6.8 billion and that it had no major debt maturities until 2026."
        let sheet = FactExtractor().extract(Article(text: text))
        let book = Phrasebook(sheet)
        let year = sheet.facts.firstIndex { $0.text == "2026" }!
        #expect(book.phrase(year).lowercased().hasPrefix("the company said"), "\(book.phrase(year))")
    }

    /// A code or a name set off by commas between a subject and its verb is left out, and
    /// the phrase runs on with the verb, stopping before a second verb's connector.
    @Test func aNamedAsideBeforeTheVerb_isPassedOver() {
        let phrase = Self.phrase("The study of 6,400 patients showed that those taking the once-daily pill, AT-330, were significantly "
            + "less likely to die from cardiovascular causes or be admitted to hospital than patients on placebo.", "6,400")
        #expect(phrase == "the study of 6,400 patients showed that those taking the once-daily pill were significantly less likely to die from cardiovascular causes", "\(phrase ?? "")")
    }

    /// Where a figure moved from, after its comma, is part of what it says.
    @Test func whereAFigureMovedFrom_isKept() {
        Self.expectPhrase("Chief financial officer Dana Ortiz said retail loans now make up about 12% of the book, down from 15% at the start of the year.",
                          "12%", endsWith: "down from 15% at the start of the year")
    }

    /// A condition that ends a figure's clause is part of what it says, and stays in reach.
    @Test func aConditionThatEndsTheClause_isKept() {
        Self.expectPhrase("She said the group could win about $300 million of the lost orders by the end of the year if permits arrive in time.",
                          "$300", endsWith: "if permits arrive in time")
    }

    /// A phrase cut short never ends inside the clause a relative pronoun opens, and takes
    /// "of" with the name or number it belongs to.
    @Test func aShortenedPhrase_endsBeforeARelativeClause_andAfterItsOf() {
        Self.expectPhrase("Calloway Payments Corp agreed to pay $480 million to settle charges that it failed to stop criminals from using its platform to move money, the regulator said.",
                          "$480", endsWith: "to settle charges")
        Self.expectPhrase("The retailer now expects adjusted pre-tax profit of 45 million to 55 million pounds for the year to the end of March, down from its previous guidance of 80 million pounds.",
                          "55 million", endsWith: "the end of March")
    }

    /// A participle after a comma reaches its clause past an aside, whose subject is put
    /// back ("… Inc filed for …, listing liabilities of …"), even with a plain noun for its
    /// object; and "that it" takes what "it" is from the words before.
    @Test func aParticiple_reachesItsClausePastAnAside() {
        Self.expectPhrase("Brightwell Home Furnishings Inc, the furniture retailer with 212 stores across the Midwest, filed for Chapter 11 "
            + "bankruptcy protection on Tuesday, listing liabilities of $1.3 billion against assets of $840 million.", "$1.3",
                          startsWith: "Brightwell Home Furnishings Inc filed for Chapter 11", anyCase: true)
        Self.expectPhrase("The exchange said in a court filing that it had liabilities of $4.1 billion and assets of $1.2 billion, a shortfall of "
            + "roughly $2.9 billion.", "$1.2", startsWith: "the exchange said", anyCase: true)
    }

    /// An adjective of a place that opens a phrase keeps its capital.
    @Test func anAdjectiveOfAPlace_keepsItsCapital() {
        let text = "Pemberton warns\n\nBritish department store chain Pemberton Stores cut its annual profit forecast by 40% on Thursday. Sales fell 3%."
        let sheet = FactExtractor().extract(Article(text: text))
        let book = Phrasebook(sheet)
        let cut = sheet.facts.firstIndex { $0.text == "40%" }!
        #expect(book.phrase(cut).hasPrefix("British department store chain"), "\(book.phrase(cut))")
    }

    /// A clause that opens with an adverb and a verb carries on the subject before it.
    @Test func anAdverbAndAVerb_carryOnTheSubject() {
        Self.expectPhrase("The retailer raised its forecast. Shares rose 4% in premarket trading but later turned lower, falling 3% by midafternoon.",
                          "3%", startsWith: "shares rose 4%", anyCase: true)
    }

    /// A participle reaches past a comparison that carries on the clause before ("well
    /// below …") to the clause itself.
    @Test func aParticiple_reachesPastAWordOfDegree() {
        Self.expectPhrase("It said fourth-quarter revenue would be between $2.9 billion and $3.1 billion, well below the consensus estimate "
            + "of $3.5 billion, sending shares down 9% in extended trading.", "9%", startsWith: "it said fourth-quarter revenue", anyCase: true)
    }

    /// A figure in a relative clause about the subject that opens the sentence is said of
    /// that subject; one cut from the middle of a sentence keeps its relative pronoun.
    @Test func aRelativeClauseAboutTheSubject_isSaidOfIt() {
        let phrase = Self.phrase("Calvane, which had revenue of $14 billion last year, said it had enough cash to fund the payments.", "$14")
        #expect(phrase?.lowercased() == "calvane had revenue of $14b last year", "\(phrase ?? "")")
    }

    /// A comma inside a list of nouns is no clause's end: the phrase says the list whole, and
    /// a comma before a clause of its own still ends it.
    @Test func aPhrase_neverEndsInsideAList() {
        let debt = Self.phrase("The buyer said Veltro's debt would rise to roughly 6.5 times earnings before interest, taxes, depreciation and amortization.", "6.5")
        #expect(debt?.hasSuffix("Veltro's debt would rise to roughly 6.5 times earnings before interest, taxes, depreciation and amortization") == true)
        #expect(Self.phrase("Costs rose 9% to $4 billion on freight, fuel, and labor, the company said.", "9%")?.hasSuffix("on freight, fuel, and labor") == true)
        #expect(Self.phrase("Sales rose 9% to $4 billion in retail, while wholesale fell and margins narrowed.", "9%") == "sales rose 9% to $4B in retail")
        #expect(Self.phrase("Sales rose 9% to $4 billion in retail, wholesale fell and margins narrowed.", "9%") == "sales rose 9% to $4B in retail")
        #expect(Self.phrase("Acme will cut 7% of its workforce, or roughly 310 jobs, mainly in sales and marketing.", "310")?.hasSuffix("or roughly 310 jobs") == true)
    }

    /// A phrase that no comma ends within its length ends before the next clause opener, not
    /// a few words past its figure; a clause that carries on the one before it ("…, down
    /// roughly 18%") and a figure after a subordinator keep their subjects.
    @Test func aPhrase_endsWithItsClause_andKeepsItsSubject() {
        #expect(Self.phrase("A billion dollars of regional warehouse capacity will move from manual picking to robotic fulfilment "
                       + "as retailers race to automate every store, depot and loading dock.", "billion")
                == "a billion dollars of regional warehouse capacity will move from manual picking to robotic fulfilment")
        #expect(Self.phrase("Shares of Acme Robotics ended the week at $41.20, down roughly 18% from their peak in March.", "18")
                == "shares of Acme Robotics ended the week at $41.20, down roughly 18% from their peak in March")
        #expect(Self.phrase("Acme stock closed Friday down 0.5% at $33.34 but remains up 20.3% for the month of May.", "20.3")
                == "Acme stock closed Friday down 0.5% at $33.34 but remains up 20.3% for the month of May")
        // The two figures' phrases overlap, so a debate reads them as one clause: never set
        // against each other, never one cited as fresh beside the other.
        let sheet = FactExtractor().extract(Article(text: "Acme stock closed Friday down 0.5% at $33.34 but remains up 20.3% for the month of May."))
        let context = DebateContext(sheet: sheet, scenario: .builtIn)
        let down = sheet.facts.firstIndex { $0.text.contains("0.5") }, up = sheet.facts.firstIndex { $0.text.contains("20.3") }
        #expect(down != nil && up != nil && context.clauseOf[down!] == context.clauseOf[up!])
        #expect(Self.phrase("The estimate comes from a model built by the research desk at a large broker after the regulator "
                       + "raised its forecast for the average price of regional freight in 2027 to $3.40 a mile.", "3.40")
                == "the regulator raised its forecast for the average price of regional freight in 2027 to $3.40 a mile")
        // Where a phrase cut past its figure ends: (text, figure, the end of its phrase).
        let ends: [(String, String, String)] = [
            // Its noun phrase whole, before "and".
            ("Acme said it would spend $9 billion to $10 billion on capital projects in 2025, including €2bn for a European gas "
                + "terminal and roughly $1.1 billion on carbon capture.", "€2bn", "for a European gas terminal"),
            // At a comma short of that, not on a preposition after it.
            ("The company will take on roughly $3.1 billion of its rival's debt, lifting its net debt to about 5.8 times core "
                + "earnings, above the 5 times ceiling that ratings agencies have flagged.", "5.8", "5.8 times core earnings"),
            // Before a preposition, not inside the phrase of a name.
            ("The miner also said it would defer a $1.4 billion expansion of its Ordell open-pit mine by a year to preserve cash "
                + "while it repairs the flooded pumps at its main site.", "1.4", "of its Ordell open-pit mine"),
            // Never on a connector before a comma.
            ("The deal values the company's equity at about $2.6 billion and, including debt, the company at about $3.4 billion, "
                + "or roughly 8.5 times its earnings before interest.", "2.6", "$2.6B"),
            // Past a comparison with what was expected, after a comma.
            ("Acme forecast fourth-quarter revenue of $10.8 billion to $11.4 billion, below the $12.0 billion Wall Street had been "
                + "expecting, and said it would cut 300 jobs.", "10.8", "below the $12.0B Wall Street had been expecting"),
        ]
        for (text, figure, end) in ends {
            let phrase = Self.phrase(text, figure)
            #expect(phrase?.hasSuffix(end) == true, "\(phrase ?? "")")
        }
        // A second verb after "and" shares the subject of the first.
        let shared = "Acme & Bolt kept its full-year revenue outlook of $16.2 billion to $16.5 billion and raised its adjusted "
            + "earnings forecast to a range of $4.10 to $4.30 per share, from $3.80 to $4.05 previously."
        #expect(Self.phrase(shared, "3.80")?.hasPrefix("Acme & Bolt raised its adjusted earnings forecast") == true, "\(Self.phrase(shared, "3.80") ?? "")")
        // A participle after a comma reaches back for its clause, a little further than a noun phrase.
        Self.expectPhrase("It will fund the purchase with cash on hand and new debt, lifting its net leverage to about 3.9 times earnings before "
                          + "interest, taxes, depreciation and amortization, from 2.4 times.", "3.9", startsWith: "it will fund the purchase")
        // Past a speech tag set off by commas, which is left out.
        Self.expectPhrase("Private equity firm Crestline Partners agreed to buy snack maker Meridian Foods Inc for $4.2 billion in cash, the companies "
                          + "said on Monday, offering a 38% premium that sent Meridian shares soaring.", "38%",
                          endsWith: "for $4.2B in cash, offering a 38% premium that sent Meridian shares soaring")
        // A speech tag at the front is left out.
        Self.expectPhrase("Harwick Bank Plc agreed to pay $640 million to settle U.S. and British investigations into weak controls, the lender said "
                          + "on Tuesday, the largest penalty in its 150-year history.", "150", startsWith: "the largest penalty", anyCase: true)
        // What a noun hopes, fears or demands is not stated: the phrase keeps the noun.
        let demand = "It is demanding guarantees that no jobs will be cut when the port operator, Meridia Terminals, installs 40 automated cranes over the next three years."
        #expect(Self.phrase(demand, "40")?.lowercased().hasPrefix("no jobs will be cut") == false, "\(Self.phrase(demand, "40") ?? "")")
        #expect(Self.phrase(demand, "40")?.contains("guarantees that no jobs") == true, "\(Self.phrase(demand, "40") ?? "")")
        // And one after "but".
        let but = "The company maintained its full-year earnings forecast of $5.40 to $5.60 per share but lowered its organic sales growth outlook to between 1% and 2%, from 3% to 4%."
        #expect(Self.phrase(but, "1%")?.hasPrefix("the company lowered its organic sales growth outlook") == true, "\(Self.phrase(but, "1%") ?? "")")
        // So does one after ", and" whose phrase starts at the "and".
        let afterComma = "The company said it would also close two plants in Germany, eliminating about 650 jobs, and expects $120 million in annual cost savings by 2025."
        #expect(Self.phrase(afterComma, "120")?.hasPrefix("the company expects $120M") == true, "\(Self.phrase(afterComma, "120") ?? "")")
        // Not inside a relative clause, nor past a quotation that held the subject.
        let relative = "\"Investors owned this stock for the yield, and that thesis is gone,\" said Dana Ortiz, an analyst at Halden Securities, "
            + "who cut her rating to sell and lowered her price target to $27 from $42."
        #expect(Self.phrase(relative, "27")?.lowercased().hasPrefix("investors") == false, "\(Self.phrase(relative, "27") ?? "")")
        let own = Self.phrase("Revenue rose 5% and margins widened to 12% in the quarter as costs eased.", "12%")
        #expect(own?.contains("margins widened to 12%") == true && own?.contains("revenue widened") == false, "\(own ?? "")")
    }

    /// A heading's label and a reporting participle are cut from a phrase's front, leaving
    /// the clause after them; a label of a figure ("Revenue: $4B") stays.
    @Test func aLabelOrReportingParticiple_isCutFromThePhrasesFront() {
        #expect(Self.phrase("Quillon Freight cut its outlook on Monday, saying higher diesel prices will add about $300 million "
                       + "to its costs this year.", "300")
                == "higher diesel prices will add about $300M to its costs this year")
        #expect(Self.phrase("The grocer lifted its forecast for the full year on Thursday morning, noting that online orders grew "
                       + "14% in the quarter.", "14")
                == "online orders grew 14% in the quarter")
        #expect(Phrasebook.leadingLabelEnd("What happened: Acme dropped 4% on Tuesday") == 15)
        #expect(Phrasebook.leadingLabelEnd("Revenue: $4B in the quarter") == nil)
        #expect(Phrasebook.leadingLabelEnd("shares fell 4%: a loss") == nil)
        #expect(Phrasebook.leadingLabelEnd("What else you need to know: Acme rose") == 28)
        #expect(Phrasebook.leadingLabelEnd("one two three four five six seven: Acme rose") == nil)
        #expect(Phrasebook.leadingLabelEnd("Acme Corp (NASDAQ: ACME) rose 4%") == nil)
        // A phrase too long for its sentence starts after a comma only where a clause of its
        // own starts there, not at a verb that carries on the clause before.
        let carried = Self.phrase("Quillon said it spent $3.9 billion on buybacks in the first half, and planned $3.5 billion worth "
                             + "of buybacks in the third quarter of next year.", "3.5")
        #expect(carried.map { !$0.hasPrefix("planned") && !$0.hasPrefix("and ") } == true, "\(carried ?? "")")
        #expect(Phrasebook.reportingVerbEnd("saying that prices rose sharply", grammar: .shared) == 12)
        #expect(Phrasebook.reportingVerbEnd("saying so", grammar: .shared) == nil)
        #expect(Phrasebook.reportingVerbEnd("adding about $400M to costs", grammar: .shared) == nil)
        // A verb of speech left at the front by a second predicate goes the same way; a
        // capitalised first word is a name, not a verb.
        #expect(Phrasebook.reportingVerbEnd("said monthly users reached 310 million", grammar: .shared) == 5)
        #expect(Phrasebook.reportingVerbEnd("Said Holdings reported a loss of $4M", grammar: .shared) == nil)
        let second = Self.phrase("Acme reported revenue of $4.8 billion last month, up 14% from a year earlier, and said monthly "
                            + "active users reached 310 million.", "310 million")
        #expect(second.map { !$0.hasPrefix("said ") } == true, "\(second ?? "")")
        // A comma inside a closing quotation mark still ends its segment.
        #expect(Phrasebook.endsWithComma(Array("missing,” said".utf8), (0, 11)))
        #expect(Phrasebook.endsWithComma(Array("missing,\" said".utf8), (0, 9)))
        #expect(!Phrasebook.endsWithComma(Array("missing” said".utf8), (0, 10)))
        // A name after the quote it attributes takes the quote along.
        let quoted = "“Quillon gives us a growth engine where we have been missing,” chief executive Dana Ortiz said on a call with analysts."
        let sheet = FactExtractor().extract(Article(text: quoted))
        let person = sheet.facts.firstIndex { $0.kind == .person }
        #expect(person.map { Phrasebook(sheet).phrase($0).contains("growth engine") } == true,
                "\(person.map { Phrasebook(sheet).phrase($0) } ?? "no person")")
        // A sentence that opens with a preposition runs past its first comma.
        let leading = Self.phrase("Of the 28 analysts who cover the company, 19 rate it a buy.", "28")
        #expect(leading.map { $0.hasSuffix("19 rate it a buy") } == true, "\(leading ?? "")")
        // A noun phrase cut short ends at its noun, before the determiner that opens the next
        // ("… in their artificial intelligence business", not "… intelligence"); a verb form
        // before a determiner is no noun ("… in early trading", not "… immediately following").
        let noun = Self.phrase("Cloud providers have in recent months announced plans to spend a combined $600 billion in their "
                               + "data center business this year alone, an analyst noted.", "$600")
        #expect(noun.map { $0.hasSuffix("business") } == true, "\(noun ?? "")")
        let verb = Self.phrase("Acme stock was marked 2.4% lower in early trading immediately following the results "
                               + "to signal a weaker open at $24.15 a share.", "2.4%")
        #expect(verb.map { $0.hasSuffix("in early trading") } == true, "\(verb ?? "")")
        // A name in apposition closes the noun phrase before it: "… gene therapy group", not "… gene therapy".
        let apposed = Self.phrase("Last week, Ordell agreed to pay $640 million for Dutch hospital software group "
                                  + "Nightvale Systems (NVS) in a deal that would add tools for billing and scheduling.", "$640")
        #expect(apposed.map { $0.hasSuffix("hospital software group") } == true, "\(apposed ?? "")")
        // A name's phrase cut by its length a word or two short of its clause's end takes them.
        let decades = FactExtractor().extract(Article(text: "Carriers brace for costs\n\nUnlike its rivals, "
            + "Kestrel Airways gave up locking in the price of its jet fuel supply more than two decades ago."))
        let kestrel = decades.facts.firstIndex { $0.text == "Kestrel Airways" }
        #expect(kestrel.map { Phrasebook(decades).phrase($0).hasSuffix("two decades ago") } == true,
                "\(kestrel.map { Phrasebook(decades).phrase($0) } ?? "no name")")
        // Scare quotes keep their meaning as single marks; a speech's marks go.
        #expect(Phrasebook.withScareQuotesKept("to sue \"Unsafe\" Acme") == "to sue ‘Unsafe’ Acme")
        #expect(Phrasebook.withScareQuotesKept("called the results “deeply disappointing” on Monday") == "called the results ‘deeply disappointing’ on Monday")
        #expect(Phrasebook.withScareQuotesKept("“We will grow revenue this year and next,” Ortiz said") == "We will grow revenue this year and next, Ortiz said")
        #expect(Phrasebook.withScareQuotesKept("an unpaired \" mark") == "an unpaired  mark")
        // A long form shortened to its acronym says the acronym once.
        #expect(Phrasebook.withoutRepeatedAcronym("gold ETFs (ETFs) saw outflows") == "gold ETFs saw outflows")
        #expect(Phrasebook.withoutRepeatedAcronym("the AI (AI) start-up") == "the AI start-up")
        #expect(Phrasebook.withoutRepeatedAcronym("Acme (ACME) rose") == "Acme (ACME) rose")
        #expect(Phrasebook.withoutRepeatedAcronym("profit (profit)") == "profit")
        // So does a name's: "For Acme" alone says nothing.
        let fronted = FactExtractor().extract(Article(text: "Acme signs deal\n\nFor Ordell Labs, the extra servers mean it can lift the caps it puts on its biggest clients."))
        let ordell = fronted.facts.firstIndex { $0.text == "Ordell Labs" }
        #expect(ordell.map { Phrasebook(fronted).phrase($0).hasSuffix("lift the caps it puts on its biggest clients") } == true,
                "\(ordell.map { Phrasebook(fronted).phrase($0) } ?? "no name")")
        // A headline's "X to <verb>" is its future.
        #expect(Phrasebook.headlineInfinitive("Northwind Robotics to spend up to $4.8B on new factories", grammar: .shared) == 18)
        #expect(Phrasebook.headlineInfinitive("Sales to Europe rose 5%", grammar: .shared) == nil)
        #expect(Phrasebook.headlineInfinitive("shares to spend", grammar: .shared) == nil)
        #expect(Phrasebook.headlineInfinitive("Quillon Industries to spin off medical devices unit", grammar: .shared) == 18)
        #expect(Phrasebook.headlineInfinitive("Quillon Industries to the rescue", grammar: .shared) == nil)
        let headline = FactExtractor().extract(Article(text: "Acme Robotics to spend $4.8 billion on new factories\n\nAcme said so on Monday."))
        let spend = headline.facts.firstIndex { $0.kind == .money }
        #expect(spend.map { Phrasebook(headline).phrase($0) } == "Acme Robotics will spend $4.8B on new factories")
        // "That" before a verb is the subject, not a connector.
        #expect(Phrasebook.opensWithSubjectThat("That marked the widest gap since June", grammar: .shared))
        #expect(!Phrasebook.opensWithSubjectThat("that revenue rose 4%", grammar: .shared))
        #expect(!Phrasebook.opensWithSubjectThat("thatch", grammar: .shared))
        // A "he" that opens a phrase is the person named just before.
        let he = FactExtractor().extract(Article(text: "Ivo Brandt, an analyst at Halden, said demand is slowing. He cut his price target to $52 from $58."))
        let target = he.facts.firstIndex { $0.kind == .money }
        #expect(target.map { Phrasebook(he).phrase($0).hasPrefix("Ivo Brandt cut his price target") } == true,
                "\(target.map { Phrasebook(he).phrase($0) } ?? "no figure")")
        // A second infinitive shares the clause of the first.
        let shared = Self.phrase("The company expects the deal to add to adjusted earnings per share in the second full year after "
                            + "closing and to deliver about $250 million in annual cost savings by 2028.", "250")
        #expect(shared == "the company expects the deal to deliver about $250M in annual cost savings by 2028", "\(shared ?? "")")
    }

    /// Where a phrase starts, by the grammar of its sentence (sentence, figure, the start the
    /// phrase must have, case aside): not on an aside after a name, not at a verb after "to",
    /// not inside a relative clause without what it is about, after a colon that follows a
    /// word, and back at its clause for a participle with its object.
    static let phraseStarts: [(String, String, String)] = [
        ("The carrier now expects full-year adjusted earnings of $2.10 to $2.60 per share, well below its earlier range of $3.50 "
            + "to $4.00 and the $3.62 analysts had expected.", "3.50", "the carrier now expects full-year adjusted earnings"),
        ("Ivo Brandt, an analyst at Halden Securities, said the penalty sought is less than the $5.1 billion in free cash flow the "
            + "company generated over the past year, but warned that growth could slow.", "5.1", "Ivo Brandt said the penalty"),
        ("The 64-page complaint, filed by the state, alleges that Acme rewarded young users with badges and filters that encouraged "
            + "them to open the app more than 80 times a day.", "80", "acme rewarded young users"),
        ("Activist investor Harlan Capital, which owns a stake, had pushed for a leadership change and a sale of the company's real "
            + "estate, which it values at up to $1.8 billion.", "1.8", "the company's real estate, which it values"),
        ("The company added that its turnaround plan, which includes closing four plants and cutting about 1,200 jobs, was already "
            + "delivering results, with gross margin improving by 180 basis points last quarter.", "180", "its turnaround plan, which includes closing four plants and cutting about 1,200 jobs, was already"),
        ("Adjusted earnings came in at $1.12 per share, below the $1.19 consensus, and operating margin slipped 2.4 percentage points.",
         "2.4", "operating margin slipped"),
        ("He said several large food companies would be interested in the company's snack and frozen-meal divisions, which together "
            + "generate about $1.1 billion in annual operating profit.", "1.1", "the company's snack and frozen-meal divisions, which"),
        ("According to analysts at Penrose Research, Acme has few drugs left to replace revenue from its top-selling blood thinner, "
            + "which loses patent protection in 2028.", "2028", "its top-selling blood thinner, which loses"),
        ("The San Diego-based company, which connects patients with doctors, is not yet profitable: its net loss narrowed to $88 "
            + "million from $141 million a year earlier.", "88", "its net loss narrowed"),
        ("Sunfield shares rose 3.6% to a record high of $118.40, taking their gain over the past 12 months to 52 percent.", "52",
         "sunfield shares rose 3.6%"),
        ("A proposed windfall levy in one of its key markets could cost Sunfield as much as $1.5 billion a year.", "1.5",
         "a proposed windfall levy"),
    ]

    @Test(arguments: phraseStarts)
    func aPhrase_startsWhereItsClauseDoes(_ sentence: String, _ figure: String, _ start: String) {
        let phrase = Self.phrase(sentence, figure)
        #expect(phrase.map { $0.lowercased().hasPrefix(start.lowercased()) } == true, "\(phrase ?? "no phrase")")
    }

    /// A verb form after a determiner or a figure is a noun; a phrase with no verb reaches
    /// back for the clause it belongs to.
    @Test func aNounPhrase_reachesBackForItsClause() {
        #expect(Phrasebook.hasVerb("revenue rose 9% to $4B"))
        #expect(Phrasebook.hasVerb("the company swung to a profit of $214M"))
        #expect(Phrasebook.hasVerb("the index XX:SP500 rose 1.6% this week"))
        #expect(!Phrasebook.hasVerb("a 7.7% increase from the same period last year"))
        #expect(!Phrasebook.hasVerb("an opening bell price of $245.15 each"))
        #expect(!Phrasebook.hasVerb("from $467M"))
        #expect(!Phrasebook.hasVerb("its 12% cut"))
        #expect(!Phrasebook.hasVerb("their biggest one-day drop in more than a decade"))
        #expect(!Phrasebook.hasVerb("adjusted earnings of $3.05 per share"))
        #expect(Phrasebook.hasVerb("eased to 3.2%"))
        #expect(Phrasebook.hasVerb("the company plans to cut 400 jobs"))
        let text = "Quillon said adjusted earnings for the three months ending in June were $2.15 per share, "
            + "a 6.2% increase from the same period a year earlier."
        let sheet = FactExtractor().extract(Article(text: text))
        let book = Phrasebook(sheet)
        let phrase = sheet.facts.firstIndex { $0.text.contains("6.2") }.map(book.phrase)
        #expect(phrase.map { Phrasebook.hasVerb($0) && $0.hasSuffix("a 6.2% increase from the same period a year earlier") } == true,
                "\(phrase ?? "")")
    }

    /// A phrase that would start at its verb after an aside takes the subject before it.
    @Test func aPhraseAfterAnAside_takesItsSubject() {
        let lender = Self.phrase("Quillon Bancorp (NYSE: QLB), a regional lender with about $61 billion in assets and 410 branches, "
                            + "said third-quarter net income fell 12% to $288 million, or 81 cents per share.", "288")
        // The ticker is said once in the article, not in every line that quotes it.
        #expect(lender?.hasPrefix("Quillon Bancorp said third-quarter net income fell 12% to $288M") == true, "\(lender ?? "")")
        let core = Self.phrase("Headline inflation slowed to 2.9% in October from 3.1% in September, and core inflation, which excludes "
                          + "food and energy, eased to 3.2%.", "3.2")
        #expect(core?.hasPrefix("core inflation eased to 3.2%") == true, "\(core ?? "")")
        let dashed = Self.phrase("The figures mean that the four largest regional carriers — Quillon, Ardent, Tesserine and Corvane — "
                            + "spent some $9 billion on fuel in the third quarter.", "9 billion")
        #expect(dashed == "the four largest regional carriers spent some $9B on fuel in the third quarter", "\(dashed ?? "")")
    }

    /// The subject is the company whose stock the article reports, even where a partner it
    /// names is mentioned more often, and one whose ticker it gives before one whose shares
    /// it only mentions; with no stock reported, the most mentioned name.
    @Test func theSubject_isTheCompanyWhoseStockIsReported() {
        func subject(_ text: String) -> String { Phrasebook(FactExtractor().extract(Article(text: text))).subject }
        let partner = "Quillon shares rose 7% on Monday after reports that it is building a chip with Ardent Labs. "
            + "Ardent Labs wants its own device. Ardent Labs declined to comment. Analysts say Ardent Labs needs a partner. "
            + "Quillon was up 7% just after the opening bell."
        #expect(subject(partner) == "Quillon")
        #expect(subject("Ardent Labs wants its own device. Ardent Labs declined to comment. Quillon said it will build it.") == "Ardent Labs")
        // A deal story names its target more often, but gives the buyer's ticker.
        let deal = "Quillon Brands (NYSE: QLB) agreed to buy Ardent Foods for $6 billion. Ardent shares jumped 27%, while Quillon "
            + "shares slipped 3%. Ardent sales grew 11%. Analysts said Ardent looks expensive. Ardent holders must approve."
        #expect(subject(deal) == "Quillon Brands" || subject(deal) == "Quillon", "\(subject(deal))")
        // With no ticker, a bare move by a percentage is the buyer's stock reported too.
        let untraded = "Quillon Power agreed to buy Ardent Grid for $6 billion. Quillon Power said the deal adds to earnings. "
            + "Quillon will pay $41 a share. Ardent shares jumped 24% while Quillon fell 5%. Quillon plans asset sales."
        #expect(subject(untraded) == "Quillon Power" || subject(untraded) == "Quillon", "\(subject(untraded))")
        // With no stock reported, the name that opens the lede is what the story is about.
        let lede = "Bolt prices IPO below range\n\nBolt Logistics, the freight unit being spun off by Acme Holdings, priced its "
            + "initial public offering at $17 per share on Wednesday, below the marketed range. Acme will keep an 80% stake. "
            + "Acme plans to hand the rest to its holders. Acme gets $600 million. Bolt sold 49 million shares."
        #expect(subject(lede) == "Bolt Logistics" || subject(lede) == "Bolt", "\(subject(lede))")
        let stockNotMoved = "Quillon Power agreed to buy Ardent Grid for $6 billion. Ardent shares jumped 24%. Quillon said it cut 5% of jobs."
        #expect(subject(stockNotMoved) == "Ardent Grid" || subject(stockNotMoved) == "Ardent", "\(subject(stockNotMoved))")
        // A macro story's most named organisation is the body that reports the figures.
        let macro = "Employers added 142,000 jobs in August, the Labor Department said. The Labor Department also revised "
            + "July down. Treasury yields fell 9 basis points."
        #expect(subject(macro) == ArticleSubject.economy)
        #expect(subject("Quillon (NYSE: QLN) hired 400 people, the Labor Department said. The Labor Department said so.") == "Quillon")
        // A traded name said once, late in a story about the economy, is a bystander.
        let bystander = "The central bank held interest rates at 4.75% as inflation eased. Economic output shrank 0.2%. "
            + "Unemployment rose to 4.6%. Shares of Quillon Bank (NYSE: QLB), the largest lender, slipped 1.9%."
        #expect(subject(bystander) == ArticleSubject.economy)
        // A central bank named "X of Y" is a public body: its rate decision is about the
        // economy, not about the broker whose economist is quoted.
        let decision = "Central Bank of Valdoria raises rates\n\nThe Central Bank of Valdoria raised its benchmark rate by 50 basis points "
            + "to 6.25%. The main stock index fell 2.1%. \"It is the right call,\" said Tomas Reyner, chief economist at Halvard Securities."
        #expect(subject(decision) == ArticleSubject.economy, "\(subject(decision))")
        // A firm that publishes the figures of a jobs story is its source, not its subject;
        // the same firm's own results are about it.
        let release = "Ordell Payroll Report Shows Hiring Picked Up In March\n\nOrdell was expected to report that employers "
            + "added 120,000 jobs. The actual count was 98,000. Pay growth for workers who switched jobs rose to 6.6 percent."
        #expect(subject(release) == ArticleSubject.economy, "\(subject(release))")
        let results = "Ordell Payroll posts record revenue\n\nOrdell Payroll said quarterly revenue rose 9% to $4.1 billion. "
            + "Ordell expects hiring at its clients to slow."
        #expect(subject(results) != ArticleSubject.economy, "\(subject(results))")
    }

    /// The subject's officers are named with an executive title before the name or, as the
    /// company's, after it; an analyst, or another company's chief, is none.
    @Test func theSubjectsOfficers_areNamedWithAnExecutiveTitle() {
        let text = "Quillon Foods (NYSE: QFI) reported sales of $2.8 billion. Chief financial officer Dev Patel said costs would rise. "
            + "Debt fell 4%, said Mara Lind, the company's treasurer. Prices held, said Ivo Brandt, its CFO. "
            + "Halden Research analyst Rui Costa cut his target to $40. Ardent Corp CEO Jane Molloy said prices rose 3%. "
            + "Prices rose, said Oren Vale, Ardent's chief executive. Quillon shares rose 2%. "
            + "\"Demand held,\" said chief executive Sara Holm. The tariff stays, said President Tom Marsh. A rival CEO, Ana Ruiz, said so. "
            + "\"We are disappointed,\" Finance Director Hugh Carrow said."
        let sheet = FactExtractor().extract(Article(text: text))
        let officers = ArticleSubject.officers(sheet, subject: ArticleSubject.of(sheet))
        #expect(officers == ["Dev Patel", "Mara Lind", "Ivo Brandt", "Sara Holm", "Hugh Carrow"], "\(officers)")
    }

    /// A press release's dateline is cut from a phrase's front; a clause after "that" starts
    /// a phrase with its subject; a phrase's first word in -ed is an adjective, so "adjusted
    /// earnings of $3.05" is a noun phrase that reaches back for its clause.
    @Test func pressReleaseShapes_arePhrasedAsClauses() {
        #expect(Phrasebook.pressDatelineEnd("CHICAGO, Feb. 12 -- Quillon Foods reported sales") == "CHICAGO, Feb. 12 -- ".utf8.count)
        #expect(Phrasebook.pressDatelineEnd("12 -- Quillon Foods reported sales") == "12 -- ".utf8.count)
        #expect(Phrasebook.pressDatelineEnd("LONDON (Wire) — Quillon rose 4%") == "LONDON (Wire) — ".utf8.count)
        #expect(Phrasebook.pressDatelineEnd("Revenue — the key line — rose 4%") == nil)
        #expect(Phrasebook.pressDatelineEnd("Quillon said sales -- a record -- rose") == nil)
        #expect(Phrasebook.pressDatelineEnd("NEW YORK, March 12 (Reuters) - Quillon cut its dividend") == "NEW YORK, March 12 (Reuters) - ".utf8.count)
        #expect(Phrasebook.pressDatelineEnd("Quillon Corp. (QLN) - Get Report posted better results") == nil)
        #expect(Phrasebook.pressDatelineEnd("Quillon (NASDAQ: QLN) - the chipmaker - said") == nil)
        #expect(Phrasebook.pressDatelineEnd("CEO Dana Ortiz - who joined in 2021 - said") == nil)
        #expect(Phrasebook.pressDatelineEnd("(Reuters) - Quillon cut its dividend") == "(Reuters) - ".utf8.count)
        let text = "CHICAGO, Feb. 12 -- Quillon Foods Inc. (NYSE: QFI) today reported fourth-quarter net sales of $2.84 billion. "
            + "For fiscal 2026, the company expects organic sales growth of 1% to 3% and adjusted earnings per share of $3.05 to $3.20, "
            + "below the $3.28 analysts had expected. "
            + "Chief financial officer Dana Ortiz said input costs would rise next year and that the company plans to cut about 400 jobs "
            + "as part of a $150 million restructuring program."
        let sheet = FactExtractor().extract(Article(text: text))
        let book = Phrasebook(sheet)
        func phrase(_ figure: String) -> String? { sheet.facts.firstIndex { $0.kind.isFigure && $0.text.contains(figure) }.map(book.phrase) }
        #expect(sheet.sentences.count == 3)
        // The dateline is where and when the release was printed, not a fact of it.
        #expect(!sheet.facts.contains { $0.kind == .period && $0.text == "Feb. 12" })
        #expect(sheet.article.dropped.contains { $0.reason == .dateline && $0.text.hasPrefix("CHICAGO, Feb. 12") })
        #expect(phrase("2.84") == "Quillon Foods Inc today reported fourth-quarter net sales of $2.84B", "\(phrase("2.84") ?? "")")
        #expect(phrase("3.05")?.hasSuffix("the company expects organic sales growth of 1% to 3% and adjusted EPS of $3.05 to $3.20") == true,
                "\(phrase("3.05") ?? "")")
        #expect(phrase("150")?.hasPrefix("the company plans to cut about 400 jobs") == true, "\(phrase("150") ?? "")")
        // A phrase that opens with a word that carries on ("below …") takes the clause before it.
        #expect(phrase("3.28")?.hasSuffix("adjusted EPS of $3.05 to $3.20, below the $3.28 analysts had expected") == true, "\(phrase("3.28") ?? "")")
        #expect(book.subject == "Quillon Foods")
    }

    /// Each cue is found wherever it stands, so every byte a cue starts with is one the scan
    /// stops at.
    @Test func everyCue_isFoundAtTheStartMiddleAndEnd() {
        let cues: [(String, Phrasebook.Cues)] = [
            ("$5", .currency), ("€5", .currency), ("£5", .currency), ("#billion", [.hash, .scale]), ("a-b", .rangeWord),
            ("5–6", .rangeWord), ("1 to 2", .rangeWord), ("5 percent", .percent), ("5 per cent", .percent),
            ("U.S", .dottedInitials), ("Inc. said", .periodSpace), ("2 billion", .scale), ("2 BILLION", .scale), ("Illion", .scale),
        ]
        for (text, cue) in cues {
            for phrase in [text, "xx " + text, text + " yy", "long words around " + text + " and after it"] {
                #expect(Phrasebook.Cues(phrase).contains(cue), "\(phrase.debugDescription)")
            }
        }
        #expect(Phrasebook.Cues("plain words with no cue in them at all").isEmpty)
    }

    /// A debate's seats share one phrasebook that makes each phrase when first asked: tasks
    /// asking for the same phrases at once all get the phrases made up front.
    /// A phrase cut short never stops on a noun that "of" completes ("… by the middle" of
    /// next year): it ends before the preposition that opened it.
    @Test func aCutPhrase_doesNotStopBeforeOf() {
        let text = "Finance Minister Dana Ortiz said the government remained confident that inflation will return to the 2% target by the middle of next year, pointing to falling import costs."
        let sheet = FactExtractor().extract(Article(text: text))
        let book = Phrasebook(sheet)
        let phrases = sheet.facts.indices.map(book.phrase)
        #expect(!phrases.isEmpty)
        for phrase in phrases {
            #expect(!phrase.hasSuffix("by the middle") && !phrase.hasSuffix(" the middle"), "\(phrase)")
        }
        #expect(phrases.contains { $0.hasSuffix("to the 2% target") || $0.hasSuffix("of next year") }, "\(phrases)")
    }

    /// A Title Case headline is quoted in sentence case, its names kept; its capitals name
    /// nothing the article does not confirm.
    @Test func aTitleCaseHeadline_isQuotedInSentenceCase() {
        let text = "Quillon Retail CEO Steps Down After Two Years; Shares Rise 5%\n\n"
            + "Quillon Retail (NYSE: QRT) said on Monday that chief executive Dana Ortiz will step down. Shares rose 5.2% to $18.40."
        let sheet = FactExtractor().extract(Article(text: text))
        let names = sheet.facts.filter { $0.sentence == 0 && !$0.kind.isFigure }.map(\.text)
        #expect(names == ["Quillon Retail"], "\(names)")
        let book = Phrasebook(sheet)
        let headline = sheet.facts.indices.filter { sheet.facts[$0].sentence == 0 }.map(book.phrase)
        #expect(headline.contains { $0.hasSuffix("shares rise 5%") || $0 == "Shares rise 5%" }, "\(headline)")
        #expect(headline.allSatisfy { !$0.contains("Steps Down") && !$0.contains("Rise") }, "\(headline)")
        #expect(Phrasebook.isTitleCase("Quillon Retail CEO Steps Down After Two Years"))
        #expect(!Phrasebook.isTitleCase("Quillon Robotics to spend up to $4.8B on new factories"))
    }

    /// A quoted "we" of the company's own officer is the company; another source's is kept.
    @Test func anOfficersWe_namesTheCompany() {
        let text = "Quillon Robotics raised $40 million in a new funding round. "
            + "\"We raised at a price that reflects today's market, not the market of 2021,\" said co-founder and Chief Executive Dana Ortiz. "
            + "\"We expect 40% of startups to cut prices,\" said Ivo Brandt, an analyst at Halden Research."
        let phrases = Self.figurePhrases(text)
        #expect(phrases.contains { $0.hasPrefix("Quillon Robotics raised at a price") || $0.hasPrefix("Quillon raised at a price") }, "\(phrases)")
        #expect(!phrases.contains { $0.hasPrefix("Quillon expect") }, "\(phrases)")
        // "we" became the company: its verb agrees.
        for (plural, singular) in [("expect sales to grow", "expects sales to grow"), ("are fine with that", "is fine with that"),
                                   ("raised at a price", "raised at a price"), ("will cut costs", "will cut costs"),
                                   ("see demand rising", "sees demand rising"), ("carry no debt", "carries no debt"),
                                   ("don't expect cuts", "doesn't expect cuts"), ("push for price rises", "pushes for price rises"),
                                   ("built this to last", "built this to last"), ("sold 2 million units", "sold 2 million units"),
                                   ("hear from buyers", "hears from buyers")] {
            #expect(Phrasebook.singularVerbFirst(plural) == singular)
        }
    }

    /// A name's phrase cut short by its length does not stop on a verb without its object, on
    /// a noun its possessive needs, nor inside the clause "until" opens.
    @Test func aPhraseCutByItsLength_endsBeforeWhatNeedsTheRest() {
        let packs = "battery packs to advance the EV maker's delivery plans."
        // The verb's object; an infinitive's (cut on "advance") and a possessive's noun (cut on "EV").
        for (text, end) in [("The suit, filed on Monday by the state attorney general Dana Ortiz, says Quillon Corp knowingly sold a faulty "
                             + "heater and ignored complaints that it could start fires, the paper reported.", "knowingly sold a faulty heater"),
                            ("Quillon Corp shares rose on Monday following reports that it's working with Ardent Labs to build new " + packs,
                             "to build new battery packs"),
                            ("Quillon Corp shares rose on Monday following reports that it's working with Ardent to build new " + packs,
                             "to build new battery packs"),
                            ("With new orders slowing in the second half, Quillon Corp says it will keep its plants on hold until prices "
                             + "or margins justify more spending.", "keep its plants on hold")] {
            let sheet = FactExtractor().extract(Article(text: "Quillon Corp news\n\n" + text))
            let phrase = sheet.facts.firstIndex { $0.text == "Quillon Corp" }.map { Phrasebook(sheet).phrase($0) }
            #expect(phrase?.hasSuffix(end) == true, "\(phrase ?? "")")
        }
    }

    /// A quoted line that opens on "this" or "these" before a noun points back to nothing:
    /// it says "the"; a pronoun before its verb, and a time, are kept.
    @Test func aDemonstrativeThatOpensAPhrase_saysThe() {
        for (phrase, said) in [("this launch comes after a $2B deal", "the launch comes after a $2B deal"),
                               ("This plant opens in May", "The plant opens in May"),
                               ("these two-seat jets are set to fly by 2027", "the two-seat jets are set to fly by 2027"),
                               ("this company's plan cuts 400 jobs", "the company's plan cuts 400 jobs"),
                               ("this comes as prices rose 4%", "this comes as prices rose 4%"),
                               ("this isn't going to help sales", "this isn't going to help sales"),
                               ("this will lift costs by 3%", "this will lift costs by 3%"),
                               ("these suggest demand fell 2%", "these suggest demand fell 2%"),
                               ("this year sales rose 9%", "this year sales rose 9%"),
                               ("this week's sell-off cut 5%", "this week's sell-off cut 5%"),
                               ("this March the plant closed", "this March the plant closed")] {
            #expect(Phrasebook.withoutDemonstrative(phrase) == said, "\(phrase)")
        }
    }

    /// An appositive of degree after a figure's comma is part of what the figure says.
    @Test func anAppositiveOfDegree_staysWithItsFigure() {
        Self.expectPhrase("Average hourly earnings rose 3.2% from a year earlier, the slowest pace since 2021, the office said.", "3.2%",
                          endsWith: "the slowest pace since 2021")
        Self.expectPhrase("Quillon shares rose 11.2% to $97.60, their biggest gain in more than a decade.", "11.2%",
                          endsWith: "their biggest gain in more than a decade")
        Self.expectPhrase("Quillon shares rose 11.2% to $97.60, the company said.", "11.2%", endsWith: "to $97.60")
    }

    /// "its"/"It" name the company where the sentence or the one before calls it "the company".
    @Test func itAfterTheCompany_namesTheSubject() {
        let text = "Quillon Air (NYSE: QLA) said revenue rose 4% to $3 billion. "
            + "But the company cautioned that its fuel bill for the full year would rise to about 2.3 billion euros from 2.0 billion. "
            + "The company still expects margins of about 14%. It ended the quarter with $640 million in cash and no debt."
        let phrases = Self.figurePhrases(text)
        #expect(phrases.contains { $0.hasPrefix("Quillon Air's fuel bill") }, "\(phrases)")
        #expect(phrases.contains { $0.hasPrefix("Quillon Air ended the quarter") }, "\(phrases)")
        #expect(!phrases.contains { $0.hasPrefix("its ") || $0.hasPrefix("It ") }, "\(phrases)")
    }

    /// A site's link label after a ticker goes with the ticker: outside its parentheses or in.
    @Test func aTickersLinkLabel_isLeftOutWithIt() {
        let after = Self.phrase("Quillon posts results\n\nQuillon Corp. (QLN) - Get Report posted earnings of $2.10 per share on Wednesday.", "$2.10")
        #expect(after.map { $0.contains("Quillon Corp") && $0.contains("posted earnings of $2.10") && !$0.contains("Report") } == true, "\(after ?? "nil")")
        // (A line that names one is kept: the label is no promotion.)
        let inside = Self.phrase("Quillon slips\n\nQuillon Inc. (QLN - Free Report) shares fell 4% on Thursday.", "4%")
        #expect(inside.map { $0.contains("Quillon Inc") && $0.contains("shares fell 4%") && !$0.contains("Report") } == true, "\(inside ?? "nil")")
        // An inline "EXCHANGE:SYMBOL" goes too.
        let inline = Self.phrase("Small caps rally\n\nThe equal-weighted index XX:SPXEW rose 1.6% this week.", "1.6%")
        #expect(inline.map { $0.contains("equal-weighted index rose 1.6%") } == true, "\(inline ?? "nil")")
    }

    /// An "it" no name stands in for, after a word that opens a subordinate clause, is read
    /// with its clause: "since it was disclosed" is about the investigation, not the company.
    /// After "but" the clause goes on with the sentence's own subject and is cut as before.
    @Test func anUnnamedItAfterASubordinator_isReadWithItsClause() {
        let since = Self.phrase("Halvane Corp shares rose 3.2% to $71.55, as investors welcomed the end of an investigation "
                                + "that had weighed on the stock since it was disclosed in early 2023.", "2023")
        #expect(since?.hasPrefix("it ") == false, "\(since ?? "nil")")
        #expect(since?.contains("an investigation that had weighed on the stock since it was disclosed in early 2023") == true, "\(since ?? "nil")")
        let but = Self.phrase("Torvald Robotics grew revenue 64% last year. But it burned through about $95 million in cash.", "$95")
        #expect(but?.hasPrefix("But ") == false, "\(but ?? "nil")")
    }

    @Test func phrasesAskedByManyTasksAtOnce_equalPhrasesMadeUpFront() async {
        var compared = 0
        for (_, text) in Corpus.sampleArticles().prefix(4) {
            let sheet = FactExtractor().extract(Article(text: text))
            let upFront = Phrasebook(sheet).phrases
            let shared = Phrasebook(sheet, needed: { _ in false })
            let n = sheet.facts.count
            let answers = await withTaskGroup(of: [String].self) { group in
                for start in 0..<8 {
                    group.addTask {
                        var phrases = [String](repeating: "", count: n)
                        for k in 0..<n { let i = (start * 5 + k) % n; phrases[i] = shared.phrase(i) }
                        return phrases
                    }
                }
                var all: [[String]] = []
                for await phrases in group { all.append(phrases) }
                return all
            }
            #expect(answers.count == 8)
            for phrases in answers { #expect(phrases == upFront) }
            #expect(shared.phrases == upFront)
            compared += n
        }
        #expect(compared > 40)
    }
}
