/// The dateline a wire story or a press release opens with ("NEW YORK, March 12 (Reuters) - ",
/// "CHICAGO, Feb. 12 -- ", "LONDON (Wire) — "): where a place and a date were printed, not
/// something the article says. The parser starts a paragraph's first sentence after it.
public enum Dateline {
    /// The offset after a dateline that opens `b[from..<to]`: at most five words, or seven
    /// after a place in capitals ("SAN MATEO BAY, April 15 (Wire)", "DELLMONT, Oct. 28, 2026
    /// /PRNewswire/"), each starting
    /// with a capital, a digit, "(" or "/", one of them a date (a number), a wire between slashes, or a one-word source in
    /// parentheses after a date or a place in capitals ("(Reuters)"), then " -- ", a spaced hyphen or a spaced dash; nil otherwise.
    public static func end(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        var i = from, words = 0, marked = false
        // Whether the word before was a place in capitals or a date: a source in parentheses
        // follows one ("LONDON (Wire) —"), where a ticker follows a name ("Acme (ACME) -").
        var placeOrDate = true
        var placeFirst = false
        while i < to, words <= 7 {
            let start = i
            while i < to, b[i] != 0x20 { i += 1 }
            guard i > start else { return nil }
            let c = b[start]
            let n = i - start
            let dash = (n == 2 && c == 0x2D && b[start + 1] == 0x2D) || (n == 1 && c == 0x2D)
                || (n == 3 && c == 0xE2 && b[start + 1] == 0x80 && (b[start + 2] == 0x93 || b[start + 2] == 0x94))
            // Past five words the dateline opens with a place in capitals ("SAN MATEO BAY, …",
            // "DELLMONT, Oct. 28, 2026 /PRNewswire/"), never a headline's "Acme Robotics Q3 …".
            if dash { return words > 0 && marked && (words <= 5 || placeFirst) && i + 1 < to ? i + 1 : nil }
            // A wire's name between slashes ("/PRNewswire/") marks a press release's dateline.
            if c == 0x2F, n > 2, b[i - 1] == 0x2F, placeOrDate {
                marked = true
                words += 1
                i += 1
                continue
            }
            guard UTF8Bytes.isUpper(c) || UTF8Bytes.isDigit(c) || c == 0x28 else { return nil }
            // A date ("Feb. 12") or a wire's name in parentheses ("(Reuters)") marks a dateline;
            // a place in capitals alone does not ("CEO Dana Ortiz - who …"), nor a ticker
            // ("Acme (NASDAQ: ACME) - …").
            var digit = false, colon = false, letters = 0, lower = false
            for k in start..<i {
                if UTF8Bytes.isDigit(b[k]) { digit = true }
                if b[k] == 0x3A { colon = true }
                if UTF8Bytes.isLetter(b[k]) { letters += 1; if UTF8Bytes.isLower(b[k]) { lower = true } }
            }
            if c == 0x28 ? (placeOrDate && b[i - 1] == 0x29 && !colon && !digit) : digit { marked = true }
            placeOrDate = digit || (letters >= 3 && !lower)
            if words == 0 { placeFirst = letters >= 3 && !lower }
            words += 1
            i += 1
        }
        return nil
    }
}
