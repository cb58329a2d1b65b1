import Foundation
import Testing
@testable import TalkShowCore
import TalkShowTestSupport

/// The byte work of the voices gives what its string definition gives.
@Suite struct VoiceComposerTests {
    typealias Writer = VoiceComposer.Writer

    /// `fill` as it was defined over strings: slots in, then the three tidying passes, the
    /// first letter capitalised and a full stop added.
    static func fillByStrings(_ template: String, _ slots: [String: String]) -> String? {
        var out = template
        for (name, value) in slots { out = LiteralText.replacing(out, "{" + name + "}", with: value) }
        if out.contains("{") { return nil }
        out = LiteralText.replacing(out, "  ", with: " ")
        out = LiteralText.replacing(out, " ,", with: ",")
        out = LiteralText.replacing(out, "..", with: ".")
        return Writer.finish(out)
    }

    @Test func fill_equalsTheStringDefinition() {
        let templates = ["{fact} looks strong", "{fact}  , and {b}..", "  {fact}", "Ask {who} about {claim}.", "é {fact}", "{fact}!",
                         "x", "", "a ,  , b", "...", "{missing} here", "{fact} é", "so {fact} ?", "{fact} — really"]
        let values = ["revenue rose 5%", "Revenue of $5B", "margins  fell", "é-commerce", "", "costs , rose..", "ünits"]
        var compared = 0
        for template in templates {
            for v in values {
                let slots: [String: String] = ["fact": v, "b": v.uppercased(), "who": "the company", "claim": v]
                var written: Writer.Slots = [:]
                for (name, value) in slots { written[name] = value }
                #expect(Writer.fill(template, written) == Self.fillByStrings(template, slots), "\(template) with \(v)")
                compared += 1
            }
        }
        #expect(compared == templates.count * values.count)
        // A combining mark joins a brace into another Character, as `fillByCharacters` reads
        // it: the slot is not closed.
        #expect(Writer.fill("{fact}\u{301}", ["fact": "x"]) == nil)
    }

    @Test func replacePairs_equalsLiteralReplacement() {
        let texts = ["", " ", "  ", "   ", "    ", "a  b", "a , b", "a  , b", "..", "...", "....", "a..b. .", " ,", ",  ,  ,", "é  è"]
        for text in texts {
            for (x, y, r) in [(UInt8(0x20), UInt8(0x20), UInt8(0x20)), (0x20, 0x2C, 0x2C), (0x2E, 0x2E, 0x2E)] {
                var bytes = Array(text.utf8)
                Writer.replacePairs(&bytes, x, y, with: r)
                let expected = LiteralText.replacing(text, String(decoding: [x, y], as: UTF8.self), with: String(decoding: [r], as: UTF8.self))
                #expect(String(decoding: bytes, as: UTF8.self) == expected, "\(text)")
            }
        }
    }

