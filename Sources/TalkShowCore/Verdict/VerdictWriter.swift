/// Writes the verdict's prose from the facts the panel weighed: the summary names the
/// subject, the strongest bull point and the strongest bear point; Risk and Opportunity are
/// the facts the panel as a whole weighed most negative and most positive (the sum of every
/// persona's contribution), credited to the panelists who cited them.
public enum VerdictWriter {
    /// Whether a phrase can stand as a Risk or Opportunity line: two words or more, the first
    /// not a preposition or another word that leans on what came before it ("for Acme", "with
    /// rivals"), nor a subordinator ("if the filing is late"), nor a pronoun left unresolved
    /// ("it was disclosed in early 2023"), nor a participle with its
    /// object ("refunding up to 50% of the cost", "lifting its leverage"); a determiner or
    /// pronoun may open it, and so may a participle before a noun ("rising costs hurt").
    static func standsAlone(_ phrase: String) -> Bool {
        let words = phrase.split(separator: " ", maxSplits: 2)
        guard words.count >= 2 else { return false }
        let first = String(words[0]).lowercased(), second = String(words[1]).lowercased(), grammar = GrammarLexicon.shared
        if grammar.subordinators.value(first) != nil { return false }
        // "It was disclosed in early 2023": a pronoun the phrase never resolved says of nothing.
        if grammar.impersonalPronouns.value(first) != nil { return false }
        if first.utf8.count >= 6, first.hasSuffix("ing"), grammar.determiners.value(first) == nil,
           second.utf8.first.map({ UTF8Bytes.isDigit($0) || $0 == 0x24 }) == true || grammar.determiners.value(second) != nil
            || FactLexicon.shared.possessiveDeterminers.value(second) != nil
            || grammar.continuations.value(second) != nil
            || Phrasebook.danglerTable.value(second) != nil && grammar.determiners.value(second) == nil
                && FactLexicon.shared.auxiliaries.value(second) == nil && grammar.verbs.value(second) == nil {
            return false
        }
        return Phrasebook.danglerTable.value(first) == nil || grammar.determiners.value(first) != nil || grammar.pronouns.value(first) != nil
    }

    /// Whether a phrase that holds a verb form says something: one that opens with "a" or
    /// "an" is a noun phrase unless a verb the grammar lists, an auxiliary or a word of
    /// direction stands in it, or a form in -ed with an object or a preposition after it ("a
    /// single customer accounted for 27%", not "a standalone listed company by mid-2026").
    static func saysSomething(_ phrase: String) -> Bool {
        let u = phrase.utf8
        guard u.starts(with: "a ".utf8) || u.starts(with: "A ".utf8) || u.starts(with: "an ".utf8) || u.starts(with: "An ".utf8) else { return true }
        let words = phrase.split(separator: " ").map { String($0.filter { $0.isLetter || $0.isNumber || $0 == "$" || $0 == "-" }) }
        let grammar = GrammarLexicon.shared, lexicon = FactLexicon.shared
        for (i, word) in words.enumerated().dropFirst() {
            let w = word.lowercased()
            if grammar.verbs.value(w) != nil || lexicon.auxiliaries.value(w) != nil || lexicon.direction.value(w) != nil { return true }
            if w.utf8.count >= 5, w.hasSuffix("ed"), i + 1 < words.count, let next = words[i + 1].utf8.first,
               Phrasebook.danglerTable.value(words[i + 1].lowercased()) != nil || UTF8Bytes.isDigit(next) || next == 0x24 { return true }
        }
        return false
    }

    /// How far a clause may read the other way and still name a Risk or an Opportunity: no
    /// further than a clause with no loaded word of its own (`polarity.json weights.unloaded`).
    static var toneSlack: Double { FactLexicon.shared.weights.unloaded }

