import Foundation

/// A persona's evaluation of an article: a sum of contributions plus a bias, squashed by
/// tanh into a stance in (-1, 1).
///
/// For a fact f with clause polarity p, clause topics T and sentence certainty c:
///
///     value(f) = kind(f) × topic(T, p) × credibility(f) × reach(f) × n(f)^−clauseShare / √N
///     topic(T, p) = Σ_{t ∈ T, weighted} w_t × (p + presence·[w_t < 0]) / √|weighted T|
///                   (or `unweightedTopic × p` when none is weighted)
///     credibility = clamp(1 − skepticism × ((1 − c) + attributionDiscount × [attributed]), 0, 1)
///
/// where reach(f) is 1, or `otherCompanyWeight` when f's clause names only another company
/// than the article's subject ("Rival shares jumped 24%" in a story about its buyer; when a
/// rival word stands before the name, "rival Kestrel Auto delivered a record", p is negated,
/// as it is for a sentence whose facts are all another company's and one a rival's), times
/// `leadWeight` for a fact of the headline or the lede (`StoryLead`) or a headline figure's
/// twin in the body; and `presence` is what a topic's mere presence in the news means to a persona
/// that weighs it negatively: a skeptic with a negative weight on spending reads even a
/// neutral capex figure as a warning. A positive weight is a plain sensitivity. Each sentence adds its own tone the same way (without presence) with `proseWeight` in place of the
/// kind weight, times `leadWeight` for the headline and the lede. N is the number of terms, so long articles do not saturate every stance;
/// n(f) is the number of figures in f's clause (with the subject's name in the lead), so a
/// clause that packs four figures into one claim weighs 4^−clauseShare each.
/// `raw = bias + Σ values`, `stance = tanh(raw)`. Names (tickers, organisations, people,
/// products) count only where a persona gives their kind a weight, except the subject's own
/// name in the headline or the lede, which counts as a figure would (`Term.namesTheStory`).
///
/// The coefficients `leadWeight`, `otherCompanyWeight`, `presence`, `attributionDiscount`,
/// `unweightedTopic` and `clauseShare` are the scenario's (`Scenario.StanceRules`, defaults
/// 1.5, 0.4, 0.2, 0.3, 0.3 and 0.5).
public enum StanceModel {
    public static func read(_ persona: Persona, _ sheet: FactSheet, rules: Scenario.StanceRules) -> StanceReading {
        read(persona, sheet, ScoringSheet(sheet), rules: rules)
    }

    /// `read(persona, sheet)` with the sheet's terms made once for every persona (`scoring`
    /// is `ScoringSheet(sheet)`).
    public static func read(_ persona: Persona, _ sheet: FactSheet, _ scoring: ScoringSheet, rules: Scenario.StanceRules) -> StanceReading {
        read(persona, sheet, scoring, rules: rules, listing: true)
    }

    /// `read(persona, sheet, scoring)` with `contributions` left empty: what a debate reads
    /// (each fact's value and the stance; the same numbers, added in the same order).
    public static func readValues(_ persona: Persona, _ sheet: FactSheet, _ scoring: ScoringSheet, rules: Scenario.StanceRules) -> StanceReading {
        read(persona, sheet, scoring, rules: rules, listing: false)
    }

    static func read(_ persona: Persona, _ sheet: FactSheet, _ scoring: ScoringSheet, rules: Scenario.StanceRules, listing: Bool) -> StanceReading {
        let table = WeightTable(persona, rules)
        let facts = sheet.facts
        let scale = scoring.scale
        var contributions: [Contribution] = []
        if listing { contributions.reserveCapacity(facts.count + sheet.sentences.count) }
        var factValues = [Double](repeating: 0, count: facts.count)
        // The raw sum adds the terms in the order they are listed: facts, then sentences.
        var raw = persona.bias
        for i in facts.indices {
            let value = table.value(scoring.facts[i], scale: scale)
            guard value != 0 else { continue }
            factValues[i] = value
            raw += value
            if listing { contributions.append(Contribution(fact: facts[i].id, sentence: facts[i].sentence, text: facts[i].text, value: value)) }
        }
        for i in sheet.sentences.indices {
            let value = table.value(scoring.sentences[i], scale: scale)
            guard value != 0 else { continue }
            raw += value
            if listing { contributions.append(Contribution(fact: nil, sentence: sheet.sentences[i].index, text: sheet.sentences[i].text, value: value)) }
        }
        return StanceReading(persona: persona.name, contributions: contributions, factValues: factValues,
                             bias: persona.bias, raw: raw, stance: tanh(raw))
    }

    /// `read(persona, sheet).raw` without the contributions: the same terms added in the
    /// same order, so the same number, for tuning's evaluations.
    public static func raw(_ table: WeightTable, _ sheet: ScoringSheet) -> Double {
        var raw = table.bias
        for term in sheet.facts { raw += table.value(term, scale: sheet.scale) }
        if table.proseWeight > 0 {
            for term in sheet.sentences { raw += table.value(term, scale: sheet.scale) }
        }
        return raw
    }
}
