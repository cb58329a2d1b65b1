import Foundation

/// A persona's weights as arrays indexed by fact kind and topic, with the coefficients the
/// stance sum needs, so reading an article looks weights up by position instead of hashing
/// their names. Built once per persona and reading; tuning builds one per candidate scenario.
public struct WeightTable: Sendable {
    /// Weight per `FactKind`, in declaration order; an unlisted kind counts 1 for figures, 0 for names.
    let kinds: [Double]
    /// Weight per `Topic`, in declaration order, and which topics the persona weighs at all.
    let topics: [Double]
    let weighted: UInt32
    let bias: Double
    let skepticism: Double
    let proseWeight: Double
    /// A term's reach by its `ScoringSheet.Term.reach` bits: 1, `otherCompanyWeight`,
    /// `leadWeight`, and both.
    let reach: [Double]
    let presence: Double
    let attributionDiscount: Double
    let unweightedTopic: Double
    /// A fact's share of its clause by the clause's count of facts: `n^−clauseShare`.
    let share: [Double]

    public init(_ persona: Persona, _ rules: Scenario.StanceRules) {
        var kinds = FactKind.allCases.map { $0.isFigure ? 1.0 : 0.0 }
        for (name, w) in persona.weights.kinds {
            if let k = FactKind(rawValue: name) { kinds[k.ordinal] = w }
        }
        var topics = [Double](repeating: 0, count: Topic.allCases.count)
        var weighted: UInt32 = 0
        for (name, w) in persona.weights.topics {
            if let t = Topic(rawValue: name) {
                topics[t.ordinal] = w
                weighted |= t.bit
            }
        }
        self.kinds = kinds
        self.topics = topics
        self.weighted = weighted
        bias = persona.bias
        skepticism = persona.skepticism
        proseWeight = persona.proseWeight
        reach = [1, rules.otherCompanyWeight, rules.leadWeight, rules.otherCompanyWeight * rules.leadWeight]
        presence = rules.presence
        attributionDiscount = rules.attributionDiscount
        unweightedTopic = rules.unweightedTopic
        share = (0...ScoringSheet.maxClauseFacts).map { n in n <= 1 ? 1 : pow(Double(n), -rules.clauseShare) }
    }

    /// What one term adds to the raw stance (see `StanceModel`); 0 for a fact of an unweighted
    /// kind, a neutral sentence, or any sentence when prose does not count.
    @inline(__always)
    func value(_ term: ScoringSheet.Term, scale: Double) -> Double {
        if term.kind >= 0 {
            let kind = kinds[Int(term.kind)] == 0 && term.namesTheStory ? 1 : kinds[Int(term.kind)]
            guard kind != 0 else { return 0 }
            return kind * topicTerm(term.topics, polarity: term.polarity) * credibility(term) * reach[Int(term.reach)]
                * share[Int(term.clauseFacts)] * scale
        }
        guard proseWeight > 0, term.polarity != 0 else { return 0 }
        return proseWeight * topicWeight(term.topics) * term.polarity * credibility(term) * reach[Int(term.reach)] * scale
    }

    /// Σ over weighted topics of w_t × (p + presence when w_t < 0), over √(weighted topics);
    /// `unweightedTopic × p` when none is weighted. Topics are taken in canonical order.
    func topicTerm(_ mask: UInt32, polarity p: Double) -> Double {
        var sum = 0.0
        var n = 0
        var bits = mask & weighted
        while bits != 0 {
            let w = topics[bits.trailingZeroBitCount]
            sum += w * (w < 0 ? p + presence : p)
            n += 1
            bits &= bits - 1
        }
        return n == 0 ? unweightedTopic * p : sum / Double(n).squareRoot()
    }

    /// Σ w_t over √(weighted topics), or `unweightedTopic` when none is weighted.
    func topicWeight(_ mask: UInt32) -> Double {
        var sum = 0.0
        var n = 0
        var bits = mask & weighted
        while bits != 0 {
            sum += topics[bits.trailingZeroBitCount]
            n += 1
            bits &= bits - 1
        }
        return n == 0 ? unweightedTopic : sum / Double(n).squareRoot()
    }

    func credibility(_ term: ScoringSheet.Term) -> Double {
        let doubt = (1 - term.certainty) + (term.attributed ? attributionDiscount : 0)
        return max(0, min(1, 1 - skepticism * doubt))
    }
}
