import Foundation
import TalkShowCore

/// `talkshow bench`: throughput of every stage beside bare baselines, in one run.
enum BenchCommand {
    static let spec = CommandSpec(
        name: "bench",
        abstract: "Measure facts MB/s against a bare scan, debates per second, tuning evaluations, the bus, and batch memory.",
        arguments: [],
        options: [
            .init(name: "--quick", value: nil, help: "A short run (a smoke test): smaller inputs, shorter timings."),
            .init(name: "--format", value: "text|json", help: "Output format.", allowed: ["text", "json"], defaultValue: "text"),
            .init(name: "--articles", value: "DIR", help: "The sample articles to use.", defaultValue: "Scenarios/articles"),
            .init(name: "--jobs", value: "N", help: "Jobs for the all-jobs figures.", defaultValue: "all cores"),
        ],
        discussion: """
            Build with 'swift build -c release' first: a debug build measures the debugger, not the engine. \
            The table ends with the three ratios the targets are set on. Beside factsMBps stand the steps \
            no fact reader can skip, each timed alone over the same text (sha256MBps, tokensMBps, sensesMBps); \
            the debate*Micros lines say where one debate's time goes. README's Performance section says what \
            every figure measures.
            """)

    static func run(_ args: ParsedArguments, output: inout Output) async throws {
        let jobs = try args.jobs()
        let dir = args.value("--articles") ?? "Scenarios/articles"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        guard !files.isEmpty else {
            throw CLIError.usage("no sample articles (*.txt) in '\(dir)': run bench from the project folder, or give --articles DIR")
        }
        let articles = try files.map { String(decoding: try InputReader.read((dir as NSString).appendingPathComponent($0)), as: UTF8.self) }
        let executable = Bundle.main.executablePath ?? CommandLine.arguments.first
        let bench = Benchmark(articles: articles, quick: args.flag("--quick"), jobs: jobs, executable: executable)
        let result = try await bench.run(progress: { Progress.note("bench: \($0)") })
        if args.value("--format") == "json" {
            var w = JSONWriter(pretty: true)
            w.beginObject()
            for (key, value, _) in result.values.sorted(by: { $0.key < $1.key }) { w.keyDynamic(key); w.number(StableJSON.rounded(value)) }
            w.endObject()
            output.write(bytes: w.bytes)
            output.write("\n")
            return
        }
        var text = "metric                           value          unit\n"
        for (key, value, unit) in result.values {
            text += key.padding(toLength: 32, withPad: " ", startingAt: 0) + String(format: "%12.1f", value).padding(toLength: 15, withPad: " ", startingAt: 0) + unit + "\n"
        }
        func ratio(_ a: String, _ b: String) -> Double { (result.value(a) ?? 0) / max(1e-9, result.value(b) ?? 1) }
        text += "\nfacts/scan \(String(format: "%.3f", ratio("factsMBps", "scanMBps"))) (target ≥ 0.2); all jobs/one job \(String(format: "%.2f", ratio("debatesPerSecondAllJobs", "debatesPerSecond"))) (target ≥ 1.8); bus/baseline \(String(format: "%.2f", ratio("busMessagesPerSecond", "busBaselineMessagesPerSecond"))) (target ≥ 0.5)\n"
        output.write(text)
    }
}
