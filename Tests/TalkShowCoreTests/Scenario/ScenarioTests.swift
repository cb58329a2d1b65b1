import Testing
import Foundation
@testable import TalkShowCore
import TalkShowTestSupport

@Suite struct ScenarioTests {
    @Test func builtInScenario_isByteEqualToScenariosDefaultJSON() throws {
        let file = try Data(contentsOf: Corpus.packageRoot.appendingPathComponent("Scenarios/default.json"))
        #expect([UInt8](file) == PackageResources.default_scenario_json)
        #expect(Scenario.builtIn.personas.count == 4)
    }

    @Test func everyBundledScenario_decodes() throws {
        let dir = Corpus.packageRoot.appendingPathComponent("Scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }
        #expect(!files.isEmpty)
        for file in files {
            _ = try Scenario.decode(try Data(contentsOf: dir.appendingPathComponent(file)), source: file)
        }
    }

    func decodeWith(_ edit: (inout [String: Any]) -> Void) throws -> Scenario {
        let data = Data(PackageResources.default_scenario_json)
        var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        edit(&object)
        return try Scenario.decode(try JSONSerialization.data(withJSONObject: object), source: "test")
    }

    func persona(_ object: inout [String: Any], _ i: Int, _ edit: (inout [String: Any]) -> Void) {
        var personas = object["personas"] as! [[String: Any]]
        edit(&personas[i])
        object["personas"] = personas
    }

    /// The built-in scenario with field `key` of seat `i`'s voice set to `value` (nil removes it).
    func withVoice(_ i: Int, _ key: String, _ value: Any?) throws -> Scenario {
        try decodeWith {
            persona(&$0, i) { p in
                var voice = p["voice"] as! [String: Any]
                voice[key] = value
                p["voice"] = voice
            }
        }
    }

    @Test func outOfRangeValue_namesThePathAndTheRange() {
        #expect(throws: ScenarioIssue.outOfRange(path: "personas[1].stubbornness", value: 7.5, range: "[0, 1]")) {
            try decodeWith { persona(&$0, 1) { $0["stubbornness"] = 7.5 } }
        }
    }

