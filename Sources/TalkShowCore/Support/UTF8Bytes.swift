/// Byte-level character classes for scanning UTF-8 text without `Character` iteration.
///
/// Everything above ASCII is treated as "other" unless a helper names it (curly quotes,
/// dashes, currency signs). All functions are O(1).
public enum UTF8Bytes {
    @inline(__always) public static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) public static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    /// The high bit of each of eight bytes of `v` (read little-endian) that equals `c`, every
    /// other bit clear; exact, with no carry from one byte into the next.
    @inline(__always) public static func equalMask(_ v: UInt64, _ c: UInt8) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let t = v ^ (UInt64(c) &* 0x0101_0101_0101_0101)
        return ~(((t & lows) &+ lows) | t) & ~lows
    }
    @inline(__always) public static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) public static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) public static func isAlnum(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    @inline(__always) public static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B }
    @inline(__always) public static func isHorizontalSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    @inline(__always) public static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    @inline(__always) public static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
    /// Whether `p[start..<end]` is `word` (lowercase ASCII), any case.
    /// Whether `p[start..<end]` ends with a question mark, past spaces, closing quotation
    /// marks (straight or curly) and parentheses.
    public static func endsWithQuestion(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var e = end - 1
        while e >= start {
            let b = p[e]
            if isSpace(b) || b == 0x22 || b == 0x27 || b == 0x29 { e -= 1; continue }
            if b == 0x9D || b == 0x99, e - 2 >= start, p[e - 2] == 0xE2, p[e - 1] == 0x80 { e -= 3; continue }
            return b == 0x3F
        }
        return false
    }

    @inline(__always) public static func isWord(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard end - start == n else { return false }
        for k in 0..<n where lower(p[start + k]) != word.utf8Start[k] { return false }
        return true
    }

    /// Whether `p[start..<end]` has at least `minLength` bytes and ends in the ASCII letters
    /// `a` `b` (lowercase), in either case: "-ed", "-ly".
    @inline(__always) public static func endsWith(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ a: UInt8, _ b: UInt8, minLength: Int) -> Bool {
        end - start >= minLength && lower(p[end - 2]) == a && lower(p[end - 1]) == b
    }

    /// Whether the bytes `p[start..<end]` end with `suffix` (lowercase ASCII), any case, and
    /// are longer than it by at least `stem` bytes.
    public static func endsWith(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ suffix: [UInt8], stem: Int) -> Bool {
        guard end - start >= suffix.count + stem else { return false }
        var i = end - suffix.count
        for b in suffix {
            if lower(p[i]) != b { return false }
            i += 1
        }
        return true
    }

    /// Whether the bytes beside `b[i]` are ASCII (or the text ends there): an ASCII byte
    /// other than CR or LF with ASCII neighbours is a whole Character, which no combining
    /// mark or prepended scalar can join to another.
    @inline(__always) public static func hasASCIINeighbours(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        (i == 0 || b[i - 1] < 0x80) && (i + 1 == b.count || b[i + 1] < 0x80)
    }

    /// The length of the UTF-8 sequence starting with `lead` (1 for a stray continuation byte).
    @inline(__always) public static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1
    }

    /// A letter beyond ASCII starting at `p[i]` ("ë" in "Zoë", "Ł" in "Łukasz", "í" in
    /// "Serranía"): its byte length (2 or 3) and whether it is upper case; length 0 for
    /// anything else (a quote, a dash, a currency sign, a space). Read only where a byte is
    /// 0xC3 or more, so ASCII text never decodes a scalar.
    public static func wideLetter(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ to: Int) -> (length: Int, upper: Bool) {
        let lead = p[i]
        let length = sequenceLength(lead)
        // U+2000–U+2FFF (lead 0xE2: dashes, quotes, currency and other signs) holds no letter a
        // news name uses; the common punctuation of news text is turned away without decoding.
        guard lead >= 0xC3, lead != 0xE2, length == 2 || length == 3, i + length <= to else { return (0, false) }
        var v = UInt32(lead & (length == 2 ? 0x1F : 0x0F))
        for k in 1..<length {
            let c = p[i + k]
            guard isContinuation(c) else { return (0, false) }
            v = v << 6 | UInt32(c & 0x3F)
        }
        guard let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic else { return (0, false) }
        return (length, scalar.properties.isUppercase)
    }

    /// `p[from..<to]` as a String with ASCII letters lowercased, without Unicode case mapping
    /// (words of up to 15 bytes need no allocation).
    public static func lowerString(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        String(unsafeUninitializedCapacity: to - from) { buffer in
            for i in from..<to { buffer[i - from] = lower(p[i]) }
            return to - from
        }
    }

    /// Whether `bytes[i...]` starts with the UTF-8 of a non-breaking or other wide space.
    public static func wideSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let n = bytes.count
        if i + 1 < n, bytes[i] == 0xC2, bytes[i + 1] == 0xA0 { return 2 }
        if i + 2 < n, bytes[i] == 0xE2, bytes[i + 1] == 0x80, (0x80...0x8A).contains(bytes[i + 2]) || bytes[i + 2] == 0xAF { return 3 }
        if i + 2 < n, bytes[i] == 0xE3, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return 3 }
        return 0
    }

    /// The length of a dash at `i`: ASCII hyphen (1), en dash, em dash, minus sign,
    /// non-breaking hyphen (3), or 0 when there is none.
    public static func dashLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        if bytes[i] == 0x2D { return 1 }
        if i + 2 < bytes.count, bytes[i] == 0xE2 {
            if bytes[i + 1] == 0x80, (0x90...0x95).contains(bytes[i + 2]) { return 3 }
            if bytes[i + 1] == 0x88, bytes[i + 2] == 0x92 { return 3 }
        }
        return 0
    }

    /// Whether a multi-byte sequence at `i` is a closing quote (’ ” ») or opening quote (‘ “ «).
    public static func quoteLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = bytes[i]
        if b == 0x22 || b == 0x27 { return 1 }
        if i + 2 < bytes.count, b == 0xE2, bytes[i + 1] == 0x80, (0x98...0x9F).contains(bytes[i + 2]) { return 3 }
        if i + 1 < bytes.count, b == 0xC2, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB { return 2 }
        return 0
    }
}
