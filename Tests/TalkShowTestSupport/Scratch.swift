import Foundation

/// The temporary folders of one test: each suite instance holds one, so what a
/// test writes is removed when the test ends instead of piling up in /tmp.
public final class Scratch: Sendable {
    public let root: URL

    public init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("talkshow-test-\(UUID().uuidString)")
    }

    /// A fresh, empty folder inside this test's root.
    public func folder() throws -> URL {
        let url = root.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}
