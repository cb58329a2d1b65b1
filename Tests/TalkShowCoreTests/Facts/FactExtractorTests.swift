import Testing
@testable import TalkShowCore

@Suite struct FactExtractorTests {
    struct Expected {
        var kind: FactKind
        var text: String
        var fields: [String: String]

        init(_ spec: String) {
            let parts = spec.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            kind = FactKind(rawValue: parts[0])!
            text = parts[1]
            var fields: [String: String] = [:]
            if parts.count > 2, !parts[2].isEmpty {
                for pair in parts[2].split(separator: ",") {
                    let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    fields[kv[0]] = kv.count > 1 ? kv[1] : ""
                }
            }
            self.fields = fields
        }
    }

    static func number(_ x: Double?) -> String? {
        guard let x else { return nil }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return String(x)
    }

    static func describe(_ f: Fact) -> [String: String] {
        var d: [String: String] = [:]
        d["v"] = number(f.value)
        d["lo"] = number(f.low)
        d["hi"] = number(f.high)
        d["from"] = number(f.from)
        d["dir"] = f.direction?.rawValue
        d["unit"] = f.unit
        d["cur"] = f.currency
        d["q"] = f.qualifier?.rawValue
        d["vague"] = f.vague.map { $0 ? "true" : "false" }
        d["sym"] = f.symbol
        return d
    }

