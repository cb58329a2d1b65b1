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
            try decodeWith { persona(&$0, 0) { p in
                var voice = p["voice"] as! [String: Any]
                voice["analysis"] = ["Revenue rose 5% — {fact}."]
                p["voice"] = voice
            } }
        }
    }
}
