extension Scenario {
    /// The panel-wide coefficients of the stance model, the same for every
    /// seat: how much the headline and the lede weigh, how little another company's news
    /// counts, how a negative topic weight reads a topic's mere presence, how attribution is
    /// discounted and how an unweighted topic counts. Optional in a file (`"stance"`); when
    /// they are the defaults, the scenario a transcript records has no `stance` object, so
    /// transcripts made before they were settable replay byte for byte.
    public struct StanceRules: Codable, Sendable, Equatable {
        /// How much more a fact or sentence of the headline or the lede weighs.
        public var leadWeight: Double
        /// The reach of a fact whose clause names only another company than the subject.
        public var otherCompanyWeight: Double
        /// What a topic's mere presence means to a persona that weighs it negatively.
        public var presence: Double
        /// The doubt an attributed claim adds before skepticism scales it.
        public var attributionDiscount: Double
        /// A fact's topic factor when the persona weighs none of its topics.
        public var unweightedTopic: Double
        /// How much the facts of one clause share its weight: each of n counts n^−clauseShare
        /// (0: each counts in full; 1: the clause counts as one fact).
        public var clauseShare: Double

        /// Each field: its key in the file, where it lives and its range (the defaults are `init()`'s).
        public static let fields: [(key: String, path: WritableKeyPath<StanceRules, Double> & Sendable, range: ClosedRange<Double>)] = [
            ("leadWeight", \.leadWeight, 0...5), ("otherCompanyWeight", \.otherCompanyWeight, 0...1),
            ("presence", \.presence, 0...1), ("attributionDiscount", \.attributionDiscount, 0...1),
            ("unweightedTopic", \.unweightedTopic, 0...3), ("clauseShare", \.clauseShare, 0...1),
        ]

        public init(leadWeight: Double = 1.5, otherCompanyWeight: Double = 0.4, presence: Double = 0.2,
                    attributionDiscount: Double = 0.3, unweightedTopic: Double = 0.3, clauseShare: Double = 0.5) {
            self.leadWeight = leadWeight
            self.otherCompanyWeight = otherCompanyWeight
            self.presence = presence
            self.attributionDiscount = attributionDiscount
            self.unweightedTopic = unweightedTopic
            self.clauseShare = clauseShare
        }

        public init(from decoder: Decoder) throws {
            let o = try StrictObject(decoder, allowed: Self.fields.map(\.key))
            self.init()
            for f in Self.fields { self[keyPath: f.path] = try o.number(f.key, in: f.range, default: self[keyPath: f.path]) }
        }
    }
}
