import Foundation
import TalkShowCore

/// `talkshow explain`: why each persona stands where it does, term by term.
enum ExplainCommand {
    static let spec = CommandSpec(
        name: "explain",
        abstract: "Show each persona's opening stance as a sum of contributions (facts and sentences) plus its bias.",
        arguments: [.init(name: "ARTICLE", help: "Article file, or - for standard input.")],
        options: [
            .init(name: "--scenario", value: "FILE", help: "Scenario file.", defaultValue: "the built-in default"),
            .init(name: "--persona", value: "NAME", help: "Only this persona."),
            .init(name: "--format", value: "text|json", help: "Output format: text shows the largest terms, JSON lists every term.",
                  allowed: ["text", "json"], defaultValue: "text"),
            .init(name: "--input-format", value: "text|markdown|html", help: "How to read the article.", allowed: InputFormat.allCases.map(\.rawValue)),
        ],
        discussion: "stance = tanh(raw), raw = bias + Σ contributions. A fact's term is kind weight × topic term ×\ncredibility × reach / √N; a sentence's is proseWeight × topic term × credibility × reach / √N; reach is 1,\n0.4 for a figure about another company, 1.5 in the headline or the lede (see Scenarios/README.md).")

    static func run(_ args: ParsedArguments, output: inout Output) async throws {
        let scenario = try ScenarioInput.load(args.value("--scenario"))
        if let name = args.value("--persona"), !scenario.personas.contains(where: { $0.name == name }) {
            let names = scenario.personas.map(\.name)
            throw CLIError.usage("--persona \(name): no such seat" + (EditDistance.closest(to: name, among: names).map { "; did you mean \($0)?" } ?? " (seats: \(names.joined(separator: ", ")))"))
        }
        let article = try ArticleInput.load(args)
        let sheet = FactExtractor().extract(article)
        let explanation = Explanation(sheet: sheet, scenario: scenario, persona: args.value("--persona"))
        if args.value("--format") == "json" {
            var w = JSONWriter(pretty: true)
            explanation.write(to: &w)
            output.write(bytes: w.bytes)
            output.write("\n")
            return
        }
        for p in explanation.personas {
            output.write("\(p.name): stance \(String(format: "%+.3f", p.stance)) = tanh(raw \(String(format: "%+.3f", p.raw))); bias \(String(format: "%+.3f", p.bias)), \(p.contributions.count) terms\n")
            let top = p.contributions.sorted { abs($0.value) > abs($1.value) || (abs($0.value) == abs($1.value) && ($0.fact ?? "") < ($1.fact ?? "")) }.prefix(8)
            for c in top {
                let source = c.fact.map { "fact \($0)" } ?? "sentence \(c.sentence ?? 0)"
                let text = c.text.count > 70 ? String(c.text.prefix(69)) + "…" : c.text
                output.write("  \(String(format: "%+.4f", c.value))  \(source + String(repeating: " ", count: max(0, 12 - source.count)))  \(text.replacingOccurrences(of: "\n", with: " "))\n")
            }
            if p.contributions.count > top.count {
                let rest = p.contributions.reduce(0) { $0 + $1.value } - top.reduce(0) { $0 + $1.value }
                output.write("  \(String(format: "%+.4f", rest))  the other \(p.contributions.count - top.count) terms\n")
            }
            output.write("\n")
        }
    }
}
