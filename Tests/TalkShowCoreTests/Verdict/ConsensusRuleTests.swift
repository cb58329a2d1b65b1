import Foundation
import Testing
@testable import TalkShowCore
import TalkShowTestSupport

@Suite struct ConsensusRuleTests {
    let rules = Scenario.VerdictRules(consensusSpread: 0.4, neutralBand: 0.15)

    @Test func closeStancesOnOneSide_areAConsensus() {
        let (kind, side, spread) = ConsensusRule.decide([0.3, 0.5, 0.6, 0.4], rules: rules)
        #expect(kind == .consensus && side == .bullish)
        #expect(abs(spread - 0.3) < 1e-12)
    }

    @Test func closeStancesAcrossTheBand_areNoConsensus() {
        #expect(ConsensusRule.decide([0.1, 0.2, 0.25, 0.3], rules: rules).0 == .noConsensus)
    }

    @Test func wideSpread_isNoConsensus_withTheSplit() {
        #expect(ConsensusRule.decide([-0.4, 0.3, 0.0, 0.5], rules: rules).0 == .noConsensus)
        #expect(ConsensusRule.split([-0.4, 0.3, 0.0, 0.5], band: 0.15).phrase == "2 bullish · 1 neutral · 1 bearish")
    }

    /// A verdict line never reads "No consensus — 4 bearish": seats on one side that are too
    /// far apart say so.
    @Test func noConsensusOnOneSide_saysTheSeatsDifferOnDegree() {
        func line(_ stances: [Double]) -> String {
            let (kind, side, spread) = ConsensusRule.decide(stances, rules: rules)
            let v = Verdict(kind: kind, side: side, split: ConsensusRule.split(stances, band: 0.15), spread: spread,
                            stances: [:], summary: "", risk: "", opportunity: "", riskBy: [], opportunityBy: [])
            return TextRenderer.verdictLine(v)
        }
        #expect(line([-0.86, -0.24, -0.87, -0.69]) == "No consensus — all 4 bearish, but 0.63 apart on how bearish")
        #expect(line([-0.4, 0.3, 0.0, 0.5]) == "No consensus — 2 bullish · 1 neutral · 1 bearish")
        #expect(line([0.3, 0.5, 0.6, 0.4]) == "Consensus, bullish — 4 bullish")
    }

    /// Who raised a Risk or an Opportunity reads as a person would say it.
    @Test func raisers_readAsAList_orTheWholePanel() {
        #expect(TextRenderer.raisers(["Greta"], seats: 4) == "Greta")
        #expect(TextRenderer.raisers(["Greta", "Dex"], seats: 4) == "Greta and Dex")
        #expect(TextRenderer.raisers(["Greta", "Rowan", "Dex"], seats: 4) == "Greta, Rowan and Dex")
        #expect(TextRenderer.raisers(["Greta", "Rowan", "Imani", "Dex"], seats: 4) == "the whole panel")
        #expect(TextRenderer.raisers(["Greta", "Dex"], seats: 2) == "Greta and Dex")
    }
}

/// The verdict's summary names the article's subject, and says nothing like "good for this
/// story" when the article names none.
@Suite struct VerdictSummaryTests {
    /// The built-in panel's context for `text`, and its verdict at the opening stances with no
    /// rounds said.
    static func silentVerdict(_ text: String) -> (DebateContext, Verdict) {
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
        return (context, VerdictWriter.verdict(context, rounds: [], finalStances: context.openingStances))
    }

    func summary(_ text: String, stances: [Double]) -> String {
        let context = DebateContext(sheet: FactExtractor().extract(Article(text: text)), scenario: .builtIn)
        return VerdictWriter.verdict(context, rounds: [], finalStances: stances).summary
    }

