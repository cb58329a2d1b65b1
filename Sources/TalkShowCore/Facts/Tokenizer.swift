/// Cuts a span of `article.text` into tokens in one pass over the bytes.
///
/// Words are letters, ASCII or beyond ("Zoë", "Łukasz"), and keep internal apostrophes, hyphens, ampersands and the periods of dotted initials
/// (`U.S.`, `S&P`, `buy-and-hold`, `BTC-USD`); numbers keep thousands commas and a decimal
/// point (`1,400`, `14.3`) and a glued suffix (`98k`, `3.2B`, `25x`, `12th`); everything else
/// is a one-character symbol. O(n) in the span.
public enum Tokenizer {
    public static func tokens(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, into out: inout [Token]) {
        out.removeAll(keepingCapacity: true)
        // A token's offsets have 32 bits: text past 4 GB (beyond any input the CLI reads) is
        // not read.
        let to = min(to, Token.maxOffset)
        var i = from
        var space = true
        while i < to {
            let b = p[i]
            if UTF8Bytes.isSpace(b) { space = true; i += 1; continue }
            if b >= 0xC2 {
                let wide = UTF8Bytes.wideSpaceLength(p, i)
                if wide > 0 { space = true; i += wide; continue }
            }
            if UTF8Bytes.isDigit(b) {
                out.append(number(p, &i, to, space))
            } else if UTF8Bytes.isLetter(b) || (b >= 0xC3 && UTF8Bytes.wideLetter(p, i, to).length > 0) {
                out.append(word(p, &i, to, space))
            } else {
                let length = min(UTF8Bytes.sequenceLength(b), to - i)
                var key = WordKey()
                key.add(p, i, i + length)
                out.append(Token(kind: .symbol, start: i, end: i + length, spaceBefore: space, key: key,
                                 suffixStart: i + length, nameEnd: i + length))
                i += length
            }
            space = false
        }
        // Phrase keys: each word with the next one or two, made from the words' keys.
        out.withUnsafeMutableBufferPointer { t in
            let n = t.count
            for k in 0..<n where t[k].kind == .word {
                guard k + 1 < n, t[k + 1].kind == .word else { continue }
                let two = WordKey.phrase(t[k].fullKey, t[k + 1].fullKey)
                t[k].key2 = two
                guard k + 2 < n, t[k + 2].kind == .word else { continue }
                t[k].key3 = WordKey.phrase(two, t[k + 2].fullKey)
            }
        }
    }

    static func number(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ to: Int, _ space: Bool) -> Token {
        let start = i
        var value: Double = 0
        var fraction: Double = 0
        var scale: Double = 1
        var inFraction = false
        var integerDigits = 0
        var hasComma = false
        while i < to {
            let c = p[i]
            if UTF8Bytes.isDigit(c) {
                let d = Double(c &- 0x30)
                if inFraction { scale /= 10; fraction += d * scale } else { value = value * 10 + d; integerDigits += 1 }
                i += 1
            } else if c == 0x2C, !inFraction, i + 3 < to,
                      UTF8Bytes.isDigit(p[i + 1]), UTF8Bytes.isDigit(p[i + 2]), UTF8Bytes.isDigit(p[i + 3]),
                      i + 4 >= to || !UTF8Bytes.isDigit(p[i + 4]) {
                hasComma = true
                i += 1
            } else if c == 0x2E, !inFraction, i + 1 < to, UTF8Bytes.isDigit(p[i + 1]) {
                inFraction = true
                i += 1
            } else {
                break
            }
        }
        let suffixStart = i
        var key = WordKey()
        while i < to, UTF8Bytes.isLetter(p[i]) { key.add(byte: p[i]); i += 1 }
        var token = Token(kind: .number, start: start, end: i, spaceBefore: space, key: key, suffixStart: suffixStart, nameEnd: i)
        token.number = value + fraction
        token.integerDigits = integerDigits
        token.hasDecimal = inFraction
        token.hasComma = hasComma
        return token
    }

    /// Whether the digits from `i` end a code rather than start a figure: no decimal point,
    /// percent sign or thousands separator follows them.
    static func codeDigits(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int) -> Bool {
        var j = i
        while j < to, UTF8Bytes.isDigit(p[j]) { j += 1 }
        guard j < to else { return true }
        if p[j] == 0x25 { return false }
        if p[j] == 0x2E || p[j] == 0x2C, j + 1 < to, UTF8Bytes.isDigit(p[j + 1]) { return false }
        return true
    }

