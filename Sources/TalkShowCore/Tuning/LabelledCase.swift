import Foundation

/// A real panel's conclusion on one article: the article and what the panel said
/// (`verdict`: consensus, no_consensus or unknown; `panel_stance`: bullish, bearish,
/// neutral or mixed). Read from a folder of case files or a JSON Lines file of them.
public struct LabelledCase: Sendable {
    public var name: String
    public var article: String
    public var verdict: String
    public var panelStance: String

    /// Why a set of cases could not be read.
    public enum CaseError: Error, Equatable, CustomStringConvertible {
        case empty(String)
        case unreadable(String, String)

        public var description: String {
            switch self {
            case .empty(let path): return "\(path) holds no case files (*.json with an \"article\") or JSON Lines"
            case .unreadable(let path, let why): return "\(path): \(why)"
            }
        }
    }

    public static func load(_ path: String) throws -> [LabelledCase] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw InputError.missing(path: path) }
        var cases: [LabelledCase] = []
        if isDirectory.boolValue {
            let files = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".json") }.sorted()
            for file in files {
                let full = (path as NSString).appendingPathComponent(file)
                let data = Data(try InputReader.read(full))
                cases.append(try parse(data, name: String(file.dropLast(5)), source: full))
            }
        } else {
            let text = String(decoding: try InputReader.read(path), as: UTF8.self)
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
                let data = Data(line.utf8)
                cases.append(try parse(data, name: nil, source: "\(path) line \(i + 1)", index: i + 1))
            }
        }
        if cases.isEmpty { throw CaseError.empty(path) }
        return cases
    }

    static func parse(_ data: Data, name: String?, source: String, index: Int = 0) throws -> LabelledCase {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CaseError.unreadable(source, "not a JSON object (\(JSONLocation.describe(NSError(domain: "", code: 0), in: data)))")
        }
        guard let article = object["article"] as? String, !article.isEmpty else {
            throw CaseError.unreadable(source, "no \"article\" text")
        }
        let label = name ?? (object["name"] as? String) ?? (object["title"] as? String) ?? "case \(index)"
        return LabelledCase(name: label, article: article,
                            verdict: (object["verdict"] as? String) ?? "unknown",
                            panelStance: (object["panel_stance"] as? String) ?? "unknown")
    }
}
