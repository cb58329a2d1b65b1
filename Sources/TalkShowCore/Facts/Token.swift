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
