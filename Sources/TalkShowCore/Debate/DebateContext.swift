/// Everything a debate reads and never changes: the facts, each persona's reading of
/// them, the phrases the voices say, and the scenario. Built once per article.
///
/// A class of constants: every speaker and every message's writer holds the one context,
/// at the cost of one reference count, where a copy of a struct counted each of its arrays.
public final class DebateContext: Sendable {
    public let sheet: FactSheet
    public let scenario: Scenario
    /// Each persona's fact values and opening stance (`StanceModel.readValues`: no
    /// contributions listed; `explain` lists them).
    public let readings: [StanceReading]
    public let phrasebook: Phrasebook
    public let factIndex: FactIndex
    /// The clause of each fact (where the text its phrase is cut from starts,
    /// `Phrasebook.readingStart`), to keep cited facts from one clause apart. A headline's
    /// figure that the body gives again takes the body's clause: one news item, cited once.
    public let clauseOf: [Int]
    /// Topics that sentences raise but no figure covers (in its clause or its sentence), in
    /// canonical order.
    public let uncoveredTopics: [Topic]
    /// Whether each fact is a figure, and whether it is an amount (`FactKind.isAmount`).
    public let isFigure: [Bool]
    public let isAmount: [Bool]
    /// Every figure, then every name with something to cite (not a firm named only as where a
    /// source works), each group in the sheet's order: what a seat that weighs too few facts
    /// falls back on.
    public let fallbackOrder: [Int]
    /// Per fact, whether it has something to cite: every figure, and a name whose phrase says
    /// something of it (not a firm named only as where a source works, nor "according to X"
    /// cut to the name alone).
    public let citable: [Bool]
    /// Each seat's facts that have a phrase, best first for, against and either way.
    let rankings: [FactRanking]
    /// Per fact, whether a fact of its clause has a direction: a move, which another source
    /// reports as an observation, not a maybe ("its notes dropped 6 pence, according to traders").
    public let inMovingClause: [Bool]
    /// The people the article names as the subject's officers (`ArticleSubject.officers`):
    /// what they say is the company's word, not another source's.
    public let officers: [String]
    /// What the subject is (`ArticleSubject.scope`): the words a voice may use of it.
    public let subjectScope: ArticleSubject.Scope
    /// Each fact's clause polarity as the stance model reads it: a rival's news turned over
    /// ("rival Kestrel Auto delivered a record" is bad news for the subject).
    public let polarity: [Double]
    /// Per fact, whether its clause names only another company than the subject
    /// (`ScoringSheet.aboutAnotherCompany`).
    public let aboutAnotherCompany: [Bool]
    /// The fact each seat's opening headline leads with (`FactRanking.leads`), from the facts
    /// on the side of its opening stance, amounts first.
    let leads: [Int?]
    /// The fact each seat's closing counterpoint names, cast as the leads are from the facts
    /// against its opening side, so that four seats do not close on one line.
    let counters: [Int?]
    /// The clauses each seat's opening take leaves to others (`FactRanking.crowded`): at
    /// most `openingQuota` takes say one line while a seat has other lines to say.
    let crowded: [[Int]]
    /// How many opening takes may say one clause, and how many clauses a seat is cast.
    static let openingQuota = 2, openingCast = 6

