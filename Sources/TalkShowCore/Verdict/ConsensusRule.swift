/// The declared, checkable rule of the verdict: consensus when every final stance lies within
/// `consensusSpread` of every other and all fall on the same side (bullish above
/// `neutralBand`, bearish below its negative, neutral between); otherwise no consensus.
public enum ConsensusRule {
    public static func side(_ x: Double, band: Double) -> Verdict.Side {
        x > band ? .bullish : x < -band ? .bearish : .neutral
    }

    public static func split(_ stances: [Double], band: Double) -> VoteSplit {
        var s = VoteSplit(bullish: 0, neutral: 0, bearish: 0)
        for x in stances {
            switch side(x, band: band) {
            case .bullish: s.bullish += 1
            case .neutral: s.neutral += 1
            case .bearish: s.bearish += 1
            }
        }
        return s
    }

    /// The kind and, for a consensus, its side.
    public static func decide(_ stances: [Double], rules: Scenario.VerdictRules) -> (Verdict.Kind, Verdict.Side?, Double) {
        guard let lo = stances.min(), let hi = stances.max() else { return (.noConsensus, nil, 0) }
        let spread = hi - lo
        let first = side(stances[0], band: rules.neutralBand)
        if spread <= rules.consensusSpread, stances.allSatisfy({ side($0, band: rules.neutralBand) == first }) {
            return (.consensus, first, spread)
        }
        return (.noConsensus, nil, spread)
    }
}
