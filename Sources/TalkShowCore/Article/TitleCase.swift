/// Title Case, as many headlines are written ("Acme Retail CEO Steps Down After Two Years"):
/// its capitals mark no names, so the fact reader and the phrasebook read such a headline
/// apart from prose.
public enum TitleCase {
    /// Whether `b[from..<to]` is a headline in Title Case: of its words (split at spaces) of
    /// four letters or more and no digit, at least four, and nine in ten start with a capital.
    /// A letter is an ASCII letter or the lead byte of a wider one (not 0xE2: dashes and curly
    /// quotes); a word's first letter is a capital when it is an upper-case one.
    public static func isHeadline(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var words = 0, capitals = 0
        func isLead(_ k: Int) -> Bool { UTF8Bytes.isLetter(b[k]) || (b[k] >= 0xC3 && b[k] != 0xE2) }
        var i = from
        while i < to {
            while i < to, b[i] == 0x20 { i += 1 }
            let s = i
            var letters = 0, digit = false
            while i < to, b[i] != 0x20 {
                if isLead(i) { letters += 1 }
                if UTF8Bytes.isDigit(b[i]) { digit = true }
                i += 1
            }
            guard letters >= 4, !digit else { continue }
            words += 1
            var f = s
            while f < i, !isLead(f) { f += 1 }
            if f < i, UTF8Bytes.isUpper(b[f]) || (b[f] >= 0xC3 && UTF8Bytes.wideLetter(b, f, i).upper) { capitals += 1 }
        }
        return words >= 4 && capitals * 10 >= words * 9
    }
}
