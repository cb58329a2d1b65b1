import Testing
import Foundation
import TalkShowTestSupport

@Suite struct DebateCommandTests {
    let scratch = Scratch()
    let sample = Corpus.packageRoot.appendingPathComponent("Scenarios/articles/northwind-robotics-factory-expansion.txt").path

    @Test func text_showsTheLayoutOfAShow() throws {
        let r = try Binary.run(["debate", sample])
        #expect(r.status == 0)
        for heading in ["WHAT THE PANEL THINKS", "Risk:", "Opportunity:", "OPENING TAKES", "REBUTTALS", "PANEL VERDICT"] {
            #expect(r.stdout.contains(heading))
        }
    }

    @Test func json_isTheTranscriptContract_andDeterministic() throws {
        let a = try Binary.run(["debate", sample, "--format", "json", "--seed", "7", "--rounds", "2"])
        let b = try Binary.run(["debate", sample, "--format", "json", "--seed", "7", "--rounds", "2"])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        let t = try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as! [String: Any]
        #expect(t["schemaVersion"] as? Int == 1)
        #expect(t["seed"] as? Int == 7)
        #expect((t["scenario"] as? [String: Any])?["rounds"] as? Int == 2)
        #expect((t["rounds"] as? [Any])?.count == 3)
        let verdict = t["verdict"] as? [String: Any]
        #expect(["consensus", "no_consensus"].contains(verdict?["kind"] as? String ?? ""))
    }

    @Test func output_isWrittenAtomically_andNotOverwrittenWithoutForce() throws {
        let dir = try scratch.folder()
        let out = dir.appendingPathComponent("show.md").path
        #expect(try Binary.run(["debate", sample, "--format", "markdown", "--output", out]).status == 0)
        let first = try String(contentsOfFile: out, encoding: .utf8)
        #expect(first.contains("### Panel Verdict"))
        let again = try Binary.run(["debate", sample, "--output", out])
        #expect(again.status == 73)
        #expect(again.stderr.contains("--force"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == first)
        #expect(try Binary.run(["debate", sample, "--output", out, "--force"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["show.md"])
    }

    @Test func badScenario_exits65NamingThePath() throws {
        let dir = try scratch.folder()
        let path = dir.appendingPathComponent("bad.json").path
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: Corpus.packageRoot.appendingPathComponent("Scenarios/default.json"))) as! [String: Any]
        var personas = object["personas"] as! [[String: Any]]
        personas[1]["stubbornness"] = 7.5
        object["personas"] = personas
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        let r = try Binary.run(["debate", sample, "--scenario", path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("personas[1].stubbornness: 7.5 is outside [0, 1]"))
        let missing = try Binary.run(["debate", sample, "--scenario", dir.appendingPathComponent("none.json").path])
        #expect(missing.status == 66)
        let broken = dir.appendingPathComponent("broken.json").path
        try Data("{\"rounds\": 1,".utf8).write(to: URL(fileURLWithPath: broken))
        let r2 = try Binary.run(["debate", sample, "--scenario", broken])
        #expect(r2.status == 65)
        #expect(r2.stderr.contains("not valid JSON"))
    }

    @Test func badRounds_isAUsageError() throws {
        #expect(try Binary.run(["debate", sample, "--rounds", "0"]).status == 64)
        #expect(try Binary.run(["debate", sample, "--rounds", "abc"]).status == 64)
    }
}