    @Test(arguments: FigureCases.all)
    func sentence_yieldsExactlyTheExpectedFigures(_ sentence: String, _ specs: [String]) {
        let sheet = FactExtractor().extract(Article(text: sentence))
        #expect(sheet.sentences.count == 1, "the case should stay one sentence: \(sentence)")
        let expected = specs.map(Expected.init)
        let checkedKinds: Set<FactKind> = [.money, .percent, .multiple, .count, .period, .ticker]
        let actual = sheet.facts.filter { checkedKinds.contains($0.kind) }
        let wanted = expected.filter { checkedKinds.contains($0.kind) }
        #expect(actual.map { "\($0.kind.rawValue)|\($0.text)" } == wanted.map { "\($0.kind.rawValue)|\($0.text)" }, "in: \(sentence)")
        for (fact, want) in zip(actual, wanted) where fact.kind == want.kind && fact.text == want.text {
            var got = Self.describe(fact)
            if fact.kind == .ticker { got = got.filter { $0.key == "sym" } }
            let fields = want.fields.filter { $0.key != "skip" }
            #expect(got == fields, "fields of '\(fact.text)' in: \(sentence)")
        }
        for name in expected where !checkedKinds.contains(name.kind) {
            #expect(sheet.facts.contains { $0.kind == name.kind && $0.text == name.text },
                    "\(name.kind.rawValue) '\(name.text)' not found in: \(sentence); got \(sheet.facts.map { "\($0.kind.rawValue):\($0.text)" })")
        }
    }

    @Test func suite_hasAtLeastEightyRealWorldSentences() {
        #expect(FigureCases.all.count >= 80)
    }

    @Test func everyFactText_isTheBytesOfItsRange() {
        let text = FigureCases.all.map(\.0).joined(separator: "\n\n")
        let article = Article(text: text)
        let sheet = FactExtractor().extract(article)
        #expect(sheet.facts.count > 100)
        for fact in sheet.facts {
            #expect(article.slice(fact.start, fact.end) == fact.text)
            #expect(article.slice(fact.clauseStart, fact.clauseEnd) == fact.clause)
            #expect(fact.clauseStart <= fact.start && fact.end <= fact.clauseEnd || fact.sentence == nil)
        }
    }

    /// A term named after someone ("Alzheimer's disease") is not a mention of a name, however
    /// often it recurs; the company beside it still is.
    /// A word no lexicon knows that opens sentences as their subject is a name when the
    /// article uses it often ("Quillex, once …", "Quillex's troubles …", "Quillex had …"); a
    /// word that opens a sentence before the noun it modifies is not ("Research spending").
    @Test func aNameThatOpensItsSentences_isFound() {
        let sheet = FactExtractor().extract(Article(text: "Crypto exchange Quillex halts withdrawals\n\n"
            + "Quillex, once one of the largest exchanges in Asia, filed for bankruptcy protection on Monday. "
            + "Quillex's troubles began in May. Quillex had been valued at $6 billion. "
            + "Research spending will be cut by 15%. Analysts at Halden Research said the cut was small."))
        #expect(sheet.facts.contains { $0.kind == .organization && $0.text == "Quillex" && $0.sentence == 1 })
        #expect(!sheet.facts.contains { $0.kind == .organization && $0.text == "Research" })
    }

    /// A corporate or institutional head before "of" names an organisation, whole, even at
    /// a sentence's start: never a person, never cut to "Bank of Valdoria".
    @Test func namesWithOf_areOrganisations() {
        let sheet = FactExtractor().extract(Article(text: "Central Bank of Valdoria raised its rate on Thursday. "
            + "The Bank of England held rates. Bank of America reported higher profit. The Reserve Bank of Australia held rates."))
        let names = sheet.facts.filter { !$0.kind.isFigure }.map { "\($0.kind.rawValue):\($0.text)" }
        #expect(names == ["organization:Central Bank of Valdoria", "organization:Bank of England", "organization:Bank of America",
                          "organization:Reserve Bank of Australia"], "\(names)")
    }

    /// A disease named after someone, and a holiday, are no names of the business.
    @Test func diseasesAndHolidays_areNotNames() {
        let text = "Kestrel Bio shares crash 68% after Alzheimer's drug fails\n\nThe Alzheimer's treatment failed in a trial. "
            + "Pemberton Stores blamed weak Christmas trading. Christmas sales fell 5%."
        let names = FactExtractor().extract(Article(text: text)).facts.filter { !$0.kind.isFigure }.map(\.text)
        #expect(!names.contains("Alzheimer") && !names.contains("Christmas"), "\(names)")
    }

    /// A storm's name, a common noun opening a sentence before "is", and the first word of a
    /// public body's name are no organisations; a title of several words before a name is a
    /// title, whatever its capitals.
    @Test func eventsCommonNounsAndPublicBodies_areNotOrganisations() {
        let text = "Halvard Re posted a loss after Hurricane Delphine struck. Hurricane Delphine caused $2 billion of claims. "
            + "Traffic is spectacular, said Ana Ruiz. Deployment is expected to begin in May. Healthcare was a bright spot. "
            + "The Labour Statistics Office said payrolls fell. Labour Minister Teodor Haalsen said spending would rise. "
            + "\"Losses are the new normal,\" said Chief Financial Officer Mathilde Lund. Corvane was up 7% on Monday. Hurricane Energy rose 3%."
        let facts = FactExtractor().extract(Article(text: text)).facts
        let names = facts.filter { !$0.kind.isFigure }.map { "\($0.kind.rawValue):\($0.text)" }
        for wrong in ["Hurricane Delphine", "Traffic", "Deployment", "Healthcare", "Labour", "Chief Financial"] {
            #expect(!facts.contains { $0.kind == .organization && $0.text == wrong }, "\(wrong) in \(names)")
        }
        for right in ["person:Mathilde Lund", "person:Teodor Haalsen", "organization:Corvane", "organization:Hurricane Energy",
                      "organization:Labour Statistics Office"] {
            #expect(names.contains(right), "\(right) not in \(names)")
        }
    }

    /// A name after a noun that describes a company is one ("parts maker Dunmore Components
    /// said"), a descriptor opening a headline is no part of the name, "and" joins the words
    /// of a public body's name, and a noun before the verb that moves it is no speaker.
    @Test func descriptorsAndPublicBodies_nameOrganisations() {
        let text = "Parts maker Dunmore Components said it would cut 300 jobs. Activist Larkspur Capital takes 7.2% stake. "
            + "The Securities and Exchange Commission fined it $48 million. The yield on the 10-year U.S. Treasury note rose to 4.6%. "
            + "Acme and Zenith Holdings said sales rose 5%."
        let sheet = FactExtractor().extract(Article(text: text))
        let names = sheet.facts.filter { !$0.kind.isFigure }.map { "\($0.kind.rawValue):\($0.text)" }
        for right in ["organization:Dunmore Components", "organization:Larkspur Capital", "organization:Securities and Exchange Commission",
                      "organization:Zenith Holdings"] {
            #expect(names.contains(right), "\(right) not in \(names)")
        }
        #expect(!names.contains { $0.hasPrefix("person:") || $0.contains("Activist") || $0 == "organization:Exchange Commission" }, "\(names)")
        #expect(sheet.sentences[3].attribution == nil, "\(sheet.sentences[3].attribution ?? "")")
        let maker = FactExtractor().extract(Article(text: "Fed policymaker Dana Waller said rates would hold.")).facts
        #expect(maker.contains { $0.kind == .person && $0.text == "Dana Waller" }, "\(maker.map(\.text))")
        let labels = FactExtractor().extract(Article(text: "Orvane reported Phase 2 results. Brightwell filed for Chapter 11 protection.")).facts
        #expect(!labels.contains { $0.kind == .product }, "\(labels.map(\.text))")
    }

    /// A deal story is about the name that opens its headline and its first sentence, though it
    /// mentions the other side more.
    @Test func aDealStory_isAboutTheNameThatOpensIt() {
        let text = "Brindle Energy agrees $4.6 billion takeover of Saltmoor Gas\n\nDeal creates a large gas producer\n\n"
            + "Brindle Energy said on Monday it had agreed to buy Saltmoor Gas for $4.6 billion. Saltmoor Gas holders get a 17% premium. "
            + "Saltmoor Gas shares jumped 14.8%, while Brindle Energy shares fell 4.3%. Saltmoor Gas output fell 3% last year. "
            + "Saltmoor Gas will pay a break fee of $140 million if it takes a rival offer."
        #expect(ArticleSubject.of(FactExtractor().extract(Article(text: text))) == "Brindle Energy")
    }

    /// A figure in a relative clause set off by a comma is as sure as that clause: the
    /// analysts' cut is a fact though the sentence's main clause is a maybe, and a maybe in the
    /// relative clause is one.
    @Test func aRelativeClause_hasItsOwnCertainty() {
        let text = "A finding could lead to fines at Tarrow Corp, according to analysts at Keswick Securities, "
            + "who cut their price target to $84 from $95. Tarrow Corp said its reserves, which could fall to $2 billion, were ample."
        let facts = FactExtractor().extract(Article(text: text)).facts
        #expect(facts.first { $0.text.contains("$84") }?.certainty == 1)
        #expect(facts.first { $0.text.contains("Keswick") }.map { $0.certainty < 1 } == true)
        #expect(facts.first { $0.text.contains("$2 billion") }.map { $0.certainty < 1 } == true)
    }

    /// A full name counts for each shorter form the article uses, through every level:
    /// "Tarrow Grain Holdings" and "Tarrow Grain" both count for "Tarrow", which outnumbers a
    /// name mentioned more often in any one form.
    @Test func fullNames_countForTheirShortForms() {
        let text = "Tarrow Grain Holdings posts record harvest sales\n\n"
            + "Tarrow Grain Holdings said sales rose 12% to $2.1 billion. Tarrow Grain shares rose 4%. "
            + "Tarrow said exports climbed 9%. Keswick Mills sales fell 3%. Keswick Mills shares fell 2%. "
            + "Keswick Mills cut 200 jobs. Keswick Mills said margins narrowed."
        #expect(ArticleSubject.of(FactExtractor().extract(Article(text: text))) == "Tarrow")
    }

    @Test func eponymousTerms_areNotNames() {
        let text = "Acme Biotech dropped its trial in Alzheimer's disease. Alzheimer's disease affects millions. "
            + "Acme Biotech said Alzheimer's disease remains its focus. Moore's law still holds, Acme Biotech said."
        let names = FactExtractor().extract(Article(text: text)).facts.filter { !$0.kind.isFigure }.map(\.text)
        #expect(!names.contains { $0.hasPrefix("Alzheimer") || $0.hasPrefix("Moore") }, "\(names)")
        #expect(names.contains("Acme Biotech"), "\(names)")
    }

    /// Places and market names of two or three words are neither people nor companies, in
    /// any of the contexts that would make a name one ("Wall Street expected", "Hong Kong said").
    @Test func multiWordPlacesAndMarkets_areNotNames() {
        let text = "Revenue came to $11 billion, more than the $7.2 billion Wall Street expected. "
            + "Wall Street said the quarter was strong. Quillon Corp opened an office in New York. "
            + "The Dow Jones Industrial Average rose 1%, and Hong Kong said exports grew 3%."
        let names = FactExtractor().extract(Article(text: text)).facts.filter { !$0.kind.isFigure }.map(\.text)
        #expect(!names.contains { ["Wall Street", "New York", "Dow Jones Industrial Average", "Hong Kong"].contains($0) }, "\(names)")
        #expect(names.contains("Quillon Corp"), "\(names)")
    }

    /// A capitalised hedge word inside a sentence is a name (the month "May"), not a hedge;
    /// the same word lower-case, or opening the sentence, still hedges.
    @Test func aCapitalisedHedgeWord_isANameInsideASentence() {
        let sheet = FactExtractor().extract(Article(text: "Quillon stock closed down 0.5% at $33.34 but remains up 20.3% for the month of May. "
            + "Quillon may cut 4% of its staff. May sales could fall 3%."))
        #expect(sheet.sentences.map(\.certainty) == [1, 0.65, 0.65 * 0.6])
    }

    /// A letter beyond ASCII is part of its word: names are whole and keep their capitals
    /// ("Łukasz Wróbel", "Serranía"), while signs and quotes beyond ASCII stay symbols.
    @Test func lettersBeyondASCII_arePartOfTheirNames() {
        var text = "Zoë Łukasz-Ørn said “Serranía” grew 3× to ÉCU 4 — ok"
        text.withUTF8 { p in
            var tokens: [Token] = []
            Tokenizer.tokens(p, 0, p.count, into: &tokens)
            let words = tokens.filter { $0.kind == .word }.map { String(decoding: UnsafeBufferPointer(rebasing: p[$0.start..<$0.end]), as: UTF8.self) }
            #expect(words == ["Zoë", "Łukasz-Ørn", "said", "Serranía", "grew", "to", "ÉCU", "ok"], "\(words)")
            let capitals = tokens.filter { $0.kind == .word }.map(\.capitalized)
            #expect(capitals == [true, true, false, true, false, false, true, false])
            #expect(tokens.filter { $0.kind == .word }.map(\.allCaps) == [false, false, false, false, false, false, true, false])
            for t in tokens where t.kind == .word { #expect(t.fullKey == WordKey.of(p, t.start, t.end)) }
        }
        let sheet = FactExtractor().extract(Article(text: "\"Demand is soft,\" said Łukasz Wróbel, an economist at Pemberton Bank. Growers in Serranía cut output by 4%."))
        let names = sheet.facts.filter { !$0.kind.isFigure }.map { "\($0.kind) \($0.text)" }
        #expect(names.contains("person Łukasz Wróbel"), "\(names)")
        #expect(sheet.sentences.first?.attribution == "Łukasz Wróbel")
    }

    /// A legal suffix after a comma is no company of its own; a title "of" a firm names the
    /// firm, no person; airlines, game studios, shipping lines and grills are companies.
    @Test func legalSuffixes_titlesOfFirms_andMoreCorporateWords() {
        let text = "Quillon Grill Holdings, Inc. (NASDAQ: QGH) today announced results. "
            + "\"Guests are responding,\" said Dana Ortiz, Chief Executive Officer of Quillon Grill. "
            + "Rival Ardent Air reported a 6% rise in passengers. Brenmoor Lines said it would idle 12 vessels."
        let names = FactExtractor().extract(Article(text: text)).facts.filter { !$0.kind.isFigure }.map { "\($0.kind) \($0.text)" }
        #expect(!names.contains { $0.hasSuffix(" Inc") || $0.hasSuffix(" Inc.") }, "\(names)")
        #expect(!names.contains("person Quillon Grill"), "\(names)")
        let hyphen = FactExtractor().extract(Article(text: "\"Bondholders lose,\" said Feng Wei-lun, a credit analyst. AI-driven sales rose 4%."))
        let people = hyphen.facts.filter { !$0.kind.isFigure }.map { "\($0.kind) \($0.text)" }
        #expect(people == ["person Feng Wei-lun"], "\(people)")
        let more = FactExtractor().extract(Article(text: "\"Demand is soft,\" said Lin Chia-ming, an analyst. Feng Wei-lun’s team cut its target."))
        let found = more.facts.filter { $0.kind == .person }.map(\.text)
        #expect(found.contains("Lin Chia-ming") && found.contains("Feng Wei-lun"), "\(found)")
        for name in ["organization Quillon Grill", "organization Ardent Air", "organization Brenmoor Lines", "person Dana Ortiz"] {
            #expect(names.contains(name), "\(name) in \(names)")
        }
    }

    /// "analyst Dana Ortiz of Quillon Securities" names a person and the firm, not one
    /// organisation; "Bank of Ardent Securities" stays one name.
    @Test func aPersonOfAFirm_isTwoNames() {
        let text = "\"The timing is poor,\" said analyst Dana Ortiz of Quillon Securities. Analysts at Bank of Ardent Securities cut their rating."
        let names = FactExtractor().extract(Article(text: text)).facts.filter { !$0.kind.isFigure }.map { "\($0.kind) \($0.text)" }
        #expect(names.contains("person Dana Ortiz") && names.contains("organization Quillon Securities"), "\(names)")
        #expect(names.contains("organization Bank of Ardent Securities"), "\(names)")
        // A title opening the sentence, or two plain words before a firm with a corporate word.
        let more = "Analyst Zoë Achterberg of Harrow Economics estimated the deal is worth $118 a share. She kept her rating. "
            + "\"Spin-offs stumble,\" said Oskar Lindahl of Brennan Partners. Diego Santorini of Fenwick Advisory noted the risk."
        let sheet = FactExtractor().extract(Article(text: more))
        let found = sheet.facts.filter { !$0.kind.isFigure }.map { "\($0.kind) \($0.text)" }
        for name in ["person Zoë Achterberg", "organization Harrow Economics", "person Oskar Lindahl", "organization Brennan Partners",
                     "person Diego Santorini", "organization Fenwick Advisory"] {
            #expect(found.contains(name), "\(name) in \(found)")
        }
        #expect(sheet.sentences[1].attribution == nil || sheet.sentences[1].attribution == "Zoë Achterberg")
    }

    /// A word that describes a company ("Rival") opening a sentence is no part of its name,
    /// and a name that ends in a word of trade ("Home", "Stores") is a company even beside
    /// "said"; so a rival's news is read as another company's.
    @Test func aRivalNamedAtASentenceStart_isAnotherCompany() {
        let text = "Brightwell Goods said volumes fell 4.5% in the quarter. Rival Ambercroft Home said its volumes rose 3%."
        let sheet = FactExtractor().extract(Article(text: text))
        let names = sheet.facts.filter { !$0.kind.isFigure }.map { "\($0.kind) \($0.text)" }
        #expect(names.contains("organization Ambercroft Home"), "\(names)")
        let elsewhere = ArticleSubject.aboutAnotherCompany(sheet, subject: "Brightwell Goods")
        let rise = sheet.facts.firstIndex { $0.text.contains("3%") }
        #expect(rise.map { elsewhere[$0] } == true)
    }

    @Test func clause_carriesItsOwnPolarity() {
        let text = "Revenue rose 31% to $1.6 billion in the quarter, while gross margin slipped to 38% from 41% as component costs climbed."
        let sheet = FactExtractor().extract(Article(text: text))
        let growth = sheet.facts.first { $0.text == "31%" }
        let margin = sheet.facts.first { $0.text == "38% from 41%" }
        #expect(growth?.clause.hasPrefix("Revenue rose 31%") == true)
        #expect(margin?.clause == "gross margin slipped to 38% from 41%")
        #expect((growth?.polarity ?? 0) > 0)
        #expect((margin?.polarity ?? 0) < 0)
        #expect(margin?.topics.contains(.margins) == true)
        #expect(growth?.topics.contains(.revenue) == true)
    }

    /// A name's move by a percentage, in a clause that says nothing else it moves, is its
    /// price's; a move of something unnamed, or of a thing the lexicon knows, is not.
    @Test func aNamesBareMove_isAboutValuation() {
        func topics(_ text: String, _ figure: String) -> [Topic] {
            FactExtractor().extract(Article(text: text)).facts.first { $0.text == figure }?.topics ?? [.risk]
        }
        #expect(topics("Quillon Corp fell 4% to $68 on Tuesday, its lowest level since April.", "4%") == [.valuation])
        #expect(!topics("Quillon Corp said revenue rose 4% in the quarter.", "4%").contains(.valuation))
        #expect(topics("The count showed a 19% jump by Friday.", "19%") == [])
    }

    /// A colon before a clause of its own ends the clause it sums up: each reads its own way.
    /// A ticker's exchange is no such colon.
    @Test func aColonBeforeAClause_endsTheClause() {
        let text = "Quillon Labs (NYSE: QLB) is still unprofitable: its operating loss narrowed to $40 million from $95 million."
        let sheet = FactExtractor().extract(Article(text: text))
        let loss = sheet.facts.first { $0.text.hasPrefix("$40 million") }
        #expect(loss?.clause.hasPrefix("its operating loss narrowed") == true, "\(loss?.clause ?? "")")
        #expect((loss?.polarity ?? 0) > 0)
        let name = sheet.facts.first { $0.text == "Quillon Labs" }
        #expect(name?.clause.hasPrefix("Quillon Labs (NYSE: QLB) is still unprofitable") == true, "\(name?.clause ?? "")")
    }

    @Test func ids_followTheOrderOfAppearance() {
        let sheet = FactExtractor().extract(Article(text: "Sales rose 9% to $2 billion. Margins fell to 30% in 2025."))
        #expect(sheet.facts.map(\.id) == (1...sheet.facts.count).map { "f\($0)" })
        #expect(sheet.facts.map(\.start) == sheet.facts.map(\.start).sorted())
    }
}