    /// The tidying pairs found eight bytes at a time are those a byte-by-byte look finds, in
    /// texts of every length around the eight-byte steps.
    @Test func tidyPairs_areThoseFoundByteByByte() {
        var g = SplitMix64(seed: 3)
        let alphabet: [UInt8] = [0x20, 0x20, 0x2C, 0x2E, 0x61, 0x41, 0xC3, 0xA9, 0x00, 0xFF]
        var found = (0, 0, 0)
        for _ in 0..<20_000 {
            let text = (0..<Int(g.next() % 40)).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] }
            var expected = (spaces: false, spaceComma: false, dots: false)
            for j in text.indices.dropLast() {
                if text[j] == 0x20, text[j + 1] == 0x20 { expected.spaces = true }
                if text[j] == 0x20, text[j + 1] == 0x2C { expected.spaceComma = true }
                if text[j] == 0x2E, text[j + 1] == 0x2E { expected.dots = true }
            }
            let pairs = text.withUnsafeBufferPointer(VoiceComposer.Writer.tidyPairs)
            #expect(pairs == expected, "\(text)")
            if expected.spaces { found.0 += 1 }
            if expected.spaceComma { found.1 += 1 }
            if expected.dots { found.2 += 1 }
        }
        #expect(found.0 > 1_000 && found.1 > 1_000 && found.2 > 1_000)
    }

    /// A byte's mark in `equalMask` is set exactly where it equals the byte looked for.
    @Test func equalMask_marksExactlyTheEqualBytes() {
        var g = SplitMix64(seed: 9)
        for c in UInt8.min...UInt8.max {
            for _ in 0..<64 {
                // Bytes near c, equal to it, and random.
                var v: UInt64 = 0
                for k in 0..<8 {
                    let pick = g.next() % 3
                    let byte: UInt8 = pick == 0 ? c : pick == 1 ? c &+ UInt8(truncatingIfNeeded: g.next() % 3) &- 1 : UInt8(truncatingIfNeeded: g.next())
                    v |= UInt64(byte) << UInt64(8 * k)
                }
                let mask = UTF8Bytes.equalMask(v, c)
                for k in 0..<8 {
                    let equal = UInt8(truncatingIfNeeded: v >> UInt64(8 * k)) == c
                    #expect((mask >> UInt64(8 * k + 7)) & 1 == (equal ? 1 : 0))
                }
                #expect(mask & 0x7F7F_7F7F_7F7F_7F7F == 0)
            }
        }
    }

    /// Sentence breaks found eight bytes at a time are those a byte-by-byte look finds.
    @Test func sentenceBreaks_areThoseFoundByteByByte() {
        var g = SplitMix64(seed: 4)
        let alphabet: [UInt8] = [0x20, 0x20, 0x2E, 0x21, 0x3F, 0x61, 0x2C, 0xC3, 0xA9]
        var breaks = 0
        for _ in 0..<20_000 {
            let text = (0..<Int(g.next() % 40)).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] }
            let expected = text.indices.filter { $0 > 0 && text[$0] == 0x20 && [0x2E, 0x21, 0x3F].contains(text[$0 - 1]) }
            var found: [Int] = []
            text.withUnsafeBufferPointer { VoiceComposer.Writer.forEachSentenceBreak($0) { found.append($0) } }
            #expect(found == expected, "\(text)")
            breaks += expected.count
        }
        #expect(breaks > 10_000)
    }

    /// A message words each template once while the move has another it has not used.
    @Test func aMessage_usesEachTemplateOnceWhileItHasOthers() {
        let sheet = FactExtractor().extract(Article(text: "Quillon Corp reported revenue of $3.1 billion. Shares rose 4%."))
        let context = DebateContext(sheet: sheet, scenario: .builtIn)
        for seed in 0..<40 {
            var writer = Writer(context: context, seat: seed % 4, round: seed, history: [])
            let templates = ["One reading: {fact}.", "Another reading: {fact}.", "A third reading: {fact}."]
            let said = (0..<3).compactMap { writer.say("analysis", templates, ["fact": "fact \($0)"]) }
            let openings = Set(said.map { $0.prefix(while: { $0 != ":" }) })
            #expect(said.count == 3 && openings.count == 3, "\(said)")
            // With every template used, a fourth sentence still comes, from a used one.
            #expect(writer.say("analysis", templates, ["fact": "fact 3"]) != nil)
        }
    }

    /// A seat does not word a template again in a later round while the move has one it has
    /// not said: what it said before is matched on the template's longest run of fixed words.
    @Test func aSeat_doesNotRepeatATemplateOfAnEarlierRound() {
        let sheet = FactExtractor().extract(Article(text: "Quillon Corp reported revenue of $3.1 billion. Shares rose 4%."))
        let context = DebateContext(sheet: sheet, scenario: .builtIn)
        let templates = ["If you want to know where demand is heading, start with this: {fact}.",
                         "Here is the line I would trade on today: {fact}."]
        let take = DebateMessage(id: "r0-s1", round: 0, seat: 1, speaker: context.scenario.personas[1].name, kind: .take,
                                 headline: "A headline.", text: "If you want to know where demand is heading, start with this: revenue rose.")
        let history = [RoundRecord(index: 0, messages: [take])]
        for round in 1..<30 {
            var writer = Writer(context: context, seat: 1, round: round, history: history)
            #expect(writer.say("analysis", templates, ["fact": "shares rose 4%"])?.hasPrefix("Here is the line") == true)
            // Another seat's words are its own.
            var other = Writer(context: context, seat: 2, round: round, history: history)
            #expect(other.say("analysis", [templates[0]], ["fact": "shares rose 4%"]) != nil)
            // With only the said template left, it is said again rather than nothing.
            #expect(writer.say("analysis", [templates[0]], ["fact": "shares rose 4%"]) != nil)
        }
    }

    /// A move speaks from the side of the fact it turns on: after a fact the seat weighs as
    /// bad news, the voice's templates kept for good news (`bySide.bullish`) are not on
    /// offer, and the other way round; the move's own list always is.
    @Test func aMove_usesOnlyTheTemplatesOfItsFactsSide() {
        let text = "Quillon shares fell 9% after the company cut its forecast. Sales dropped 12% to $2.1 billion. "
            + "Profit doubled to $800 million, up 30%."
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
        var checked = 0
        for seat in context.scenario.personas.indices {
            let voice = context.scenario.personas[seat].voice
            guard let bySide = voice.bySide else { continue }
            var writer = Writer(context: context, seat: seat, round: 0, history: [])
            for f in context.sheet.facts.indices where writer.values[f] != 0 {
                writer.speak(of: f)
                let side = writer.values[f] > 0 ? "bullish" : "bearish"
                for move in ["analysis", "contrast", "concede", "attack"] {
                    let offered = writer.templates(move, topic: nil)
                    #expect(offered.starts(with: voice.templates(move, topic: nil)))
                    for (other, moves) in bySide where other != side {
                        for template in moves[move] ?? [] where !(bySide[side]?[move] ?? []).contains(template) {
                            #expect(!offered.contains(template), "\(context.scenario.personas[seat].name) (\(side)) offered \(template)")
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked > 0)
    }

    /// A thesis kept for a topic ("demand is roaring") is said only over a fact on that topic:
    /// across many seeds, no seat's headline over a share-price move or a price target is one
    /// of its topic headlines, and some seat's headline over sales is.
    @Test func aHeadlineKeptForATopic_isSaidOnlyOverAFactOnIt() throws {
        let offTopic = "Quillon Corp shares jumped 14% to a record $88. Analysts at Brightwater raised their price target to $120 from $95. "
            + "Quillon shares fell 9% on Friday. Analysts at Corbel cut their price target to $60 from $75."
        let onTopic = "Quillon Corp revenue jumped 31% to $4.2 billion, ahead of forecasts. Sales of its new phone rose 40%. "
            + "Quillon revenue fell 12% to $1.1 billion. Sales of its old phone dropped 30%."
        func topicHeadlines(_ voice: Voice) -> [String] {
            (voice.headlineByTopic ?? [:]).values.flatMap { $0.values.flatMap { $0 } }
        }
        var saidOnTopic = 0
        for seed in UInt64(0)..<24 {
            for (text, allowed) in [(offTopic, false), (onTopic, true)] {
                var scenario = Scenario.builtIn
                scenario.seed = seed
                let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: scenario)
                let composer = VoiceComposer(context: context)
                for seat in scenario.personas.indices {
                    let take = composer.composeNow(round: 0, seat: seat, stances: context.openingStances, history: [])
                    // Each topic headline is known by its longest run of words between slots.
                    let kept = topicHeadlines(scenario.personas[seat].voice).map { template in
                        template.split(whereSeparator: { $0 == "{" || $0 == "}" }).enumerated()
                            .filter { $0.offset % 2 == (template.hasPrefix("{") ? 1 : 0) }
                            .map { String($0.element) }.max(by: { $0.count < $1.count }) ?? template
                    }
                    let topical = kept.contains { take.headline.contains($0) }
                    if !allowed { #expect(!topical, "seed \(seed) \(scenario.personas[seat].name): \(take.headline)") }
                    if allowed && topical { saidOnTopic += 1 }
                }
            }
        }
        #expect(saidOnTopic > 0)
    }

    /// Every seat's opening take of `text` under the built-in scenario with only these hedge
    /// templates.
    static func takes(of text: String, hedges: [String]) -> [DebateMessage] {
        var scenario = Scenario.builtIn
        for i in scenario.personas.indices {
            scenario.personas[i].voice.hedge = hedges
            scenario.personas[i].voice.byTopic = nil
        }
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: scenario)
        let composer = VoiceComposer(context: context)
        return scenario.personas.indices.map { composer.composeNow(round: 0, seat: $0, stances: context.openingStances, history: []) }
    }

    /// A story about the economy takes a thesis that does not name the subject, where the
    /// voice has one: no "capital at the economy".
    @Test func aHeadlineAboutTheEconomy_doesNotNameIt() {
        let text = "Employers added 142,000 jobs in August, the Labor Department said. Unemployment rose to 4.6%. Wages rose 0.3%. "
            + "Treasury yields fell 9 basis points."
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
        #expect(context.phrasebook.subject == ArticleSubject.economy)
        let composer = VoiceComposer(context: context)
        var checked = 0
        for seat in context.scenario.personas.indices {
            let take = composer.composeNow(round: 0, seat: seat, stances: context.openingStances, history: [])
            let x = context.openingStances[seat], band = context.scenario.verdict.neutralBand, h = context.scenario.personas[seat].voice.headline
            let templates = x > band ? h.bullish : x < -band ? h.bearish : h.neutral
            guard templates.contains(where: { !$0.contains("{subject}") }) else { continue }
            #expect(!take.headline.contains("economy"), "\(take.headline)")
            checked += 1
        }
        #expect(checked > 0)
    }

    /// A voice speaks of shares only where the article reports the subject's, and of a company
    /// not of the economy: a template with such words (`grammar.json phrases.listingWords`,
    /// `companyWords`) comes after the others, and is still said when it is the only one.
    @Test func aVoice_speaksOfSharesOnlyForAListedSubject() {
        let listed = "Quillon Corp (NYSE: QLN) reported revenue of $4 billion, up 9%. Margins rose to 31%. Costs fell 4%."
        let privateFirm = "Quillon Labs, the privately held robot maker, reported revenue of $4 billion, up 9%. Quillon Labs said "
            + "margins rose to 31%. Costs fell 4%."
        let macro = "Employers added 142,000 jobs in August, the Labor Department said. Unemployment rose to 4.6%. Wages rose 0.3%."
        let heard = "Heard this: {fact}."
        func headlines(_ text: String, _ templates: [String]) -> [String] {
            var scenario = Scenario.builtIn
            for i in scenario.personas.indices {
                scenario.personas[i].voice.headline = .init(bullish: templates, bearish: templates, neutral: templates)
                scenario.personas[i].voice.headlineByTopic = nil
            }
            let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: scenario)
            let composer = VoiceComposer(context: context)
            return scenario.personas.indices.map { composer.composeNow(round: 0, seat: $0, stances: context.openingStances, history: []).headline }
        }
        let stock = "The stock says it all: {fact}."
        let moat = "A moat shows in this: {fact}."
        #expect(headlines(listed, [stock]).allSatisfy { $0.hasPrefix("The stock says") })
        #expect(headlines(privateFirm, [stock, heard]).allSatisfy { $0.hasPrefix("Heard this") })
        #expect(headlines(privateFirm, [moat, heard]).contains { $0.hasPrefix("A moat") })
        #expect(headlines(macro, [moat, stock, heard]).allSatisfy { $0.hasPrefix("Heard this") })
        #expect(headlines(macro, [moat]).allSatisfy { $0.hasPrefix("A moat") })
    }

    /// A thesis that is no figure is not called one: a headline template that speaks of a
    /// figure gives way to one that does not.
    @Test func aHeadlineOnANameLine_doesNotCallItAFigure() {
        var scenario = Scenario.builtIn
        let templates = ["The pivotal figure is this: {fact}.", "It comes down to this: {fact}."]
        for i in scenario.personas.indices {
            scenario.personas[i].voice.headline = .init(bullish: templates, bearish: templates, neutral: templates)
            scenario.personas[i].voice.headlineByTopic = nil
        }
        let text = "Quillon and Ardent reach a deal\n\nQuillon Labs and Ardent Corp agreed to work together on new chips. "
            + "Quillon Labs said the partnership would help both companies. Ardent Corp said it was pleased."
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: scenario)
        #expect(!context.isFigure.contains(true))
        let composer = VoiceComposer(context: context)
        for seat in scenario.personas.indices {
            let take = composer.composeNow(round: 0, seat: seat, stances: context.openingStances, history: [])
            #expect(take.headline.hasPrefix("It comes down to this"), "\(take.headline)")
        }
    }

    /// Whether the article reports the subject's shares: its ticker, a stock word beside its
    /// name, a move by a percentage, or "the stock" said anywhere; a private firm's story has none.
    @Test func aSubjectIsListed_whereTheArticleReportsItsShares() {
        func listed(_ text: String) -> Bool {
            let sheet = FactExtractor().extract(Article(text: text))
            return ArticleSubject.isListed(ArticleSubject.of(sheet), in: sheet)
        }
        #expect(listed("Quillon Corp (NYSE: QLN) reported revenue of $4 billion. Quillon said costs fell."))
        #expect(listed("Quillon shares rose 4% after revenue of $4 billion. Quillon said costs fell."))
        #expect(listed("Shares of Quillon rose after revenue of $4 billion. Quillon said costs fell."))
        #expect(listed("Revenue was $4 billion. Analysts said Quillon fell 5% on the news. Quillon said costs fell."))
        #expect(listed("Quillon reported revenue of $4 billion. Quillon said costs fell. The stock has doubled this year."))
        #expect(!listed("Quillon, the privately held robot maker, reported revenue of $4 billion. Quillon said costs fell 3%."))
        #expect(!listed("Employers added 142,000 jobs in August, the Labor Department said. Stocks rose."))
    }

    /// A story about the economy happens in it, not at it: "at {subject}" reads "in the economy".
    @Test func aHeadlineAboutTheEconomy_saysIn() {
        var scenario = Scenario.builtIn
        for i in scenario.personas.indices {
            scenario.personas[i].voice.headline = .init(bullish: ["The record at the {subject} looks good: {fact}"],
                                                        bearish: ["The record at the {subject} looks poor: {fact}"],
                                                        neutral: ["The record at {subject} is mixed: {fact}"])
        }
        let text = "Employers added 142,000 jobs in August, the Labor Department said. Unemployment rose to 4.6%. Wages rose 0.3%."
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: scenario)
        #expect(context.phrasebook.subject == ArticleSubject.economy)
        let composer = VoiceComposer(context: context)
        for seat in scenario.personas.indices {
            let take = composer.composeNow(round: 0, seat: seat, stances: context.openingStances, history: [])
            #expect(take.headline.contains("The record in the economy"), "\(take.headline)")
        }
    }

    /// A hedged sentence with no source is questioned as the company's claim only where it
    /// names the company.
    @Test func anUnsourcedHedge_isTheCompanysOnlyWhereItNamesIt() {
        let text = "Quillon Corp (NYSE: QLN) reported revenue of $4 billion, up 9%. Quillon could lift margins to 30% next year. "
            + "Prices across the industry could fall 10% next year. Shares rose 4% in early trading."
        for take in Self.takes(of: text, hedges: ["{who} only floats the idea that {claim}."]) {
            for line in take.text.components(separatedBy: ". ") where line.contains("only floats the idea that") {
                #expect(!line.contains("could fall 10%"), "\(line)")
            }
        }
        let named = "Quillon Corp (NYSE: QLN) reported revenue of $4 billion. Quillon could lift margins to 30% next year. "
            + "Quillon could double its buyback to $2 billion."
        let hedged = Self.takes(of: named, hedges: ["{who} only floats the idea that {claim}."]).filter { $0.text.contains("only floats the idea that") }
        #expect(!hedged.isEmpty)
    }

    /// What another source reports firmly ("…, according to traders") is an observation, and
    /// what another company says it will do is its plan: neither is questioned as a maybe; a
    /// source's forecast is (by the seats it argues against: here the bulls).
    @Test func aFirmReportFromASource_isNoMaybe() {
        func questioned(_ line: String) -> [String] {
            let text = "Quillon Corp (NYSE: QLN) said sales jumped 25% to a record $2 billion. " + line + " Shares soared 14% in early trading."
            return Self.takes(of: text, hedges: ["{who} only floats the idea that {claim}."]).flatMap {
                $0.text.components(separatedBy: ". ").filter { $0.contains("the idea that") }
            }
        }
        #expect(questioned("Its 2029 notes dropped 6 pence to 81 pence on the pound, according to traders.").isEmpty)
        #expect(questioned("Its 2029 notes are worth 81 pence on the pound, according to traders.").isEmpty)
        #expect(questioned("Ardent Steel said it would idle its Portmoor plant and lay off 1,200 workers.").isEmpty)
        #expect(!questioned("Its 2029 notes could fall to 70 pence on the pound, according to traders.").isEmpty)
        #expect(!questioned("Traders expect its 2029 notes to trade at 70 pence on the pound next year.").isEmpty)
    }

    /// A seat discounts the other side's maybes, not its own: with the panel bearish, a
    /// risk is not waved away for being conditional.
    @Test func aSeatQuestionsOnlyTheOtherSidesMaybes() {
        let text = "Quillon Corp (NYSE: QLN) said sales fell 15% to $2 billion and it swung to a loss. "
            + "Quillon could face a breach of covenants on its $1.5 billion credit line, the company warned. Shares plunged 24% in early trading."
        for take in Self.takes(of: text, hedges: ["{who} only floats the idea that {claim}."]) where take.stanceBefore < -0.1 {
            #expect(!take.text.contains("only floats the idea that"), "\(take.text)")
        }
    }

    /// A person whose forecast opens with their name is never named twice in one line.
    @Test func aPersonsForecast_namesThemOnce() {
        let text = "Quillon Corp (NYSE: QLN) said sales fell 5% to $2 billion. "
            + "Dana Ortiz expects sales to bottom at about $1.8 billion next year, she told clients. Shares fell 4% in early trading."
        for hedge in ["{who} only floats the idea that {claim}.", "That {claim} is only what {who} expects."] {
            for take in Self.takes(of: text, hedges: [hedge]) {
                for line in take.text.components(separatedBy: ". ") {
                    #expect(line.components(separatedBy: "Dana Ortiz").count <= 2, "\(line)")
                }
            }
        }
    }

    /// A group or market source a claim opens with is not named twice: after the claim the
    /// template says "it" or "they" for it, before the claim the claim goes on with one.
    @Test func hedgeOnAGroupSource_namesItOnce() {
        let text = "Quillon Corp said revenue came to $11 billion. Wall Street expected $7.2 billion for the quarter. "
            + "Analysts expect margins of 30% next year. Shares rose 4% in early trading."
        for hedge in ["That {claim} is only what {who} expects.", "{who} only floats the idea that {claim}."] {
            var hedges = 0
            for take in Self.takes(of: text, hedges: [hedge]) {
                for source in ["Wall Street", "Analysts", "analysts"] {
                    let twice = take.text.components(separatedBy: ". ").contains { $0.components(separatedBy: source).count > 2 }
                    #expect(!twice, "\(take.text)")
                }
                if take.text.contains("only what it expects") || take.text.contains("only what they expect")
                    || take.text.contains("floats the idea that it ") || take.text.contains("float the idea that they ") { hedges += 1 }
            }
            #expect(hedges > 0, "\(hedge)")
        }
    }

    /// A group named with its firm ("analysts at Halden Research") is the source whole and
    /// named once; a noun phrase with a relative clause is no claim to question.
    @Test func hedgeOnAGroupAtAFirm_namesItOnce_andAClaimIsAStatement() {
        let text = "Quillon Corp (NYSE: QLN) reported revenue of $3.1 billion. "
            + "Analysts at Halden Research estimate Quillon's new drug could reach sales of $1.4 billion by 2030. "
            + "Analysts at Halden Research said Quillon sales could suffer from its top drug, which loses patent protection in 2028. "
            + "Quillon shares rose 4%."
        var hedges = 0
        for take in Self.takes(of: text, hedges: ["{who} only floats the idea that {claim}."]) {
            for line in take.text.components(separatedBy: ". ") where line.contains("the idea that") {
                hedges += 1
                #expect(line.components(separatedBy: "Halden Research").count == 2, "\(take.text)")
                #expect(!line.contains("that its top drug, which"), "\(line)")
            }
        }
        #expect(hedges > 0)
    }

    /// An officer's word is the company's: a plan the finance chief reports is no maybe to
    /// question, while an analyst's forecast still is.
    @Test func anOfficersPlan_isNoHedge() {
        let plan = "Quillon Foods (NYSE: QFI) reported sales of $2.8 billion, up 4%. "
            + "Chief financial officer Dana Ortiz said inflation would be high next year and that the company plans to cut about 400 jobs. "
        for take in Self.takes(of: plan + "Quillon shares fell 3%.", hedges: ["{who} only floats the idea that {claim}."]) {
            #expect(!take.text.contains("the idea that"), "\(take.text)")
        }
        let forecast = "Analysts at Halden Research said margins could fall to 9% next year. Quillon shares fell 3%."
        let hedged = Self.takes(of: plan + forecast, hedges: ["{who} only floats the idea that {claim}."]).filter { $0.text.contains("the idea that") }
        #expect(!hedged.isEmpty)
    }

    /// A firm named only as where a source works has nothing to cite: no seat ranks it.
    @Test func aSourceDescription_isNotCited() {
        let text = "Quorvex Corp shares plunged 28% after its chief executive resigned. "
            + "\"This is the worst possible combination: a sudden exit, an accounting question and no guidance,\" said Fiona Castellanos, an analyst at Northby Capital, who suspended her rating. "
            + "Revenue fell 8% to $248 million."
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
        let firm = context.sheet.facts.firstIndex { $0.text == "Northby Capital" }
        #expect(firm != nil)
        if let firm {
            #expect(ArticleSubject.isSourcesEmployer(context.sheet.facts[firm], in: context.sheet.article))
            let company = context.sheet.facts.first { $0.kind == .organization && $0.text.hasPrefix("Quorvex") }
            #expect(company.map { !ArticleSubject.isSourcesEmployer($0, in: context.sheet.article) } == true)
            for ranking in context.rankings { #expect(!ranking.weighty.contains(firm)) }
            #expect(!context.fallbackOrder.contains(firm))
        }
    }

    /// A name is said with analysis templates that do not speak of a number or a figure; a
    /// figure may take any.
    @Test func aName_isNotCalledANumber() {
        let sheet = FactExtractor().extract(Article(text: "Quillon Corp launched its Ardent platform. Revenue rose 12% to $4.1 billion."))
        let context = DebateContext(sheet: sheet, scenario: .builtIn)
        let name = sheet.facts.firstIndex { $0.kind == .organization }, figure = sheet.facts.firstIndex { $0.kind == .percent }
        for seat in context.scenario.personas.indices {
            let writer = Writer(context: context, seat: seat, round: 0, history: [])
            let all = name.map { context.scenario.personas[seat].voice.templates("analysis", topics: sheet.facts[$0].topics) } ?? []
            let forName = name.map { writer.analysisTemplates(for: $0) } ?? []
            #expect(!forName.isEmpty && forName.allSatisfy { !$0.lowercased().contains("number") && !$0.lowercased().contains("figure") },
                    "\(forName)")
            if let figure { #expect(writer.analysisTemplates(for: figure).count == context.scenario.personas[seat].voice.templates("analysis", topics: sheet.facts[figure].topics).count) }
            #expect(forName.count <= all.count)
        }
    }

    /// A statistic a public body reports is not questioned as a hedge, even where its
    /// sentence holds other people's forecast.
    @Test func anOfficialStatistic_isNoHedge() {
        let text = "Employers added 142,000 jobs in August, fewer than the 165,000 economists had forecast, the Labor Department said. "
            + "Quillon shares rose 3% after the report. Analysts expect Quillon revenue could reach $5 billion next year."
        var hedges = 0
        for take in Self.takes(of: text, hedges: ["{who} only floats the idea that {claim}"]) {
            #expect(!take.text.contains("Labor Department only floats"), "\(take.text)")
            if take.text.contains("only float") { hedges += 1 }
        }
        #expect(hedges > 0)
        let lexicon = FactLexicon.shared
        #expect(lexicon.isOfficialBody("the Labor Department") && lexicon.isOfficialBody("the Census Bureau") && lexicon.isOfficialBody("the central bank"))
        #expect(!lexicon.isOfficialBody("Quillon Corp") && !lexicon.isOfficialBody("analysts"))
    }

    /// A hedge line that names the company first goes on with "it", not the name again; what
    /// the company plainly reports of itself is not questioned as a hedge, nor is a plain
    /// expectation of its own ("Quillon expects margins to reach 20%"), only a maybe in it.
    @Test func hedgeOnTheCompany_goesOnWithIt_andItsPlainReportIsNoHedge() {
        let text = "Quillon Corp reported revenue of $3.1 billion in the third quarter. "
            + "Quillon expects its operating margin could reach 20% by 2027. Shares rose 4% in early trading."
        var restated = 0
        for take in Self.takes(of: text, hedges: ["{who} only floats the idea that {claim}"]) {
            let said = take.headline + " " + take.text + " " + (take.counterpoint ?? "")
            #expect(!said.contains("that Quillon expects"), "\(said)")
            #expect(!said.contains("floats the idea that Quillon Corp reported") && !said.contains("floats the idea that it reported"), "\(said)")
            if said.contains("Quillon only floats the idea that it expects") { restated += 1 }
        }
        #expect(restated > 0)
        let plain = "Quillon Corp reported revenue of $3.1 billion in the third quarter. "
            + "Quillon expects its operating margin to reach 20% by 2027. Shares rose 4% in early trading."
        for take in Self.takes(of: plain, hedges: ["{who} only floats the idea that {claim}"]) {
            #expect(!take.text.contains("only floats the idea"), "\(take.text)")
        }
        #expect(Writer.describesASource("a portfolio manager at Linwood Value Fund, which owns about 4% of the shares"))
        #expect(!Writer.describesASource("a jury awarded the plaintiffs $5M"))
        #expect(!Writer.hasMainVerb("a rare inherited disease that affects about 6,000 patients"))
        #expect(Writer.hasMainVerb("shares fell 5% after a report that the deal was off"))
        #expect(Writer.hasMainVerb("revenue rose 7% to $14.3B"))
        #expect(Writer.isPastEstimate("analysts polled by Stellwyn Research had expected a drop of 2.1%"))
        #expect(Writer.isPastEstimate("economists had been expecting a 0.3% gain"))
        #expect(!Writer.isPastEstimate("analysts expect a drop of 2.1%"))
        #expect(!Writer.isPastEstimate("the company had cut its forecast"))
        #expect(Writer.reported(afterSource: "added during an interview that a launch could reach 1,000 units") == "a launch could reach 1,000 units")
        #expect(Writer.reported(afterSource: "said that the plant will open in 2027") == "the plant will open in 2027")
        #expect(Writer.reported(afterSource: "warned on a call that bookings for May were softer than planned")
                == "bookings for May were softer than planned")
        #expect(Writer.reported(afterSource: "expects that share to fall below 20%") == nil)
        #expect(Writer.reported(afterSource: "rose 5%, beating forecasts that the company set") == nil)
        #expect(Writer.reported(afterSource: "said on Tuesday, in a statement that ran long, that the plant will open") == nil)
        #expect(Writer.reported(afterSource: "said on Tuesday it will open two plants") == "it will open two plants")
        #expect(Writer.reported(afterSource: "said in a statement it will open two plants") == "it will open two plants")
        #expect(Writer.reported(afterSource: "said office loans now make up about 7% of the portfolio") == "office loans now make up about 7% of the portfolio")
        #expect(Writer.reported(afterSource: "expects revenue to reach $5B") == nil)
        #expect(Writer.reported(afterSource: "said on Tuesday, in a statement, it will open two plants") == nil)
        #expect(Writer.sourcePrefixLength("CFO Dana Ortiz said costs rose", "Dana Ortiz") == "CFO Dana Ortiz ".utf8.count)
        #expect(Writer.sourcePrefixLength("Dana Ortiz said costs rose", "Dana Ortiz") == "Dana Ortiz ".utf8.count)
        #expect(Writer.sourcePrefixLength("at the time, CFO Dana Ortiz said costs rose", "Dana Ortiz") == "at the time, CFO Dana Ortiz ".utf8.count)
        #expect(Writer.withoutTrailingSource("the shift could add $300M in costs, Ortiz said", "Dana Ortiz") == "the shift could add $300M in costs")
        #expect(Writer.withoutLeadingSource("analysts at Halden Research, the first move is likely to come in March", "analysts at Halden Research")
                == "the first move is likely to come in March")
        #expect(Writer.withoutLeadingSource("according to Halden, the first move is likely to come in March", "Halden") == "the first move is likely to come in March")
        #expect(Writer.withoutLeadingSource("Halden said the move is likely", "Halden") == "Halden said the move is likely")
        #expect(Writer.opensWithAVerb("trimmed his price target to $58 from $64"))
        #expect(!Writer.opensWithAVerb("adjusted earnings came in at $1.12 per share"))
        #expect(!Writer.opensWithAVerb("the board cut its dividend"))
        #expect(Writer.withoutTrailingSource("the shift could add $300M in costs, said Dana Ortiz on Tuesday", "Dana Ortiz") == "the shift could add $300M in costs")
        #expect(Writer.withoutTrailingSource("costs could rise, Ortiz said, and prices may follow", "Dana Ortiz") == "costs could rise, Ortiz said, and prices may follow")
        #expect(Writer.withoutTrailingSource("costs could rise, prices said", "Dana Ortiz") == "costs could rise, prices said")
        #expect(Writer.sourcePrefixLength("in March, Dana Ortiz said costs rose", "Dana Ortiz") == "in March, Dana Ortiz ".utf8.count)
        #expect(Writer.sourcePrefixLength("costs rose for years, and the rival of Dana Ortiz said so", "Dana Ortiz") == nil)
        #expect(Writer.sourcePrefixLength("chief financial officer Dana Ortiz said costs rose", "Dana Ortiz")
                == "chief financial officer Dana Ortiz ".utf8.count)
        #expect(Writer.sourcePrefixLength("The rival of Dana Ortiz said costs rose", "Dana Ortiz") == nil)
        #expect(Writer.sourcePrefixLength("analysts at Brisk & Moll said the stock looks rich", "Brisk & Moll")
                == "analysts at Brisk & Moll ".utf8.count)
        #expect(Writer.sourcePrefixLength("rivals at Brisk & Moll said the stock looks rich", "Brisk & Moll") == nil)
        // A hedge line names the source, so the claim leaves its "according to" out.
        #expect(Writer.withoutAccordingTo("pay could rise 30%, according to analysts at Coltrane, adding $400M to costs")
                == "pay could rise 30%, adding $400M to costs")
        #expect(Writer.withoutAccordingTo("pay could rise 30%, according to analysts") == "pay could rise 30%")
        #expect(Writer.withoutAccordingTo("according to analysts, pay could rise") == "according to analysts, pay could rise")
        // A pronoun with its own verb of report opens with its source too.
        #expect(Writer.sourcePrefixLength("it also said it would open 60 new stores", "Acme") == 3)
        #expect(Writer.reported(afterSource: "also said it would open 60 new stores") == "it would open 60 new stores")

        #expect(Writer.sourcePrefixLength("the automaker said it was aware of 37 crashes", "the company") == "the automaker ".utf8.count)
        #expect(Writer.sourcePrefixLength("it said costs would rise", "the company") == "it ".utf8.count)
        #expect(Writer.sourcePrefixLength("They said costs would rise", "the company") == "They ".utf8.count)
        #expect(Writer.sourcePrefixLength("she said costs would rise", "the company") == nil)
        #expect(Writer.reported(afterSource: "estimated warranty costs could rise a further $150M") == "warranty costs could rise a further $150M")
        #expect(Writer.slot("who", comesBefore: "claim", in: "{who} says {claim}"))
        #expect(!Writer.slot("who", comesBefore: "claim", in: "I doubt {claim}, says {who}"))
        #expect(!Writer.slot("who", comesBefore: "claim", in: "I doubt {claim}"))
    }

    /// A take's first analysis sentence and its contrast cite an amount the seat has not said
    /// yet whenever the seat weighs one on that side (not a name, not the headline's figure
    /// again): checked on every take of the bundled sample articles.
    @Test func analysisAndContrast_citeAFreshAmountWhenThereIsOne() {
        var checked = 0
        for (_, text) in Corpus.sampleArticles() {
            let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
            let composer = VoiceComposer(context: context)
            let stances = context.openingStances
            for seat in stances.indices {
                let take = composer.composeNow(round: 0, seat: seat, stances: stances, history: [])
                let band = context.scenario.verdict.neutralBand
                let values = context.readings[seat].factValues
                let headlineClauses = take.cites.compactMap { context.factIndex[$0] }
                    .filter { LiteralText.contains(take.headline, context.phrasebook.phrase($0)) }.map { context.clauseOf[$0] }
                let side: (Double) -> Bool = stances[seat] > band ? { $0 > 0 } : stances[seat] < -band ? { $0 < 0 } : { $0 != 0 }
                let fresh = values.indices.filter { context.isAmount[$0] && side(values[$0]) && !headlineClauses.contains(context.clauseOf[$0]) }
                guard !fresh.isEmpty, let first = take.text.components(separatedBy: ". ").first else { continue }
                #expect(first.contains { $0.isNumber }, "\(context.scenario.personas[seat].name): \(first)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    /// Calls `body` with every opening take of the sample articles, and of the corpus
    /// articles when they are here, under the built-in scenario.
    static func forEachTake(_ body: (_ name: String, _ context: DebateContext, _ seat: Int, _ take: DebateMessage) -> Void) {
        for (name, text) in Corpus.sampleArticles() + (Corpus.isAvailable ? Corpus.articles() : []) {
            let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
            let composer = VoiceComposer(context: context)
            let stances = context.openingStances
            for seat in stances.indices {
                body(name, context, seat, composer.composeNow(round: 0, seat: seat, stances: stances, history: []))
            }
        }
    }

    /// A take says no fact's phrase more than twice (its headline and one move), on thin
    /// articles too: a move whose only facts the take has said is left out. Checked on
    /// every take of the sample articles, and of the corpus articles when they are here.
    @Test func aTake_saysNoPhraseMoreThanTwice() {
        var checked = 0
        Self.forEachTake { name, context, seat, take in
            let said = take.headline + " " + take.text + " " + (take.counterpoint ?? "")
            for id in take.cites {
                guard let i = context.factIndex[id] else { continue }
                let phrase = context.phrasebook.phrase(i)
                guard phrase.utf8.count >= 25 else { continue }
                #expect(said.lowercased().components(separatedBy: phrase.lowercased()).count - 1 <= 2,
                        "\(name), \(context.scenario.personas[seat].name): \(phrase)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    /// A take's reasoning quotes no name with nothing said of it ("take the line at face value:
    /// CEO Dana Ortiz."): a name it cites in its moves has a verb in its phrase. Checked on
    /// every take of the sample and corpus articles.
    @Test func aTake_quotesNoBareName() {
        var checked = 0
        Self.forEachTake { name, context, seat, take in
            for id in take.cites {
                guard let i = context.factIndex[id], !context.isFigure[i] else { continue }
                let phrase = context.phrasebook.phrase(i)
                guard take.text.contains(": \(phrase).") else { continue }
                #expect(Phrasebook.hasVerb(phrase), "\(name), \(context.scenario.personas[seat].name): \(phrase)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    /// A headline sets no line against itself: where the strength and the weakness a take
    /// would weigh are one line (a thin article with one weighty figure), no headline says it
    /// twice ("X, sure, but X"). Checked over every seed on a thin article and on every take
    /// of the sample and corpus articles.
    @Test func aHeadline_neverSetsALineAgainstItself() {
        var checked = 0
        func check(_ name: String, _ context: DebateContext, _ seat: Int, _ take: DebateMessage) {
            for id in take.cites {
                guard let i = context.factIndex[id] else { continue }
                let phrase = context.phrasebook.phrase(i).lowercased()
                guard phrase.utf8.count >= 25 else { continue }
                #expect(take.headline.lowercased().components(separatedBy: phrase).count - 1 <= 1,
                        "\(name), \(context.scenario.personas[seat].name): \(take.headline)")
                checked += 1
            }
        }
        Self.forEachTake(check)
        let thin = "Who pays for the power lines?\n\nMost of the region's power lines went up in the second half of the 19th century. "
            + "Cloud providers have announced plans to spend a combined $600 billion on their data center business "
            + "this year alone, an analyst noted."
        for seed in 1...24 {
            var scenario = Scenario.builtIn
            scenario.seed = UInt64(seed)
            let context = DebateContext(sheet: FactExtractor().extract(Article(text: thin)), scenario: scenario)
            let composer = VoiceComposer(context: context)
            for seat in context.openingStances.indices {
                check("thin, seed \(seed)", context, seat, composer.composeNow(round: 0, seat: seat, stances: context.openingStances, history: []))
            }
        }
        #expect(checked > 0)
    }

    /// What would change a seat's mind is never its own thesis: the closing counterpoint does
    /// not quote the headline's fact. Checked on every take of the sample and corpus
    /// articles, and on a thin article with two facts.
    @Test func theCounterpoint_neverRestatesTheHeadline() {
        var checked = 0
        func check(_ name: String, _ context: DebateContext, _ seat: Int, _ take: DebateMessage) {
            guard let close = take.counterpoint?.lowercased() else { return }
            for id in take.cites {
                guard let i = context.factIndex[id] else { continue }
                let phrase = context.phrasebook.phrase(i).lowercased()
                guard phrase.utf8.count >= 25, take.headline.lowercased().contains(phrase) else { continue }
                #expect(!close.contains(phrase), "\(name), \(context.scenario.personas[seat].name): \(phrase)")
                checked += 1
            }
        }
        Self.forEachTake(check)
        let thin = "Korvane's robot dogs are being deployed at stadiums in the US to perform perimeter security. "
            + "Critics said the deployment raises privacy concerns about live video feeds."
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: thin)), scenario: .builtIn)
        let composer = VoiceComposer(context: context)
        for seat in context.openingStances.indices {
            check("thin", context, seat, composer.composeNow(round: 0, seat: seat, stances: context.openingStances, history: []))
        }
        #expect(checked > 0)
    }

    /// What would change a seat's mind reads against its side in the article's own words too:
    /// a bear's close never quotes a clause that reads as bad news, a bull's never good news,
    /// whatever its weights make of it. Checked on every take of the sample and corpus articles.
    @Test func theCounterpoint_readsAgainstItsSide() {
        var checked = 0
        let slack = FactLexicon.shared.weights.unloaded
        Self.forEachTake { name, context, seat, take in
            guard let close = take.counterpoint?.lowercased() else { return }
            let x = take.stanceBefore
            for id in take.cites {
                guard let i = context.factIndex[id] else { continue }
                let phrase = context.phrasebook.phrase(i).lowercased()
                guard phrase.utf8.count >= 12, close.contains(phrase), !take.headline.lowercased().contains(phrase),
                      !take.text.lowercased().contains(phrase) else { continue }
                let tone = context.polarity[i]
                #expect(x >= 0 ? tone <= slack : tone >= -slack, "\(name), \(context.scenario.personas[seat].name) at \(x): \(close)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    /// A seat with no fact against its side names none as what would change its mind: a
    /// bear's closing line never quotes bad news.
    @Test func theCounterpoint_neverQuotesItsOwnSide() {
        let text = "Quillon Corp (NYSE: QLN) cut its profit forecast for the second time. Sales fell 7% to $9.4 billion. "
            + "Net debt rose to 5.6 billion crowns. Its order backlog fell 12%. Quillon shares fell 18%."
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
        let composer = VoiceComposer(context: context)
        for seat in context.openingStances.indices {
            let take = composer.composeNow(round: 0, seat: seat, stances: context.openingStances, history: [])
            guard context.readings[seat].stance < 0, let close = take.counterpoint else { continue }
            for bad in ["7%", "5.6", "12%", "18%"] { #expect(!close.contains(bad), "\(close)") }
        }
    }

    /// The first analysis sentence does not say the headline's fact again, whatever its
    /// capital, when the seat has another amount on its side to cite.
    @Test func theFirstAnalysis_doesNotRepeatTheHeadline() {
        var checked = 0
        Self.forEachTake { name, context, seat, take in
            guard let lead = context.leads[seat], abs(context.readings[seat].stance) > context.scenario.verdict.neutralBand else { return }
            let phrase = context.phrasebook.phrase(lead).lowercased()
            guard take.headline.lowercased().contains(phrase) else { return }
            let values = context.readings[seat].factValues
            let side = values[lead] > 0
            let others = values.indices.filter { context.isAmount[$0] && (values[$0] > 0) == side && values[$0] != 0
                && context.clauseOf[$0] != context.clauseOf[lead] }
            guard !others.isEmpty, let first = take.text.components(separatedBy: ". ").first else { return }
            #expect(!first.lowercased().contains(phrase), "\(name), \(context.scenario.personas[seat].name): \(take.headline) / \(first)")
            checked += 1
        }
        #expect(checked > 10)
    }

    /// A topic counts as given a figure when a sentence holding a figure raises it, in any
    /// of its clauses; a topic raised only where no figure stands is uncovered.
    @Test func aTopicInAFiguresSentence_isCovered() {
        let text = "Quillon raised its spending plan to $90 billion, but lawmakers are drafting new rules. "
            + "The chief executive praised the workforce. Shares rose 4%. The board named a new chairman."
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
        #expect(!context.uncoveredTopics.contains(.regulation), "\(context.uncoveredTopics)")
        #expect(context.uncoveredTopics.contains(.leadership), "\(context.uncoveredTopics)")
    }

    /// A name whose phrase says nothing it did ("analysts at Northgrove Partners", a source's
    /// title) is not cited; a name with a verb is.
    @Test func aNameWithoutAVerb_isNotCited() {
        let text = "Quillon Chips said sales rose 12% to $2 billion. "
            + "According to analysts at Northgrove Equity Partners, rivals with less exposure to the restricted markets are likely to win share in the meantime. "
            + "Quillon Chips expects demand to stay strong next year."
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
        let facts = context.sheet.facts
        let firm = facts.indices.first { facts[$0].kind == .organization && facts[$0].text.contains("Northgrove") }
        #expect(firm != nil)
        if let firm { #expect(!context.fallbackOrder.contains(firm), "\(context.phrasebook.phrase(firm))") }
        #expect(context.fallbackOrder.contains { !facts[$0].kind.isFigure && facts[$0].text.contains("Quillon") })
    }

    /// A take says a topic has no figure once: its closing line names another topic or none.
    /// And the headline's name and its figure are one line: a take does not quote it twice.
    @Test func aTake_namesAnAbsenceOnce_andTheHeadlineLineOnce() {
        let text = "Harwick Bank fined $640 million over money-laundering failures\n\n"
            + "Harwick Bank Plc agreed to pay $640 million to settle investigations into weak controls, the lender said on Tuesday. "
            + "Harwick shares fell 3.2% to 412 pence in London. Regulators said Harwick failed to monitor about $9 billion of transactions. "
            + "As part of the settlement, the bank will hire an independent monitor for three years. "
            + "\"We deeply regret these failings,\" Chief Executive Nadia Orwell said."
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
        let composer = VoiceComposer(context: context)
        for seat in context.openingStances.indices {
            let take = composer.composeNow(round: 0, seat: seat, stances: context.openingStances, history: [])
            for topic in context.uncoveredTopics {
                let body = take.text.lowercased().components(separatedBy: topic.phrase.lowercased()).count - 1
                let close = (take.counterpoint ?? "").lowercased().contains(topic.phrase.lowercased()) ? 1 : 0
                #expect(body + close <= 1, "\(take.text) / \(take.counterpoint ?? "")")
            }
            let said = (take.headline + " " + take.text).lowercased()
            #expect(said.components(separatedBy: "harwick bank fined").count - 1 <= 1, "\(said)")
        }
    }

    /// A topic that comes up in one sentence only, as a speaker's title does, is no topic the
    /// article talks about without a figure.
    @Test func aTopicMentionedOnce_isNoAbsence() {
        let text = "Quillon said sales rose 12% to $2 billion. "
            + "\"Demand held up well,\" Chief Executive Ada Ferro said. Shares rose 4%."
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
        #expect(context.sheet.sentences.contains { $0.topics.contains(.leadership) })
        #expect(!context.uncoveredTopics.contains(.leadership), "\(context.uncoveredTopics)")
    }

    /// A take with one fact against it says that fact once: the contrast and the analysis
    /// leave it to the counterpoint.
    @Test func theOnlyOpposingFact_isSaidOnce() {
        let text = "Quillon Motors (NYSE: QLM) recalled 410,000 vehicles. The recall will cost $620 million. Shares fell 5.3% to $44.10. "
            + "The stock has lost 21% this year. The company kept its full-year profit forecast of $4.8 billion to $5.2 billion."
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
        var checked = 0
        // A neutral seat may lead with it ("the pivotal figure … cuts both ways"); the others
        // do not lead with a fact against themselves.
        for seat in context.scenario.personas.indices where abs(context.openingStances[seat]) > context.scenario.verdict.neutralBand {
            let take = VoiceComposer(context: context).composeNow(round: 0, seat: seat, stances: context.openingStances, history: [])
            let said = take.headline + " " + take.text + " " + (take.counterpoint ?? "")
            let times = said.components(separatedBy: "kept its full-year profit forecast").count - 1
            #expect(times <= 1, "\(said)")
            checked += times
        }
        #expect(checked > 0)
    }

    /// A topic named in the plural takes a plural verb; a subject with its own article takes
    /// no second one.
    @Test func topicsAndSubjects_readAsEnglish() {
        let plural = Writer.agreeing(with: .developers).map { $0("{topic} gets airtime but no figure.") }
        #expect(plural == "{topic} get airtime but no figure.")
        #expect(Writer.agreeing(with: .regulation) == nil)
        let text = "Employers added 142,000 jobs in August, the Labor Department said. The Labor Department also revised July down."
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
        for seat in context.scenario.personas.indices {
            let take = VoiceComposer(context: context).composeNow(round: 0, seat: seat, stances: context.openingStances, history: [])
            #expect(!take.headline.lowercased().contains("the the "), "\(take.headline)")
        }
    }

    /// The line on a topic with no figure, when a take has one, closes its analysis.
    @Test func anAbsenceLine_closesTheAnalysis() {
        var seen = 0
        Self.forEachTake { name, context, seat, take in
            let phrases = take.cites.compactMap { context.factIndex[$0] }.map { context.phrasebook.phrase($0).lowercased() }
            // An absence line names a topic the article gives no figure for, and no fact.
            func isAbsence(_ sentence: String) -> Bool {
                let lowered = sentence.lowercased()
                return context.uncoveredTopics.contains { lowered.contains($0.phrase.lowercased()) }
                    && !sentence.contains(where: \.isNumber) && !phrases.contains { lowered.contains($0) }
            }
            let sentences = take.text.components(separatedBy: ". ")
            if let k = sentences.firstIndex(where: isAbsence) {
                seen += 1
                #expect(k == sentences.count - 1, "\(name), \(context.scenario.personas[seat].name): \(take.text)")
            }
        }
        #expect(seen > 0)
    }
}
