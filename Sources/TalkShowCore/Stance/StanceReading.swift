/// A persona's reading of one article: every contribution, the bias, the raw sum and the
/// opening stance `x(0) = tanh(raw)`.
public struct StanceReading: Sendable, Equatable {
    public var persona: String
    /// Every term of the sum, in the order added (empty in a debate's readings, which need
    /// only the values: `StanceModel.readValues`).
    public var contributions: [Contribution]
    /// The contribution of each fact, by index in the fact sheet (0 for facts that add nothing).
    public var factValues: [Double]
    public var bias: Double
    public var raw: Double
    public var stance: Double
}