@Suite struct ConcurrentExtractionTests {
    /// A long article read by several jobs gives exactly the one-pass sheet.
    @Test func jobs_changeSpeed_notFacts() async throws {
        let base = FigureCases.all.map(\.0).joined(separator: " He said the plan would work. ")
        let text = Array(repeating: base, count: 60).joined(separator: "\n\n")
        let article = Article(text: text)
        #expect(article.sentences.count > 4 * FactExtractor.sentencesPerJob)
        let one = FactExtractor().extract(article)
        let many = await FactExtractor().extract(article, jobs: 4)
        #expect(one.facts == many.facts)
        #expect(one.sentences == many.sentences)
    }

    /// The chunks of a long article, written without joining, give the joined sheet's bytes,
    /// labels and ids across chunk boundaries included.
    @Test func chunkedSheet_writesTheJoinedSheetsBytes() async throws {
        let base = FigureCases.all.map(\.0).joined(separator: " He said the plan would work. ")
        let text = Array(repeating: base, count: 60).joined(separator: "\n\n") + "\n\nFed Funds Rate\n3.64%\n"
        let article = Article(text: text)
        let one = FactExtractor().extract(article)
        let chunked = await FactExtractor().extractChunks(article, jobs: 3)
        #expect(chunked.facts.count > 2)
        #expect(!article.labels.isEmpty)
        var w = JSONWriter(pretty: true)
        one.write(to: &w)
        var streamed: [UInt8] = []
        await chunked.writeJSON(jobs: 2) { streamed += $0 }
        #expect(streamed == w.bytes)
        let joined = chunked.joined()
        #expect(joined.facts == one.facts)
        #expect(joined.sentences == one.sentences)
    }

