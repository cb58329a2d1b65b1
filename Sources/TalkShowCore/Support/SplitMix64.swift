/// A small seeded generator (SplitMix64): the same seed gives the same sequence on every
/// machine, so every choice that reaches output is reproducible.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator for one named decision, mixed from a base seed and any number of parts.
    public init(seed: UInt64, _ parts: String...) {
        self.init(seed: seed, key: Self.key(parts))
    }

    /// The generator `init(seed:_:)` makes from the parts that gave `key`.
    public init(seed: UInt64, key: WordKey) { state = seed ^ key.raw }

    /// The key of `parts` as `init(seed:_:)` mixes them, continuing `start`: the key of
    /// parts many generators share is computed once and continued with each one's own.
    public static func key(_ parts: [String], after start: WordKey = WordKey()) -> WordKey {
        var key = start
        for part in parts {
            for b in part.utf8 { key.add(byte: b) }
            key.addSpace()
        }
        return key
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        return Self.mixed(state)
    }

    /// SplitMix64's finaliser: every bit of `z` reaches every bit of the result. Also what
    /// the word and name keys are mixed with.
    @inline(__always) public static func mixed(_ z: UInt64) -> UInt64 {
        var z = z
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    /// An index in `0..<count` (count > 0).
    public mutating func index(_ count: Int) -> Int { Int(next() % UInt64(count)) }
}
