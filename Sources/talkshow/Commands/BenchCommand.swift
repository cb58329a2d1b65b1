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
            .init(name: "--only", value: "PARTS", help: "Run only these parts, comma-separated: \(partNames).", defaultValue: "all"),
        ],
        discussion: """
            Build with 'swift build -c release' first: a debug build measures the debugger, not the engine. \
            The table ends with the ratios the targets are set on (those whose parts ran). Beside factsMBps stand the steps \
            no fact reader can skip, each timed alone over the same text (sha256MBps, tokensMBps, sensesMBps); \
            the debate*Micros lines say where one debate's time goes. README's Performance section says what \
            every figure measures. --only runs some parts (say 'facts,floors' while working on fact \
            extraction); they run in the order listed above, whatever the order given.
            """)

    static let partNames = Benchmark.Section.allCases.map(\.rawValue).joined(separator: ", ")

    /// The parts named by `--only`, or all of them.
    static func sections(_ args: ParsedArguments) throws -> Set<Benchmark.Section> {
        guard let list = args.value("--only") else { return Set(Benchmark.Section.allCases) }
        var sections = Set<Benchmark.Section>()
        for name in list.split(separator: ",", omittingEmptySubsequences: false) {
            let name = name.trimmingCharacters(in: .whitespaces)
            guard let section = Benchmark.Section(rawValue: name) else {
                throw CLIError.usage("--only: unknown part '\(name)'; the parts are \(partNames)")
            }
            sections.insert(section)
        }
        return sections
    }

    static func run(_ args: ParsedArguments, output: inout Output) async throws {
        let jobs = try args.jobs()
        let sections = try sections(args)
        let dir = args.value("--articles") ?? "Scenarios/articles"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        // Every part but the bus reads the sample articles.
        guard !files.isEmpty || sections == [.bus] else {
            throw CLIError.usage("no sample articles (*.txt) in '\(dir)': run bench from the project folder, or give --articles DIR")
        }
        let articles = try files.map { String(decoding: try InputReader.read((dir as NSString).appendingPathComponent($0)), as: UTF8.self) }
        let executable = Bundle.main.executablePath ?? CommandLine.arguments.first
        let bench = Benchmark(articles: articles, quick: args.flag("--quick"), jobs: jobs, executable: executable, sections: sections)
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
        // The ratios the targets are set on, those whose parts ran.
        var ratios: [String] = []
        func ratio(_ name: String, _ a: String, _ b: String, digits: Int, target: String) {
            guard let a = result.value(a), let b = result.value(b), b > 0 else { return }
            ratios.append("\(name) \(String(format: "%.\(digits)f", a / b)) (target ≥ \(target))")
        }
        ratio("facts/scan", "factsMBps", "scanMBps", digits: 3, target: "0.2")
        ratio("all jobs/one job", "debatesPerSecondAllJobs", "debatesPerSecond", digits: 2, target: "1.8")
        ratio("bus/baseline", "busMessagesPerSecond", "busBaselineMessagesPerSecond", digits: 2, target: "0.5")
        if !ratios.isEmpty { text += "\n" + ratios.joined(separator: "; ") + "\n" }
        output.write(text)
    }
}
