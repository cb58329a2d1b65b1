import Foundation

/// The lexicons the Facts stage reads with, decoded once from the embedded JSON files
/// (`topics.json`, `polarity.json`, `hedges.json`, `entities.json`). Topics, polarity,
/// intensifiers, contrast markers, hedges, inverse nouns, accusations and attribution phrases and verbs
/// live together in `combined`
/// (read once per token, see `Sense`); every table is keyed by `WordKey`, so look-ups hash
/// the article's bytes in place.
public final class FactLexicon: Sendable {
    public let direction: WordTable<Direction>
    public let negators: WordTable<Bool>
    public let attributionVerbs: WordTable<Bool>
    public let groupSources: WordTable<Bool>
    /// The people or papers of a firm that studies companies ("analysts", "note"): a firm
    /// named with one is a source, not the company a figure is about.
    public let researchSources: WordTable<Bool>
    /// The words between a research source and its firm ("analysts at X").
    public let sourcePrepositions: WordTable<Bool>
    /// What a provider of data gives ("according to LSEG data"): figures, not a claim.
    public let dataNouns: WordTable<Bool>
    /// The words before whom something was said to ("on a call with analysts"): no source.
    public let audiencePrepositions: WordTable<Bool>
    /// Words that make the expectation after them a past one ("its earlier forecast").
    public let pastEstimateMarkers: WordTable<Bool>
    /// The last words of public bodies' names ("Department", "Bureau"): what such a body
    /// plainly reports is a figure, not a claim.
    public let officialSources: WordTable<Bool>
    public let companyPronouns: WordTable<Bool>
    /// "its", "their": before a verb form they make it a noun or an adjective.
    public let possessiveDeterminers: WordTable<Bool>
    /// Words that may stand between a source and its verb: "had", "now".
    public let auxiliaries: WordTable<Bool>
    /// Forms of "be": before a verb in -ed they make a passive.
    public let passiveAuxiliaries: WordTable<Bool>
    public let tickerStoplist: WordTable<Bool>
    public let exchanges: WordTable<Bool>
    /// Words that end a company's name ("Corp", "Energy"): false for those that are surnames
    /// too ("Power"), which a known given name before makes a person's.
    public let corporateSuffixes: WordTable<Bool>
    /// The corporate words that end an institution's name ("Labour Statistics Office"), whose
    /// first word alone names nothing.
    public let institutionalSuffixes: WordTable<Bool>
    /// The legal forms among them ("Inc", "plc"), left off a subject's name when it is spoken.
    public let legalSuffixes: WordTable<Bool>
    public let personTitles: WordTable<Bool>
    /// Words that set a noun aside from the one before them ("unit costs excluding fuel"): the
    /// noun after one is not what a verb moves.
    public let setAside: WordTable<Bool>
    /// Forms of the direction words that name a change as a thing ("the hike", "a 25
    /// basis-point increase"; `polarity.json changeNouns`).
    public let changeNouns: WordTable<Bool>
    /// Words that call the share a figure measures small when they open a clause before it
    /// ("Only 27% of the crop was rated good"): what is said of the share reads the other way.
    public let smallShares: WordTable<Bool>
    /// Words after an amount a verb moves that name what it moves: "cut $200 million from
    /// costs", "trimmed 5% of expenses" (`polarity.json amountObjects`).
    public let amountObjects: WordTable<Bool>
    /// Words after a change noun that say what changed or by how much ("a rise in costs",
    /// "a 7.7% increase from a year earlier"; `polarity.json changeMeasures`).
    public let changeMeasures: WordTable<Bool>
    /// Titles of a company's own officers and spokespeople ("chief financial officer").
    public let executiveTitles: WordTable<Bool>
    /// Nouns a number labels rather than counts ("tier 1", "phase 3", "Chapter 11").
    public let labelNouns: WordTable<Bool>
    /// Words that set a company against the subject when they stand right before its name
    /// ("rival Kestrel Auto", `entities.json rivalWords`): that company's good news is the
    /// subject's bad news.
    public let rivalWords: WordTable<Bool>
    /// Words that make a rival's news the whole sector's ("a similar slowdown", "also cut"):
    /// it then reads the same way for the subject (`entities.json parallelWords`).
    public let parallelWords: WordTable<Bool>
    /// Titles written with a capital before a name ("President", "Dr."); others are lowered.
    public let formalTitles: WordTable<Bool>
    public let productNouns: WordTable<Bool>
    public let productVerbs: WordTable<Bool>
    /// Nouns after a possessive name that make the pair a term ("Parkinson's disease").
    public let eponymNouns: WordTable<Bool>
    /// Endings of common nouns ("-ment", "-tion"): a capitalised word opening a sentence with
    /// one names nothing by its capital ("Deployment is expected …").
    public let commonNounEndings: [[UInt8]]
    /// Nouns that describe a company ("parts maker", "retailer"): a name after one is an
    /// organisation.
    public let companyNouns: WordTable<Bool>
    /// Words that open the name of an event, not of an entity ("Hurricane Delphine").
    public let eventTitles: WordTable<Bool>
    public let places: WordTable<Bool>
    public let marketNames: WordTable<Bool>
    public let nonEntity: WordTable<Bool>
    /// Adjectives of places and peoples ("British") that keep their capital in a phrase.
    public let properAdjectives: WordTable<Bool>
    public let months: WordTable<Int>
    public let currencySymbols: [String: String]
    public let currencyWords: WordTable<String>
    public let scales: WordTable<Double>
    public let countNouns: WordTable<Bool>
    /// Units that measure a document ("64-page"): a count of them is no figure of the business.
    public let documentNouns: WordTable<Bool>
    /// Nouns of a release of figures ("report", "survey", "index"): a firm named before one,
    /// with no stock reported, publishes a macro story's figures.
    public let dataReleases: WordTable<Bool>
    public let periodNouns: WordTable<String>
    public let vagueAmounts: WordTable<Bool>
    public let verbs: WordTable<Bool>
    public let givenNames: WordTable<Bool>
    public let numberWords: WordTable<Double>
    /// Every reading category in one table, so a token is looked up once (see `Sense`).
    public let combined: WordTable<SenseEntry>
    /// For each topic (by `Topic.ordinal`), the topics a figure on it also puts a number to
    /// (`topics.json covers`: a capex plan's figure is a figure on investment too).
    public let covers: [UInt32]
    /// In how many sentences a topic must come up before a panelist may say the article
    /// talks about it without a figure (`topics.json absenceMentions`): one passing word
    /// ("Chief Executive X said") is no talk of leadership.
    public let absenceMentions: Int
    /// How the reader adds a clause's words up (`polarity.json weights`).
    public let weights: ReadingWeights
    /// The smallest factor of a mild hedge: a plan's or a forecast's word ("expects",
    /// "would"), which does not compound with another (`hedges.json mildHedge`).
    public let mildHedge: Double

