import Foundation
import TalkShowCore

/// `talkshow eval`: agreement with real panels on labelled cases, and the quality bars.
enum EvalCommand {
    static let spec = CommandSpec(
        name: "eval",
        abstract: "Compare the panel's verdicts and leans with real panels on labelled cases.",
        arguments: [],
        options: [
            .init(name: "--cases", value: "DIR|FILE.jsonl", help: "A folder of case files (as ../shared/corpus/cases) or a JSON Lines file of them."),
            .init(name: "--scenario", value: "FILE", help: "Scenario file.", defaultValue: "the built-in default"),
            .init(name: "--format", value: "text|json", help: "Output format.", allowed: ["text", "json"], defaultValue: "text"),
        ],
        discussion: "Verdict agreement leaves out cases whose verdict is unknown. Balanced figures are the mean of\nper-class recall. Our no consensus reads as a mixed lean, a consensus as its side.")

    static func run(_ args: ParsedArguments, output: inout Output) async throws {
        guard let path = args.value("--cases") else { throw CLIError.usage("eval needs --cases DIR|FILE.jsonl") }
        let scenario = try ScenarioInput.load(args.value("--scenario"))
        let cases = try LabelledCase.load(path)
        Progress.note("evaluating \(cases.count) cases")
        let evaluation = try await Evaluation.run(cases: cases, scenario: scenario)
        if args.value("--format") == "json" {
            var w = JSONWriter(pretty: true)
            evaluation.write(to: &w)
            output.write(bytes: w.bytes)
            output.write("\n")
        } else {
            output.write(evaluation.text)
        }
    }
}

/// Progress lines on standard error.
enum Progress {
    static func note(_ message: String) {
        FileHandle.standardError.write(Data("talkshow: \(message)\n".utf8))
    }
}
