import Foundation
import TalkShowCore

/// `talkshow debate`: stages the show on an article and prints it.
enum DebateCommand {
    static let spec = CommandSpec(
        name: "debate",
        abstract: "Stage the talk show on an article: takes, rebuttals and the panel verdict.",
        arguments: [.init(name: "ARTICLE", help: "Article file (text, Markdown or HTML), or - for standard input.")],
        options: [
            .init(name: "--scenario", value: "FILE", help: "Scenario file with the panelists and rules.", defaultValue: "the built-in default"),
            .init(name: "--rounds", value: "N", help: "Rebuttal rounds (1–50); overrides the scenario."),
            .init(name: "--seed", value: "N", help: "Seed for the wording choices; overrides the scenario."),
            .init(name: "--format", value: "text|markdown|json", help: "Output format.", allowed: ["text", "markdown", "json"], defaultValue: "text"),
            .init(name: "--input-format", value: "text|markdown|html", help: "How to read the article; by default from the file extension, else HTML when it opens as a page does, else text.",
                  allowed: InputFormat.allCases.map(\.rawValue)),
            .init(name: "--output", value: "FILE", help: "Write to FILE (atomically) instead of standard output."),
            .init(name: "--force", value: nil, help: "Replace --output FILE if it exists."),
        ],
        discussion: "The same article, scenario and seed always give the same bytes. The JSON is the transcript\ncontract of DESIGN.md; save it with --output and replay it with 'talkshow replay'.")

    static func run(_ args: ParsedArguments, output: inout Output) async throws {
        var scenario = try ScenarioInput.load(args.value("--scenario"))
        if let r = args.value("--rounds") {
            guard let n = Int(r), Scenario.roundRange.contains(n) else {
                throw CLIError.usage("--rounds \(r): give a whole number from \(Scenario.roundRange.lowerBound) to \(Scenario.roundRange.upperBound)")
            }
            scenario.rounds = n
        }
        if let s = args.value("--seed") {
            guard let n = UInt64(s), n < 9_007_199_254_740_992 else { throw CLIError.usage("--seed \(s): give a whole number from 0 to 9007199254740991") }
            scenario.seed = n
        }
        if args.flag("--force"), args.value("--output") == nil {
            throw CLIError.usage("--force only applies with --output FILE")
        }
        let article = try ArticleInput.load(args)
        let transcript = try await ShowProducer.produce(article, scenario: scenario)
        let bytes = (TranscriptFormat(rawValue: args.value("--format") ?? "text") ?? .text).bytes(transcript)
        if let path = args.value("--output") {
            try AtomicFile.write(Data(bytes), to: path, force: args.flag("--force"))
        } else {
            output.write(bytes: bytes)
        }
    }
}

/// Reads `--scenario FILE`, or gives the built-in default.
enum ScenarioInput {
    static func load(_ path: String?) throws -> Scenario {
        guard let path else { return Scenario.builtIn }
        let bytes = try InputReader.read(path)
        return try Scenario.decode(Data(bytes), source: path)
    }
}