    /// The numbers `TextReader` adds a clause's polarity with.
    public struct ReadingWeights: Sendable, Decodable {
        /// What a verb of direction alone counts, up or down.
        public var direction: Double
        /// How much a weight a negator flips keeps.
        public var negationDamping: Double
        /// How much the conceded side of a contrast keeps.
        public var conceded: Double
        /// How much more a verb of direction weighs when it moves a forecast.
        public var forecast: Double
        /// Below this a clause's polarity says it has no loaded word of its own.
        public var unloaded: Double
    }
    /// The figure grammar's own words, as keys.
    let figureWords = FigureWords()
    /// The name grammar's own words, as keys.
    let nameWords = NameWords()

    /// Which side of a contrast marker carries the weight of the sentence; `background` marks
    /// an earlier move the news is set against ("fell 5% after rising 31% this year"): the
    /// move itself does not count, the words after it up to a comma weigh as conceded, and it
    /// opens no clause of its own.
    public enum ContrastSide: String, Sendable, Decodable { case before, after, background }

    struct TopicsFile: Decodable {
        var topics: [String: [String]]
        var covers: [String: [String]]
        var absenceMentions: Int
    }
    struct PolarityFile: Decodable {
        var words: [String: Double]
        var direction: [String: [String]]
        var inverse: [String]
        var negators: [String]
        var intensifiers: [String: Double]
        var diminishers: [String: Double]
        var contrast: [String: ContrastSide]
        var accusations: [String]
        var comparisons: [String: Double]
        var expectations: [String]
        var formerStates: [String]
        var leaving: [String]
        var judgements: [String]?
        var fears: [String]?
        var weights: ReadingWeights
        var setAside: [String]?
        var changeNouns: [String]?
        var changeMeasures: [String]?
        var movedNouns: [String]?
        var smallShares: [String]?
        var amountObjects: [String]?
    }
    struct HedgesFile: Decodable {
        var hedges: [String: Double]
        var mildHedge: Double
        var attributionVerbs: [String]
        var attributionPhrases: [String]
        var groupSources: [String]
        var researchSources: [String]?
        var sourcePrepositions: [String]?
        var audiencePrepositions: [String]?
        var dataNouns: [String]?
        var pastEstimateMarkers: [String]?
        var officialSources: [String]
        var companyPronouns: [String]
        var possessiveDeterminers: [String]
        var auxiliaries: [String]
        var passiveAuxiliaries: [String]
    }
    struct EntitiesFile: Decodable {
        var tickerStoplist: [String]
        var exchanges: [String]
        var corporateSuffixes: [String]
        var institutionalSuffixes: [String]?
        var surnameSuffixes: [String]?
        var legalSuffixes: [String]
        var personTitles: [String]
        var executiveTitles: [String]?
        var labelNouns: [String]?
        var rivalWords: [String]?
        var parallelWords: [String]?
        var formalTitles: [String]
        var productNouns: [String]
        var productVerbs: [String]
        var eponymNouns: [String]
        var eventTitles: [String]?
        var companyNouns: [String]?
        var commonNounEndings: [String]?
        var places: [String]
        var marketNames: [String]
        var nonEntityCapitalized: [String]
        var properAdjectives: [String]?
        var months: [String: Int]
        var currencySymbols: [String: String]
        var currencyWords: [String: String]
        var scales: [String: Double]
        var countNouns: [String]
        var documentNouns: [String]
        var dataReleases: [String]?
        var periodNouns: [String: String]
        var vagueAmounts: [String]
        var givenNames: [String]?
        var numberWords: [String: Double]
    }

