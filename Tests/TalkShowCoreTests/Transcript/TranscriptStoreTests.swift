import Testing
import Foundation
@testable import TalkShowCore
import TalkShowTestSupport

@Suite struct TranscriptStoreTests {
    let scratch = Scratch()
    static let fixture = Corpus.packageRoot.appendingPathComponent("Tests/Fixtures/transcript-schema1-engine0.1.0.json")

    /// A transcript written by an earlier engine (schema 1, engine 0.1.0) still loads and
    /// shows; when the schema changes, this fixture is what the migration must keep reading.
    @Test func transcriptOfAnEarlierEngine_stillReplays() throws {
        let t = try TranscriptStore.load(Self.fixture.path)
        #expect(t.schemaVersion == 1)
        #expect(t.engineVersion == "0.1.0")
        let text = TextRenderer.render(t)
        #expect(text.contains("PANEL VERDICT"))
        #expect(text.contains(t.verdict.summary))
    }

    @Test func saveThenLoad_givesTheSameTranscript() async throws {
        let t = try TranscriptStore.load(Self.fixture.path)
        let path = try scratch.folder().appendingPathComponent("t.json").path
        try TranscriptStore.save(t, to: path, force: false)
        #expect(try TranscriptStore.load(path).json() == t.json())
        #expect(throws: OutputError.exists(path: path)) { try TranscriptStore.save(t, to: path, force: false) }
    }

    @Test func corruptAndFutureFiles_areRefusedWithReasons() throws {
        let data = try Data(contentsOf: Self.fixture)
        #expect(throws: TranscriptError.self) { try TranscriptStore.decode(data.prefix(500), source: "cut") }
        var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        object["schemaVersion"] = 9
        #expect(throws: TranscriptError.futureVersion(source: "new", found: 9, supported: 1)) {
            try TranscriptStore.decode(try JSONSerialization.data(withJSONObject: object), source: "new")
        }
        object["schemaVersion"] = 0
        #expect(throws: TranscriptError.noMigration(source: "old", from: 0)) {
            try TranscriptStore.decode(try JSONSerialization.data(withJSONObject: object), source: "old")
        }
        object["schemaVersion"] = 1
        object.removeValue(forKey: "verdict")
        #expect(throws: TranscriptError.invalid(source: "x", path: "verdict", message: "missing")) {
            try TranscriptStore.decode(try JSONSerialization.data(withJSONObject: object), source: "x")
        }
    }
}
