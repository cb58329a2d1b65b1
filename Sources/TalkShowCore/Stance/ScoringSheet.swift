/// The numbers of a fact sheet the stance model reads, without any text: per fact its kind,
/// topics, polarity, certainty and whether it is attributed; per sentence the same. Built once
/// per article, it is what tuning reads thousands of times (no strings, no reference counting).
public struct ScoringSheet: Sendable {
    /// One term of the stance sum: a fact (`kind` ≥ 0, its `FactKind.ordinal`) or a sentence (`kind` −1).
    public struct Term: Sendable {
        public var kind: Int8
        public var topics: UInt32
        public var polarity: Double
        public var certainty: Double
        public var attributed: Bool
        /// How much the term is about the article's story, as an index into
        /// `WeightTable.reach`: bit 0 for a fact whose clause names only another company
        /// (it weighs `otherCompanyWeight`), bit 1 for a fact or sentence of the headline or
        /// the lede (`leadWeight`).
        public var reach: UInt8
        /// The subject's own name in the headline or the lede: it carries its clause's tone
        /// at a figure's weight for a persona that weighs no names, so the story the article
        /// leads with is said even when it gives no figure ("X's rating was cut to junk").
        public var namesTheStory = false
        /// How many facts that count share this fact's clause (figures, and the subject's name
        /// in the lead), capped at `ScoringSheet.maxClauseFacts`; 1 for a sentence. Each
        /// weighs `n^−clauseShare` (`Scenario.StanceRules.clauseShare`), so a clause with
        /// four figures does not say its one tone four times over.
        public var clauseFacts: UInt8 = 1

        public init(_ fact: borrowing Fact, aboutAnotherCompany: Bool = false, aboutARival: Bool = false, inLead: Bool = false) {
            kind = Int8(fact.kind.ordinal)
            topics = Self.mask(fact.topics)
            polarity = aboutARival ? -fact.polarity : fact.polarity
            certainty = fact.certainty
            attributed = fact.attribution != nil
            reach = (aboutAnotherCompany ? 1 : 0) | (inLead ? 2 : 0)
        }

        public init(_ sentence: borrowing SentenceAnalysis, aboutARival: Bool = false, inLead: Bool = false) {
            kind = -1
            topics = Self.mask(sentence.topics)
            polarity = aboutARival ? -sentence.polarity : sentence.polarity
            certainty = sentence.certainty
            attributed = sentence.attribution != nil
            reach = inLead ? 2 : 0
        }

        static func mask(_ topics: [Topic]) -> UInt32 { topics.reduce(0) { $0 | $1.bit } }
    }

    public let facts: [Term]
    public let sentences: [Term]
    /// What the article is about (`ArticleSubject.of`).
    public let subject: String
    /// Per fact, whether its clause names only another company than the subject.
    public let aboutAnotherCompany: [Bool]
    /// 1/√N for the N terms (facts and sentences): long articles do not saturate every stance.
    public let scale: Double

    public init(_ sheet: FactSheet) {
        let subject = ArticleSubject.of(sheet)
        let elsewhere = ArticleSubject.aboutAnotherCompany(sheet, subject: subject)
        self.subject = subject
        aboutAnotherCompany = elsewhere
        let leadFacts = StoryLead.facts(sheet), leadSentences = StoryLead.sentences(sheet)
        // A rival's news reads the other way for the subject: the fact, and a sentence whose
        // facts are all another company's, one of them a rival's.
        let rival = ArticleSubject.aboutARival(sheet, elsewhere: elsewhere)
        // By the sentence's index in the article.
        let count = (sheet.sentences.last?.index ?? -1) + 1
        var rivalSentence = [Bool](repeating: false, count: count)
        var ownSentence = [Bool](repeating: false, count: count)
        if rival.contains(true) {
            for i in sheet.facts.indices {
                guard let s = sheet.facts[i].sentence, s < count else { continue }
                if rival[i] { rivalSentence[s] = true }
                if !elsewhere[i] { ownSentence[s] = true }
            }
        }
        let terms = sheet.facts.indices.map { i in
            var term = Term(sheet.facts[i], aboutAnotherCompany: elsewhere[i], aboutARival: rival[i], inLead: leadFacts[i])
            let f = sheet.facts[i]
            term.namesTheStory = leadFacts[i] && (f.kind == .organization || f.kind == .product)
                && (LiteralText.contains(f.text, subject) || LiteralText.contains(subject, f.text))
            return term
        }
        facts = Self.countingClauses(terms, sheet)
        sentences = sheet.sentences.indices.map {
            let s = sheet.sentences[$0].index
            return Term(sheet.sentences[$0], aboutARival: s < count && rivalSentence[s] && !ownSentence[s], inLead: leadSentences[$0])
        }
        scale = Self.scale(terms: facts.count + sentences.count)
    }

    /// The most facts a clause is counted with: past it, sharing the weight further changes little.
    public static let maxClauseFacts = 16

    /// `terms` with each fact's `clauseFacts` set: the facts that count (figures, and the
    /// subject's name in the lead) of the same sentence and clause.
    static func countingClauses(_ terms: [Term], _ sheet: FactSheet) -> [Term] {
        struct Clause: Hashable { var sentence: Int; var start: Int }
        func counts(_ i: Int) -> Bool { sheet.facts[i].kind.isFigure || terms[i].namesTheStory }
        var size: [Clause: Int] = [:]
        for i in terms.indices where counts(i) {
            size[Clause(sentence: sheet.facts[i].sentence ?? -1, start: sheet.facts[i].clauseStart), default: 0] += 1
        }
        var out = terms
        for i in out.indices where counts(i) {
            let n = size[Clause(sentence: sheet.facts[i].sentence ?? -1, start: sheet.facts[i].clauseStart)] ?? 1
            out[i].clauseFacts = UInt8(min(n, maxClauseFacts))
        }
        return out
    }

    /// 1/√N for N terms (at least one).
    public static func scale(terms: Int) -> Double { 1 / Double(max(1, terms)).squareRoot() }
}