    public static let shared: FactLexicon = {
        let decoder = JSONDecoder()
        do {
            return FactLexicon(
                topics: try decoder.decode(TopicsFile.self, from: Data(PackageResources.topics_json)),
                polarity: try decoder.decode(PolarityFile.self, from: Data(PackageResources.polarity_json)),
                hedges: try decoder.decode(HedgesFile.self, from: Data(PackageResources.hedges_json)),
                entities: try decoder.decode(EntitiesFile.self, from: Data(PackageResources.entities_json)),
                verbs: GrammarLexicon.shared.verbs)
        } catch {
            fatalError("an embedded lexicon does not decode: \(error)")
        }
    }()

    init(topics: TopicsFile, polarity: PolarityFile, hedges: HedgesFile, entities: EntitiesFile, verbs: WordTable<Bool>) {
        func sorted<V>(_ dict: [String: V]) -> [(String, V)] { dict.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
        var masks: [String: UInt32] = [:]
        for (name, words) in topics.topics.sorted(by: { $0.key < $1.key }) {
            guard let topic = Topic(rawValue: name) else { continue }
            for word in words { masks[word.lowercased(), default: 0] |= topic.bit }
        }
        var covers = Topic.allCases.map(\.bit)
        for (name, others) in topics.covers {
            guard let topic = Topic(rawValue: name) else { continue }
            for other in others { if let t = Topic(rawValue: other) { covers[topic.ordinal] |= t.bit } }
        }
        self.covers = covers
        absenceMentions = max(1, topics.absenceMentions)
        weights = polarity.weights
        mildHedge = hedges.mildHedge
        var direction = WordTable<Direction>()
        for word in polarity.direction["up"] ?? [] { direction.insert(word, .up) }
        for word in polarity.direction["down"] ?? [] { direction.insert(word, .down) }
        self.direction = direction
        self.negators = WordTable(words: polarity.negators)
        self.attributionVerbs = WordTable(words: hedges.attributionVerbs)
        self.groupSources = WordTable(words: hedges.groupSources)
        self.researchSources = WordTable(words: hedges.researchSources ?? [])
        self.sourcePrepositions = WordTable(words: hedges.sourcePrepositions ?? [])
        self.audiencePrepositions = WordTable(words: hedges.audiencePrepositions ?? [])
        self.dataNouns = WordTable(words: hedges.dataNouns ?? [])
        self.pastEstimateMarkers = WordTable(words: hedges.pastEstimateMarkers ?? [])
        self.officialSources = WordTable(words: hedges.officialSources)
        self.companyPronouns = WordTable(words: hedges.companyPronouns)
        self.possessiveDeterminers = WordTable(words: hedges.possessiveDeterminers)
        self.auxiliaries = WordTable(words: hedges.auxiliaries)
        self.passiveAuxiliaries = WordTable(words: hedges.passiveAuxiliaries)
        self.tickerStoplist = WordTable(words: entities.tickerStoplist)
        self.exchanges = WordTable(words: entities.exchanges)
        self.institutionalSuffixes = WordTable(words: entities.institutionalSuffixes ?? [])
        self.corporateSuffixes = WordTable(entities.corporateSuffixes.map { ($0, true) } + (entities.surnameSuffixes ?? []).map { ($0, false) })
        self.legalSuffixes = WordTable(words: entities.legalSuffixes)
        self.personTitles = WordTable(words: entities.personTitles)
        self.setAside = WordTable(words: polarity.setAside ?? [])
        self.changeNouns = WordTable(words: polarity.changeNouns ?? [])
        self.smallShares = WordTable(words: polarity.smallShares ?? [])
        self.amountObjects = WordTable(words: polarity.amountObjects ?? [])
        self.changeMeasures = WordTable(words: polarity.changeMeasures ?? [])
        self.executiveTitles = WordTable(words: entities.executiveTitles ?? [])
        self.labelNouns = WordTable(words: entities.labelNouns ?? [])
        self.rivalWords = WordTable(words: entities.rivalWords ?? [])
        self.parallelWords = WordTable(words: entities.parallelWords ?? [])
        self.formalTitles = WordTable(words: entities.formalTitles)
        self.productNouns = WordTable(words: entities.productNouns)
        self.productVerbs = WordTable(words: entities.productVerbs)
        self.eponymNouns = WordTable(words: entities.eponymNouns)
        self.eventTitles = WordTable(words: entities.eventTitles ?? [])
        self.companyNouns = WordTable(words: entities.companyNouns ?? [])
        self.commonNounEndings = (entities.commonNounEndings ?? []).map { Array($0.lowercased().utf8) }
        self.places = WordTable(words: entities.places)
        self.marketNames = WordTable(words: entities.marketNames)
        self.nonEntity = WordTable(words: entities.nonEntityCapitalized)
        self.properAdjectives = WordTable(words: entities.properAdjectives ?? [])
        self.months = WordTable(sorted(entities.months))
        self.currencySymbols = entities.currencySymbols
        self.currencyWords = WordTable(sorted(entities.currencyWords))
        self.scales = WordTable(sorted(entities.scales))
        self.countNouns = WordTable(words: entities.countNouns)
        self.documentNouns = WordTable(words: entities.documentNouns)
        self.dataReleases = WordTable(words: entities.dataReleases ?? [])
        self.periodNouns = WordTable(sorted(entities.periodNouns))
        self.vagueAmounts = WordTable(words: entities.vagueAmounts.filter { $0.contains(" ") })
        self.verbs = verbs
        self.givenNames = WordTable(words: entities.givenNames ?? [])
        self.numberWords = WordTable(sorted(entities.numberWords))
        var combined = WordTable<SenseEntry>()
        for (word, mask) in masks.sorted(by: { $0.key < $1.key }) { combined.update(word, initial: SenseEntry()) { $0.topics = mask } }
        for (word, v) in sorted(polarity.words) { combined.update(word, initial: SenseEntry()) { $0.polarity = v } }
        for word in polarity.direction["up"] ?? [] { combined.update(word, initial: SenseEntry()) { $0.direction = .up } }
        for word in polarity.direction["down"] ?? [] { combined.update(word, initial: SenseEntry()) { $0.direction = .down } }
        for word in polarity.negators { combined.update(word, initial: SenseEntry()) { $0.negator = true } }
        for (word, v) in sorted(polarity.intensifiers) + sorted(polarity.diminishers) { combined.update(word, initial: SenseEntry()) { $0.intensifier = v } }
        for (word, v) in sorted(polarity.contrast) { combined.update(word, initial: SenseEntry()) { $0.contrast = v } }
        for (word, v) in sorted(hedges.hedges) { combined.update(word, initial: SenseEntry()) { $0.hedge = v } }
        for word in polarity.inverse { combined.update(word, initial: SenseEntry()) { $0.inverse = true } }
        for word in polarity.accusations { combined.update(word, initial: SenseEntry()) { $0.accusation = true } }
        for (word, v) in sorted(polarity.comparisons) { combined.update(word, initial: SenseEntry()) { $0.comparison = v } }
        for word in polarity.expectations { combined.update(word, initial: SenseEntry()) { $0.expectation = true } }
        for word in polarity.formerStates { combined.update(word, initial: SenseEntry()) { $0.state = true } }
        for word in polarity.movedNouns ?? [] { combined.update(word, initial: SenseEntry()) { $0.moved = true } }
        for word in polarity.leaving { combined.update(word, initial: SenseEntry()) { $0.leaves = true } }
        for word in polarity.judgements ?? [] { combined.update(word, initial: SenseEntry()) { $0.judges = true } }
        for word in polarity.fears ?? [] { combined.update(word, initial: SenseEntry()) { $0.expectation = true; $0.fear = true } }
        for word in hedges.attributionPhrases { combined.update(word, initial: SenseEntry()) { $0.attributionPhrase = true } }
        for word in hedges.attributionVerbs { combined.update(word, initial: SenseEntry()) { $0.attributionVerb = true } }
        self.combined = combined
    }

    /// Whether `name` is a public body that publishes statistics: its last word (or two) is
    /// one of `officialSources` ("the Labor Department", "the central bank"), or, in a name
    /// "X of Y", the last word or two of X ("Central Bank of Valdoria", "Ministry of Finance").
    public func isOfficialBody(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { b in
            if endsWithOfficialWord(b, b.count) { return true }
            // "X of Y": the words before the first " of ".
            var i = 0
            while i + 4 <= b.count {
                if b[i] == 0x20, b[i + 1] | 0x20 == 0x6F, b[i + 2] | 0x20 == 0x66, b[i + 3] == 0x20 { return endsWithOfficialWord(b, i) }
                i += 1
            }
            return false
        }
    }

    /// Whether the last word of `b[..<end]`, or its last two, is one of `officialSources`
    /// (keys fold ASCII case).
    func endsWithOfficialWord(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        var e = end
        while e > 0, b[e - 1] == 0x20 { e -= 1 }
        var s = e
        while s > 0, b[s - 1] != 0x20 { s -= 1 }
        guard s < e else { return false }
        let last = WordKey.of(b, s, e)
        if officialSources.exactValue(last) != nil { return true }
        var pe = s
        while pe > 0, b[pe - 1] == 0x20 { pe -= 1 }
        var ps = pe
        while ps > 0, b[ps - 1] != 0x20 { ps -= 1 }
        return ps < pe && officialSources.exactValue(WordKey.phrase(WordKey.of(b, ps, pe), last)) != nil
    }
}
