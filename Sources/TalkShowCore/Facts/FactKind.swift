/// What a fact is: a figure (money, percent, multiple, count, period) or a name.
public enum FactKind: String, Codable, Sendable, CaseIterable {
    case money, percent, multiple, count, period, ticker, organization, person, product

    /// The position of the kind in `allCases`.
    public var ordinal: Int {
        switch self {
        case .money: return 0
        case .percent: return 1
        case .multiple: return 2
        case .count: return 3
        case .period: return 4
        case .ticker: return 5
        case .organization: return 6
        case .person: return 7
        case .product: return 8
        }
    }

    /// Figures that measure something (money, percent, multiple, count), not a date or a
    /// span of time: what an argument is made of.
    public var isAmount: Bool { isFigure && self != .period }

    /// Figures carry digits a reader can check against the article.
    public var isFigure: Bool {
        switch self {
        case .money, .percent, .multiple, .count, .period: return true
        default: return false
        }
    }
}

/// Which way a verb (or a sign) says a figure moved.
public enum Direction: String, Codable, Sendable {
    case up, down
}

/// How a figure is qualified in the text: "about", "more than", "up to", "20%+".
public enum Qualifier: String, Codable, Sendable {
    case approximately, atLeast, atMost
}
