import Foundation

/// A persona's evaluation of an article: a sum of contributions plus a bias, squashed by
/// tanh into a stance in (-1, 1).
///
/// For a fact f with clause polarity p, clause topics T and sentence certainty c:
///
///     value(f) = kind(f) × topic(T, p) × credibility(f) / √N
///     topic(T, p) = Σ_{t ∈ T, weighted} w_t × (p + presence·[w_t < 0]) / √|weighted T|
///                   (or `unweightedTopic × p` when none is weighted)
///     credibility = clamp(1 − skepticism × ((1 − c) + attributionDiscount × [attributed]), 0, 1)
///
/// where `presence` (0.2) is what a topic's mere presence in the news means to a persona
/// that weighs it negatively: a skeptic with a negative weight on spending reads even a
/// neutral capex figure as a warning. A positive weight is a plain sensitivity. Each sentence adds its own tone the same way (without presence) with `proseWeight` in place of the
/// kind weight. N is the number of terms, so long articles do not saturate every stance.
/// `raw = bias + Σ values`, `stance = tanh(raw)`. Names (tickers, organisations, people,
/// products) count only where a persona gives their kind a weight.
public enum StanceModel {
    public static let unweightedTopic = 0.3
    public static let attributionDiscount = 0.3
    public static let presence = 0.2

    public static func read(_ persona: Persona, _ sheet: FactSheet) -> StanceReading {
        let facts = sheet.facts
        let termCount = max(1, facts.count + sheet.sentences.count)
        let scale = 1 / Double(termCount).squareRoot()
        var contributions: [Contribution] = []
        contributions.reserveCapacity(facts.count + sheet.sentences.count)
        var factValues = [Double](repeating: 0, count: facts.count)
        for (i, f) in facts.enumerated() {
            let kind = kindWeight(persona, f.kind)
            guard kind != 0 else { continue }
            let value = kind * topicTerm(persona, f.topics, polarity: f.polarity) * credibility(persona, f.certainty, f.attribution) * scale
            guard value != 0 else { continue }
            factValues[i] = value
            contributions.append(Contribution(fact: f.id, sentence: f.sentence, text: f.text, value: value))
        }
        if persona.proseWeight > 0 {
            for s in sheet.sentences where s.polarity != 0 {
                let value = persona.proseWeight * topicWeight(persona, s.topics) * s.polarity
                    * credibility(persona, s.certainty, s.attribution) * scale
                guard value != 0 else { continue }
                contributions.append(Contribution(fact: nil, sentence: s.index, text: s.text, value: value))
            }
        }
        var raw = persona.bias
        for c in contributions { raw += c.value }
        return StanceReading(persona: persona.name, contributions: contributions, factValues: factValues,
                             bias: persona.bias, raw: raw, stance: tanh(raw))
    }

    static func kindWeight(_ persona: Persona, _ kind: FactKind) -> Double {
        if let w = persona.weights.kinds[kind.rawValue] { return w }
        return kind.isFigure ? 1 : 0
    }

    /// Σ over weighted topics of w_t × (p + presence when w_t < 0), over √(weighted topics);
    /// `unweightedTopic × p` when the persona weighs none of them.
    static func topicTerm(_ persona: Persona, _ topics: [Topic], polarity p: Double) -> Double {
        var sum = 0.0
        var n = 0
        for t in topics {
            if let w = persona.weights.topics[t.rawValue] { sum += w * (w < 0 ? p + presence : p); n += 1 }
        }
        return n == 0 ? unweightedTopic * p : sum / Double(n).squareRoot()
    }

    static func topicWeight(_ persona: Persona, _ topics: [Topic]) -> Double {
        var sum = 0.0
        var n = 0
        for t in topics {
            if let w = persona.weights.topics[t.rawValue] { sum += w; n += 1 }
        }
        return n == 0 ? unweightedTopic : sum / Double(n).squareRoot()
    }

    static func credibility(_ persona: Persona, _ certainty: Double, _ attribution: String?) -> Double {
        let doubt = (1 - certainty) + (attribution == nil ? 0 : attributionDiscount)
        return max(0, min(1, 1 - persona.skepticism * doubt))
    }
}
