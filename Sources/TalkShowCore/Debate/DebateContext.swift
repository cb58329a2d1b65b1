/// Everything a debate reads and never changes: the facts, each persona's reading of
/// them, the phrases the voices say, and the scenario. Built once per article.
public struct DebateContext: Sendable {
    public let sheet: FactSheet
    public let scenario: Scenario
    public let readings: [StanceReading]
    public let phrasebook: Phrasebook
    public let factIndex: [String: Int]
    /// The clause of each fact (its start offset), to keep cited facts from one clause apart.
    public let clauseOf: [Int]
    /// Topics that sentences raise but no figure covers, in canonical order.
    public let uncoveredTopics: [Topic]

    public init(sheet: FactSheet, scenario: Scenario) {
        self.sheet = sheet
        self.scenario = scenario
        readings = scenario.personas.map { StanceModel.read($0, sheet) }
        phrasebook = Phrasebook(sheet)
        var index: [String: Int] = [:]
        for (i, f) in sheet.facts.enumerated() { index[f.id] = i }
        factIndex = index
        clauseOf = sheet.facts.map(\.clauseStart)
        var raised: Set<Topic> = []
        for s in sheet.sentences { raised.formUnion(s.topics) }
        var covered: Set<Topic> = []
        for f in sheet.facts where f.kind.isFigure && f.sentence != nil { covered.formUnion(f.topics) }
        uncoveredTopics = Topic.allCases.filter { raised.contains($0) && !covered.contains($0) }
    }

    public var openingStances: [Double] { readings.map(\.stance) }
}