    @Test func aConsensus_namesTheSubject_orNoneWhenThereIsNone() {
        let named = "Acme Corp. raised its forecast. Acme said sales rose 12% to $2 billion."
        let unnamed = "Sales rose 12% to $2 billion in the quarter. Margins widened to 31%."
        #expect(summary(named, stances: [0.5, 0.55, 0.6, 0.5]).hasPrefix("The panel agrees the news is good for Acme."))
        #expect(summary(unnamed, stances: [0.5, 0.55, 0.6, 0.5]).hasPrefix("The panel agrees the news is good."))
        #expect(summary(unnamed, stances: [-0.5, -0.55, -0.6, -0.5]).hasPrefix("The panel agrees the news is bad."))
        #expect(summary(unnamed, stances: [-0.5, 0.55, 0.6, -0.5]).hasPrefix("The panel splits on this story."))
        // Most seats on one side: said, with the others named and placed.
        #expect(summary(named, stances: [-0.5, 0.55, 0.6, 0.5]).hasPrefix("Most of the panel leans bullish on Acme; Greta leans bearish."))
        #expect(summary(named, stances: [-0.5, -0.55, 0.0, -0.5]).hasPrefix("Most of the panel leans bearish on Acme; Imani is neutral."))
        #expect(VerdictWriter.others(of: .bullish, [0.0, 0.55, 0.6, 0.5, -0.7], ["Ada", "Bo", "Cy", "Di", "Ed"], 0.15) == "Ada and Ed do not")
        #expect(VerdictWriter.others(of: .bearish, [0.0, -0.55, 0.1, -0.5, -0.7], ["Ada", "Bo", "Cy", "Di", "Ed"], 0.15) == "Ada and Cy are neutral")
        // All on one side but too far apart for a consensus: a lean, not a split.
        #expect(summary(named, stances: [0.2, 0.9, 0.6, 0.5]).hasPrefix("The panel leans bullish on Acme but differs on how far."))
        #expect(summary(named, stances: [-0.2, -0.9, -0.6, -0.5]).hasPrefix("The panel leans bearish on Acme but differs on how far."))
    }

    /// A name's Risk line reads as a risk on its own: a headline whose bad news falls
    /// outside the name's phrase gives way to the next candidate.
    @Test func aNamesVerdictLine_readsOnItsSide() {
        let text = "Acme Energy posts record profit, doubles buyback as windfall tax threat looms\n\n"
            + "Acme Energy shares rose 3.6% to a record $118.40. A proposed windfall levy could cost Acme as much as $1.5 billion a year."
        let (_, verdict) = Self.silentVerdict(text)
        #expect(!verdict.risk.hasPrefix("Acme Energy posts record profit"), "\(verdict.risk)")
        #expect(VerdictWriter.tone(of: "Acme Energy posts record profit") > 0)
    }

    /// A name's line that reads neither way (the strike's cost left outside "Workers …
    /// voted to ratify a new contract") gives way to a line that says the bad news itself.
    @Test func aNeutralNameLine_givesWayToOneThatSaysTheNews() {
        let text = "Vantor Motors workers ratify deal\n\nWorkers at Vantor Motors voted to ratify a new contract on Sunday, ending a strike "
            + "that halted production and cost the automaker an estimated $2.1 billion. Vantor cut its full-year earnings forecast to "
            + "$5.40 a share from $7.00. Vantor shares rose 2% to $39."
        let (_, verdict) = Self.silentVerdict(text)
        #expect(!verdict.risk.hasPrefix("Workers at Vantor Motors voted to ratify a new contract on Sunday."), "\(verdict.risk)")
    }

    /// A line opening with "a" says something only with a verb in it, not an adjective in -ed.
    @Test func aVerdictLine_saysSomething() {
        #expect(!VerdictWriter.saysSomething("a standalone listed company by mid-2026"))
        #expect(!VerdictWriter.saysSomething("a 38% premium to the stock's closing price on Tuesday"))
        #expect(VerdictWriter.saysSomething("a single logistics customer accounted for 27% of quarterly revenue"))
        #expect(VerdictWriter.saysSomething("a group of people had gained unauthorised access"))
        #expect(VerdictWriter.saysSomething("a sustained rise in energy costs could lift inflation"))
        #expect(VerdictWriter.saysSomething("the company reported record revenue of $3B"))
    }

    /// A Risk or Opportunity line stands alone: not a preposition's object ("for Acme").
    @Test func aVerdictLine_standsAlone() {
        #expect(VerdictWriter.standsAlone("inventory rose 9%"))
        #expect(VerdictWriter.standsAlone("the stock has lost 21% this year"))
        #expect(VerdictWriter.standsAlone("its net loss narrowed"))
        #expect(!VerdictWriter.standsAlone("for Anthropic"))
        #expect(!VerdictWriter.standsAlone("on the weakest trading days, more than $220B vanished"))
        #expect(!VerdictWriter.standsAlone("Acme"))
        // Nor a condition or a participle with its object; a participle before a noun opens a clause.
        #expect(!VerdictWriter.standsAlone("if the filing is not made within 60 days"))
        #expect(!VerdictWriter.standsAlone("refunding up to 50% of the cost if a patient does not improve"))
        #expect(!VerdictWriter.standsAlone("lifting its net leverage to about 3.9 times earnings"))
        #expect(VerdictWriter.standsAlone("rising costs cut margins to 12%"))
        #expect(VerdictWriter.standsAlone("spending will rise 20%"))
    }

