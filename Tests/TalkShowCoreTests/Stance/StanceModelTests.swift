import Testing
import Foundation
@testable import TalkShowCore
import TalkShowTestSupport

@Suite struct StanceModelTests {
    let sheet = FactExtractor().extract(Article(text: "Revenue rose 14% to $2.3 billion, while operating margin slipped to 9% from 12%. The company plans to spend $900 million on new depots."))

    @Test func raw_isBiasPlusTheContributions_andStanceIsItsTanh() {
        for persona in Scenario.builtIn.personas {
            let r = StanceModel.read(persona, sheet, rules: .init())
            let sum = r.contributions.reduce(r.bias) { $0 + $1.value }
            #expect(abs(r.raw - sum) < 1e-12)
            #expect(abs(r.stance - tanh(r.raw)) < 1e-12)
        }
    }

    /// A debate's readings list no contributions, and every number is the one `read` gives,
    /// to the last bit, for every persona of every bundled scenario on every sample article.
    @Test func readValues_givesReadsNumbers_withoutTheList() throws {
        var compared = 0
        for (_, text) in Corpus.sampleArticles() {
            let sheet = FactExtractor().extract(Article(text: text))
            let scoring = ScoringSheet(sheet)
            for scenario in try Corpus.bundledScenarios() {
                for persona in scenario.personas {
                    let full = StanceModel.read(persona, sheet, scoring, rules: .init())
                    let values = StanceModel.readValues(persona, sheet, scoring, rules: .init())
                    #expect(values.contributions.isEmpty)
                    #expect(values.factValues == full.factValues)
                    #expect(values.raw.bitPattern == full.raw.bitPattern && values.stance.bitPattern == full.stance.bitPattern)
                    #expect(!full.contributions.isEmpty)
                    compared += 1
                }
            }
        }
        #expect(compared >= 40)
    }

