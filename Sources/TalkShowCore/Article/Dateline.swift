/// The dateline a wire story or a press release opens with ("NEW YORK, March 12 (Reuters) - ",
/// "CHICAGO, Feb. 12 -- ", "LONDON (Wire) — "): where a place and a date were printed, not
/// something the article says. The parser starts a paragraph's first sentence after it.
public enum Dateline {
    /// The offset after a dateline that opens `b[from..<to]`: at most five words, one of them a
    /// number or a word in capitals (outside parentheses), each starting with a capital, a
    /// digit or "(" ("(Reuters)"), then " -- ", a spaced hyphen or a spaced dash; nil otherwise.
    public static func end(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        var i = from, words = 0, marked = false
        while i < to, words <= 5 {
            let start = i
            while i < to, b[i] != 0x20 { i += 1 }
            guard i > start else { return nil }
            let c = b[start]
            let n = i - start
            let dash = (n == 2 && c == 0x2D && b[start + 1] == 0x2D) || (n == 1 && c == 0x2D)
                || (n == 3 && c == 0xE2 && b[start + 1] == 0x80 && (b[start + 2] == 0x93 || b[start + 2] == 0x94))
            if dash { return words > 0 && marked && i + 1 < to ? i + 1 : nil }
            guard UTF8Bytes.isUpper(c) || UTF8Bytes.isDigit(c) || c == 0x28 else { return nil }
            // A date or a place in capitals marks a dateline; a "(Source)" only goes with one
            // ("Acme Corp. (ACME) - …" is a name and its ticker).
            var letters = 0, lower = false, digit = false
            for k in start..<i {
                if UTF8Bytes.isLetter(b[k]) { letters += 1; if UTF8Bytes.isLower(b[k]) { lower = true } }
                if UTF8Bytes.isDigit(b[k]) { digit = true }
            }
            if c != 0x28, digit || (letters >= 3 && !lower) { marked = true }
            words += 1
            i += 1
        }
        return nil
    }
}
