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

    public static func evaluate(_ sheet: FactSheet, _ scenario: Scenario) -> Outcome {
        let opening = scenario.personas.map { StanceModel.read($0, sheet).stance }
        let final = StanceDynamics(scenario).trajectory(from: opening, updates: scenario.rounds + 1).last ?? opening
        let (kind, side, spread) = ConsensusRule.decide(final, rules: scenario.verdict)
        return Outcome(stances: final, kind: kind, side: side, spread: spread)
    }
}
