import Foundation

/// Runs one debate per input article and writes a transcript per article plus
/// `summary.jsonl` and `summary.csv`. Work runs in up to `jobs` child tasks; results are
/// written in input order, so the output is identical whatever the number of jobs. Shards
/// (`i/n`) keep the inputs whose position modulo n is i, so n shards partition the inputs.
public struct BatchRunner: Sendable {
    public typealias Format = TranscriptFormat

    /// One line of the summary.
    public struct Row: Sendable {
        public var article: String
        public var output: String
        public var verdict: Verdict
        public var names: [String]
    }

    /// Why a batch cannot run.
    public enum BatchError: Error, Equatable, CustomStringConvertible {
        case badShard(String)
        case noInputs
        case outputNotFolder(String)

        public var description: String {
            switch self {
            case .badShard(let s): return "--shard \(s): write i/n with 0 ≤ i < n, e.g. 0/3"
            case .noInputs: return "no article files among the inputs (.txt, .md, .markdown, .html, .htm)"
            case .outputNotFolder(let p): return "--output \(p) is a file; batch writes into a folder"
            }
        }
    }

    public let scenario: Scenario
    public let format: Format
    public let outputDirectory: String
    public let jobs: Int
    public let force: Bool

    public init(scenario: Scenario, format: Format, outputDirectory: String, jobs: Int, force: Bool) {
        self.scenario = scenario
        self.format = format
        self.outputDirectory = outputDirectory
        self.jobs = max(1, jobs)
        self.force = force
    }

    static let articleExtensions = ["txt", "md", "markdown", "html", "htm"]

    /// The article files named by `inputs` (folders expanded), sorted, then this shard's part.
    public static func select(_ inputs: [String], shard: String?) throws -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else { throw InputError.missing(path: input) }
            if isDirectory.boolValue {
                // A folder's README is about the folder, not an article.
                let names = try fm.contentsOfDirectory(atPath: input).filter {
                    articleExtensions.contains(($0 as NSString).pathExtension.lowercased()) && !$0.uppercased().hasPrefix("README.")
                }
                files += names.sorted().map { (input as NSString).appendingPathComponent($0) }
            } else {
                files.append(input)
            }
        }
        files = Array(Set(files)).sorted()
        if files.isEmpty { throw BatchError.noInputs }
        guard let shard else { return files }
        let parts = shard.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n > 0, i >= 0, i < n else { throw BatchError.badShard(shard) }
        return files.enumerated().filter { $0.offset % n == i }.map(\.element)
    }

    /// The transcript's file name: the article's name with the format's extension; names
    /// that collide get the input's position.
    func outputName(_ path: String, index: Int, taken: Set<String>) -> String {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let ext = format == .json ? "json" : format == .markdown ? "md" : "txt"
        let name = "\(base).\(ext)"
        return taken.contains(name) ? "\(base)-\(index + 1).\(ext)" : name
    }

    /// Runs the batch; `progress(done, total)` is called as articles finish.
    public func run(_ files: [String], progress: @escaping @Sendable (Int, Int) -> Void) async throws -> [Row] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: outputDirectory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw BatchError.outputNotFolder(outputDirectory) }
        } else {
            do { try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true) }
            catch { throw OutputError.cannotCreate(path: outputDirectory, reason: error.localizedDescription) }
        }
        var names: [String] = []
        var taken: Set<String> = []
        for (i, f) in files.enumerated() {
            let n = outputName(f, index: i, taken: taken)
            names.append(n)
            taken.insert(n)
        }
        let scenario = self.scenario, format = self.format, dir = outputDirectory, force = self.force
        let encoder = TranscriptEncoder(scenario: scenario)
        var rows = [Row?](repeating: nil, count: files.count)
        try await withThrowingTaskGroup(of: (Int, Row).self) { group in
            var next = 0
            var done = 0
            func launch() {
                let i = next
                next += 1
                let file = files[i], name = names[i]
                group.addTask {
                    try Task.checkCancellation()
                    let bytes = try InputReader.read(file)
                    let article = try Article.read(bytes, format: InputFormat.forInput(path: file, bytes: bytes), source: file).withProse(source: file)
                    let t = try await ShowProducer.produce(article, scenario: scenario)
                    let encoded = format.bytes(t, encoder: encoder)
                    let out = (dir as NSString).appendingPathComponent(name)
                    try AtomicFile.write(Data(encoded), to: out, force: force)
                    return (i, Row(article: file, output: name, verdict: t.verdict, names: scenario.personas.map(\.name)))
                }
            }
            while next < min(jobs, files.count) { launch() }
            while let (i, row) = try await group.next() {
                rows[i] = row
                done += 1
                progress(done, files.count)
                if next < files.count, !Task.isCancelled { launch() }
            }
        }
        let finished = rows.compactMap { $0 }
        try writeSummaries(finished)
        return finished
    }

    func writeSummaries(_ rows: [Row]) throws {
        var jsonl = ""
        var csv = "article,output,verdict,side,split,spread"
        if let first = rows.first { csv += "," + first.names.map { "stance_\($0)" }.joined(separator: ",") }
        csv += "\n"
        for r in rows {
            var w = JSONWriter(pretty: false)
            w.beginObject()
            w.field("article", r.article)
            w.field("output", r.output)
            w.field("side", r.verdict.side?.rawValue, keepNull: true)
            w.field("split", r.verdict.split.phrase)
            w.field("spread", r.verdict.spread)
            w.key("stances")
            w.beginObject()
            for name in r.names.sorted() { w.keyDynamic(name); w.number(r.verdict.stances[name] ?? 0) }
            w.endObject()
            w.field("verdict", r.verdict.kind.rawValue)
            w.endObject()
            jsonl += w.string + "\n"
            let cells = [csvCell(r.article), csvCell(r.output), r.verdict.kind.rawValue, r.verdict.side?.rawValue ?? "",
                         csvCell(r.verdict.split.phrase), String(r.verdict.spread)] + r.names.map { String(r.verdict.stances[$0] ?? 0) }
            csv += cells.joined(separator: ",") + "\n"
        }
        try AtomicFile.write(Data(jsonl.utf8), to: (outputDirectory as NSString).appendingPathComponent("summary.jsonl"), force: true)
        try AtomicFile.write(Data(csv.utf8), to: (outputDirectory as NSString).appendingPathComponent("summary.csv"), force: true)
    }

    func csvCell(_ s: String) -> String {
        s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