    @Test func endsWithIng_byBytes_equalsTheCharacterDefinition() {
        let words = ["Rising", "ING", "Ing", "sing", "Bring", "Ringo", "Pricing's", "Kingdom", "in", "ng", "Café-ing", "Straße-ing",
                     "\u{0600}ing", "X\u{0600}ing", "Éing", "ing\u{301}", "Sailing\u{301}", "Rise", "Ringing", "Pricïng",
                     "Rang", "Sing’ing", "Co‑ing", "Ring’s", "O'Ming", "U.S.ing", "A&Bing", "Wing-ing"]
        var checked = 0
        for w in words {
            var text = w + " now"
            text.withUTF8 { p in
                var tokens: [Token] = []
                Tokenizer.tokens(p, 0, p.count, into: &tokens)
                let reader = EntityReader(p: p, t: tokens, from: 0, to: tokens.count, lexicon: .shared)
                for k in tokens.indices {
                    #expect(reader.endsWithIng(k) == (reader.word(k)?.hasSuffix("ing") == true), "\(w) token \(k)")
                    checked += 1
                }
            }
        }
        #expect(checked >= words.count * 2)
    }

    @Test func wordKeys_areTheKeysOfTheWordsBytes() {
        // The tokenizer hashes a word as it reads it; its keys must be the keys of the bytes.
        let texts = ["Acme's CEO and Reuters\u{2019} desk said the company\u{2019}s U.S. unit's sales rose",
                     "S&P 500, buy-and-hold, BTC-USD, e.g. AT&T, rock\u{2019}n\u{2019}roll, non\u{2011}bank, James' and Jameses'",
                     "O'Neill's firm, the U.K.'s rules, its' typo, Q3's beat, FY2025's plan, x's"]
        var words = 0
        for text in texts {
            var text = text
            text.withUTF8 { p in
                var tokens: [Token] = []
                Tokenizer.tokens(p, 0, p.count, into: &tokens)
                for t in tokens where t.kind == .word {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: p[t.start..<t.end]), as: UTF8.self)
                    #expect(t.key == WordKey.of(p, t.start, t.nameEnd), "key of \(word)")
                    #expect(t.fullKey == WordKey.of(p, t.start, t.end), "full key of \(word)")
                    words += 1
                }
            }
        }
        #expect(words >= 30)
    }

    @Test func token_keepsEveryFieldInItsPackedForm() {
        var text = "Revenue rose to $1,234.5M as AI-driven U.S. sales of 12345678901234567890123 units grew, Acme's CEO said"
        text.withUTF8 { p in
            var tokens: [Token] = []
            Tokenizer.tokens(p, 0, p.count, into: &tokens)
            func token(_ s: String) -> Token? {
                tokens.first { String(decoding: UnsafeBufferPointer(rebasing: p[$0.start..<$0.end]), as: UTF8.self) == s }
            }
            let money = token("1,234.5M")
            #expect(money?.kind == .number && money?.number == 1234.5 && money?.hasComma == true && money?.hasDecimal == true)
            #expect(money?.integerDigits == 4 && money?.hasSuffix == true && money?.spaceBefore == false)
            #expect(token("12345678901234567890123")?.integerDigits == 23)
            let ai = token("AI-driven")
            #expect(ai?.capitalized == true && ai?.allCaps == false && ai?.hasDigit == false && ai?.spaceBefore == true)
            #expect(token("U.S.")?.allCaps == true)
            let possessive = token("Acme's")
            #expect(possessive.map { $0.end - $0.nameEnd } == 2)
            #expect(tokens.allSatisfy { $0.start < $0.end && $0.end <= p.count && $0.nameEnd <= $0.end && $0.suffixStart <= $0.end })
        }
        #expect(MemoryLayout<Token>.stride <= 64)
    }
}
