/// A figure found in a sentence before it becomes a `Fact`: its token span and meaning.
struct Figure {
    var kind: FactKind
    var first: Int          // first token index
    var last: Int           // last token index (inclusive)
    var start: Int
    var end: Int
    var value: Double?
    var low: Double?
    var high: Double?
    var from: Double?
    var direction: Direction?
    var unit: String?
    var currency: String?
    var qualifier: Qualifier?
    var vague = false
    var signed = false
    /// Set against an earlier estimate of itself ("expects $12.2B to $12.6B, compared with an
    /// earlier range of $11.8B to $12.4B"): `from` holds the earlier value, `direction` the revision.
    var revised = false
}

extension Fact {
    /// The fact with a figure's reading: value or range, change, direction, unit, currency.
    mutating func apply(_ f: Figure) {
        value = f.value
        low = f.low
        high = f.high
        from = f.from
        direction = f.direction
        unit = f.unit
        currency = f.currency
        qualifier = f.qualifier
        if f.vague { vague = true }
    }
}
