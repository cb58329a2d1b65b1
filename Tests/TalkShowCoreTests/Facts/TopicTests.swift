import Testing
import Foundation
@testable import TalkShowCore

@Suite struct TopicTests {
    /// Every mask lists its topics in canonical order, one-topic masks (from shared storage) too.
    @Test func everyMask_listsItsTopicsInOrder() {
        let all = Topic.allCases
        for mask in UInt32(0)..<(1 << UInt32(all.count)) {
            let expected = all.filter { mask & $0.bit != 0 }
            #expect(Topic.list(mask) == expected)
        }
        // Bits past the last topic name nothing.
        #expect(Topic.list(1 << UInt32(all.count)) == [])
        #expect(Topic.list(Topic.risk.bit | 1 << 30) == [.risk])
    }

    /// A phrase on its own has the topics of its own words, not of the clause it was cut
    /// from, and the words of a name after the first word are no topic.
    @Test func aPhrase_hasTheTopicsOfItsOwnWords() {
        let reader = TextReader()
        #expect(reader.topics(of: "Sales rose 7.4% to $14.3B").contains(.revenue))
        #expect(reader.topics(of: "the company's gross margin narrowed to 27.8%").contains(.margins))
        #expect(!reader.topics(of: "shares plunged 23% on Thursday").contains(.revenue))
        #expect(reader.topics(of: "chip supply stayed tight") != reader.topics(of: "Brennan Chip Supply shares rose 3%"))
        #expect(reader.topics(of: "") == [])
    }

    /// A levy, and curbs or restrictions on trade, are rules a government sets; the supply
    /// topic, whose words are output and plants as much as suppliers, is said as "supply".
    @Test func aLevyOrCurbs_areRegulation() {
        let reader = TextReader()
        #expect(reader.topics(of: "a proposed windfall levy could cost the group $2B a year").contains(.regulation))
        #expect(reader.topics(of: "new export curbs block sales of its chips").contains(.regulation))
        #expect(reader.topics(of: "the restrictions affect 12% of sales").contains(.regulation))
        #expect(Topic.supplyChain.phrase == "supply")
    }

    /// Words are matched as what they are: "marginal" is no margin, "charging" no charge,
    /// and hardware is a product, not spending.
    @Test func aStemDoesNotReachIntoOtherWords() {
        let reader = TextReader()
        #expect(!reader.topics(of: "a marginal rise in sign-ups").contains(.margins))
        #expect(!reader.topics(of: "its charging network grew to 900 sites").contains(.margins))
        #expect(reader.topics(of: "a one-time charge of $40 million").contains(.margins))
        #expect(!reader.topics(of: "its hardware ambitions").contains(.spending))
    }
}

@Suite struct ReadingWeightsTests {
    /// The numbers polarity and certainty are added up with are the lexicon files', and a
    /// verb of direction alone reads exactly as `weights.direction` says.
    @Test func weights_comeFromTheLexiconFiles() throws {
        let polarity = try JSONSerialization.jsonObject(with: Data(PackageResources.polarity_json)) as! [String: Any]
        let weights = polarity["weights"] as! [String: Double]
        let lexicon = FactLexicon.shared
        #expect(lexicon.weights.direction == weights["direction"])
        #expect(lexicon.weights.negationDamping == weights["negationDamping"])
        #expect(lexicon.weights.conceded == weights["conceded"])
        #expect(lexicon.weights.forecast == weights["forecast"])
        #expect(lexicon.weights.unloaded == weights["unloaded"])
        let hedges = try JSONSerialization.jsonObject(with: Data(PackageResources.hedges_json)) as! [String: Any]
        #expect(lexicon.mildHedge == hedges["mildHedge"] as? Double)
        let sheet = FactExtractor().extract(Article(text: "Shipments rose 4% in the quarter."))
        #expect(abs(sheet.sentences[0].polarity - tanh(lexicon.weights.direction)) < 1e-12)
    }
}