    public init(sheet: FactSheet, scenario: Scenario) {
        self.sheet = sheet
        self.scenario = scenario
        let scoring = ScoringSheet(sheet)
        let readings = scenario.personas.map { StanceModel.readValues($0, sheet, scoring, rules: scenario.stance) }
        self.readings = readings
        officers = ArticleSubject.officers(sheet, subject: scoring.subject)
        subjectScope = ArticleSubject.scope(of: scoring.subject, in: sheet)
        polarity = scoring.facts.map(\.polarity)
        aboutAnotherCompany = scoring.aboutAnotherCompany
        // No phrase is made up front: each is made when a seat or the verdict first asks.
        phrasebook = Phrasebook(sheet, needed: { _ in false }, subject: scoring.subject)
        // A topic the article raises is one it comes back to: in `absenceMentions` sentences.
        var raised: UInt32 = 0, covered: UInt32 = 0
        var mentions = [Int](repeating: 0, count: Topic.allCases.count)
        let enough = FactLexicon.shared.absenceMentions
        for s in sheet.sentences {
            for t in s.topics {
                mentions[t.ordinal] += 1
                if mentions[t.ordinal] >= enough { raised |= t.bit }
            }
        }
        // By index: a fact is read a field at a time, never copied whole.
        let facts = sheet.facts
        // A topic is covered by a figure in its clause, or in its sentence: "capex will rise to
        // $135B as the investment in data centres grows" gives the investment a figure too.
        let sentenceCount = sheet.sentences.reduce(0) { max($0, $1.index + 1) }
        var withFigure = [Bool](repeating: false, count: sentenceCount)
        for i in facts.indices where facts[i].kind.isFigure {
            guard let s = facts[i].sentence else { continue }
            for t in facts[i].topics { covered |= t.bit }
            if s < sentenceCount { withFigure[s] = true }
        }
        for s in sheet.sentences where withFigure[s.index] {
            for t in s.topics { covered |= t.bit }
        }
        let covers = FactLexicon.shared.covers
        for t in Topic.list(covered) { covered |= covers[t.ordinal] }
        factIndex = FactIndex(facts)
        let clauseOf = Self.headlineTwins(sheet, clauses: phrasebook.readingStarts)
        self.clauseOf = clauseOf
        var moving = Set<Int>()
        for i in facts.indices where facts[i].direction != nil { moving.insert(clauseOf[i]) }
        inMovingClause = facts.indices.map { moving.contains(clauseOf[$0]) }
        let isFigure = facts.indices.map { facts[$0].kind.isFigure }
        self.isFigure = isFigure
        isAmount = facts.indices.map { facts[$0].kind.isAmount }
        uncoveredTopics = Topic.list(raised & ~covered)
        let phrasebook = phrasebook
        // A firm named only as where a source works ("an analyst at Northby Capital") has
        // nothing to cite, nor has a name whose phrase says nothing it did ("chief economist
        // at Baltica Bank", "analysts at Northgrove Partners"): a name's phrase needs a verb.
        let citable = facts.indices.map { i in
            guard !phrasebook.isEmpty(i) else { return false }
            if facts[i].kind.isFigure { return true }
            guard !(facts[i].kind == .organization && ArticleSubject.isSourcesEmployer(facts[i], in: sheet.article)) else { return false }
            // Only a name after a preposition can be cut to a phrase without one; the others'
            // phrases are not made up front.
            return !Phrasebook.followsAPreposition(facts[i], in: sheet.article) || Phrasebook.hasVerb(phrasebook.phrase(i))
        }
        self.citable = citable
        fallbackOrder = isFigure.indices.filter { isFigure[$0] } + isFigure.indices.filter { !isFigure[$0] && citable[$0] }
        let rankings = readings.map { FactRanking($0.factValues) { citable[$0] } }
        self.rankings = rankings
        let band = scenario.verdict.neutralBand
        let isAmount = isAmount
        // A thesis stands on a figure: amounts come first, a bare name only when none is left;
        // and it is about the subject: a figure whose clause names only another company
        // ("Tolliver's sales grew 11%" in a story about its buyer) comes after the others.
        let elsewhere = scoring.aboutAnotherCompany
        // A seat's close names a fact against its side by its weights and by the clause's tone.
        let tone = polarity
        let counters = FactRanking.leads(rankings.indices.map { s in
            let x = readings[s].stance
            return (x >= 0 ? rankings[s].negatives : rankings[s].positives).filter { Self.reads($0, against: x, tone) }
        }, values: readings.map(\.factValues), clauseOf: clauseOf)
        let sides = rankings.indices.map { s in
            let x = readings[s].stance
            let side = x > band ? rankings[s].positives : x < -band ? rankings[s].negatives : rankings[s].weighty
            return side.filter { isAmount[$0] && !elsewhere[$0] } + side.filter { isAmount[$0] && elsewhere[$0] } + side.filter { !isAmount[$0] }
        }
        let leads = FactRanking.leads(sides, values: readings.map(\.factValues), clauseOf: clauseOf)
        self.counters = counters
        self.leads = leads
        crowded = FactRanking.crowded(rankings.indices.map { s in
            FactRanking.wishes(lead: leads[s], counter: counters[s], side: sides[s],
                               against: readings[s].stance >= 0 ? rankings[s].negatives : rankings[s].positives,
                               clauseOf: clauseOf, limit: 3 * Self.openingCast)
        }, values: readings.map(\.factValues), clauseOf: clauseOf, quota: Self.openingQuota, perSeat: Self.openingCast)
    }

    public var openingStances: [Double] { readings.map(\.stance) }

    /// Whether fact `f`'s clause does not read on the side of stance `x` (`polarity`, within
    /// `polarity.json weights.unloaded`): what a seat may name as what would change its mind.
    /// A bear's weights may welcome outflows from something it distrusts, but "more of this
    /// and I would soften" over bad news says the opposite of what it means.
    static func reads(_ f: Int, against x: Double, _ polarity: [Double]) -> Bool {
        let slack = FactLexicon.shared.weights.unloaded
        return x >= 0 ? polarity[f] <= slack : polarity[f] >= -slack
    }

    /// `reads(f, against: x, polarity)` for this context's facts.
    func reads(_ f: Int, against x: Double) -> Bool { Self.reads(f, against: x, polarity) }

    /// `clauses` with each figure of the headline (a first sentence that is a paragraph of its
    /// own) given the clause of the first figure after it of the same kind, value and unit:
    /// "shares plunge 28%" and "shares of Acme plunged 28% to $31.40" are one line of news.
    static func headlineTwins(_ sheet: FactSheet, clauses: [Int]) -> [Int] {
        var out = clauses
        let twins = StoryLead.headlineTwins(sheet)
        // The other facts quoted with a headline figure's phrase go with its first twin: the
        // headline's name says the same line ("Acme fined $640M over …").
        for (headline, twin) in twins.reversed() {
            let key = clauses[headline]
            for i in clauses.indices where clauses[i] == key { out[i] = clauses[twin] }
        }
        for (headline, twin) in twins { out[headline] = clauses[twin] }
        return out
    }
}
