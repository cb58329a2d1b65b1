/// The business topics a sentence or clause can be about; ids are the contract's.
public enum Topic: String, Codable, Sendable, CaseIterable, Comparable {
    case spending, revenue, margins, valuation, competition, product, users, developers, strategy,
         regulation, leadership, investment, guidance, macro, labor
    case supplyChain = "supply_chain"
    case risk

    private static let order: [Topic: Int] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

    public var bit: UInt32 { 1 << UInt32(Topic.order[self]!) }

    public static func < (a: Topic, b: Topic) -> Bool { order[a]! < order[b]! }

    /// The topics set in `mask`, in canonical order.
    public static func list(_ mask: UInt32) -> [Topic] {
        guard mask != 0 else { return [] }
        var out: [Topic] = []
        for (i, topic) in allCases.enumerated() where mask & (1 << UInt32(i)) != 0 { out.append(topic) }
        return out
    }

    /// How a voice names the topic in prose ("spending", "supply chain").
    public var phrase: String {
        switch self {
        case .supplyChain: return "supply chain"
        case .labor: return "labour"
        case .macro: return "the economy"
        default: return rawValue
        }
    }
}
