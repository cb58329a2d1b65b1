/// The business topics a sentence or clause can be about; ids are the contract's.
public enum Topic: String, Codable, Sendable, CaseIterable, Comparable {
    case spending, revenue, margins, valuation, competition, product, users, developers, strategy,
         regulation, leadership, investment, guidance, macro, labor
    case supplyChain = "supply_chain"
    case risk

    /// The position of the topic in `allCases` (and its bit in a topic mask).
    public var ordinal: Int {
        switch self {
        case .spending: return 0
        case .revenue: return 1
        case .margins: return 2
        case .valuation: return 3
        case .competition: return 4
        case .product: return 5
        case .users: return 6
        case .developers: return 7
        case .strategy: return 8
        case .regulation: return 9
        case .leadership: return 10
        case .investment: return 11
        case .guidance: return 12
        case .macro: return 13
        case .labor: return 14
        case .supplyChain: return 15
        case .risk: return 16
        }
    }

    public var bit: UInt32 { 1 << UInt32(ordinal) }

    /// Hashed by position, not by the id string a raw-valued enum would hash.
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    public static func < (a: Topic, b: Topic) -> Bool { a.ordinal < b.ordinal }

    /// The topics set in `mask`, in canonical order.
    public static func list(_ mask: UInt32) -> [Topic] {
        guard mask != 0 else { return [] }
        // Most lists have one topic: those share storage made once.
        if mask.nonzeroBitCount == 1, Int(mask.trailingZeroBitCount) < singles.count { return singles[mask.trailingZeroBitCount] }
        var out: [Topic] = []
        out.reserveCapacity(mask.nonzeroBitCount)
        for (i, topic) in allCases.enumerated() where mask & (1 << UInt32(i)) != 0 { out.append(topic) }
        return out
    }

    private static let singles: [[Topic]] = allCases.map { [$0] }

    /// How a voice names the topic in prose ("spending", "supply": the topic's words are
    /// output, plants and fuel as much as suppliers and shipments).
    public var phrase: String {
        switch self {
        case .supplyChain: return "supply"
        case .labor: return "labour"
        case .macro: return "the economy"
        // The topic's words are customers, clients and shoppers as much as an app's users.
        case .users: return "customers and users"
        default: return rawValue
        }
    }
}