    /// The subject's name in a lede with no figure carries the lede's tone at a figure's
    /// weight, for a persona that weighs no names; the same name further down does not.
    @Test func theSubjectsNameInTheLede_carriesTheStory() throws {
        let text = "Quillon Retail cut to junk as debt mounts\n\nA rating agency downgraded Quillon Retail's credit rating to junk on Thursday, citing falling sales and rising debt.\n\n"
            + "Quillon Retail (LSE: QLR) shares fell 9% to 40 pence. Quillon Retail said it would sell stores."
        let sheet = FactExtractor().extract(Article(text: text))
        let persona = try #require(Scenario.builtIn.personas.first { ($0.weights.kinds["organization"] ?? 0) == 0 })
        let values = StanceModel.readValues(persona, sheet, ScoringSheet(sheet), rules: .init()).factValues
        let names = sheet.facts.indices.filter { sheet.facts[$0].kind == .organization && sheet.facts[$0].text.hasPrefix("Quillon") }
        let inLede = try #require(names.first { sheet.facts[$0].sentence == 1 })
        #expect(values[inLede] < 0)
        for i in names where (sheet.facts[i].sentence ?? 0) > 1 { #expect(values[i] == 0) }
    }

    @Test func aNegativeSpendingWeight_readsSpendingAsAWarning() {
        var persona = Scenario.builtIn.personas[0]
        persona.weights = .init(topics: ["spending": -1.5], kinds: ["money": 1])
        persona.proseWeight = 0
        persona.bias = 0
        let spend = sheet.facts.firstIndex { $0.text == "$900 million" }!
        #expect(StanceModel.read(persona, sheet, rules: .init()).factValues[spend] < 0)
        // A positive weight is a plain sensitivity: it follows the clause's own polarity.
        persona.weights = .init(topics: ["spending": 1.5], kinds: ["money": 1])
        let value = StanceModel.read(persona, sheet, rules: .init()).factValues[spend]
        let polarity = sheet.facts[spend].polarity
        #expect(value == 0 ? polarity == 0 : (value > 0) == (polarity > 0))
    }

    @Test func skepticism_discountsHedgedClaims() {
        let hedged = FactExtractor().extract(Article(text: "The company could reportedly win $5 billion in new orders."))
        var persona = Scenario.builtIn.personas[0]
        persona.skepticism = 0
        let trusting = abs(StanceModel.read(persona, hedged, rules: .init()).factValues[0])
        persona.skepticism = 1
        let doubting = abs(StanceModel.read(persona, hedged, rules: .init()).factValues[0])
        #expect(doubting < trusting)
    }

    /// A figure whose clause names only another company counts for less than the same figure
    /// said of the subject; a research firm that gives a figure about the subject, or a public
    /// body, is no other company.
    @Test func aFigureAboutAnotherCompany_countsForLess() {
        let text = "Quillon Power (NYSE: QPW) agreed to buy Ardent Grid for $6 billion. Quillon shares rose 4% to $50. "
            + "Ardent shares rose 4% to $40. Analysts at Brisk Research cut their price target to $45. "
            + "The Commerce Department said exports rose 4%."
        let sheet = FactExtractor().extract(Article(text: text))
        let scoring = ScoringSheet(sheet)
        #expect(scoring.subject == "Quillon Power" || scoring.subject == "Quillon", "\(scoring.subject)")
        func index(_ figure: String, in sentence: Int) -> Int {
            sheet.facts.firstIndex { $0.sentence == sentence && $0.text == figure }!
        }
        let own = index("4%", in: 1), other = index("4%", in: 2), target = index("$45", in: 3), exports = index("4%", in: 4)
        #expect(!scoring.aboutAnotherCompany[own] && scoring.aboutAnotherCompany[other])
        #expect(!scoring.aboutAnotherCompany[target] && !scoring.aboutAnotherCompany[exports])
        var persona = Scenario.builtIn.personas[3]
        persona.bias = 0
        let values = StanceModel.read(persona, sheet, scoring, rules: .init()).factValues
        #expect(values[own] != 0)
        #expect(abs(values[other] - values[own] * Scenario.StanceRules().otherCompanyWeight) < 1e-12, "\(values[other]) vs \(values[own])")
    }

    /// The figures of one clause share its weight: with `clauseShare` 0.5 each of n counts
    /// 1/√n of what it counts alone, and with 1 the clause counts as one figure; a lone
    /// figure and every sentence count the same either way.
    @Test func theFiguresOfOneClause_shareItsWeight() {
        let text = "Revenue rose 18% to $3.4 billion, ahead of the $3.2 billion analysts had expected. "
            + "Margins slipped to 9%. Customers are cautious."
        let sheet = FactExtractor().extract(Article(text: text))
        let scoring = ScoringSheet(sheet)
        let first = sheet.facts.indices.filter { sheet.facts[$0].sentence == 0 && sheet.facts[$0].kind.isFigure }
        let lone = sheet.facts.indices.filter { sheet.facts[$0].sentence == 1 && sheet.facts[$0].kind.isFigure }
        #expect(first.count == 3 && lone.count == 1, "\(sheet.facts.map(\.text))")
        #expect(first.allSatisfy { scoring.facts[$0].clauseFacts == 3 } && scoring.facts[lone[0]].clauseFacts == 1)
        var persona = Scenario.builtIn.personas[3]
        persona.bias = 0
        let full = StanceModel.read(persona, sheet, scoring, rules: .init(clauseShare: 0))
        let half = StanceModel.read(persona, sheet, scoring, rules: .init(clauseShare: 0.5))
        let once = StanceModel.read(persona, sheet, scoring, rules: .init(clauseShare: 1))
        for i in first {
            #expect(full.factValues[i] != 0)
            #expect(abs(half.factValues[i] - full.factValues[i] / 3.0.squareRoot()) < 1e-12)
            #expect(abs(once.factValues[i] - full.factValues[i] / 3) < 1e-12)
        }
        #expect(half.factValues[lone[0]] == full.factValues[lone[0]] && full.factValues[lone[0]] != 0)
        let prose = { (r: StanceReading) in r.contributions.filter { $0.fact == nil }.map(\.value) }
        #expect(prose(half) == prose(full) && prose(once) == prose(full))
    }

    /// A rival's figure reads the other way for the subject: its record deliveries are the
    /// subject's bad news, at another company's weight.
    @Test func aRivalsFigure_readsTheOtherWay() {
        let text = "Quillon Motors (NYSE: QMO) said deliveries rose 4% to 41,000 vehicles. "
            + "Quillon shares rose 4% to $50. Rival Ardent Auto said deliveries rose 4% to 63,000 vehicles."
        let sheet = FactExtractor().extract(Article(text: text))
        let scoring = ScoringSheet(sheet)
        let own = sheet.facts.firstIndex { $0.sentence == 0 && $0.text == "4%" }!
        let rival = sheet.facts.firstIndex { $0.sentence == 2 && $0.text == "4%" }!
        #expect(scoring.aboutAnotherCompany[rival])
        var persona = Scenario.builtIn.personas[3]
        persona.bias = 0
        let values = StanceModel.read(persona, sheet, scoring, rules: .init()).factValues
        #expect(values[own] > 0)
        #expect(values[rival] < 0 && abs(values[rival]) < abs(values[own]), "\(values[rival]) vs \(values[own])")
        // A rival's news that the clause makes the sector's is no gain at the subject's cost.
        let sector = FactExtractor().extract(Article(text: text + " Rival Kestrel Auto also said deliveries rose 4% to 58,000 vehicles."))
        let alike = sector.facts.firstIndex { $0.sentence == 3 && $0.text == "4%" }!
        #expect(!ArticleSubject.aboutARival(sector, elsewhere: ArticleSubject.aboutAnotherCompany(sector, subject: ArticleSubject.of(sector)))[alike])
        // "in the same quarter" only dates a rival's news.
        let dated = FactExtractor().extract(Article(text: text + " Rival Kestrel Auto delivered a record 58,000 vehicles in the same quarter."))
        let record = dated.facts.firstIndex { $0.sentence == 3 && $0.text == "58,000" }!
        #expect(ArticleSubject.aboutARival(dated, elsewhere: ArticleSubject.aboutAnotherCompany(dated, subject: ArticleSubject.of(dated)))[record])
    }
}
