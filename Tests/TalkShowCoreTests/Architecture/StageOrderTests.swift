import Testing
import Foundation
import TalkShowTestSupport

/// A stage may use only the stages before it (DESIGN.md's pipeline). A file that names a
/// type declared in a later stage fails this test.
@Suite struct StageOrderTests {
    static let stages = ["Support", "Article", "Facts", "Scenario", "Stance", "Debate", "Verdict", "Transcript", "Render", "Replay", "Tuning"]

    @Test func noStage_namesATypeOfALaterStage() throws {
        let sources = Corpus.packageRoot.appendingPathComponent("Sources/TalkShowCore")
        var declared: [String: Int] = [:]
        var files: [(Int, String, String)] = []
        for (rank, stage) in Self.stages.enumerated() {
            let dir = sources.appendingPathComponent(stage)
            for file in (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [] where file.hasSuffix(".swift") {
                let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
                files.append((rank, "\(stage)/\(file)", text))
                let pattern = try NSRegularExpression(pattern: "^(?:public |internal |private |fileprivate )?(?:final )?(?:struct|enum|class|actor|protocol) ([A-Z][A-Za-z0-9]*)", options: .anchorsMatchLines)
                for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    if let r = Range(m.range(at: 1), in: text) { declared[String(text[r])] = rank }
                }
            }
        }
        #expect(!files.isEmpty)
        for (rank, path, text) in files {
            for (name, owner) in declared where owner > rank {
                let uses = text.range(of: "\\b\(name)\\b", options: .regularExpression) != nil
                #expect(!uses, "\(path) uses \(name) from the later stage \(Self.stages[owner])")
            }
        }
    }
}
