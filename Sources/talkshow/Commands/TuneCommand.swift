import Foundation
import TalkShowCore

/// `talkshow tune`: fit a scenario's weights to labelled cases, judged on held-out folds.
enum TuneCommand {
    static let spec = CommandSpec(
        name: "tune",
        abstract: "Fit a scenario's weights to labelled cases by coordinate descent, with held-out folds; writes a new scenario.",
        arguments: [],
        options: [
            .init(name: "--scenario", value: "FILE", help: "The scenario to start from (never overwritten).", defaultValue: "the built-in default"),
            .init(name: "--cases", value: "DIR|FILE.jsonl", help: "Labelled cases, as for eval."),
            .init(name: "--output", value: "FILE", help: "Where to write the tuned scenario (and FILE.changelog.md beside it)."),
            .init(name: "--force", value: nil, help: "Replace --output FILE if it exists."),
            .init(name: "--budget", value: "N", help: "Objective evaluations per fit.", defaultValue: "3000"),
            .init(name: "--folds", value: "K", help: "Cross-validation folds (K ≥ the number of cases means leave-one-out).", defaultValue: "5"),
            .init(name: "--seed", value: "N", help: "Seed for the fold split and the search order.", defaultValue: "1"),
        ],
        discussion: "The objective is the mean of verdict and stance balanced accuracy on the training cases (fast path,\nno text). Reported: agreement on training and held-out folds before and after.")

    static func run(_ args: ParsedArguments, output: inout Output) async throws {
        guard let casesPath = args.value("--cases") else { throw CLIError.usage("tune needs --cases DIR|FILE.jsonl") }
        guard let out = args.value("--output") else { throw CLIError.usage("tune needs --output FILE for the tuned scenario") }
        if let input = args.value("--scenario"),
           URL(fileURLWithPath: input).standardizedFileURL.path == URL(fileURLWithPath: out).standardizedFileURL.path {
            throw CLIError.usage("--output \(out) is the input scenario; tune never overwrites its input, choose another file")
        }
        func int(_ name: String, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
            guard let raw = args.value(name) else { return fallback }
            guard let n = Int(raw), range.contains(n) else { throw CLIError.usage("\(name) \(raw): give a whole number from \(range.lowerBound) to \(range.upperBound)") }
            return n
        }
        let budget = try int("--budget", 3000, 10...1_000_000)
        let folds = try int("--folds", 5, 2...1000)
        let seed = UInt64(try int("--seed", 1, 0...Int(Int32.max)))
        let scenario = try ScenarioInput.load(args.value("--scenario"))
        let labelled = try LabelledCase.load(casesPath)
        Progress.note("reading \(labelled.count) cases")
        let cases = labelled.map { Tuner.Case(sheet: FactExtractor().extract(Article(text: $0.article)), label: $0) }
        let k = min(folds, cases.count)
        Progress.note(k >= cases.count ? "leave-one-out over \(cases.count) cases" : "\(k) folds over \(cases.count) cases")
        let report = Tuner(budget: budget, seed: seed).run(scenario, cases, folds: folds)
        func pct(_ x: Double) -> String { String(format: "%.1f%%", 100 * x) }
        func mean(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }
        var text = "tuned on \(cases.count) cases, \(report.folds.count) folds\(k >= cases.count ? " (leave-one-out)" : ""), \(report.evaluations) panel evaluations\n"
        text += "agreement (mean of verdict and stance balanced accuracy):\n"
        text += "  training folds  before \(pct(mean(report.folds.map { $0.trainBefore })))  after \(pct(mean(report.folds.map { $0.trainAfter })))\n"
        text += "  held-out folds  before \(pct(mean(report.folds.map { $0.heldOutBefore })))  after \(pct(mean(report.folds.map { $0.heldOutAfter })))\n"
        text += "  all cases (final fit)  before \(pct(report.allBefore))  after \(pct(report.allAfter))\n"
        var changelog = "# Changes made by talkshow tune\n\nStarted from \(args.value("--scenario") ?? "the built-in default scenario"); \(cases.count) cases from \(casesPath).\n"
        changelog += "Agreement on all cases: \(pct(report.allBefore)) → \(pct(report.allAfter)); held-out folds: \(pct(mean(report.folds.map { $0.heldOutBefore }))) → \(pct(mean(report.folds.map { $0.heldOutAfter }))).\n\n"
        if report.changes.isEmpty {
            changelog += "Nothing moved: no change within the documented ranges raised agreement on the cases.\n"
        } else {
            changelog += "What moved (largest first), each kept because it raised training agreement or the margin by which cases fall on the right side of the verdict rule:\n\n"
            for c in report.changes {
                changelog += "- `\(c.path)`: \(String(format: "%g", c.from)) → \(String(format: "%g", c.to))\n"
            }
        }
        let data = try StableJSON.encode(report.scenario)
        _ = try Scenario.decode(data, source: "the tuned scenario")
        try AtomicFile.write(data + Data("\n".utf8), to: out, force: args.flag("--force"))
        try AtomicFile.write(Data(changelog.utf8), to: out + ".changelog.md", force: true)
        output.write(text + "\n" + changelog)
    }
}