    /// The stance model's coefficients are the scenario's: read strictly, written only when
    /// they differ from the defaults (so transcripts made before keep their bytes).
    @Test func stanceRules_areReadStrictly_andWrittenOnlyWhenSet() throws {
        #expect(try decodeWith { _ in } .stance == Scenario.StanceRules())
        let set = try decodeWith { $0["stance"] = ["leadWeight": 2.0, "presence": 0] }
        #expect(set.stance.leadWeight == 2 && set.stance.presence == 0 && set.stance.otherCompanyWeight == 0.4)
        #expect(throws: ScenarioIssue.outOfRange(path: "stance.otherCompanyWeight", value: 1.5, range: "[0, 1]")) {
            try decodeWith { $0["stance"] = ["otherCompanyWeight": 1.5] }
        }
        #expect(throws: ScenarioIssue.unknownKey(path: "stance.leadWieght", suggestion: "leadWeight")) {
            try decodeWith { $0["stance"] = ["leadWieght": 1.0] }
        }
        let plain = String(decoding: try StableJSON.encode(Scenario.builtIn), as: UTF8.self)
        #expect(!plain.contains("\"stance\""))
        var w = JSONWriter()
        set.write(to: &w)
        let written = String(decoding: w.bytes, as: UTF8.self)
        #expect(written.contains("\"leadWeight\" : 2"))
        #expect(written == String(decoding: try StableJSON.encode(set), as: UTF8.self))
        #expect(try Scenario.decode(Data(w.bytes)) == set)
    }

    @Test func unknownKey_suggestsTheNearestKnownOne() {
        #expect(throws: ScenarioIssue.unknownKey(path: "personas[0].stubborness", suggestion: "stubbornness")) {
            try decodeWith { persona(&$0, 0) { $0["stubborness"] = 0.5 } }
        }
    }

    @Test func templatesKeyedByTopic_followTheTemplateRules() throws {
        func withTopicTemplate(_ template: String) throws -> Scenario {
            try withVoice(2, "byTopic", ["spending": ["analysis": [template]], "supply_chain": ["analysis": [template, "Capital first: {fact}."]]])
        }
        #expect(throws: ScenarioIssue.invalid(path: "personas[2].voice.byTopic.spending.analysis[0]",
                                              message: "templates may not contain digits: every figure must come from the article")) {
            try withTopicTemplate("{fact} means 50 percent more.")
        }
        #expect(throws: ScenarioIssue.invalid(path: "personas[2].voice.byTopic.spending.analysis[0]", message: "unknown slot {fatc}; did you mean {fact}?")) {
            try withTopicTemplate("Spending: {fatc}.")
        }
        // A topic's templates are added after the move's own list for a fact on that topic
        // (once, however often the topic is listed), and never for a fact off it.
        let scenario = try withTopicTemplate("Spending first: {fact}.")
        let voice = scenario.personas[2].voice
        #expect(voice.templates("analysis", topic: .spending) == voice.analysis + ["Spending first: {fact}."])
        #expect(voice.templates("analysis", topics: [.revenue, .spending, .spending]) == voice.analysis + ["Spending first: {fact}."])
        #expect(voice.templates("analysis", topics: [.spending, .supplyChain]) == voice.analysis + ["Spending first: {fact}.", "Capital first: {fact}."])
        #expect(voice.templates("analysis", topics: [.revenue, .margins]) == voice.analysis)
        #expect(voice.templates("analysis", topic: nil) == voice.analysis)
    }

    /// Headlines kept for a topic are keyed by topic and side, follow the template rules, and
    /// are added after the side's own list for a thesis on that topic only.
    @Test func headlinesKeyedByTopic_addToTheSideOnThatTopic() throws {
        func withHeadline(_ topic: String, _ side: String, _ template: String) throws -> Scenario {
            try withVoice(3, "headlineByTopic", [topic: [side: [template]]])
        }
        #expect(throws: ScenarioIssue.unknownKey(path: "personas[3].voice.headlineByTopic.revenu", suggestion: "revenue")) {
            try withHeadline("revenu", "bullish", "Sales: {strength}.")
        }
        #expect(throws: ScenarioIssue.unknownKey(path: "personas[3].voice.headlineByTopic.revenue.analysis", suggestion: nil)) {
            try withHeadline("revenue", "analysis", "Sales: {strength}.")
        }
        #expect(throws: ScenarioIssue.invalid(path: "personas[3].voice.headlineByTopic.revenue.bearish[0]", message: "unknown slot {weaknes}; did you mean {weakness}?")) {
            try withHeadline("revenue", "bearish", "Sales: {weaknes}.")
        }
        let voice = try withHeadline("revenue", "bullish", "Sales: {strength}.").personas[3].voice
        #expect(voice.headlines("bullish", topics: [.revenue, .revenue]) == voice.headline.bullish + ["Sales: {strength}."])
        #expect(voice.headlines("bullish", topics: [.valuation]) == voice.headline.bullish)
        #expect(voice.headlines("bearish", topics: [.revenue]) == voice.headline.bearish)
        #expect(voice.headlines("neutral", topics: []) == voice.headline.neutral)
    }

    /// `agree` is optional; when given it is a list of templates under the template rules.
    @Test func agreeTemplates_areOptional_andFollowTheTemplateRules() throws {
        func withAgree(_ list: [String]?) throws -> Scenario {
            try withVoice(1, "agree", list)
        }
        #expect(try withAgree(nil).personas[1].voice.agree == nil)
        #expect(try withAgree(["{target} is right that {claim}, and so is this: {counter}."]).personas[1].voice.templates("agree", topic: nil).count == 1)
        #expect(throws: ScenarioIssue.invalid(path: "personas[1].voice.agree", message: "needs at least one template")) { try withAgree([]) }
        #expect(throws: ScenarioIssue.invalid(path: "personas[1].voice.agree[0]", message: "unknown slot {countr}; did you mean {counter}?")) {
            try withAgree(["{target} is right that {claim}: {countr}."])
        }
    }

    /// Templates kept for one side are added after a move's list on that side only, and
    /// follow the template rules; an unknown side or move is named with its nearest.
    @Test func templatesKeyedBySide_addToTheMoveOnThatSide() throws {
        func withSide(_ side: String, _ move: String, _ template: String) throws -> Scenario {
            try withVoice(2, "bySide", [side: [move: [template]]])
        }
        #expect(throws: ScenarioIssue.unknownKey(path: "personas[2].voice.bySide.bulish", suggestion: "bullish")) {
            try withSide("bulish", "analysis", "Up: {fact}.")
        }
        #expect(throws: ScenarioIssue.unknownKey(path: "personas[2].voice.bySide.bullish.headline", suggestion: nil)) {
            try withSide("bullish", "headline", "Up: {fact}.")
        }
        #expect(throws: ScenarioIssue.invalid(path: "personas[2].voice.bySide.bearish.contrast[0]", message: "unknown slot {c}; did you mean {a}?")) {
            try withSide("bearish", "contrast", "{a} and {c}.")
        }
        let voice = try withSide("bullish", "analysis", "Up: {fact}.").personas[2].voice
        let plain = voice.templates("analysis", topic: nil)
        #expect(voice.templates("analysis", topic: nil, side: "bullish") == plain + ["Up: {fact}."])
        #expect(voice.templates("analysis", topic: nil, side: "bearish") == plain)
        #expect(!plain.contains("Up: {fact}."))
    }

    @Test func duplicateNames_areRejected() {
        #expect(throws: ScenarioIssue.invalid(path: "personas[1].name", message: "'Greta' is already the name of another seat; names must be unique")) {
            try decodeWith { persona(&$0, 1) { $0["name"] = "Greta" } }
        }
    }

    @Test func seatCountsOutside2to8_areRejected() {
        #expect(throws: ScenarioIssue.invalid(path: "personas", message: "1 seats; a panel has 2 to 8")) {
            try decodeWith { $0["personas"] = Array(($0["personas"] as! [[String: Any]]).prefix(1)) }
        }
        #expect(throws: ScenarioIssue.invalid(path: "personas", message: "9 seats; a panel has 2 to 8")) {
            try decodeWith { object in
                let seats = object["personas"] as! [[String: Any]]
                object["personas"] = (0..<9).map { i -> [String: Any] in
                    var p = seats[i % 4]
                    p["name"] = "Seat\(Character(UnicodeScalar(65 + i)!))"
                    p["trust"] = nil
                    return p
                }
            }
        }
    }

    @Test func nonPositiveOrAbsurdRounds_areRejected() {
        #expect(throws: ScenarioIssue.outOfRange(path: "rounds", value: 0, range: "[1, 50] (whole rebuttal rounds)")) {
            try decodeWith { $0["rounds"] = 0 }
        }
        #expect(throws: ScenarioIssue.outOfRange(path: "rounds", value: 1000, range: "[1, 50] (whole rebuttal rounds)")) {
            try decodeWith { $0["rounds"] = 1000 }
        }
        #expect(throws: ScenarioIssue.outOfRange(path: "rounds", value: 1.5, range: "[1, 50] (whole rebuttal rounds)")) {
            try decodeWith { $0["rounds"] = 1.5 }
        }
    }

    @Test func trustNamingAnUnknownSeat_suggestsTheSeat() {
        #expect(throws: ScenarioIssue.unknownKey(path: "personas[0].trust.Rowen", suggestion: "Rowan")) {
            try decodeWith { persona(&$0, 0) { p in
                var trust = p["trust"] as! [String: Any]
                trust["Rowen"] = trust.removeValue(forKey: "Rowan")
                p["trust"] = trust
            } }
        }
    }

    @Test func futureScenarioVersion_isRefused() {
        #expect(throws: ScenarioIssue.invalid(path: "schemaVersion", message: "scenario schema version 2 is not supported; this engine reads version 1")) {
            try decodeWith { $0["schemaVersion"] = 2 }
        }
    }

    @Test func templateWithADigit_isRejected() {
        #expect(throws: ScenarioIssue.self) {
            try withVoice(0, "analysis", ["Revenue rose 5% — {fact}."])
        }
    }
}

