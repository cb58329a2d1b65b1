import Foundation

/// Tuning's fast path: the stances and verdict of a debate without bus, actors or text.
/// Because stance updates depend only on the stances, this gives exactly the full debate's
/// final stances and verdict (a test holds the two equal on every corpus article).
public enum PanelEvaluator {
    public struct Outcome: Sendable, Equatable {
        public var stances: [Double]
        public var kind: Verdict.Kind
        public var side: Verdict.Side?
        public var spread: Double

        /// The panel's lean as a real panel's summary states it: no consensus reads as mixed.
        public var lean: String { kind == .noConsensus ? "mixed" : (side?.rawValue ?? "neutral") }
    }

    /// A scenario made ready for many evaluations: each persona's weight table, the stance
    /// dynamics and the verdict rules. Tuning builds one per candidate scenario and reads
    /// every case with it.
    public struct Panel: Sendable {
        let tables: [WeightTable]
        let dynamics: StanceDynamics
        let updates: Int
        let rules: Scenario.VerdictRules

        public init(_ scenario: Scenario) {
            tables = scenario.personas.map { WeightTable($0, scenario.stance) }
            dynamics = StanceDynamics(scenario)
            updates = scenario.rounds + 1
            rules = scenario.verdict
        }
    }

    public static func evaluate(_ sheet: FactSheet, _ scenario: Scenario) -> Outcome {
        evaluate(ScoringSheet(sheet), Panel(scenario))
    }

    public static func evaluate(_ sheet: ScoringSheet, _ panel: Panel) -> Outcome {
        let opening = panel.tables.map { tanh(StanceModel.raw($0, sheet)) }
        let final = panel.dynamics.final(from: opening, updates: panel.updates)
        let (kind, side, spread) = ConsensusRule.decide(final, rules: panel.rules)
        return Outcome(stances: final, kind: kind, side: side, spread: spread)
    }
}
