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
}
