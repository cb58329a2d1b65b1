import Foundation
import Testing
@testable import TalkShowCore
import TalkShowTestSupport

/// Each seat's facts best first, and the casting of the opening headlines.
@Suite struct FactRankingTests {
    /// The three rankings from one sort are the three sorts of their definition: for (highest
    /// first), against (lowest first), by weight; ties to the earlier fact; zero values and
    /// facts not counted left out.
    @Test func rankings_areTheThreeSortsOfTheirDefinition() {
        var g = SplitMix64(seed: 8)
        let levels: [Double] = [-2, -1.5, -0.25, 0, 0.25, 1.5, 2, -0.0]
        for _ in 0..<2_000 {
            let values = (0..<Int(g.next() % 30)).map { _ in levels[Int(g.next() % UInt64(levels.count))] }
            let skipped = Set(values.indices.filter { _ in g.next() % 5 == 0 })
            let kept = values.indices.filter { values[$0] != 0 && !skipped.contains($0) }
            let positives = kept.filter { values[$0] > 0 }.sorted { (-values[$0], $0) < (-values[$1], $1) }
            let negatives = kept.filter { values[$0] < 0 }.sorted { (values[$0], $0) < (values[$1], $1) }
            let weighty = kept.sorted { (-abs(values[$0]), $0) < (-abs(values[$1]), $1) }
            let r = FactRanking(values) { !skipped.contains($0) }
            #expect(r.positives == positives && r.negatives == negatives && r.weighty == weighty, "\(values)")
        }
    }

    /// Leads come from each seat's own list; a shared best fact goes to the seat that weighs
    /// it most; and where every list holds as many clauses as there are seats, no two seats
    /// lead with one clause.
    @Test func leads_areDistinctWhereTheListsAllowIt() {
        var g = SplitMix64(seed: 21)
        for _ in 0..<3_000 {
            let seats = 1 + Int(g.next() % 5), facts = 1 + Int(g.next() % 12)
            let clauseOf = (0..<facts).map { _ in Int(g.next() % UInt64(max(1, facts - 2))) }
            let values = (0..<seats).map { _ in (0..<facts).map { _ in Double(g.next() % 9) / 4 } }
            let lists = (0..<seats).map { s in (0..<facts).filter { _ in g.next() % 3 != 0 }.sorted { (-values[s][$0], $0) < (-values[s][$1], $1) } }
            let leads = FactRanking.leads(lists, values: values, clauseOf: clauseOf)
            for s in 0..<seats {
                #expect(lists[s].isEmpty ? leads[s] == nil : leads[s].map(lists[s].contains) == true)
            }
            if lists.allSatisfy({ Set($0.map { clauseOf[$0] }).count >= seats }) {
                #expect(Set(leads.map { clauseOf[$0!] }).count == seats, "\(lists) \(clauseOf)")
            }
            // The clause of the best fact of all first picks goes to a seat that picked it first.
            let firsts = lists.indices.filter { !lists[$0].isEmpty }
            if let best = firsts.max(by: { (values[$0][lists[$0][0]], -$0) < (values[$1][lists[$1][0]], -$1) }) {
                #expect(leads[best] == lists[best][0])
            }
        }
    }