    public static func verdict(_ context: DebateContext, rounds: [RoundRecord], finalStances: [Double]) -> Verdict {
        let scenario = context.scenario
        let names = scenario.personas.map(\.name)
        let (kind, side, spread) = ConsensusRule.decide(finalStances, rules: scenario.verdict)
        let split = ConsensusRule.split(finalStances, band: scenario.verdict.neutralBand)
        var stances: [String: Double] = [:]
        for (i, n) in names.enumerated() { stances[n] = StableJSON.rounded(finalStances[i]) }
        let facts = context.sheet.facts
        var panel = [Double](repeating: 0, count: facts.count)
        for r in context.readings { for i in facts.indices { panel[i] += r.factValues[i] } }
        let candidates = facts.indices.filter { panel[$0] != 0 && !context.phrasebook.isEmpty($0) }
        // Risk: of the facts some panelist reads as negative, the one the panel weighs lowest;
        // Opportunity: of the facts some panelist reads as positive, the one it weighs highest.
        let negativeSomewhere = candidates.filter { i in context.readings.contains { $0.factValues[i] < 0 } }
        let positiveSomewhere = candidates.filter { i in context.readings.contains { $0.factValues[i] > 0 } }
        // Of those, the weightiest whose phrase can stand as a line of its own ("for Acme." is
        // no Risk) and that is about more than the stock, else the weightiest that stands
        // alone, else the weightiest; phrases are made only for the facts looked at.
        // A name's value is its clause's tone, and its phrase may stop short of what set it
        // ("Sunfield posts record profit, … as windfall tax threat looms"): a name whose own
        // phrase reads the other way is no line for that side.
        // Another company's news is the subject's Risk or Opportunity only where the subject
        // has none of its own ("Ordell shares are down 30%" is no risk to Acme), unless it is
        // a rival's, which the stance model reads turned over for the subject.
        func theSubjects(_ f: Int) -> Bool {
            !context.aboutAnotherCompany[f] || (context.polarity[f] < 0) != (context.sheet.facts[f].polarity < 0)
        }
        func weightiest(_ facts: [Int], negative: Bool, by order: (Int, Int) -> Bool) -> Int? {
            let ranked = facts.sorted(by: order)
            let sorted = ranked.filter(theSubjects) + ranked.filter { !theSubjects($0) }
            // A line whose own clause reads the other way is no Risk or Opportunity, whatever a
            // panelist's weights make of it (a skeptic may welcome a write-down); a rival's
            // record reads as the subject's risk.
            func pointsTheWay(_ f: Int) -> Bool {
                let polarity = context.polarity[f]
                return negative ? polarity <= Self.toneSlack : polarity >= -Self.toneSlack
            }
            // A name's line says its side itself where one can ("Workers … voted to ratify a new
            // contract" has left the strike's cost behind); one that reads neither way comes after.
            // (Each name's phrase is read once: the tiers below ask again.)
            var tones: [Int: Double] = [:]
            func fits(_ f: Int, strictly: Bool) -> Bool {
                guard pointsTheWay(f) else { return false }
                let phrase = context.phrasebook.phrase(f)
                guard Self.standsAlone(phrase) else { return false }
                // A figure's line reads its clause's way (strictly: past a clause with no loaded word).
                guard !context.sheet.facts[f].kind.isFigure else {
                    return !strictly || (negative ? context.polarity[f] < -Self.toneSlack : context.polarity[f] > Self.toneSlack)
                }
                let tone = tones[f] ?? Self.tone(of: phrase)
                tones[f] = tone
                return strictly ? (negative ? tone < 0 : tone > 0) : (negative ? tone <= 0 : tone >= 0)
            }
            // The market's reaction ("shares fell 8.7%", a price target) is no risk or
            // opportunity of the business while a line about the business is left; and a
            // line says something: a noun phrase ("the stake, worth roughly $1.4B", "a standalone
            // listed company by mid-2026") comes after every line with a verb.
            func aboutTheMarketOnly(_ f: Int) -> Bool { context.sheet.facts[f].topics == [.valuation] }
            func saysSomething(_ f: Int) -> Bool { context.phrasebook.isClause(f) && Self.saysSomething(context.phrasebook.phrase(f)) }
            for strictly in [true, false] {
                if let f = sorted.first(where: { !aboutTheMarketOnly($0) && saysSomething($0) && fits($0, strictly: strictly) })
                    ?? sorted.first(where: { saysSomething($0) && fits($0, strictly: strictly) }) { return f }
            }
            return sorted.first { !aboutTheMarketOnly($0) && fits($0, strictly: false) } ?? sorted.first { fits($0, strictly: false) }
                ?? sorted.first { pointsTheWay($0) && Self.standsAlone(context.phrasebook.phrase($0)) } ?? sorted.first(where: pointsTheWay)
        }
        let riskFact = weightiest(negativeSomewhere, negative: true) { (panel[$0], $0) < (panel[$1], $1) }
        // Not from the Risk's clause: the two would quote one line of the article twice.
        let riskClause = riskFact.map { context.clauseOf[$0] }
        let opportunityFact = weightiest(positiveSomewhere.filter { $0 != riskFact && context.clauseOf[$0] != riskClause }, negative: false) {
            (panel[$0], -$0) > (panel[$1], -$1)
        }
        func credit(_ f: Int?, negative: Bool) -> [String] {
            guard let f else { return [] }
            var by: [String] = []
            // A seat that cited the line, or its headline twin (one clause, `clauseOf`).
            let clause = context.clauseOf[f]
            for r in rounds {
                for m in r.messages where !by.contains(m.speaker) && m.cites.contains(where: { id in
                    id == facts[f].id || context.factIndex[id].map { context.clauseOf[$0] == clause } == true
                }) {
                    let value = context.readings[m.seat].factValues[f]
                    if negative ? value < 0 : value > 0 { by.append(m.speaker) }
                }
            }
            // A line no seat said on that side is credited to no one: the panel weighed it, but
            // "raised by" a seat that never said it would be untrue.
            return by.sorted { names.firstIndex(of: $0)! < names.firstIndex(of: $1)! }
        }
        let phrasebook = context.phrasebook
        let subject = context.phrasebook.subject
        let riskText = riskFact.map { capitalised(phrasebook.phrase($0)) } ?? Self.noRisk
        let opportunityText = opportunityFact.map { capitalised(phrasebook.phrase($0)) } ?? Self.noOpportunity
        let riskClean = riskFact
        let risk = riskClean == nil ? Self.noRisk : riskText
        var summary: String
        // "Good for this story" says nothing: an article with no named subject gets no "for".
        let named = subject != ArticleSubject.none
        switch (kind, side) {
        case (.consensus, .bullish?): summary = named ? "The panel agrees the news is good for \(subject)" : "The panel agrees the news is good"
        case (.consensus, .bearish?): summary = named ? "The panel agrees the news weighs on \(subject)" : "The panel agrees the news is bad"
        case (.consensus, _): summary = "The panel agrees there is no clear call yet on \(subject)"
        // No consensus with every seat on one side: the seats agree on the direction, not on
        // how far (their spread is over the scenario's consensus spread).
        case (.noConsensus, _) where split.bullish == finalStances.count:
            summary = "The panel leans bullish on \(subject) but differs on how far"
        case (.noConsensus, _) where split.bearish == finalStances.count:
            summary = "The panel leans bearish on \(subject) but differs on how far"
        // Most seats on one side: the summary says so and names the others.
        case (.noConsensus, _) where split.bullish * 2 > finalStances.count:
            summary = "Most of the panel leans bullish on \(subject); " + Self.others(of: .bullish, finalStances, names, scenario.verdict.neutralBand)
        case (.noConsensus, _) where split.bearish * 2 > finalStances.count:
            summary = "Most of the panel leans bearish on \(subject); " + Self.others(of: .bearish, finalStances, names, scenario.verdict.neutralBand)
        default: summary = "The panel splits on \(subject)"
        }
        summary += "."
        if let o = opportunityFact { summary += " Bull case: \(phrasebook.phrase(o))." }
        if let r = riskClean, r != opportunityFact { summary += " Bear case: \(phrasebook.phrase(r))." }
        return Verdict(kind: kind, side: side, split: split, spread: StableJSON.rounded(spread), stances: stances,
                       summary: summary, risk: terminated(risk), opportunity: terminated(opportunityText),
                       riskBy: riskClean == nil ? [] : credit(riskClean, negative: true),
                       opportunityBy: opportunityFact == nil ? [] : credit(opportunityFact, negative: false))
    }

