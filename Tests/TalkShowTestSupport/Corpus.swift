import Foundation
import TalkShowCore

/// The shared corpus beside the project (`../shared/corpus`), read at test time and never
/// copied. Tests that need it are skipped with a message when it is absent.
public enum Corpus {
    /// The package root, found from this file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let root: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    public static var isAvailable: Bool { FileManager.default.fileExists(atPath: root.path) }

    public static let skipMessage = "../shared/corpus is not beside the project; corpus tests skipped"

    /// Every real article: the plain articles and the `article` of every case, by name.
    public static func articles() -> [(name: String, text: String)] {
        guard isAvailable else { return [] }
        var out: [(String, String)] = []
        let fm = FileManager.default
        let articles = root.appendingPathComponent("articles")
        for file in ((try? fm.contentsOfDirectory(atPath: articles.path)) ?? []).sorted() where file.hasSuffix(".txt") {
            if let text = try? String(contentsOf: articles.appendingPathComponent(file), encoding: .utf8) {
                out.append((String(file.dropLast(4)), text))
            }
        }
        for c in cases() { out.append((c.name, c.article)) }
        return out
    }

    public struct Case: Sendable {
        public var name: String
        public var article: String
        public var verdict: String
        public var panelStance: String
    }

    public static func cases() -> [Case] {
        guard isAvailable else { return [] }
        let dir = root.appendingPathComponent("cases")
        var out: [Case] = []
        for file in ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() where file.hasSuffix(".json") {
            guard let data = try? Data(contentsOf: dir.appendingPathComponent(file)),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let article = object["article"] as? String else { continue }
            out.append(Case(name: String(file.dropLast(5)), article: article,
                            verdict: object["verdict"] as? String ?? "unknown",
                            panelStance: object["panel_stance"] as? String ?? "unknown"))
        }
        return out
    }

    /// The scenarios the project ships in `Scenarios/`.
    public static func bundledScenarios() throws -> [Scenario] {
        let dir = packageRoot.appendingPathComponent("Scenarios")
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { try Scenario.decode(Data(contentsOf: dir.appendingPathComponent($0)), source: $0) }
    }

    /// The fictional sample articles the project ships in `Scenarios/articles`.
    public static func sampleArticles() -> [(name: String, text: String)] {
        let dir = packageRoot.appendingPathComponent("Scenarios/articles")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return files.compactMap { file in
            (try? String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)).map { (String(file.dropLast(4)), $0) }
        }
    }
}
