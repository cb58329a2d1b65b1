import Foundation

/// A grid over one scenario parameter: at each value, the final stances and the verdict
/// (computed by the fast path). `--jobs` never changes the result: each step is pure.
public struct Sweep: Sendable {
    public struct Step: Sendable {
        public var value: Double
        public var outcome: PanelEvaluator.Outcome
    }

    public let path: ParameterPath
    public let names: [String]
    public let steps: [Step]
    public let neutralBand: Double
    public let consensusSpread: Double

    /// Parses `PATH=FROM..TO:STEP`.
    public static func parse(_ spec: String, in scenario: Scenario) throws -> (ParameterPath, [Double]) {
        guard let eq = spec.firstIndex(of: "=") else { throw SweepError.badSpec(spec) }
        let path = try ParameterPath(String(spec[..<eq]), in: scenario)
        let rest = spec[spec.index(after: eq)...]
        guard let dots = rest.range(of: ".."), let colon = rest.lastIndex(of: ":"), colon > dots.upperBound,
              let from = Double(rest[..<dots.lowerBound]), let to = Double(rest[dots.upperBound..<colon]),
              let step = Double(rest[rest.index(after: colon)...]), step > 0, to >= from else { throw SweepError.badSpec(spec) }
        let count = Int(((to - from) / step + 1e-9).rounded(.down)) + 1
        guard count <= 10_000 else { throw SweepError.tooMany(count) }
        let values = (0..<count).map { StableJSON.rounded(from + Double($0) * step) }
        for v in values { _ = try path.setting(v, in: scenario) }
        return (path, values)
    }

    /// Why a sweep cannot run.
    public enum SweepError: Error, Equatable, CustomStringConvertible {
        case badSpec(String)
        case tooMany(Int)

        public var description: String {
            switch self {
            case .badSpec(let s): return "--param \(s): write PATH=FROM..TO:STEP, e.g. personas.Greta.stubbornness=0..1:0.05"
            case .tooMany(let n): return "the sweep has \(n) steps; use a larger STEP (at most 10000 steps)"
            }
        }
    }

    public init(sheet: FactSheet, scenario: Scenario, path: ParameterPath, values: [Double]) throws {
        self.path = path
        names = scenario.personas.map(\.name)
        neutralBand = scenario.verdict.neutralBand
        consensusSpread = scenario.verdict.consensusSpread
        steps = try values.map { v in Step(value: v, outcome: PanelEvaluator.evaluate(sheet, try path.setting(v, in: scenario))) }
    }

    public var csv: String {
        var out = ([path.text] + names + ["verdict", "side", "spread"]).joined(separator: ",") + "\n"
        for s in steps {
            let cells = [num(s.value)] + s.outcome.stances.map(num) + [s.outcome.kind.rawValue, s.outcome.side?.rawValue ?? "", num(s.outcome.spread)]
            out += cells.joined(separator: ",") + "\n"
        }
        return out
    }

    public var table: String {
        let header = [path.text] + names + ["verdict", "spread"]
        var rows = [header]
        for s in steps {
            let verdict = s.outcome.kind == .consensus ? "consensus \(s.outcome.side?.rawValue ?? "")" : "no consensus"
            rows.append([num(s.value)] + s.outcome.stances.map { String(format: "%+.3f", $0) } + [verdict, String(format: "%.3f", s.outcome.spread)])
        }
        let widths = header.indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        return rows.map { row in row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
            .joined(separator: "  ").trimmingCharacters(in: .whitespaces) }.joined(separator: "\n") + "\n"
    }

    func num(_ x: Double) -> String {
        let r = StableJSON.rounded(x)
        return r == r.rounded() && abs(r) < 1e15 ? String(Int64(r)) : String(r)
    }
}
