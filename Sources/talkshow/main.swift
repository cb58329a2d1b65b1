import Foundation
import TalkShowCore

/// The subcommands, in the order `talkshow --help` lists them.
let commands: [(CommandSpec, (ParsedArguments, inout Output) async throws -> Void)] = [
    (DebateCommand.spec, DebateCommand.run),
    (ReplayCommand.spec, ReplayCommand.run),
    (FactsCommand.spec, FactsCommand.run),
    (ScenarioCommand.spec, ScenarioCommand.run),
    (ExplainCommand.spec, ExplainCommand.run),
    (SweepCommand.spec, SweepCommand.run),
    (EvalCommand.spec, EvalCommand.run),
    (TuneCommand.spec, TuneCommand.run),
    (BatchCommand.spec, BatchCommand.run),
    (BenchCommand.spec, BenchCommand.run),
]

let topHelp = """
OVERVIEW: TalkShow stages a rule-based AI talk show about a news article.

USAGE: talkshow <command> [options]

COMMANDS:
\(commands.map { "  " + $0.0.name.padding(toLength: 12, withPad: " ", startingAt: 0) + $0.0.abstract }.joined(separator: "\n"))

See 'talkshow <command> --help' for each command's options.
"""

@MainActor func runMain() async -> Int32 {
    var args = Array(CommandLine.arguments.dropFirst())
    guard let name = args.first else {
        FileHandle.standardError.write(Data((topHelp + "\n").utf8))
        return ExitCode.usage.rawValue
    }
    if name == "--help" || name == "-h" || name == "help" {
        print(topHelp)
        return 0
    }
    if name == "--version" {
        print("talkshow \(EngineVersion.current)")
        return 0
    }
    args.removeFirst()
    guard let (spec, run) = commands.first(where: { $0.0.name == name }) else {
        var message = "unknown command '\(name)'"
        if let guess = EditDistance.closest(to: name, among: commands.map(\.0.name)) { message += "; did you mean '\(guess)'?" }
        Diagnostics.error(message + " (see 'talkshow --help')")
        return ExitCode.usage.rawValue
    }
    do {
        let parsed = try ParsedArguments.parse(args, spec: spec)
        if parsed.wantsHelp {
            print(spec.help)
            return 0
        }
        var output = Output()
        try await run(parsed, &output)
        output.flush()
        // Exit here: the process needs no orderly release of a large article's facts.
        exit(0)
    } catch {
        let e = CLIError.from(error)
        Diagnostics.error(e.message)
        return e.code.rawValue
    }
}

exit(await runMain())
