import Foundation
import TalkShowCore

/// `talkshow scenario validate|show|new`: check, read and start scenario files.
enum ScenarioCommand {
    static let spec = CommandSpec(
        name: "scenario",
        abstract: "Validate a scenario file, show its personas' weights, or print a new one to start from.",
        arguments: [
            .init(name: "ACTION", help: "validate FILE | show FILE | new"),
            .init(name: "FILE", help: "The scenario file (validate and show).", optional: true),
        ],
        options: [],
        discussion: """
        validate  checks every field and prints a one-line summary (exit 65 with the JSON path of the first problem)
        show      prints a table of every persona's parameters and weights
        new       prints a complete, valid scenario with every field set (the built-in default)
        The fields, their ranges and what they do are in Scenarios/README.md.
        """)

    static func run(_ args: ParsedArguments, output: inout Output) async throws {
        let action = args.positionals[0]
        switch action {
        case "new":
            guard args.positionals.count == 1 else { throw CLIError.usage("'scenario new' takes no file; it prints to standard output") }
            output.write(bytes: Scenario.builtInJSON)
        case "validate", "show":
            guard args.positionals.count == 2 else { throw CLIError.usage("'scenario \(action)' needs a FILE; usage: talkshow scenario \(action) FILE") }
            let path = args.positionals[1]
            let scenario = try ScenarioInput.load(path)
            if action == "validate" {
                let names = scenario.personas.map(\.name).joined(separator: ", ")
                output.write("ok: \(path): scenario '\(scenario.name)', \(scenario.personas.count) seats (\(names)), \(scenario.rounds) rebuttal round\(scenario.rounds == 1 ? "" : "s"), seed \(scenario.seed)\n")
            } else {
                output.write(table(scenario))
            }
        default:
            var message = "unknown action '\(action)'; use validate FILE, show FILE or new"
            if let guess = EditDistance.closest(to: action, among: ["validate", "show", "new"]) { message += " (did you mean '\(guess)'?)" }
            throw CLIError.usage(message)
        }
    }

    /// Every persona's parameters and weights, a column per persona.
    static func table(_ s: Scenario) -> String {
        var rows: [[String]] = [["parameter"] + s.personas.map(\.name), ["title"] + s.personas.map(\.title)]
        func num(_ x: Double?) -> String { x.map { String(format: "%+.2f", $0) } ?? "·" }
        rows.append(["bias"] + s.personas.map { num($0.bias) })
        rows.append(["skepticism"] + s.personas.map { num($0.skepticism) })
        rows.append(["stubbornness"] + s.personas.map { num($0.stubbornness) })
        rows.append(["confidence"] + s.personas.map { num($0.confidence) })
        rows.append(["proseWeight"] + s.personas.map { num($0.proseWeight) })
        for t in Topic.allCases { rows.append(["topics.\(t.rawValue)"] + s.personas.map { num($0.weights.topics[t.rawValue]) }) }
        for k in FactKind.allCases { rows.append(["kinds.\(k.rawValue)"] + s.personas.map { num($0.weights.kinds[k.rawValue]) }) }
        for (j, other) in s.personas.enumerated() {
            rows.append(["trust.\(other.name)"] + s.personas.indices.map { i in
                s.personas[i].trust == nil ? "=" : num(s.trust(i, j))
            })
        }
        let widths = (0..<rows[0].count).map { c in rows.map { $0[c].count }.max() ?? 0 }
        var out = "scenario '\(s.name)': \(s.rounds) rebuttal round(s), seed \(s.seed), deadline \(s.roundDeadlineSeconds) s, "
        out += "consensus spread \(s.verdict.consensusSpread), neutral band \(s.verdict.neutralBand)\n"
        out += "stance: " + Scenario.StanceRules.fields.map { "\($0.key) \(s.stance[keyPath: $0.path])" }.joined(separator: ", ") + "\n"
        out += "(· not set: the model's default applies; = equal trust over all seats)\n\n"
        for (r, row) in rows.enumerated() {
            out += row.enumerated().map { c, cell in
                c == 0 ? cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                       : String(repeating: " ", count: widths[c] - cell.count) + cell
            }.joined(separator: "  ") + "\n"
            if r == 1 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }
}
