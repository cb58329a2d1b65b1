/// The shapes of money the phrase rules rewrite ("$14.3 billion", "$5-10 billion", "$115
/// billion to $135 billion"), read over bytes: whether a phrase can hold one, so the regular
/// expressions run only where they can match, and the plainest rewrite ("$14.3 billion" →
/// "$14.3#billion") done by hand.
///
/// Digits are ASCII here while the expressions' `\d` is any decimal digit, so a phrase with
/// a decimal digit outside ASCII (or bytes that are not UTF-8) is always handed to the
/// expressions. Other non-ASCII text (curly apostrophes, dashes, accents) cannot change
/// what the money expressions match: they hold no word boundary and no class but `\d`.
enum MoneyPattern {
    /// Whether every decimal digit in `b` is ASCII, and `b` is UTF-8.
    static func isPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let lead = b[i]
            if lead < 0x80 { i += 1; continue }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
            guard length > 0, i + length <= b.count else { return false }
            var value = UInt32(lead) & (0xFF >> (length + 1))
            for k in 1..<length {
                guard b[i + k] & 0xC0 == 0x80 else { return false }
                value = value << 6 | UInt32(b[i + k] & 0x3F)
            }
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .decimalNumber else { return false }
            i += length
        }
        return true
    }

    /// Whether the bytes of `literal` stand in `b` at `j`.
    @inline(__always) static func has(_ literal: StaticString, in b: UnsafeBufferPointer<UInt8>, at j: Int) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard j + n <= b.count else { return false }
        for k in 0..<n where b[j + k] != literal.utf8Start[k] { return false }
        return true
    }

    /// The end of a currency at `i`: `US$`, `C$`, `A$`, `HK$`, `NZ$`, `S$`, `$`, `€` or `£`.
    static func currencyEnd(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        // Every currency starts with one of U C A H N S $ or the lead byte of € or £.
        switch b[i] {
        case 0x55, 0x43, 0x41, 0x48, 0x4E, 0x53, 0x24, 0xE2, 0xC2: break
        default: return nil
        }
        for prefix: StaticString in ["US$", "C$", "A$", "HK$", "NZ$", "S$", "$", "€", "£"] where has(prefix, in: b, at: i) {
            return i + prefix.utf8CodeUnitCount
        }
        return nil
    }

    /// The end of a number at `j`: a digit, then digits and commas, then a point and digits.
    static func numberEnd(_ b: UnsafeBufferPointer<UInt8>, _ j: Int) -> Int? {
        guard j < b.count, UTF8Bytes.isDigit(b[j]) else { return nil }
        var k = j + 1
        while k < b.count, UTF8Bytes.isDigit(b[k]) || b[k] == 0x2C { k += 1 }
        if k + 1 < b.count, b[k] == 0x2E, UTF8Bytes.isDigit(b[k + 1]) {
            k += 2
            while k < b.count, UTF8Bytes.isDigit(b[k]) { k += 1 }
        }
        return k
    }

    /// The end of `billion`, `million` or `trillion` at `k`.
    static func scaleEnd(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int? {
        for word: StaticString in ["billion", "million", "trillion"] where has(word, in: b, at: k) {
            return k + word.utf8CodeUnitCount
        }
        return nil
    }

    /// "$14.3 billion" at `i`: where its space and its end are.
    static func scaledAmount(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (space: Int, end: Int)? {
        guard let c = currencyEnd(b, i), let n = numberEnd(b, c), n < b.count, b[n] == 0x20,
              let end = scaleEnd(b, n + 1) else { return nil }
        return (n, end)
    }

    /// Whether the phrase can hold "$115 billion to …" / "$115 billion - …" (the first rule).
    static func mayHoldScaledRange(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard isPlain(b) else { return true }
            for i in b.indices {
                guard let (_, end) = scaledAmount(b, i), end < b.count, b[end] == 0x20 else { continue }
                let j = end + 1
                if j + 2 < b.count, b[j] == 0x74, b[j + 1] == 0x6F, b[j + 2] == 0x20 { return true }      // "to "
                if j + 1 < b.count, b[j] == 0x2D, b[j + 1] == 0x20 { return true }                         // "- "
                if j + 3 < b.count, b[j] == 0xE2, b[j + 1] == 0x80, b[j + 2] == 0x93, b[j + 3] == 0x20 { return true } // "– "
            }
            return false
        }
    }

    /// Whether the phrase can hold "$5-10 billion" (the second rule): a currency, a number
    /// and a dash.
    static func mayHoldDashedRange(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard isPlain(b) else { return true }
            for i in b.indices {
                guard let c = currencyEnd(b, i), let n = numberEnd(b, c), n < b.count else { continue }
                if b[n] == 0x2D { return true }
                if n + 2 < b.count, b[n] == 0xE2, b[n + 1] == 0x80, b[n + 2] == 0x93 { return true }
            }
            return false
        }
    }

    /// "$14.3 billion" → "$14.3#billion" for every such amount, left to right (the third
    /// rule); nil when the phrase must go to the expression instead.
    static func markScales(_ text: String) -> String? {
        rewrite(text) { b, splice in
            var i = 0
            while i < b.count {
                guard let (space, end) = scaledAmount(b, i) else { i += 1; continue }
                splice.replace(space..<space + 1, with: 0x23)
                i = end
            }
            return true
        }
    }

    /// "12 percent" / "12 per cent" → "12%" (the fourth rule), left to right; nil when the
    /// phrase must go to the expression instead (a word boundary it cannot read by bytes).
    static func shortenPercents(_ text: String) -> String? {
        rewrite(text) { b, splice in
            var i = 1
            while i < b.count {
                let word = has("percent", in: b, at: i) ? 7 : has("per cent", in: b, at: i) ? 8 : 0
                guard word > 0 else { i += 1; continue }
                let end = i + word
                var digit = i - 1
                if b[digit] == 0x20, digit > 0 { digit -= 1 }
                guard UTF8Bytes.isDigit(b[digit]), digit >= splice.copied else { i += 1; continue }
                if end < b.count {
                    let next = b[end]
                    if next >= 0x80 { return false }
                    if UTF8Bytes.isDigit(next) || UTF8Bytes.isUpper(next) || UTF8Bytes.isLower(next) || next == 0x5F { i += 1; continue }
                }
                splice.replace(digit + 1..<end, with: 0x25)
                i = end
            }
            return true
        }
    }

    /// "$115 billion to $135 billion" → "$115–135#billion" (the first rule), left to right;
    /// nil when the phrase must go to the expression instead.
    static func joinScaledRanges(_ text: String) -> String? { replacingMatches(text, scaledRange) }

    /// "$5-10 billion" → "$5–10#billion" (the second rule), left to right; nil when the
    /// phrase must go to the expression instead.
    static func joinDashedRanges(_ text: String) -> String? { replacingMatches(text, dashedRange) }

    /// Every match of `match` (tried at each byte, left to right, non-overlapping) replaced
    /// by its short form.
    static func replacingMatches(_ text: String, _ match: (UnsafeBufferPointer<UInt8>, Int) -> (end: Int, short: [UInt8])?) -> String? {
        rewrite(text) { b, splice in
            var i = 0
            while i < b.count {
                guard let m = match(b, i) else { i += 1; continue }
                splice.replace(i..<m.end, with: m.short)
                i = m.end
            }
            return true
        }
    }

    static let enDash: [UInt8] = [0xE2, 0x80, 0x93]

    /// `currency number–number#scale`, the short form both range rules write.
    static func shortRange(_ b: UnsafeBufferPointer<UInt8>, amount: Range<Int>, second: Range<Int>, scale: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(amount.count + second.count + scale.count + 4)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[amount]))
        out.append(contentsOf: enDash)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[second]))
        out.append(0x23)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[scale]))
        return out
    }

    /// "$115 billion to $135 billion" at `i` (also "- " or "– " between, the second currency
    /// optional, the same scale twice): where it ends and its short form.
    static func scaledRange(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (end: Int, short: [UInt8])? {
        guard let c = currencyEnd(b, i), let (space, scaleEnd) = scaledAmount(b, i), scaleEnd < b.count, b[scaleEnd] == 0x20 else { return nil }
        var j = scaleEnd + 1
        if has("to", in: b, at: j) { j += 2 } else if has("-", in: b, at: j) { j += 1 } else if has("–", in: b, at: j) { j += 3 } else { return nil }
        guard j < b.count, b[j] == 0x20 else { return nil }
        j += 1
        // The first amount's currency may stand again; a number must follow either way.
        let currency = c - i
        if j + currency <= b.count, (0..<currency).allSatisfy({ b[j + $0] == b[i + $0] }), numberEnd(b, j + currency) != nil { j += currency }
        guard let n = numberEnd(b, j), n < b.count, b[n] == 0x20 else { return nil }
        let scale = space + 1..<scaleEnd
        let end = n + 1 + scale.count
        guard end <= b.count, scale.indices.allSatisfy({ b[n + 1 + $0 - scale.lowerBound] == b[$0] }) else { return nil }
        return (end, shortRange(b, amount: i..<space, second: j..<n, scale: scale))
    }

    /// "$5-10 billion" / "$5–10 billion" at `i`: where it ends and its short form.
    static func dashedRange(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (end: Int, short: [UInt8])? {
        guard let c = currencyEnd(b, i), let first = numberEnd(b, c), first < b.count else { return nil }
        var j = first
        if b[j] == 0x2D { j += 1 } else if has("–", in: b, at: j) { j += 3 } else { return nil }
        guard let n = numberEnd(b, j), n < b.count, b[n] == 0x20, let end = scaleEnd(b, n + 1) else { return nil }
        return (end, shortRange(b, amount: i..<first, second: j..<n, scale: n + 1..<end))
    }

    /// A phrase's bytes copied with some ranges replaced, left to right.
    struct Splice {
        let b: UnsafeBufferPointer<UInt8>
        var out: [UInt8] = []
        /// Bytes before this are in `out` (or replaced).
        var copied = 0

        mutating func replace(_ range: Range<Int>, with byte: UInt8) { replace(range, with: CollectionOfOne(byte)) }

        mutating func replace(_ range: Range<Int>, with bytes: some Collection<UInt8>) {
            if out.isEmpty { out.reserveCapacity(b.count + 8) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<range.lowerBound]))
            out.append(contentsOf: bytes)
            copied = range.upperBound
        }
    }

    /// Runs a byte-level rule over a plain phrase: the phrase rewritten, the phrase itself
    /// when the rule replaced nothing, nil when the phrase is not plain or the rule gave up
    /// (returned false), so the expression must read it.
    static func rewrite(_ text: String, _ rule: (UnsafeBufferPointer<UInt8>, inout Splice) -> Bool) -> String? {
        var copy = text
        let result: (sure: Bool, out: [UInt8]?) = copy.withUTF8 { b in
            guard isPlain(b) else { return (false, nil) }
            var splice = Splice(b: b)
            guard rule(b, &splice) else { return (false, nil) }
            guard splice.copied > 0 else { return (true, nil) }
            splice.out.append(contentsOf: UnsafeBufferPointer(rebasing: b[splice.copied...]))
            return (true, splice.out)
        }
        guard result.sure else { return nil }
        guard let out = result.out else { return text }
        return String(decoding: out, as: UTF8.self)
    }
}
