import Foundation

/// The words the Article stage reads prose with: verbs (to tell a sentence from a heading),
/// abbreviations that do not end a sentence, boilerplate cues, and function words that
/// start sentences; and the English the voices are written with (shortenings, agreement,
/// where a quoted phrase may start and end).
/// Loaded once from the embedded `grammar.json` and `entities.json`.
public final class GrammarLexicon: Sendable {
    public let verbs: WordTable<Bool>
    public let abbreviations: WordTable<Bool>
    /// Abbreviations (titles, `e.g.`, `vs.`) after which a sentence never ends.
    public let tightAbbreviations: WordTable<Bool>
    public let sentenceStarters: WordTable<Bool>
    public let lineStarts: [[UInt8]]
    public let lineContains: [[UInt8]]
    public let shareWords: WordTable<Bool>
    /// The words of an HTML class or id that name page chrome ("sidebar", "most-read"): an
    /// element so named is dropped with its content.
    public let chromeClasses: Set<String>
    /// Link labels a news site prints after a ticker ("Acme (ACME) - Get Report", "(ACME -
    /// Free Report)"): said with the ticker, left out with it.
    public let tickerLinks: [[UInt8]]
    /// Lowered openings of a line that heads a list of links ("most read", "related stories").
    public let listCues: [[UInt8]]
    /// Lowered openings of a line that heads a closing section ("forward-looking statements",
    /// "about ", "media contact").
    public let sectionCues: [[UInt8]]
    /// Long phrases and their short forms ("capital expenditures" → "capex"), longest first.
    public let shortenings: [(String, String)]
    /// The `shortenings` targets lowercased: one pass over a phrase tells whether any occurs.
    let shorteningTargets: LiteralSet
    /// The `lineContains` cues, for one pass over a lowered line.
    public let containsCues: LiteralSet
    /// `lineStarts` cues grouped by their first byte, in file order.
    public let lineStartsByFirstByte: [[[UInt8]]]
    /// The length in bytes of the longest `lineStarts` cue.
    public let longestLineStart: Int
    /// How a voice template's verb agrees with a plural subject.
    public let agreement: VerbAgreement
    /// Words a quoted phrase must not end on ("the", "of", "will").
    public let phraseDanglers: Set<String>
    /// `phraseDanglers` as a table, looked up by bytes.
    public let danglerWords: WordTable<Bool>
    /// Words cut from a quoted phrase's front ("and", "however,").
    public let phraseConnectors: Set<String>
    /// `phraseConnectors` as a table, looked up by bytes.
    public let connectorWords: WordTable<Bool>
    /// Words that open a new clause ("as", "because", "which"): a phrase no comma ends
    /// within its length ends before one.
    public let clauseOpeners: WordTable<Bool>
    /// Words that open a clause with a subject of its own ("after the U.S. lifted …"): a
    /// phrase reaching back for its figure's subject starts after one.
    public let subordinators: WordTable<Bool>
    /// Words that carry on the clause before them ("up from", "compared with"): a clause
    /// that opens with one is quoted with the sentence's start, for its subject.
    public let continuations: WordTable<Bool>
    /// Participles that report speech ("saying", "noting"): cut from a quoted phrase's
    /// front, with a "that" after them, for the clause they report.
    public let reportingParticiples: WordTable<Bool>
    /// Nouns whose "that" clause is hoped, feared or demanded, not stated ("guarantees that no
    /// jobs will be cut", "fears that"): a phrase does not start after their "that".
    public let contentNouns: WordTable<Bool>
    /// Adverbs of time and sequence ("later", "then", "also"): a clause that opens with one and
    /// then a verb ("…, but later turned lower") carries on the subject before it.
    public let adverbs: WordTable<Bool>
    /// Words after which a verb form reads as a noun ("a rise", "its cut").
    public let determiners: WordTable<Bool>
    /// Subject pronouns: with the determiners, what a reported clause without "that" opens with.
    public let pronouns: WordTable<Bool>
    /// The pronouns that stand for a company or a group, not a person ("it", "they"): "it
    /// said …" says what the subject said.
    public let impersonalPronouns: WordTable<Bool>
    /// Words that open a condition ("if", "unless"): a sentence that opens with one says what
    /// follows in its main clause, after the comma.
    public let conditions: WordTable<Bool>
    /// Pronouns that open a relative clause ("which", "who"): a phrase opening on one lacks
    /// what the clause is about.
    public let relativePronouns: WordTable<Bool>
    /// Verbs of saying that report a clause without "that" ("said it will …").
    public let speechVerbs: WordTable<Bool>
    /// Phrases of a teaser ("need to know"): a sentence with one and no figure asserts nothing.
    public let teasers: WordTable<Bool>
    /// Phrases of a past time that open a sentence ("At the time, …"): what it says was a
    /// view then, which reads neither way now.
    public let formerTimes: WordTable<Bool>
    /// Whole words of one to three letters a sentence may end on ("ago", "up"): a text whose
    /// last sentence has no stop and ends on other such letters was cut off mid-word.
    public let shortEndings: WordTable<Bool>
    /// Words by which a voice template speaks of a figure ("the hard number"): a name is
    /// not said with such a template.
    public let figureWords: WordTable<Bool>
    /// Words by which a voice template speaks of a company's own shares ("the stock", "adds
    /// to the position"): said only of a subject whose shares the article reports.
    public let listingWords: WordTable<Bool>
    /// Words by which a voice template speaks of a company ("a moat", "management"): not
    /// said of the economy.
    public let companyWords: WordTable<Bool>
    /// Words of degree that may stand before a verb ("more than doubled", "nearly tripled").
    public let degreeWords: WordTable<Bool>
    /// Words of degree that open an appositive after a figure ("…, the slowest pace since 2021").
    public let superlatives: WordTable<Bool>
    /// Words of a time phrase that may open a sentence before its subject ("Last year it
    /// pushed …", "In March, it …"), beside numbers, months and period nouns.
    public let timeOpeners: WordTable<Bool>

