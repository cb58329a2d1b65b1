import Foundation
import TalkShowCore

/// `talkshow sweep`: final stances and verdict across one parameter's values.
enum SweepCommand {
    static let spec = CommandSpec(
        name: "sweep",
        abstract: "Vary one scenario parameter over a range and show the final stances and verdict at each step.",
        arguments: [.init(name: "ARTICLE", help: "Article file, or - for standard input.")],
        options: [
            .init(name: "--param", value: "PATH=FROM..TO:STEP", help: "e.g. personas.Greta.stubbornness=0..1:0.05 or verdict.consensusSpread=0.1..1:0.1"),
            .init(name: "--scenario", value: "FILE", help: "Scenario file.", defaultValue: "the built-in default"),
            .init(name: "--format", value: "text|csv|svg", help: "A table, CSV, or an SVG chart.", allowed: ["text", "csv", "svg"], defaultValue: "text"),
            .init(name: "--output", value: "FILE", help: "Write to FILE (atomically) instead of standard output."),
            .init(name: "--force", value: nil, help: "Replace --output FILE if it exists."),
            .init(name: "--input-format", value: "text|markdown|html", help: "How to read the article.", allowed: InputFormat.allCases.map(\.rawValue)),
        ],
        discussion: "Paths: rounds, verdict.consensusSpread, verdict.neutralBand,\nstance.{leadWeight, otherCompanyWeight, presence, attributionDiscount, unweightedTopic, clauseShare},\npersonas.NAME.{bias, skepticism, stubbornness, confidence, proseWeight}, personas.NAME.weights.topics.TOPIC,\npersonas.NAME.weights.kinds.KIND, personas.NAME.trust.SEAT. Each step runs the tuning fast path (stances and verdict, no text).")

    static func run(_ args: ParsedArguments, output: inout Output) async throws {
        guard let spec = args.value("--param") else { throw CLIError.usage("sweep needs --param PATH=FROM..TO:STEP") }
        let scenario = try ScenarioInput.load(args.value("--scenario"))
        let (path, values): (ParameterPath, [Double])
        do { (path, values) = try Sweep.parse(spec, in: scenario) }
        catch let e as ParameterPath.PathError { throw CLIError.usage(e.description) }
        catch let e as Sweep.SweepError { throw CLIError.usage(e.description) }
        let article = try ArticleInput.load(args)
        let sweep = try Sweep(sheet: FactExtractor().extract(article), scenario: scenario, path: path, values: values)
        let text: String
        switch args.value("--format") ?? "text" {
        case "csv": text = sweep.csv
        case "svg": text = SweepChart.svg(sweep)
        default: text = sweep.table
        }
        try OutputTarget.write(text, args: args, output: &output)
    }
}

/// Where a command's result goes: `--output FILE` (atomic, `--force` to replace) or stdout.
enum OutputTarget {
    static func write(_ text: String, args: ParsedArguments, output: inout Output) throws {
        if args.flag("--force"), args.value("--output") == nil { throw CLIError.usage("--force only applies with --output FILE") }
        if let path = args.value("--output") {
            try AtomicFile.write(Data(text.utf8), to: path, force: args.flag("--force"))
        } else {
            output.write(text)
        }
    }
}