    /// The seats not on `side`, named, with where they stand: "Dex is neutral", "Dex and
    /// Imani lean bullish", "Dex and Imani do not".
    static func others(of side: Verdict.Side, _ stances: [Double], _ names: [String], _ band: Double) -> String {
        let seats = stances.indices.filter { ConsensusRule.side(stances[$0], band: band) != side }
        let who = seats.map { names[$0] }
        let list = who.count <= 1 ? who.joined() : who.dropLast().joined(separator: ", ") + " and " + who.last!
        let one = seats.count == 1
        let sides = Set(seats.map { ConsensusRule.side(stances[$0], band: band) })
        switch sides.count == 1 ? sides.first : nil {
        case .neutral?: return list + (one ? " is neutral" : " are neutral")
        case .bullish?: return list + (one ? " leans bullish" : " lean bullish")
        case .bearish?: return list + (one ? " leans bearish" : " lean bearish")
        case nil: return list + (one ? " does not" : " do not")
        }
    }

    /// The tone of a phrase read on its own, as the article's sentences are read.
    static func tone(of phrase: String) -> Double {
        FactExtractor().extract(Article(text: phrase)).sentences.first?.polarity ?? 0
    }

    static let noRisk = "None identified: no figure in the article reads as a risk to any panelist."
    static let noOpportunity = "None identified: no other figure in the article reads as an opportunity to any panelist."

    static func capitalised(_ s: String) -> String {
        guard let c = s.first else { return s }
        return c.uppercased() + s.dropFirst()
    }

    static func terminated(_ s: String) -> String {
        guard let last = s.last else { return s }
        return ".!?".contains(last) ? s : s + "."
    }
}