    /// The Risk is about the business while a line about it is left: the stock's fall, the
    /// market's reaction, weighs more here but gives way to the cost warning.
    @Test func theRisk_isAboutTheBusinessBeforeTheStock() {
        let text = "Quillon Air warns on costs\n\nQuillon Air (NYSE: QLA) said on Thursday that its fuel costs would rise 5% this year. "
            + "Quillon shares plunged 19% to $46.10 in midday trading, their worst day in a decade. Revenue rose 7% to $6.2 billion."
        let (_, verdict) = Self.silentVerdict(text)
        #expect(verdict.risk.contains("costs") && !verdict.risk.contains("shares"), "\(verdict.risk)")
    }

    /// Another company's bad news is no Risk of the subject while the subject has a line of
    /// its own against it: the steeper fall of a company only named beside it gives way.
    @Test func anotherCompanysFall_givesWayToTheSubjectsOwnRisk() {
        let text = "Quillon Foods posts record revenue\n\nQuillon Foods said revenue rose 30% to $4 billion in the quarter. "
            + "Quillon said its gross margin narrowed slightly to 61% from 62%. "
            + "Shares of Ordell Brands plunged 40% to a record low after it warned of a collapse in demand."
        let (_, verdict) = Self.silentVerdict(text)
        #expect(verdict.risk.contains("61%") && !verdict.risk.contains("Ordell"), "\(verdict.risk)")
        // A firm that makes chips is a firm: its report is no person's.
        let chips = FactExtractor().extract(Article(text: "Quillon Chips said revenue rose 30% to $4 billion."))
        #expect(chips.facts.contains { $0.kind == .organization && $0.text == "Quillon Chips" })
    }

    /// A rival's record is the subject's risk: the Risk reads a clause the way the stance
    /// model does, a rival's good news turned over ("in the same quarter" only dates it).
    @Test func aRivalsRecord_canBeTheRisk() {
        let text = "Quillon Motors deliveries rise\n\nQuillon Motors (NYSE: QMO) said quarterly deliveries rose 3% to 41,000 vehicles. "
            + "Rival Ardent Auto delivered a record 63,000 vehicles in the same quarter. Quillon kept its target of 170,000 units."
        let (_, verdict) = Self.silentVerdict(text)
        #expect(verdict.risk.contains("63,000 vehicles"), "\(verdict.risk)")
        #expect(verdict.opportunity.contains("41,000"), "\(verdict.opportunity)")
    }

    /// The Risk and the Opportunity are credited to the seats that said them on their side,
    /// and to no one when none did: with no rounds, no seat raised anything.
    @Test func riskAndOpportunity_areCreditedOnlyToSeatsThatSaidThem() {
        let text = "Quillon Air warns on costs\n\nQuillon Air (NYSE: QLA) said on Thursday that its fuel costs would rise 5% this year. "
            + "Revenue rose 7% to $6.2 billion. Quillon shares fell 4%."
        let (_, silent) = Self.silentVerdict(text)
        #expect(!silent.risk.hasPrefix("None") && silent.riskBy.isEmpty && silent.opportunityBy.isEmpty, "\(silent.riskBy) \(silent.opportunityBy)")
    }

    /// An Opportunity never quotes a line that reads as bad news, nor a Risk one that reads as
    /// good news: on the samples and the corpus, each points its own way or is none.
    @Test func riskAndOpportunity_pointTheirWay() {
        for (name, text) in Corpus.sampleArticles() + (Corpus.isAvailable ? Corpus.articles() : []) {
            let (context, verdict) = Self.silentVerdict(text)
            for (f, fact) in context.sheet.facts.enumerated() where fact.kind.isFigure {
                let phrase = context.phrasebook.phrase(f)
                guard phrase.count > 20 else { continue }
                if verdict.opportunity.lowercased().hasPrefix(phrase.lowercased()) { #expect(context.polarity[f] >= -0.05, "\(name): \(verdict.opportunity)") }
                if verdict.risk.lowercased().hasPrefix(phrase.lowercased()) { #expect(context.polarity[f] <= 0.05, "\(name): \(verdict.risk)") }
            }
        }
    }

    /// Risk and Opportunity never quote one line of the article twice: the Opportunity is
    /// not taken from the Risk's clause. Checked on the sample articles, and on the corpus
    /// articles when they are here.
    @Test func riskAndOpportunity_comeFromDifferentClauses() {
        var checked = 0
        for (name, text) in Corpus.sampleArticles() + (Corpus.isAvailable ? Corpus.articles() : []) {
            let (_, verdict) = Self.silentVerdict(text)
            let risk = verdict.risk.dropLast(), opportunity = verdict.opportunity.dropLast()
            #expect(!risk.lowercased().contains(opportunity.lowercased()) && !opportunity.lowercased().contains(risk.lowercased()), "\(name)")
            checked += 1
        }
        #expect(checked > 0)
    }
}
