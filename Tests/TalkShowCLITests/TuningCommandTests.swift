import Testing
import Foundation
import TalkShowTestSupport

@Suite struct TuningCommandTests {
    let scratch = Scratch()
    let sample = Corpus.packageRoot.appendingPathComponent("Scenarios/articles/cobalt-cloud-ai-capex-surge.txt").path

    func cases() throws -> String {
        let path = try scratch.folder().appendingPathComponent("cases.jsonl").path
        let dir = Corpus.packageRoot.appendingPathComponent("Scenarios/articles")
        let labels = [("consensus", "bullish"), ("consensus", "bearish"), ("no_consensus", "mixed"), ("consensus", "bearish")]
        var lines: [String] = []
        for (i, file) in try FileManager.default.contentsOfDirectory(atPath: dir.path).filter({ $0.hasSuffix(".txt") }).sorted().prefix(4).enumerated() {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            let object: [String: Any] = ["name": file, "article": text, "verdict": labels[i].0, "panel_stance": labels[i].1]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    @Test func eval_json_hasTheContractKeys() throws {
        let r = try Binary.run(["eval", "--cases", try cases(), "--format", "json"])
        #expect(r.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        for key in ["cases", "verdictAgreement", "verdictBalancedAccuracy", "stanceAgreement", "stanceBalancedAccuracy",
                    "grounding", "distinctHeadlines", "rebuttalValidity", "perCase"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["cases"] as? Int == 4)
        #expect(object["grounding"] as? Double == 1)
    }

    @Test func tune_writesAValidScenario_andNeverOverwritesItsInput() throws {
        let dir = try scratch.folder()
        let out = dir.appendingPathComponent("tuned.json").path
        let r = try Binary.run(["tune", "--cases", try cases(), "--output", out, "--budget", "60", "--folds", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("held-out folds"))
        #expect(try Binary.run(["scenario", "validate", out]).status == 0)
        #expect(FileManager.default.fileExists(atPath: out + ".changelog.md"))
        let same = try Binary.run(["tune", "--cases", try cases(), "--scenario", out, "--output", out])
        #expect(same.status == 64)
        #expect(same.stderr.contains("never overwrites its input"))
    }

    @Test func explainAndSweep_run() throws {
        let e = try Binary.run(["explain", sample, "--persona", "Greta"])
        #expect(e.status == 0)
        #expect(e.stdout.hasPrefix("Greta: stance"))
        #expect(try Binary.run(["explain", sample, "--persona", "Gretta"]).stderr.contains("did you mean Greta"))
        let s = try Binary.run(["sweep", sample, "--param", "verdict.consensusSpread=0..0.5:0.1", "--format", "csv"])
        #expect(s.status == 0)
        #expect(s.stdout.split(separator: "\n").count == 7)
        #expect(try Binary.run(["sweep", sample, "--param", "personas.Nobody.bias=0..1:0.5"]).status == 64)
    }

    @Test func bench_withoutArticles_saysWhereToRunIt() throws {
        let empty = try scratch.folder().path
        let result = try Binary.run(["bench", "--quick", "--articles", empty])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--articles DIR"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func benchAndBatch_refuseJobsThatAreNotACount() throws {
        for jobs in ["0", "x", "300"] {
            let bench = try Binary.run(["bench", "--quick", "--jobs", jobs])
            #expect(bench.status == 64)
            #expect(bench.stderr.contains("--jobs \(jobs): give a whole number from 1 to 256"))
            let out = try scratch.folder().path
            let batch = try Binary.run(["batch", "--jobs", jobs, "--output", out, "missing.txt"])
            #expect(batch.status == 64)
            #expect(batch.stderr.contains("--jobs \(jobs): give a whole number from 1 to 256"))
        }
    }

    @Test func bench_only_runsTheNamedPartsAndNoOthers() throws {
        let articles = Corpus.packageRoot.appendingPathComponent("Scenarios/articles").path
        let json = try Binary.run(["bench", "--quick", "--articles", articles, "--only", "tune, bus", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Double])
        #expect(Set(object.keys) == ["tuneEvalsPerSecond", "busMessagesPerSecond", "busBaselineMessagesPerSecond", "busStreamMessagesPerSecond"])
        #expect(object.values.allSatisfy { $0 > 0 })
        // The text table shows only the ratios whose parts ran.
        let text = try Binary.run(["bench", "--quick", "--articles", articles, "--only", "bus"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("bus/baseline"))
        #expect(!text.stdout.contains("facts/scan") && !text.stdout.contains("all jobs/one job"))
        // The bus alone reads no articles.
        let empty = try scratch.folder().path
        let bus = try Binary.run(["bench", "--quick", "--articles", empty, "--only", "bus"])
        #expect(bus.status == 0, "\(bus.stderr)")
        #expect(try Binary.run(["bench", "--quick", "--articles", empty, "--only", "bus,tune"]).status == 64)
    }

    @Test func bench_only_refusesAnUnknownPartAndNamesTheParts() throws {
        for list in ["facts,speed", "", "facts,,bus"] {
            let result = try Binary.run(["bench", "--quick", "--only", list])
            #expect(result.status == 64)
            #expect(result.stderr.contains("--only: unknown part"))
            #expect(result.stderr.contains("the parts are batch, facts, floors, debates, phases, tune, replay, bus"))
        }
    }
}
