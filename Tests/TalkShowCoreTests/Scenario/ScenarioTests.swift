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

    @Test func outOfRangeValue_namesThePathAndTheRange() {
        #expect(throws: ScenarioIssue.outOfRange(path: "personas[1].stubbornness", value: 7.5, range: "[0, 1]")) {
            try decodeWith { persona(&$0, 1) { $0["stubbornness"] = 7.5 } }
        }
    }

    @Test func unknownKey_suggestsTheNearestKnownOne() {
        #expect(throws: ScenarioIssue.unknownKey(path: "personas[0].stubborness", suggestion: "stubbornness")) {
            try decodeWith { persona(&$0, 0) { $0["stubborness"] = 0.5 } }
        }
    }

    @Test func duplicateNamesAndSeatCounts_areRejected() {
        #expect(throws: ScenarioIssue.self) { try decodeWith { persona(&$0, 1) { $0["name"] = "Greta" } } }
        #expect(throws: ScenarioIssue.self) {
            try decodeWith { $0["personas"] = Array(($0["personas"] as! [[String: Any]]).prefix(1)) }
        }
        #expect(throws: ScenarioIssue.outOfRange(path: "rounds", value: 0, range: "[1, 50] (whole rebuttal rounds)")) {
            try decodeWith { $0["rounds"] = 0 }
        }
    }

    @Test func templateWithADigit_isRejected() {
        #expect(throws: ScenarioIssue.self) {
            try decodeWith { persona(&$0, 0) { p in
                var voice = p["voice"] as! [String: Any]
                voice["analysis"] = ["Revenue rose 5% — {fact}."]
                p["voice"] = voice
            } }
        }
    }
}