    static func word(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ to: Int, _ space: Bool) -> Token {
        let start = i
        var upper = 0
        var letters = 0
        var digit = false
        var dots = 0
        // The word's key is hashed as its bytes are read (as `WordKey.add` hashes them: case
        // folded, a curly apostrophe as `'`); `beforeApostrophe` is the key before the last
        // apostrophe, the key of the name when a possessive follows it.
        var key = WordKey()
        var beforeApostrophe = key
        while i < to {
            let c = p[i]
            if UTF8Bytes.isLetter(c) {
                letters += 1
                if UTF8Bytes.isUpper(c) { upper += 1 }
                key.add(byte: c)
                i += 1
            } else if UTF8Bytes.isDigit(c) {
                digit = true
                key.add(byte: c)
                i += 1
            } else if ((c == 0x27 || c == 0x26) && i + 1 < to && UTF8Bytes.isAlnum(p[i + 1])) || (c == 0x2D && i + 1 < to && (UTF8Bytes.isLetter(p[i + 1]) || (p[i + 1] >= 0xC3 && UTF8Bytes.wideLetter(p, i + 1, to).length > 0)))
                        // A code of capitals and digits is one word: "KB-207", "F-35" (not "Mid-2025",
                        // whose year is a figure, nor a ticker strip's "META-2.1%").
                        || (c == 0x2D && upper > 0 && upper == letters && !digit && i + 1 < to && UTF8Bytes.isDigit(p[i + 1]) && Self.codeDigits(p, i + 1, to)) {
                if c == 0x27 { beforeApostrophe = key }
                key.add(byte: c)
                i += 1
            } else if c == 0x2E, i + 1 < to, UTF8Bytes.isLetter(p[i + 1]), i + 2 >= to || !UTF8Bytes.isLetter(p[i + 2]) || p[i + 2] == 0x2E {
                dots += 1
                key.add(byte: c)
                i += 1
            } else if c == 0xE2, i + 3 < to, p[i + 1] == 0x80, p[i + 2] == 0x99, UTF8Bytes.isLetter(p[i + 3]) {
                beforeApostrophe = key
                key.add(byte: 0x27)
                i += 3
            } else if (c == 0xE2 && i + 3 < to && p[i + 1] == 0x80 && p[i + 2] == 0x91 && UTF8Bytes.isAlnum(p[i + 3])) {
                key.add(byte: 0xE2); key.add(byte: 0x80); key.add(byte: 0x91)
                i += 3 // non-breaking hyphen inside a word
            } else if c >= 0xC3, case let wide = UTF8Bytes.wideLetter(p, i, to), wide.length > 0 {
                // A letter beyond ASCII: "Zoë", "Łukasz", "Serranía".
                letters += 1
                if wide.upper { upper += 1 }
                key.add(p, i, i + wide.length)
                i += wide.length
            } else {
                break
            }
        }
        // Dotted initials keep their final period: "U.S." "e.g."
        if dots > 0, i < to, p[i] == 0x2E { key.add(byte: 0x2E); i += 1 }
        var nameEnd = i
        var nameKey = key
        // Possessive: 's / ’s at the end, or a bare apostrophe after s ("Reuters’"). The
        // apostrophe of 's is the last one the word read.
        if i - start >= 3 {
            if p[i - 2] == 0x27, p[i - 1] | 0x20 == 0x73 { nameEnd = i - 2; nameKey = beforeApostrophe }
            else if i - start >= 5, p[i - 4] == 0xE2, p[i - 3] == 0x80, p[i - 2] == 0x99, p[i - 1] | 0x20 == 0x73 { nameEnd = i - 4; nameKey = beforeApostrophe }
        }
        if i < to, p[i] == 0x27, p[i - 1] | 0x20 == 0x73 { key.add(byte: 0x27); i += 1 }
        else if i + 2 < to, p[i] == 0xE2, p[i + 1] == 0x80, p[i + 2] == 0x99, p[i - 1] | 0x20 == 0x73 { key.add(byte: 0x27); i += 3 }
        var token = Token(kind: .word, start: start, end: i, spaceBefore: space, key: nameKey, suffixStart: i, nameEnd: nameEnd)
        token.fullKey = key
        token.capitalized = UTF8Bytes.isUpper(p[start]) || (p[start] >= 0xC3 && UTF8Bytes.wideLetter(p, start, i).upper)
        token.allCaps = letters > 0 && upper == letters
        token.hasDigit = digit
        return token
    }
}
