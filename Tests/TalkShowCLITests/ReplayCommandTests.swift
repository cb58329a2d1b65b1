import Testing
import Foundation
import TalkShowTestSupport

@Suite struct ReplayCommandTests {
    let scratch = Scratch()
    let sample = Corpus.packageRoot.appendingPathComponent("Scenarios/articles/harborline-bank-q3-profit-slips.txt").path

    func saved() throws -> (URL, String) {
        let dir = try scratch.folder()
        let path = dir.appendingPathComponent("show.json").path
        let r = try Binary.run(["debate", sample, "--format", "json", "--output", path])
        #expect(r.status == 0)
        return (dir, path)
    }

    @Test func replay_showsTheSavedShowAsSaved() throws {
        let (_, path) = try saved()
        let live = try Binary.run(["debate", sample])
        let replayed = try Binary.run(["replay", path])
        #expect(replayed.status == 0)
        #expect(replayed.stdout == live.stdout)
        let json = try Binary.run(["replay", path, "--format", "json"])
        #expect(json.stdout == (try String(contentsOfFile: path, encoding: .utf8)))
        #expect(try Binary.run(["replay", path, "--format", "markdown"]).stdout.contains("### Panel Verdict"))
        #expect(try Binary.run(["replay", path, "--pace", "0"]).stdout == live.stdout)
    }

    @Test func verify_printsOK_forAnUntouchedTranscript() throws {
        let (_, path) = try saved()
        let r = try Binary.run(["replay", path, "--verify"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("OK: "))
    }

    /// A saved transcript with one message's headline edited (and, when given, its engine
    /// version), run through `replay --verify`.
    func verifyEdited(round: Int, message: Int, headline: String, engine: String? = nil) throws -> Binary.Result {
        let (_, path) = try saved()
        var t = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        var rounds = t["rounds"] as! [[String: Any]]
        var messages = rounds[round]["messages"] as! [[String: Any]]
        messages[message]["headline"] = headline
        rounds[round]["messages"] = messages
        t["rounds"] = rounds
        if let engine { t["engineVersion"] = engine }
        try JSONSerialization.data(withJSONObject: t, options: [.sortedKeys, .prettyPrinted]).write(to: URL(fileURLWithPath: path))
        return try Binary.run(["replay", path, "--verify"])
    }

    @Test func verify_catchesATamperedMessage() throws {
        let r = try verifyEdited(round: 1, message: 2, headline: "Someone edited this line.")
        #expect(r.status == 1)
        #expect(r.stdout.contains("first difference at message m1-3"))
        #expect(r.stdout.contains("saved: [rebuttal] Someone edited this line."))
        #expect(r.stdout.contains("now:"))
        #expect(!r.stdout.contains("saved by engine"))
    }

    /// A difference in a transcript of another engine version says so: the engine changed.
    @Test func verify_namesTheEngineThatSavedADifferentTranscript() throws {
        let r = try verifyEdited(round: 0, message: 0, headline: "What an older engine said.", engine: "0.0.1")
        #expect(r.status == 1)
        #expect(r.stdout.contains("saved by engine 0.0.1, this is engine "))
    }

    @Test func truncatedTranscript_namesWhereItBreaks() throws {
        let (_, path) = try saved()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        let r = try Binary.run(["replay", path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("not a readable transcript"))
        #expect(r.stderr.contains("line"))
    }

    @Test func futureSchemaVersion_isRefusedNamingBothVersions() throws {
        let (_, path) = try saved()
        var t = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        t["schemaVersion"] = 7
        try JSONSerialization.data(withJSONObject: t).write(to: URL(fileURLWithPath: path))
        let r = try Binary.run(["replay", path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("schema version 7, newer than version 1"))
    }

    @Test func failedRun_leavesTheOldFile() throws {
        let (dir, path) = try saved()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let bad = dir.appendingPathComponent("bad.json").path
        try Data("{\"personas\": []}".utf8).write(to: URL(fileURLWithPath: bad))
        let r = try Binary.run(["debate", sample, "--format", "json", "--output", path, "--force", "--scenario", bad])
        #expect(r.status == 65)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["bad.json", "show.json"])
    }

    @Test func paceAndStep_areExclusive() throws {
        let (_, path) = try saved()
        #expect(try Binary.run(["replay", path, "--pace", "1", "--step"]).status == 64)
        #expect(try Binary.run(["replay", path, "--pace", "-3"]).status == 64)
    }
}

@Suite struct ScenarioCommandTests {
    let scratch = Scratch()
    @Test func new_printsAScenarioThatValidates() throws {
        let new = try Binary.run(["scenario", "new"])
        #expect(new.status == 0)
        let path = try scratch.folder().appendingPathComponent("mine.json")
        try Data(new.stdout.utf8).write(to: path)
        let v = try Binary.run(["scenario", "validate", path.path])
        #expect(v.status == 0)
        #expect(v.stdout.hasPrefix("ok: "))
        let show = try Binary.run(["scenario", "show", path.path])
        #expect(show.status == 0)
        #expect(show.stdout.contains("topics.spending"))
        #expect(show.stdout.contains("stubbornness"))
    }

    @Test func everyBundledScenario_validates() throws {
        let dir = Corpus.packageRoot.appendingPathComponent("Scenarios")
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasSuffix(".json") {
            let r = try Binary.run(["scenario", "validate", dir.appendingPathComponent(file).path])
            #expect(r.status == 0, "\(file): \(r.stderr)")
        }
    }

    @Test func badActionOrMissingFile_isAUsageError() throws {
        #expect(try Binary.run(["scenario", "valdate", "x.json"]).stderr.contains("did you mean 'validate'"))
        #expect(try Binary.run(["scenario", "show"]).status == 64)
        #expect(try Binary.run(["scenario", "validate", "/nonexistent.json"]).status == 66)
    }
}
