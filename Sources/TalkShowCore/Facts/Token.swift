/// A word, number or symbol of a sentence, by byte range in `article.text`.
public struct Token: Sendable {
    public enum Kind: UInt8, Sendable { case word, number, symbol }

    public var kind: Kind
    public var start: Int
    public var end: Int
    /// Whether whitespace comes right before the token.
    public var spaceBefore: Bool
    /// For words: the lowercase key; for numbers: the key of the glued suffix ("k", "bn", "x").
    public var key: WordKey
    /// For numbers: the value of the digits (commas dropped); the suffix starts at `suffixStart`.
    public var number: Double = 0
    public var suffixStart: Int
    /// For numbers: digits before any decimal point, and whether a comma or point occurred.
    public var integerDigits: Int = 0
    public var hasDecimal = false
    public var hasComma = false
    /// For words: first letter capitalised / every letter capitalised / contains a digit.
    public var capitalized = false
    public var allCaps = false
    public var hasDigit = false
    /// For words ending in a possessive ('s, ’s, or a bare apostrophe): where the name ends.
    public var nameEnd: Int
    /// For words: the key of the whole word, and of the two- and three-word phrases it starts
    /// (raw 0 when the phrase would run past a non-word).
    public var fullKey = WordKey()
    public var key2 = WordKey.none
    public var key3 = WordKey.none

    public var hasSuffix: Bool { suffixStart < end }
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
}