    struct File: Decodable {
        struct Boilerplate: Decodable {
            var lineStarts: [String]
            var lineContains: [String]
            var shareWords: [String]
            var chromeClasses: [String]?
            var listCues: [String]?
            var sectionCues: [String]?
            var tickerLinks: [String]?
        }
        var verbs: [String]
        var abbreviations: [String]
        var boilerplate: Boilerplate
        var sentenceStarters: [String]
        var shortenings: [String: String]
        var agreement: VerbAgreement.File
        var phrases: Phrases
    }

    struct Phrases: Decodable {
        var danglers: [String]
        var connectors: [String]
        var clauseOpeners: [String]
        var subordinators: [String]
        var continuations: [String]
        var reportingParticiples: [String]
        var contentNouns: [String]?
        var adverbs: [String]?
        var determiners: [String]
        var pronouns: [String]
        var impersonalPronouns: [String]?
        var conditions: [String]?
        var relativePronouns: [String]
        var speechVerbs: [String]
        var figureWords: [String]
        var listingWords: [String]?
        var companyWords: [String]?
        var superlatives: [String]?
        var degreeWords: [String]?
        var timeOpeners: [String]?
        var teasers: [String]?
        var formerTimes: [String]?
        var shortEndings: [String]?
    }

    static let tight: [String] = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "capt.",
        "sgt.", "e.g.", "i.e.", "vs.", "v.", "no.", "nos.", "approx.", "fig.", "jr.", "sr.",
    ]

    public static let shared: GrammarLexicon = {
        let file = try! JSONDecoder().decode(File.self, from: Data(PackageResources.grammar_json))
        return GrammarLexicon(file: file, starters: file.sentenceStarters)
    }()

    /// Whether any `shortenings` target occurs in `text`, ASCII letters folded (as the
    /// shortenings are applied).
    public func mayHoldShortening(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { shorteningTargets.firstMatch(in: $0, foldingCase: true) != nil }
    }

    /// Which `shortenings` targets occur in `text`, ASCII letters folded: bit `n` for the
    /// `n`th; nil when there are too many targets to answer in a mask.
    public func shorteningsPresent(_ text: String) -> UInt64? {
        var text = text
        return text.withUTF8 { shorteningTargets.presence(in: $0, foldingCase: true) }
    }

    init(file: File, starters: [String]) {
        verbs = WordTable(words: file.verbs)
        abbreviations = WordTable(words: file.abbreviations)
        tightAbbreviations = WordTable(words: Self.tight)
        sentenceStarters = WordTable(words: starters)
        lineStarts = file.boilerplate.lineStarts.map { Array($0.lowercased().utf8) }
        lineContains = file.boilerplate.lineContains.map { Array($0.lowercased().utf8) }
        shareWords = WordTable(words: file.boilerplate.shareWords)
        listCues = (file.boilerplate.listCues ?? []).map { Array($0.lowercased().utf8) }
        sectionCues = (file.boilerplate.sectionCues ?? []).map { Array($0.lowercased().utf8) }
        chromeClasses = Set((file.boilerplate.chromeClasses ?? []).map { $0.lowercased() })
        tickerLinks = (file.boilerplate.tickerLinks ?? []).map { Array(" - \($0)".utf8) }
        containsCues = LiteralSet(lineContains)
        var starts = [[[UInt8]]](repeating: [], count: 256)
        for cue in lineStarts where !cue.isEmpty { starts[Int(cue[0])].append(cue) }
        lineStartsByFirstByte = starts
        longestLineStart = lineStarts.map(\.count).max() ?? 0
        shortenings = file.shortenings.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }.map { ($0.key, $0.value) }
        shorteningTargets = LiteralSet(shortenings.map { $0.0.utf8.map(UTF8Bytes.lower) })
        agreement = VerbAgreement(file.agreement)
        phraseDanglers = Set(file.phrases.danglers)
        danglerWords = WordTable(words: file.phrases.danglers)
        phraseConnectors = Set(file.phrases.connectors)
        connectorWords = WordTable(words: file.phrases.connectors)
        clauseOpeners = WordTable(words: file.phrases.clauseOpeners)
        subordinators = WordTable(words: file.phrases.subordinators)
        continuations = WordTable(words: file.phrases.continuations)
        reportingParticiples = WordTable(words: file.phrases.reportingParticiples)
        contentNouns = WordTable(words: file.phrases.contentNouns ?? [])
        adverbs = WordTable(words: file.phrases.adverbs ?? [])
        determiners = WordTable(words: file.phrases.determiners)
        pronouns = WordTable(words: file.phrases.pronouns)
        impersonalPronouns = WordTable(words: file.phrases.impersonalPronouns ?? [])
        conditions = WordTable(words: file.phrases.conditions ?? [])
        relativePronouns = WordTable(words: file.phrases.relativePronouns)
        speechVerbs = WordTable(words: file.phrases.speechVerbs)
        figureWords = WordTable(words: file.phrases.figureWords)
        listingWords = WordTable(words: file.phrases.listingWords ?? [])
        companyWords = WordTable(words: file.phrases.companyWords ?? [])
        superlatives = WordTable(words: file.phrases.superlatives ?? [])
        degreeWords = WordTable(words: file.phrases.degreeWords ?? [])
        timeOpeners = WordTable(words: file.phrases.timeOpeners ?? [])
        teasers = WordTable(words: file.phrases.teasers ?? [])
        formerTimes = WordTable(words: file.phrases.formerTimes ?? [])
        shortEndings = WordTable(words: file.phrases.shortEndings ?? [])
    }
}
