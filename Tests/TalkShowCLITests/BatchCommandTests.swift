import Testing
import Foundation
import TalkShowTestSupport

@Suite struct BatchCommandTests {
    let scratch = Scratch()
    let articles = Corpus.packageRoot.appendingPathComponent("Scenarios/articles").path
    /// How many sample articles there are.
    var sampleCount: Int { Corpus.sampleArticles().count }

    func files(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            out[name] = try Data(contentsOf: dir.appendingPathComponent(name))
        }
        return out
    }

    @Test func twoJobs_giveByteIdenticalOutputToOne() throws {
        let a = try scratch.folder(), b = try scratch.folder()
        #expect(try Binary.run(["batch", articles, "--output", a.path, "--jobs", "1"]).status == 0)
        #expect(try Binary.run(["batch", articles, "--output", b.path, "--jobs", "2"]).status == 0)
        let one = try files(a), two = try files(b)
        #expect(sampleCount >= 10)
        #expect(one.count == sampleCount + 2)  // a transcript per article and two summaries
        #expect(one == two)
        let csv = String(decoding: one["summary.csv"]!, as: UTF8.self)
        #expect(csv.hasPrefix("article,output,verdict,side,split,spread,stance_"))
        #expect(csv.split(separator: "\n").count == sampleCount + 1)
    }

    @Test func threeShards_coverEveryInputExactlyOnce() throws {
        var seen: [String] = []
        for i in 0..<3 {
            let dir = try scratch.folder()
            #expect(try Binary.run(["batch", articles, "--output", dir.path, "--shard", "\(i)/3"]).status == 0)
            seen += try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { !$0.hasPrefix("summary.") }
        }
        #expect(seen.count == sampleCount)
        #expect(Set(seen).count == sampleCount)
    }

    @Test func badShardOrMissingOutput_isAUsageError() throws {
        #expect(try Binary.run(["batch", articles, "--output", "/tmp/x", "--shard", "3/3"]).status == 64)
        #expect(try Binary.run(["batch", articles]).status == 64)
    }
}