@Suite struct TemplateCheckTests {
    static func outcome(_ check: (String, String) throws -> Void, _ template: String) -> ScenarioIssue? {
        do { try check(template, "t"); return nil } catch let issue as ScenarioIssue { return issue } catch { return .invalid(path: "?", message: "\(error)") }
    }

    /// The byte reading of a template says what the Character reading says: every bundled
    /// template, and random ones made of braces, slots, digits (ASCII and not), marks that
    /// join a brace into another Character, a prepended sign, dashes, quotes and emoji.
    @Test func byteReading_equalsCharacterReading() {
        var templates = Scenario.builtIn.personas.flatMap { p in
            let v = p.voice
            return v.headline.bullish + v.headline.bearish + v.headline.neutral + v.analysis + v.contrast + v.absence
                + v.hedge + v.counterpoint + v.attack + v.concede
        }
        templates += ["{fact}", "{fact", "fact}", "{fcat} rose", "{}", "{{fact}}", "{fact}{a}{b}", "a 3 b", "٣ rose", "x² y",
                      "{\u{301}fact}", "{fact}\u{301}", "\u{600}1 {fact}", "— {fact} ’", "{fact}’s", "👍🏽 {who}", "\r\n{a}\r\n", "Ⅻ {a}"]
        let pieces = ["{", "}", "fact", "a", "subject", "fcat", " ", "x", "1", "٣", "²", "\u{301}", "\u{600}", "—", "’", "é", "👍", "\u{200D}", "Ⅻ"]
        var g = SplitMix64(seed: 11)
        for _ in 0..<3_000 {
            templates.append((0..<Int(g.next() % 9)).map { _ in pieces[Int(g.next() % UInt64(pieces.count))] }.joined())
        }
        var differ = 0
        for t in templates where Self.outcome({ try Voice.checkTemplate($0, path: $1) }, t) != Self.outcome(Voice.checkTemplateByCharacters, t) {
            differ += 1
            if differ <= 5 { Issue.record("\(t.debugDescription): bytes \(String(describing: Self.outcome({ try Voice.checkTemplate($0, path: $1) }, t))), Characters \(String(describing: Self.outcome(Voice.checkTemplateByCharacters, t)))") }
        }
        #expect(differ == 0)
        #expect(templates.count > 3_100)
        #expect(templates.contains { Self.outcome({ try Voice.checkTemplate($0, path: $1) }, $0) == nil })
        #expect(templates.contains { Self.outcome({ try Voice.checkTemplate($0, path: $1) }, $0) != nil })
    }
}
