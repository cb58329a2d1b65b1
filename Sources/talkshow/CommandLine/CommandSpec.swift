import Foundation
import TalkShowCore
/// The declaration of one subcommand: its name, abstract, arguments and options. Help,
/// usage and "did you mean" suggestions are generated from it, so they cannot drift.
struct CommandSpec {
    struct Argument {
        var name: String
        var help: String
        var optional = false
    }

    struct Option {
        var name: String
        var value: String?          // nil for a flag
        var help: String
        var allowed: [String]? = nil
        var defaultValue: String? = nil
    }

    var name: String
    var abstract: String
    var arguments: [Argument] = []
    var options: [Option] = []
    var discussion: String = ""

    var usage: String {
        var parts = ["talkshow", name]
        for a in arguments { parts.append(a.optional ? "[\(a.name)]" : a.name) }
        if !options.isEmpty { parts.append("[options]") }
        return parts.joined(separator: " ")
    }

    /// One row of the help: the name in a column of 24, or on a line of its own when it does
    /// not fit; never cut.
    static func row(_ name: String, _ help: String) -> String {
        let width = 24
        if name.count < width { return "  " + name + String(repeating: " ", count: width - name.count) + help }
        return "  " + name + "\n" + String(repeating: " ", count: width + 2) + help
    }

    var help: String {
        var lines = ["OVERVIEW: \(abstract)", "", "USAGE: \(usage)"]
        if !arguments.isEmpty {
            lines += ["", "ARGUMENTS:"]
            for a in arguments { lines.append(Self.row(a.name, a.help)) }
        }
        lines += ["", "OPTIONS:"]
        for o in options + [Option(name: "--help", value: nil, help: "Show this help.")] {
            var head = o.name
            if let v = o.value { head += " <\(v)>" }
            var help = o.help
            if let d = o.defaultValue { help += " (default: \(d))" }
            lines.append(Self.row(head, help))
        }
        if !discussion.isEmpty { lines += ["", discussion] }
        return lines.joined(separator: "\n")
    }
}

/// What the command line said, checked against a `CommandSpec`.
struct ParsedArguments {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var wantsHelp = false

    func value(_ name: String) -> String? { values[name] }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// `--jobs N` (1 to 256), or every core when it is not given.
    func jobs() throws -> Int {
        guard let raw = value("--jobs") else { return ProcessInfo.processInfo.activeProcessorCount }
        guard let n = Int(raw), (1...256).contains(n) else { throw CLIError.usage("--jobs \(raw): give a whole number from 1 to 256") }
        return n
    }

    /// Parses `args` for `spec`: `--name value`, `--name=value`, flags, `-` as a positional,
    /// `--` ending options. Unknown options get a suggestion; values are checked against
    /// their allowed list.
    static func parse(_ args: [String], spec: CommandSpec) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        var i = 0
        var optionsEnded = false
        while i < args.count {
            let arg = args[i]
            i += 1
            if optionsEnded || arg == "-" || !arg.hasPrefix("-") {
                parsed.positionals.append(arg)
                continue
            }
            if arg == "--" { optionsEnded = true; continue }
            if arg == "--help" || arg == "-h" { parsed.wantsHelp = true; continue }
            var name = arg
            var inline: String? = nil
            if let eq = arg.firstIndex(of: "=") {
                name = String(arg[..<eq])
                inline = String(arg[arg.index(after: eq)...])
            }
            guard let option = spec.options.first(where: { $0.name == name }) else {
                let names = spec.options.map(\.name) + ["--help"]
                var message = "unknown option '\(name)' for 'talkshow \(spec.name)'"
                if let guess = EditDistance.closest(to: name, among: names) { message += "; did you mean '\(guess)'?" }
                throw CLIError.usage(message + " (see 'talkshow \(spec.name) --help')")
            }
            if option.value == nil {
                if inline != nil { throw CLIError.usage("option '\(name)' takes no value") }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inline { value = inline } else {
                guard i < args.count else { throw CLIError.usage("option '\(name)' needs a value <\(option.value!)>") }
                value = args[i]
                i += 1
            }
            if let allowed = option.allowed, !allowed.contains(value) {
                var message = "'\(value)' is not a valid value for \(name); use one of: \(allowed.joined(separator: ", "))"
                if let guess = EditDistance.closest(to: value, among: allowed) { message += " (did you mean '\(guess)'?)" }
                throw CLIError.usage(message)
            }
            parsed.values[name] = value
        }
        if !parsed.wantsHelp {
            let required = spec.arguments.filter { !$0.optional }.count
            if parsed.positionals.count < required {
                let missing = spec.arguments[parsed.positionals.count].name
                throw CLIError.usage("missing argument \(missing); usage: \(spec.usage)")
            }
            if parsed.positionals.count > spec.arguments.count, spec.arguments.last?.name.hasSuffix("…") != true {
                throw CLIError.usage("unexpected argument '\(parsed.positionals[spec.arguments.count])'; usage: \(spec.usage)")
            }
        }
        return parsed
    }
}
