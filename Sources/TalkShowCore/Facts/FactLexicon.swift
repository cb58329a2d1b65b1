import Foundation

/// The lexicons the Facts stage reads with, decoded once from the embedded JSON files
/// (`topics.json`, `polarity.json`, `hedges.json`, `entities.json`). Every table is keyed by
/// `WordKey`, so look-ups hash the article's bytes in place.
public struct FactLexicon: Sendable {
    public var topics: WordTable<UInt32>
    public var polarity: WordTable<Double>
    public var direction: WordTable<Direction>
    public var inverse: WordTable<Bool>
    public var negators: WordTable<Bool>
    public var intensifiers: WordTable<Double>
    public var contrast: WordTable<ContrastSide>
    public var hedges: WordTable<Double>
    public var attributionVerbs: WordTable<Bool>
    public var attributionPhrases: WordTable<Bool>
    public var groupSources: WordTable<Bool>
    public var companyPronouns: WordTable<Bool>
    public var tickerStoplist: WordTable<Bool>
    public var exchanges: WordTable<Bool>
    public var corporateSuffixes: WordTable<Bool>
    public var personTitles: WordTable<Bool>
    public var productNouns: WordTable<Bool>
    public var productVerbs: WordTable<Bool>
    public var places: WordTable<Bool>
    public var marketNames: WordTable<Bool>
    public var nonEntity: WordTable<Bool>
    public var months: WordTable<Int>
    public var currencySymbols: [String: String]
    public var currencyWords: WordTable<String>
    public var scales: WordTable<Double>
    public var countNouns: WordTable<Bool>
    public var periodNouns: WordTable<String>
    public var vagueAmounts: WordTable<Bool>
    public var verbs: WordTable<Bool>
    public var givenNames: WordTable<Bool>
    public var numberWords: WordTable<Double>

    /// Which side of a contrast marker carries the weight of the sentence.
    public enum ContrastSide: String, Sendable, Decodable { case before, after }

    struct TopicsFile: Decodable { var topics: [String: [String]] }
    struct PolarityFile: Decodable {
        var words: [String: Double]
        var direction: [String: [String]]
        var inverse: [String]
        var negators: [String]
        var intensifiers: [String: Double]
        var diminishers: [String: Double]
        var contrast: [String: ContrastSide]
    }
    struct HedgesFile: Decodable {
        var hedges: [String: Double]
        var attributionVerbs: [String]
        var attributionPhrases: [String]
        var groupSources: [String]
        var companyPronouns: [String]
    }
    struct EntitiesFile: Decodable {
        var tickerStoplist: [String]
        var exchanges: [String]
        var corporateSuffixes: [String]
        var personTitles: [String]
        var productNouns: [String]
        var productVerbs: [String]
        var places: [String]
        var marketNames: [String]
        var nonEntityCapitalized: [String]
        var months: [String: Int]
        var currencySymbols: [String: String]
        var currencyWords: [String: String]
        var scales: [String: Double]
        var countNouns: [String]
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
        func set(_ words: [String]) -> WordTable<Bool> { WordTable(words.map { ($0, true) }) }
        func sorted<V>(_ dict: [String: V]) -> [(String, V)] { dict.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
        var topicTable = WordTable<UInt32>()
        var masks: [String: UInt32] = [:]
        for (name, words) in topics.topics.sorted(by: { $0.key < $1.key }) {
            guard let topic = Topic(rawValue: name) else { continue }
            for word in words { masks[word.lowercased(), default: 0] |= topic.bit }
        }
        for (word, mask) in masks.sorted(by: { $0.key < $1.key }) { topicTable.insert(word, mask) }
        self.topics = topicTable
        self.polarity = WordTable(sorted(polarity.words))
        var direction = WordTable<Direction>()
        for word in polarity.direction["up"] ?? [] { direction.insert(word, .up) }
        for word in polarity.direction["down"] ?? [] { direction.insert(word, .down) }
        self.direction = direction
        self.inverse = set(polarity.inverse)
        self.negators = set(polarity.negators)
        self.intensifiers = WordTable(sorted(polarity.intensifiers) + sorted(polarity.diminishers))
        self.contrast = WordTable(sorted(polarity.contrast))
        self.hedges = WordTable(sorted(hedges.hedges))
        self.attributionVerbs = set(hedges.attributionVerbs)
        self.attributionPhrases = set(hedges.attributionPhrases)
        self.groupSources = set(hedges.groupSources)
        self.companyPronouns = set(hedges.companyPronouns)
        self.tickerStoplist = set(entities.tickerStoplist)
        self.exchanges = set(entities.exchanges)
        self.corporateSuffixes = set(entities.corporateSuffixes)
        self.personTitles = set(entities.personTitles)
        self.productNouns = set(entities.productNouns)
        self.productVerbs = set(entities.productVerbs)
        self.places = set(entities.places)
        self.marketNames = set(entities.marketNames)
        self.nonEntity = set(entities.nonEntityCapitalized)
        self.months = WordTable(sorted(entities.months))
        self.currencySymbols = entities.currencySymbols
        self.currencyWords = WordTable(sorted(entities.currencyWords))
        self.scales = WordTable(sorted(entities.scales))
        self.countNouns = set(entities.countNouns)
        self.periodNouns = WordTable(sorted(entities.periodNouns))
        self.vagueAmounts = set(entities.vagueAmounts.filter { $0.contains(" ") })
        self.verbs = verbs
        self.givenNames = set(entities.givenNames ?? [])
        self.numberWords = WordTable(sorted(entities.numberWords))
    }
}
