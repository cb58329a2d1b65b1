import Foundation
import Synchronization
import TalkShowCore

/// `talkshow batch`: a debate per article, with summaries; parallel, sharded, interruptible.
enum BatchCommand {
    static let spec = CommandSpec(
        name: "batch",
        abstract: "Debate many articles: a transcript per article plus summary.jsonl and summary.csv.",
        arguments: [.init(name: "INPUTS…", help: "Article files or folders of them (.txt, .md, .html).")],
        options: [
            .init(name: "--output", value: "DIR", help: "Folder for the transcripts and summaries (created if missing)."),
            .init(name: "--scenario", value: "FILE", help: "Scenario file.", defaultValue: "the built-in default"),
            .init(name: "--format", value: "json|markdown|text", help: "Transcript format.", allowed: BatchRunner.Format.allCases.map(\.rawValue), defaultValue: "json"),
            .init(name: "--jobs", value: "N", help: "Debates at once.", defaultValue: "all cores"),
            .init(name: "--shard", value: "i/n", help: "Only the inputs whose position modulo n is i; n shards cover every input once."),
            .init(name: "--force", value: nil, help: "Replace transcripts that already exist."),
        ],
        discussion: "The output is identical whatever --jobs is. Ctrl-C stops launching new debates; finished files stay whole\n(every file is written atomically) and the summaries list the finished ones.")

    static func run(_ args: ParsedArguments, output: inout Output) async throws {
        guard let dir = args.value("--output") else { throw CLIError.usage("batch needs --output DIR") }
        let jobs = try args.jobs()
        let scenario = try ScenarioInput.load(args.value("--scenario"))
        let files: [String]
        do { files = try BatchRunner.select(args.positionals, shard: args.value("--shard")) }
        catch let e as BatchRunner.BatchError { throw CLIError.usage(e.description) }
        let runner = BatchRunner(scenario: scenario, format: BatchRunner.Format(rawValue: args.value("--format") ?? "json") ?? .json,
                                 outputDirectory: dir, jobs: jobs, force: args.flag("--force"))
        let reporter = ProgressReporter(total: files.count)
        let work = Task { try await runner.run(files, progress: { done, total in reporter.update(done, total) }) }
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .main)
        interrupt.setEventHandler { work.cancel() }
        interrupt.resume()
        let rows: [BatchRunner.Row]
        do {
            rows = try await work.value
        } catch is CancellationError {
            reporter.finish()
            throw CLIError(message: "interrupted; finished transcripts are whole, the rest were not written", code: .failure)
        }
        interrupt.cancel()
        reporter.finish()
        let consensus = rows.filter { $0.verdict.kind == .consensus }.count
        output.write("\(rows.count) debates written to \(dir): \(consensus) consensus, \(rows.count - consensus) no consensus; summary.jsonl and summary.csv\n")
    }
}

/// Progress on standard error: a bar on a terminal, otherwise a line every few seconds.
final class ProgressReporter: Sendable {
    let total: Int
    let terminal = isatty(2) != 0
    let start = ContinuousClock.now
    /// Milliseconds since `start` of the last line written; an atomic, so reports from child
    /// tasks never race.
    private let lastLine = Atomic<Int64>(-1_000_000)

    init(total: Int) { self.total = total }

    func update(_ done: Int, _ total: Int) {
        if terminal {
            let width = 30
            let filled = total == 0 ? width : done * width / total
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)".utf8))
            return
        }
        let elapsed = ContinuousClock.now - start
        let ms = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        let previous = lastLine.load(ordering: .relaxed)
        guard done == total || ms - previous >= 3000,
              lastLine.compareExchange(expected: previous, desired: ms, ordering: .relaxed).exchanged else { return }
        FileHandle.standardError.write(Data("talkshow: \(done)/\(total) debates after \(ms / 1000) s\n".utf8))
    }

    func finish() {
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
