/// Splits one paragraph into sentences by byte offsets. A sentence ends at `.`, `!`, `?` or
/// `…` (with any closing quotes or brackets) followed by space and a sentence start, unless
/// the period belongs to an abbreviation (`Mr.`, `e.g.`, `vs.`), an initial (`J.`), a
/// decimal (`$14.3`) or a name that goes on (`Inc.`, `U.S.` before a capitalised name).
public struct SentenceSplitter: Sendable {
    public var lexicon: GrammarLexicon

    public init(lexicon: GrammarLexicon = .shared) { self.lexicon = lexicon }

    public func split(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = skipBullet(p, skipSpace(p, from, to), to)
        var i = start
        while i < to {
            let b = p[i]
            var terminalLength = 0
            if b == 0x2E || b == 0x21 || b == 0x3F { terminalLength = 1 }
            else if b == 0xE2, i + 2 < to, p[i + 1] == 0x80, p[i + 2] == 0xA6 { terminalLength = 3 }
            guard terminalLength > 0 else { i += 1; continue }
            var j = i + terminalLength
            while j < to {
                let c = p[j]
                if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D { j += 1; continue }
                if c == 0xE2, j + 2 < to, p[j + 1] == 0x80, p[j + 2] == 0x99 || p[j + 2] == 0x9D || p[j + 2] == 0xA6 { j += 3; continue }
                break
            }
            if j >= to { break }
            guard UTF8Bytes.isSpace(p[j]) || UTF8Bytes.wideSpaceLength(p, j) > 0 else { i = j; continue }
            let next = skipSpace(p, j, to)
            if next >= to { break }
            if startsSentence(p, next, to), !(b == 0x2E && terminalLength == 1 && periodContinues(p, from, i, next, to)) {
                let end = trimEnd(p, start, j)
                if end > start { result.append(start..<end) }
                start = skipBullet(p, next, to)
                i = start
                continue
            }
            i = j
        }
        let end = trimEnd(p, start, to)
        if end > start { result.append(start..<end) }
        guard result.contains(where: { $0.count > Self.maxSentenceBytes }) else { return result }
        return result.flatMap { $0.count > Self.maxSentenceBytes ? bounded($0, p) : [$0] }
    }

    /// The longest sentence kept whole, in bytes. News sentences run to a few hundred bytes;
    /// past this the text is no prose (a data dump, a log, a page of JSON), and a sentence
    /// that long would make every fact in it carry the whole of it as its clause.
    public static let maxSentenceBytes = 1_000

    /// `r` cut into pieces of at most `maxSentenceBytes`: at the last line break within
    /// reach, else at the last space, else at the last whole character.
    func bounded(_ r: Range<Int>, _ p: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var s = r.lowerBound
        while r.upperBound - s > Self.maxSentenceBytes {
            let reach = s + Self.maxSentenceBytes
            var cut = (s + 1..<reach).last { p[$0] == 0x0A } ?? (s + 1..<reach).last { UTF8Bytes.isSpace(p[$0]) } ?? reach
            while cut > s + 1, p[cut] & 0xC0 == 0x80 { cut -= 1 }   // not inside a character
            let end = trimEnd(p, s, cut)
            if end > s { out.append(s..<end) }
            s = skipSpace(p, cut, r.upperBound)
        }
        let end = trimEnd(p, s, r.upperBound)
        if end > s { out.append(s..<end) }
        return out
    }

    /// Whether the text at `i` can open a sentence: a capital, digit, quote, bracket or symbol.
    func startsSentence(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int) -> Bool {
        let c = p[i]
        if UTF8Bytes.isLower(c) { return false }
        if UTF8Bytes.isUpper(c) || UTF8Bytes.isDigit(c) { return true }
        if c == 0x22 || c == 0x27 || c == 0x28 || c == 0x5B || c == 0x24 || c == 0x2D || c == 0x2A { return true }
        return c >= 0x80
    }

    /// Whether the period at `dot` is part of an abbreviation, an initial or a name that the
    /// sentence continues after.
    func periodContinues(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ dot: Int, _ next: Int, _ to: Int) -> Bool {
        var w = dot
        while w > from, !UTF8Bytes.isSpace(p[w - 1]), p[w - 1] != 0x28, p[w - 1] != 0x22 { w -= 1 }
        let wordLength = dot - w
        if wordLength == 0 { return false }
        if lexicon.tightAbbreviations.value(p, w, dot + 1) != nil { return true }
        if wordLength == 1, UTF8Bytes.isUpper(p[w]) { return !nextIsStarter(p, next, to) }
        if lexicon.abbreviations.value(p, w, dot + 1) != nil || isDottedInitials(p, w, dot) {
            return !nextIsStarter(p, next, to)
        }
        return false
    }

    /// "U.S", "U.K", "a.m": letters separated by periods.
    func isDottedInitials(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ dot: Int) -> Bool {
        var letters = 0
        var dots = 0
        for i in from..<dot {
            if UTF8Bytes.isLetter(p[i]) { letters += 1 } else if p[i] == 0x2E { dots += 1 } else { return false }
        }
        return dots >= 1 && letters == dots + 1
    }

    /// Whether the word at `i` is a function word that typically opens a sentence ("The", "It").
    /// A number is not: after an abbreviation it goes on ("Feb. 12", "No. 5").
    func nextIsStarter(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int) -> Bool {
        if i < to, UTF8Bytes.isDigit(p[i]) { return false }
        var j = i
        while j < to, !UTF8Bytes.isLetter(p[j]), j - i < 3 { j += 1 }
        var e = j
        while e < to, UTF8Bytes.isLetter(p[e]) || p[e] == 0x27 { e += 1 }
        guard e > j else { return true }
        return lexicon.sentenceStarters.value(p, j, e) != nil
    }

    func skipSpace(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var i = from
        while i < to {
            if UTF8Bytes.isSpace(p[i]) { i += 1; continue }
            let wide = UTF8Bytes.wideSpaceLength(p, i)
            if wide > 0 { i += wide; continue }
            break
        }
        return i
    }

    /// Skips a list marker ("- ", "* ", "• ", "1. ", "2) ") at a paragraph's start.
    func skipBullet(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        guard from < to else { return from }
        var i = from
        let b = p[i]
        if b == 0x2D || b == 0x2A || b == 0x2B {
            i += 1
        } else if b == 0xE2, i + 2 < to, p[i + 1] == 0x80, p[i + 2] == 0xA2 || p[i + 2] == 0x93 {
            i += 3
        } else if UTF8Bytes.isDigit(b) {
            while i < to, UTF8Bytes.isDigit(p[i]), i - from < 3 { i += 1 }
            guard i < to, p[i] == 0x2E || p[i] == 0x29 else { return from }
            i += 1
        } else {
            return from
        }
        guard i < to, UTF8Bytes.isSpace(p[i]) else { return from }
        return skipSpace(p, i, to)
    }

    func trimEnd(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var e = to
        while e > from {
            if UTF8Bytes.isSpace(p[e - 1]) { e -= 1; continue }
            if e - from >= 2, p[e - 2] == 0xC2, p[e - 1] == 0xA0 { e -= 2; continue }
            break
        }
        return e
    }
}
