/// A word, number or symbol of a sentence, by byte range in `article.text`.
public struct Token: Sendable {
    public enum Kind: UInt8, Sendable { case word, number, symbol }

    // Offsets are kept in 32 bits and the flags in one byte, so a token takes 64 bytes and a
    // sentence's tokens stay in cache while the grammars read them over and over. An input is
    // at most `InputReader.byteLimit` bytes, far below 4 GB; the tokenizer stops at `maxOffset`.
    private var start32: UInt32
    private var end32: UInt32
    private var suffixStart32: UInt32
    private var nameEnd32: UInt32
    public var kind: Kind
    private var flags: UInt8 = 0
    private var digits: UInt8 = 0
    /// For numbers: the value of the digits (commas dropped); the suffix starts at `suffixStart`.
    public var number: Double = 0
    /// For words: the lowercase key; for numbers: the key of the glued suffix ("k", "bn", "x").
    public var key: WordKey
    /// For words: the key of the whole word, and of the two- and three-word phrases it starts
    /// (raw 0 when the phrase would run past a non-word).
    public var fullKey = WordKey()
    public var key2 = WordKey.none
    public var key3 = WordKey.none

    public init(kind: Kind, start: Int, end: Int, spaceBefore: Bool, key: WordKey, suffixStart: Int, nameEnd: Int) {
        self.kind = kind
        start32 = UInt32(truncatingIfNeeded: start)
        end32 = UInt32(truncatingIfNeeded: end)
        suffixStart32 = UInt32(truncatingIfNeeded: suffixStart)
        nameEnd32 = UInt32(truncatingIfNeeded: nameEnd)
        self.key = key
        self.spaceBefore = spaceBefore
    }

    /// The largest offset a token holds.
    public static let maxOffset = Int(UInt32.max)

    public var start: Int { Int(start32) }
    public var end: Int { Int(end32) }
    public var suffixStart: Int { Int(suffixStart32) }
    /// For words ending in a possessive ('s, ’s, or a bare apostrophe): where the name ends.
    public var nameEnd: Int { Int(nameEnd32) }

    @inline(__always) private func flag(_ bit: UInt8) -> Bool { flags & bit != 0 }
    @inline(__always) private mutating func set(_ bit: UInt8, _ on: Bool) { flags = on ? flags | bit : flags & ~bit }

    /// Whether whitespace comes right before the token.
    public var spaceBefore: Bool { get { flag(1) } set { set(1, newValue) } }
    /// For numbers: whether a decimal point occurred, and whether a thousands comma did.
    public var hasDecimal: Bool { get { flag(2) } set { set(2, newValue) } }
    public var hasComma: Bool { get { flag(4) } set { set(4, newValue) } }
    /// For words: first letter capitalised / every letter capitalised / contains a digit.
    public var capitalized: Bool { get { flag(8) } set { set(8, newValue) } }
    public var allCaps: Bool { get { flag(16) } set { set(16, newValue) } }
    public var hasDigit: Bool { get { flag(32) } set { set(32, newValue) } }
    /// For numbers: digits before any decimal point (255 stands for 255 or more).
    public var integerDigits: Int {
        get { Int(digits) }
        set { digits = UInt8(clamping: newValue) }
    }

    public var hasSuffix: Bool { suffixStart32 < end32 }
}

extension WordTable {
    /// `value(p, token.start, token.end)`, with a word's exact key taken from the token
    /// instead of hashing its bytes again.
    @inline(__always) func value(_ p: UnsafeBufferPointer<UInt8>, _ token: Token) -> Value? {
        guard token.kind == .word else { return value(p, token.start, token.end) }
        if let v = exactValue(token.fullKey) { return v }
        return stemValue(p, token.start, token.end)
    }

    /// `value(p, token.start, token.nameEnd)`: the word without a possessive ending.
    @inline(__always) func nameValue(_ p: UnsafeBufferPointer<UInt8>, _ token: Token) -> Value? {
        guard token.kind == .word else { return value(p, token.start, token.nameEnd) }
        if let v = exactValue(token.key) { return v }
        return stemValue(p, token.start, token.nameEnd)
    }

    /// The value of the longest phrase (3, 2 or 1 words) at token `k` of `t`, and its length.
    func match(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ k: Int, _ to: Int) -> (Value, Int)? {
        let token = t[k]
        guard token.kind == .word else { return nil }
        if maxPhraseWords >= 3, k + 3 <= to, let v = exactValue(token.key3) { return (v, 3) }
        if maxPhraseWords >= 2, k + 2 <= to, let v = exactValue(token.key2) { return (v, 2) }
        if let v = exactValue(token.fullKey) ?? stemValue(p, token.start, token.end) { return (v, 1) }
        if token.nameEnd < token.end, let v = exactValue(token.key) ?? stemValue(p, token.start, token.nameEnd) { return (v, 1) }
        return nil
    }
}