    /// The casting of the openings: a crowded clause is one exactly `quota` other seats
    /// hold, so it is crowded for all the rest and for none of its holders; a seat's first
    /// wish, when no other seat wishes first for its clause, is never crowded for it; and
    /// with a quota of every seat nothing is.
    @Test func crowding_leavesEachClauseToAtMostQuotaSeats() {
        var g = SplitMix64(seed: 28)
        for _ in 0..<3_000 {
            let seats = 1 + Int(g.next() % 5), facts = 1 + Int(g.next() % 14)
            let clauseOf = (0..<facts).map { _ in Int(g.next() % UInt64(max(1, facts - 3))) }
            let values = (0..<seats).map { _ in (0..<facts).map { _ in Double(g.next() % 9) / 4 } }
            let wishes = (0..<seats).map { _ in (0..<facts).filter { _ in g.next() % 3 != 0 } }
            let quota = 1 + Int(g.next() % 3), perSeat = 1 + Int(g.next() % 6)
            let crowded = FactRanking.crowded(wishes, values: values, clauseOf: clauseOf, quota: quota, perSeat: perSeat)
            #expect(crowded.count == seats)
            var counted: [Int: Int] = [:]
            for list in crowded {
                #expect(Set(list).count == list.count)
                for c in list { counted[c, default: 0] += 1 }
            }
            for (c, n) in counted {
                #expect(n == seats - quota, "clause \(c) crowded for \(n) of \(seats) seats, quota \(quota)")
                #expect(wishes.contains { $0.contains { clauseOf[$0] == c } })
            }
            for s in 0..<seats {
                guard let first = wishes[s].first else { continue }
                let rivals = (0..<seats).filter { $0 != s && wishes[$0].first.map { clauseOf[$0] } == clauseOf[first] }
                if rivals.isEmpty { #expect(!crowded[s].contains(clauseOf[first]), "\(wishes) \(clauseOf)") }
            }
            let none = FactRanking.crowded(wishes, values: values, clauseOf: clauseOf, quota: seats, perSeat: perSeat)
            #expect(none.allSatisfy { $0.isEmpty })
        }
    }

    /// A seat wishes for its lead and its counter first, then two facts of its side to one
    /// against, one fact a clause.
    @Test func wishes_leadAndCounterFirst_thenTwoForOneAgainst_oneAClause() {
        let clauseOf = [0, 1, 2, 3, 4, 5, 6, 6, 8, 9]
        let w = FactRanking.wishes(lead: 9, counter: 8, side: [0, 1, 2, 6, 7], against: [3, 4, 5, 9], clauseOf: clauseOf)
        #expect(w == [9, 8, 0, 1, 3, 2, 6, 4, 5])
        #expect(FactRanking.wishes(lead: nil, counter: nil, side: [], against: [], clauseOf: clauseOf).isEmpty)
    }

    /// An article with many lines on both sides: no line is said by all four opening takes,
    /// and the takes between them say more lines than any one seat's share.
    @Test func openings_ofAnArticleWithManyLines_doNotAllSayOneLine() async throws {
        let text = """
            Harlow Instruments posts record sales but warns on costs

            Harlow Instruments reported quarterly revenue of $2.4 billion on Tuesday, up 14% from a year earlier. Net income rose 9% to $310 million. Orders climbed 21% to $2.9 billion, a record. The company raised its full-year sales forecast to $9.6 billion from $9.2 billion. Its services unit grew 17% to $640 million.

            Gross margin narrowed to 41.2% from 43.5% as component prices rose. Operating expenses jumped 19% to $720 million. Inventory swelled 26% to $1.8 billion. Free cash flow fell 12% to $205 million. The company said tariffs would cost about $90 million this year.

            Harlow shares fell 4.1% to $88.20 in early trading.
            """
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
        let outcome = try await DebateEngine.run(context, rounds: 1, clock: ContinuousClock())
        let takes = outcome.rounds[0].messages.filter { $0.kind == .take }
        #expect(takes.count == 4)
        var takesSaying: [Int: Int] = [:]
        for take in takes {
            let clauses = Set(take.cites.compactMap { context.factIndex[$0] }.map { context.clauseOf[$0] })
            for c in clauses { takesSaying[c, default: 0] += 1 }
        }
        #expect(takesSaying.values.allSatisfy { $0 < 4 }, "\(takes.map(\.text))")
        #expect(takesSaying.count >= 10)
    }

    /// Each bundled sample's context and the opening takes of its debate under the built-in scenario.
    static func sampleTakes() async throws -> [(name: String, context: DebateContext, takes: [DebateMessage])] {
        var out: [(String, DebateContext, [DebateMessage])] = []
        for (name, text) in Corpus.sampleArticles() {
            let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
            let transcript = try await DebateEngine.run(context, rounds: 1, clock: ContinuousClock())
            out.append((name, context, transcript.rounds[0].messages.filter { $0.kind == .take }))
        }
        return out
    }

    /// In the debates of the bundled samples, each seat on a side heads its take with its
    /// cast lead, and seats lead with different clauses whenever their sides hold enough.
    @Test func sampleHeadlines_sayTheirCastLeads() async throws {
        var distinct = 0, seatsSeen = 0
        for (name, context, takes) in try await Self.sampleTakes() {
            for take in takes {
                let x = context.readings[take.seat].stance
                guard abs(x) > context.scenario.verdict.neutralBand, let lead = context.leads[take.seat] else { continue }
                seatsSeen += 1
                #expect(take.headline.lowercased().contains(context.phrasebook.phrase(lead).lowercased()), "\(name) \(take.speaker): \(take.headline)")
            }
            let clauses = Set(context.leads.compactMap { $0.map { context.clauseOf[$0] } })
            if clauses.count == context.leads.count { distinct += 1 }
        }
        #expect(seatsSeen > 10)
        #expect(distinct > 0)
    }

    /// Seats close on the counter cast for them: in the samples, a take's counterpoint names
    /// its cast counter unless the take said that line before, and four seats with four cast
    /// counters close on more than one line.
    @Test func sampleCounterpoints_sayTheirCastCounters() async throws {
        var said = 0, spread = 0
        for (name, context, takes) in try await Self.sampleTakes() {
            var closes: Set<String> = []
            for take in takes {
                guard let counter = context.counters[take.seat], let close = take.counterpoint else { continue }
                closes.insert(close)
                if close.lowercased().contains(context.phrasebook.phrase(counter).lowercased()) {
                    said += 1
                    continue
                }
                // A close on another line: the take said the cast one before it (perhaps as a
                // maybe it questions, in words of its own).
                let cited = take.cites.compactMap { context.factIndex[$0] }.map { context.clauseOf[$0] }
                #expect(cited.contains(context.clauseOf[counter]), "\(name) \(take.speaker): \(close)")
            }
            if Set(context.counters.compactMap { $0.map { context.clauseOf[$0] } }).count == takes.count, closes.count > 1 { spread += 1 }
        }
        #expect(said > 10)
        #expect(spread > 0)
    }

    /// A figure whose clause names only another company is that company's: a lead comes
    /// from the subject's own figures while it has one on its side.
    @Test func aLead_isAboutTheSubjectBeforeAnotherCompany() {
        let text = "Acme Brands agreed to buy Bolt Foods for $2 billion in cash. Bolt's sales grew 11% last year to $1.9 billion. "
            + "Acme expects the deal to deliver $250 million in annual cost savings. Acme shares rose 2% to $71."
        // Two seats, so the subject's own figure clauses are enough for both.
        var scenario = Scenario.builtIn
        scenario.personas = Array(scenario.personas.prefix(2))
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: scenario)
        let facts = context.sheet.facts
        let elsewhere = ArticleSubject.aboutAnotherCompany(context.sheet, subject: context.phrasebook.subject)
        #expect(context.phrasebook.subject == "Acme")
        for i in facts.indices where facts[i].kind.isFigure {
            #expect(elsewhere[i] == (facts[i].sentence == 1), "\(facts[i].text)")
        }
        for lead in context.leads.compactMap({ $0 }) { #expect(facts[lead].sentence != 1, "\(facts[lead].text)") }
    }

    /// A headline's figure that the body gives again is one line of news with it: it takes
    /// the body's clause; a headline figure the body does not repeat keeps its own.
    @Test func aHeadlineFigure_givenAgainInTheBody_sharesItsClause() {
        let text = "Acme CEO resigns; shares plunge 28% as sales fall 9%\n\nAcme said its chief executive had resigned on Monday. "
            + "Shares of Acme plunged 28% to $31.40. Revenue was $248 million."
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
        let facts = context.sheet.facts
        let headline = facts.firstIndex { $0.sentence == 0 && $0.text == "28%" }, body = facts.firstIndex { ($0.sentence ?? 0) > 0 && $0.text == "28%" }
        let alone = facts.firstIndex { $0.sentence == 0 && $0.text == "9%" }
        #expect(headline != nil && body != nil && alone != nil)
        #expect(context.clauseOf[headline!] == context.clauseOf[body!])
        #expect(context.clauseOf[alone!] != context.clauseOf[body!] && context.clauseOf[alone!] == context.phrasebook.readingStarts[alone!])
    }
}
