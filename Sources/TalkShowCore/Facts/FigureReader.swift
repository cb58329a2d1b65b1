/// The grammar of figures: money (`$14.3 billion`, `$115–135B`, `€2bn`, `57 cents`,
/// `$1.69 per share`), percents (`-2.1%`, `15–20%`, `16 percent`, `25 basis points`),
/// multiples (`~25x`), counts (`3 billion+ users`), periods (`2026`, `April 2025`, `Q1`,
/// `next 12–24 months`), changes (`down to 40% from 45%`, `from $77 billion … to $131
/// billion`) and the direction a verb gives a figure (`fell 2.1%`).
///
/// Works on the tokens of one sentence; O(tokens).
struct FigureReader: TokenWindow {
    let p: UnsafeBufferPointer<UInt8>
    let t: [Token]
    let from: Int
    let to: Int
    let lexicon: FactLexicon

    var words: FigureWords { lexicon.figureWords }

    /// Whether the word at `k` starts with the lowercase ASCII letters `prefix`, any case
    /// (`word(k)?.hasPrefix(prefix)`; by Characters when a byte outside ASCII follows).
    func wordStarts(_ k: Int, with prefix: StaticString) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard k >= from, k < to, t[k].kind == .word, t[k].end - t[k].start >= n else { return false }
        for i in 0..<n where UTF8Bytes.lower(p[t[k].start + i]) != prefix.utf8Start[i] { return false }
        if t[k].start + n < t[k].end, p[t[k].start + n] >= 0x80 { return word(k)?.hasPrefix(prefix.description) == true }
        return true
    }

    func isDash(_ k: Int) -> Bool {
        guard k >= from, k < to, t[k].kind == .symbol else { return false }
        return UTF8Bytes.dashLength(p, t[k].start) == t[k].end - t[k].start
    }

    func adjacent(_ k: Int) -> Bool { k < to && !t[k].spaceBefore }

    // MARK: - Amounts

    struct Amount {
        var first: Int
        var next: Int            // token after the amount
        var value: Double
        var scaled: Bool
        var currency: String?
        var percent = false
        var unit: String?
        var multiple = false
        var ordinal = false
        var qualifier: Qualifier?
        var signed = false
        var raw: Double
        var numberToken: Int
    }

    /// An amount starting at token `k`: [~][sign][currency] number [scale] [%|percent|bp] [+] [currency word].
    func amount(at k: Int, allowSign: Bool = true) -> Amount? {
        var j = k
        var qualifier: Qualifier? = nil
        var sign = 1.0
        var signed = false
        var currency: String? = nil
        if symbol(j) == 0x7E, j + 1 < to, adjacent(j + 1) { qualifier = .approximately; j += 1 }
        if allowSign, isSign(j), j + 1 < to, adjacent(j + 1) {
            let prevOK = j == from || t[j].spaceBefore || symbol(j - 1) == 0x28 || (t[j - 1].kind == .word && t[j - 1].allCaps)
            if prevOK {
                sign = p[t[j].start] == 0x2B ? 1 : -1
                signed = true
                j += 1
            }
        }
        if let (code, n) = currencyPrefix(j) { currency = code; j += n }
        guard j < to, t[j].kind == .number else { return nil }
        let numberToken = j
        let token = t[j]
        guard !(token.integerDigits > 15) else { return nil }
        var value = token.number
        var scaled = false
        var percent = false
        var multiple = false
        var ordinal = false
        var unit: String? = nil
        if token.hasSuffix {
            let suffix = UTF8Bytes.lowerString(p, token.suffixStart, token.end)
            if let s = lexicon.scales.value(suffix) { value *= s; scaled = true }
            else if suffix == "x" { multiple = true }
            else if ["th", "st", "nd", "rd"].contains(suffix) { ordinal = true }
            else if suffix == "bp" || suffix == "bps" { percent = true; unit = "bp" }
            else if suffix == "pct" { percent = true }
            else { return nil }
        }
        j += 1
        let words = lexicon.figureWords
        if !scaled, !ordinal, j < to, t[j].kind == .word, t[j].end - t[j].start >= 2, let s = lexicon.scales.value(p, t[j]) {
            value *= s; scaled = true; j += 1
        }
        if !percent, !multiple, !ordinal {
            if symbol(j) == 0x25 { percent = true; j += 1 }
            else if j < to, t[j].kind == .word {
                if isWord(j, words.percent) || isWord(j, words.pct) { percent = true; j += 1 }
                else if isWord(j, words.per), isWord(j + 1, words.cent) { percent = true; j += 2 }
                else if isWord(j, words.percentage), wordStarts(j + 1, with: "point") { percent = true; unit = "pp"; j += 2 }
                else if isWord(j, words.basis), wordStarts(j + 1, with: "point") { percent = true; unit = "bp"; j += 2 }
                else if isWord(j, words.bps) || isWord(j, words.bp) { percent = true; unit = "bp"; j += 1 }
            }
        }
        if symbol(j) == 0x2B, adjacent(j) { qualifier = .atLeast; j += 1 }
        if currency == nil, !percent, !multiple, !ordinal, j < to, t[j].kind == .word, !isWord(j, words.p),
           let code = lexicon.currencyWords.value(p, t[j]) {
            currency = code
            if isWord(j, words.cents) || isWord(j, words.cent) || isWord(j, words.pence) { value /= 100 }
            j += 1
        }
        return Amount(first: k, next: j, value: sign * value, scaled: scaled, currency: currency, percent: percent,
                      unit: unit, multiple: multiple, ordinal: ordinal, qualifier: qualifier, signed: signed,
                      raw: sign * token.number, numberToken: numberToken)
    }

    func isSign(_ k: Int) -> Bool {
        guard k < to, t[k].kind == .symbol else { return false }
        let b = p[t[k].start]
        if b == 0x2B || b == 0x2D { return true }
        return t[k].end - t[k].start == 3 && b == 0xE2 && p[t[k].start + 1] == 0x88 && p[t[k].start + 2] == 0x92
    }

    /// A currency written before the number: `$`, `€`, `US$`, `US $`, `HK$`, `USD `.
    func currencyPrefix(_ k: Int) -> (String, Int)? {
        guard k < to else { return nil }
        let token = t[k]
        if token.kind == .symbol {
            let s = String(decoding: UnsafeBufferPointer(rebasing: p[token.start..<token.end]), as: UTF8.self)
            if let code = lexicon.currencySymbols[s], k + 1 < to, adjacent(k + 1) || t[k + 1].kind == .number { return (code, 1) }
            return nil
        }
        if token.kind == .word, token.allCaps, k + 1 < to {
            let w = String(decoding: UnsafeBufferPointer(rebasing: p[token.start..<token.end]), as: UTF8.self)
            if t[k + 1].kind == .symbol, p[t[k + 1].start] == 0x24, k + 2 < to, t[k + 2].kind == .number {
                if adjacent(k + 1), let code = lexicon.currencySymbols[w + "$"] { return (code, 2) }
                if let code = lexicon.currencySymbols[w + " $"] { return (code, 2) }
            }
            if t[k + 1].kind == .number, w.utf8.count == 3, let code = lexicon.currencySymbols[w] { return (code, 1) }
        }
        return nil
    }

    // MARK: - Sentence pass

    func figures() -> [Figure] {
        var out: [Figure] = []
        figures(into: &out)
        return out
    }

    /// `figures()` into `out`, whose storage a caller reads sentence after sentence with.
    func figures(into out: inout [Figure]) {
        out.removeAll(keepingCapacity: true)
        var k = from
        while k < to {
            if let end = tallyEnd(at: k) { k = end; continue }
            k = figure(startingAt: k, into: &out) ? out[out.count - 1].last + 1 : k + 1
        }
        mergeChanges(&out)
        markRevisions(&out)
        for i in out.indices where out[i].direction == nil && out[i].from == nil { out[i].direction = direction(of: i, in: out) }
        // A change with no verb of its own goes the way its values do: "to 3.9 times, from 2.4".
        for i in out.indices where out[i].direction == nil {
            if let v = out[i].value, let f = out[i].from, v != f { out[i].direction = v > f ? .up : .down }
        }
        for i in out.indices where out[i].qualifier == nil { out[i].qualifier = qualifier(before: out[i].first) }
    }

    /// Where a tally that starts at token `k` ends ("voted 5-2", "won 3-1", "a 6-3
    /// decision": small whole numbers joined by a dash, the larger first, with no plural
    /// noun after them to count or a sign before them), nil when none does. A tally is no figure of the business.
    func tallyEnd(at k: Int) -> Int? {
        guard k + 2 < to, t[k].kind == .number, t[k + 2].kind == .number, isDash(k + 1), adjacent(k + 1), adjacent(k + 2),
              !(k > from && t[k - 1].kind == .symbol && !isDash(k - 1) && adjacent(k)) else { return nil }
        func small(_ token: Token) -> Bool {
            !token.hasDecimal && !token.hasComma && !token.hasSuffix && token.number < 100
        }
        // A singular noun after it is what the tally decided ("a 6-3 decision", "a 7-2 vote"),
        // not a count of things.
        guard small(t[k]), small(t[k + 2]), t[k].number > t[k + 2].number,
              countUnit(after: k + 3).map({ !$0.hasSuffix("s") }) ?? true else { return nil }
        if k + 3 < to, t[k + 3].kind == .symbol, p[t[k + 3].start] == 0x25 || isDash(k + 3) { return nil }
        return k + 3
    }

    /// Appends to `out` the figure that starts at token `k`, trying the readers in order;
    /// whether there was one. Each reader is called only where its first test can pass, and
    /// a token that starts no figure (most do not) makes no optional figure at all: a big
    /// optional result is copied whole wherever it is returned.
    func figure(startingAt k: Int, into out: inout [Figure]) -> Bool {
        func add(_ figure: Figure?) -> Bool {
            guard let figure else { return false }
            out.append(figure)
            return true
        }
        switch t[k].kind {
        case .number:
            if add(splitRatio(at: k)) { return true }
            // "7 April 2025": a date needs a capitalised word next.
            if k + 1 < to, t[k + 1].kind == .word, t[k + 1].capitalized, add(date(at: k)) { return true }
            return add(figure(at: k))
        case .symbol:
            let b = p[t[k].start]
            // An amount takes at most four tokens before its number (~, a sign, a currency of two).
            return (b == 0x24 || b == 0x7E || b == 0x2B || b == 0x2D || b >= 0xC2) && numberAhead(k, within: 4) ? add(figure(at: k)) : false
        case .word:
            let size = t[k].end - t[k].start
            let first = UTF8Bytes.lower(p[t[k].start])
            // Quarters: Q1, H2, FY27 (capitalised, with a digit), or "fy"/"fiscal".
            let quarterLike = (size == 2 || size == 6) && first == 0x66
            if t[k].capitalized {
                if add(date(at: k)) { return true }
                if t[k].hasDigit || quarterLike, add(quarter(at: k)) { return true }
            }
            if (k + 3 <= to && lexicon.vagueAmounts.exactValue(t[k].key3) != nil)
                || (k + 2 <= to && lexicon.vagueAmounts.exactValue(t[k].key2) != nil), add(vague(at: k)) { return true }
            if size == 1 || size == 3, first == 0x61 || first == 0x6F, add(wordAmount(at: k)) { return true }
            if size >= 3, k + 1 < to, add(wordedFigure(at: k)) { return true }
            // A word starts an amount only as a currency ("USD", "US $") before its number.
            if t[k].allCaps, numberAhead(k, within: 2), add(figure(at: k)) { return true }
            if size <= 6 && !t[k].capitalized && quarterLike { return add(quarter(at: k)) }
            return false
        }
    }

    /// "10-for-1", "1-for-10": a stock split's ratio, one multiple (10, 0.1), not two counts.
    func splitRatio(at k: Int) -> Figure? {
        guard k + 4 < to, isDash(k + 1), adjacent(k + 1), isWord(k + 2), adjacent(k + 2),
              UTF8Bytes.isWord(p, t[k + 2].start, t[k + 2].end, "for"), isDash(k + 3), adjacent(k + 3),
              t[k + 4].kind == .number, adjacent(k + 4), !t[k].hasDecimal, !t[k + 4].hasDecimal, t[k + 4].number > 0,
              !t[k].hasSuffix, !t[k + 4].hasSuffix else { return nil }
        var f = Figure(kind: .multiple, first: k, last: k + 4, start: t[k].start, end: t[k + 4].end)
        f.value = t[k].number / t[k + 4].number
        return f
    }

    /// Whether a number token comes within `n` tokens after `k`.
    func numberAhead(_ k: Int, within n: Int) -> Bool {
        var j = k + 1
        while j < to, j <= k + n {
            if t[j].kind == .number { return true }
            j += 1
        }
        return false
    }

    func figure(at k: Int) -> Figure? {
        guard var a = amount(at: k) else { return nil }
        if isTime(a) { return nil }
        var low: Double? = nil
        var high: Double? = nil
        var last = a.next - 1
        // A range: A–B, A-B, A to B (same kind), with scale, currency and % shared.
        let words = self.words
        let startsChange = isWord(k - 1, words.from) || isWord(k - 1, words.between) || directionWord(before: k - 1) != nil
        if a.next < to, isDash(a.next) || (isWord(a.next, words.to) && !startsChange && !isWord(k - 1, words.up))
            || (isWord(a.next, words.and) && isWord(k - 1, words.between)),
           let b = amount(at: a.next + 1, allowSign: false), compatible(a, b, spaced: isWord(a.next) || t[a.next].spaceBefore),
           // "by a margin of 68% to 32%": a range runs upward; a split does not.
           !(isWord(a.next, words.to) && a.scaled == b.scaled && a.raw > b.raw) {
            var lo = a
            if !lo.scaled, b.scaled { lo.value = lo.raw * (b.value / (b.raw == 0 ? 1 : b.raw)); lo.scaled = true }
            if lo.currency == nil { lo.currency = b.currency }
            if b.currency == nil, lo.currency != nil, b.percent == false { }
            low = lo.value
            high = b.value
            a.percent = a.percent || b.percent
            a.currency = lo.currency ?? b.currency
            a.unit = a.unit ?? b.unit
            a.multiple = a.multiple || b.multiple
            if a.qualifier == nil { a.qualifier = b.qualifier }
            last = b.next - 1
            a.next = b.next
        }
        var f = Figure(kind: .count, first: k, last: last, start: t[k].start, end: t[last].end)
        f.qualifier = a.qualifier
        f.signed = a.signed
        if a.signed { f.direction = a.value < 0 ? .down : .up }
        if let low, let high { f.low = low; f.high = high } else { f.value = a.value }
        if a.percent {
            f.kind = .percent
            f.unit = a.unit
        } else if a.multiple || (isWord(a.next, words.times) && isMultipleNoun(a.next + 1)) {
            f.kind = .multiple
        } else if let currency = a.currency {
            f.kind = .money
            f.currency = currency
            if let (unit, n) = rate(after: a.next) { f.unit = unit; f.last = a.next + n - 1; f.end = t[f.last].end }
        } else if a.ordinal {
            f.kind = .count
            f.unit = "ordinal"
        } else if let (unit, n) = periodNoun(after: a.next) {
            f.kind = .period
            f.unit = unit
            f.last = a.next + n - 1
            f.end = t[f.last].end
        } else if low == nil, isYear(a) {
            f.kind = .period
            f.unit = "year"
        } else if low != nil, isYear(a) {
            f.kind = .period
            f.unit = "year"
        } else if isVersion(a) {
            return nil
        } else if a.first - 1 >= from, t[a.first - 1].kind == .word, lexicon.labelNouns.value(p, t[a.first - 1]) != nil {
            // "tier 1 capital", "phase 3": a number that names, not one that counts.
            return nil
        } else {
            f.kind = .count
            f.unit = countUnit(after: a.next)
            // "the 64-page complaint": the length of a text, not a figure of the business.
            if let unit = f.unit, lexicon.documentNouns.value(unit) != nil { return nil }
        }
        return f
    }

    func compatible(_ a: Amount, _ b: Amount, spaced: Bool) -> Bool {
        if a.ordinal || b.ordinal { return false }
        if a.percent && !b.percent { return false }
        if a.currency != nil && b.currency == nil && !spaced { return true }
        if a.currency != nil && b.currency == nil { return false }
        // "45 million to 55 million pounds", "45 to 55 million pounds": the currency after the
        // second amount is the range's, when the first is of its size.
        if a.currency == nil, b.currency != nil, !a.percent, !b.percent, !a.multiple {
            let low = a.scaled ? a.value : a.raw * (b.value / (b.raw == 0 ? 1 : b.raw))
            return low > 0 && low <= b.value && low * 10 >= b.value
        }
        if !spaced { return true }
        return (a.percent && b.percent) || (a.currency != nil && b.currency != nil) || (a.multiple && b.multiple)
            || (!a.percent && !b.percent && a.currency == nil && b.currency == nil)
    }

    func isYear(_ a: Amount) -> Bool {
        let token = t[a.numberToken]
        return !a.scaled && !a.signed && a.currency == nil && !token.hasDecimal && !token.hasComma && token.integerDigits == 4
            && token.number >= 1900 && token.number <= 2100 && !token.hasSuffix
    }

    /// "10:30": a clock time, not a figure.
    func isTime(_ a: Amount) -> Bool {
        (symbol(a.next) == 0x3A && a.next + 1 < to && adjacent(a.next) && t[a.next + 1].kind == .number && adjacent(a.next + 1))
            || (symbol(a.first - 1) == 0x3A && !t[a.first].spaceBefore)
    }

    /// A small number right after a capitalised name is part of the name ("Model 3").
    func isVersion(_ a: Amount) -> Bool {
        let k = a.numberToken
        guard k - 1 >= from, a.first == k, t[k - 1].kind == .word, t[k - 1].capitalized, !t[k - 1].allCaps || t[k - 1].end - t[k - 1].start > 1,
              !a.scaled, a.currency == nil, !t[k].hasDecimal, !t[k].hasComma, t[k].number < 1000, !t[k].hasSuffix else { return false }
        if lexicon.months.value(p, t[k - 1]) != nil { return false }
        if k - 1 == from, lexicon.nonEntity.value(p, t[k - 1]) != nil { return false }
        if isWord(a.next), lexicon.countNouns.value(p, t[a.next]) != nil || lexicon.periodNouns.value(p, t[a.next]) != nil { return false }
        return true
    }

    /// A valuation noun at `k`, or after up to three words that lead to one: a possessive name
    /// and words like "expected" ("19 times Tolliver's expected earnings").
    func isMultipleNoun(_ k: Int) -> Bool {
        var j = k
        while j < k + 3, isWord(j), !isWord(j, in: words.multipleNouns) {
            guard (t[j].capitalized && t[j].nameEnd < t[j].end) || isWord(j, in: words.multipleLead) else { return false }
            j += 1
        }
        return isWord(j, in: words.multipleNouns)
    }

    /// "per share", "a share", "a gallon": the unit of a money rate and how many tokens it takes.
    func rate(after k: Int) -> (String, Int)? {
        let words = self.words
        guard isWord(k, words.per) || isWord(k, words.a) || isWord(k, words.an), isWord(k + 1, in: words.rateNouns),
              !isWord(k + 2, in: words.notRate), let noun = word(k + 1) else { return nil }
        return ("per " + noun, 2)
    }

    /// "months" in "18 months", "18-month", "11 consecutive days": the period unit and tokens taken.
    func periodNoun(after k: Int) -> (String, Int)? {
        var j = k
        if isDash(j), adjacent(j), j + 1 < to, adjacent(j + 1) { j += 1 }
        guard isWord(j) else { return nil }
        if let unit = lexicon.periodNouns.value(p, t[j]) { return (unit, j - k + 1) }
        if j == k, isWord(j, in: words.periodLead), lexicon.verbs.value(p, t[j]) == nil, lexicon.countNouns.value(p, t[j]) == nil,
           isWord(j + 1), let unit = lexicon.periodNouns.value(p, t[j + 1]) {
            return (unit, 2)
        }
        return nil
    }

    /// The noun a count counts ("users" in "3 billion+ users"), if the next word is one.
    func countUnit(after k: Int) -> String? {
        var j = k
        if isDash(j), adjacent(j) { j += 1 }
        guard let w = word(j), !t[j].capitalized || t[j].allCaps || isPluralAcronym(j) else { return nil }
        if lexicon.countNouns.value(w) != nil { return w }
        if w.hasSuffix("ed") || w.hasSuffix("ly") { return nil }
        if lexicon.verbs.value(w) != nil || lexicon.nonEntity.value(w) != nil || lexicon.negators.value(w) != nil { return nil }
        if ["of", "in", "on", "at", "to", "for", "and", "or", "from", "by", "with", "as", "than", "per"].contains(w) { return nil }
        return w
    }

    /// "MAUs", "GPUs": capitals with a plural s.
    func isPluralAcronym(_ k: Int) -> Bool {
        let token = t[k]
        guard token.end - token.start >= 3, p[token.end - 1] == 0x73 else { return false }
        return (token.start..<(token.end - 1)).allSatisfy { UTF8Bytes.isUpper(p[$0]) }
    }

    func qualifier(before k: Int) -> Qualifier? {
        let words = lexicon.figureWords
        // The two words before `k` as a phrase: the key of the first with the next.
        if k - 2 >= from, k - 1 < to, t[k - 2].kind == .word, t[k - 1].kind == .word {
            let phrase = t[k - 2].key2
            if words.atLeast.exactValue(phrase) != nil { return .atLeast }
            if words.atMost.exactValue(phrase) != nil { return .atMost }
        }
        if isWord(k - 1, in: words.approximately) { return .approximately }
        if isWord(k - 1, in: words.atLeast) { return .atLeast }
        if isWord(k - 1, in: words.atMost) { return .atMost }
        return nil
    }

    // MARK: - Dates, quarters, vague and worded amounts

    func date(at k: Int) -> Figure? {
        guard k < to, t[k].kind == .word, t[k].capitalized, let month = lexicon.months.value(p, t[k]), month > 0 else {
            // "7 April 2025"
            if k < to, t[k].kind == .number, !t[k].hasSuffix, !t[k].hasDecimal, t[k].number >= 1, t[k].number <= 31,
               k + 1 < to, t[k + 1].kind == .word, t[k + 1].capitalized, lexicon.months.value(p, t[k + 1]) != nil,
               (t[k + 1].end - t[k + 1].start) > 3 {
                var f = Figure(kind: .period, first: k, last: k + 1, start: t[k].start, end: t[k + 1].end)
                f.unit = "date"
                if k + 2 < to, let y = yearToken(k + 2) { f.last = k + 2; f.end = t[k + 2].end; f.value = y }
                return f
            }
            return nil
        }
        let name = word(k) ?? ""
        if name == "may" || name == "march", !(word(k - 1).map(["in", "since", "until", "by", "of", "early", "late", "mid", "last", "this", "next", "through", "from", "to", "on", "between", "and"].contains) ?? false),
           !(k + 1 < to && t[k + 1].kind == .number) {
            return nil
        }
        var f = Figure(kind: .period, first: k, last: k, start: t[k].start, end: t[k].end)
        // An abbreviated month keeps its full stop before the day: "Feb. 12".
        let n = k + 2 < to && symbol(k + 1) == 0x2E && t[k].end - t[k].start <= 4 && t[k + 1].start == t[k].end ? k + 2 : k + 1
        if n < to, t[n].kind == .number, !t[n].hasDecimal, !t[n].hasSuffix || ["th", "st", "nd", "rd"].contains(suffix(n)) {
            if let y = yearToken(n) {
                f.last = n; f.end = t[n].end; f.unit = "month"; f.value = y
                return f
            }
            if t[n].number >= 1, t[n].number <= 31, t[n].integerDigits <= 2 {
                f.last = n; f.end = t[n].end; f.unit = "date"
                var j = n + 1
                if symbol(j) == 0x2C { j += 1 }
                if let y = yearToken(j) { f.last = j; f.end = t[j].end; f.value = y }
                return f
            }
        }
        guard k > from, !(t[k].end - t[k].start <= 4 && p[t[k].end - 1] == 0x2E && name != "may") else { return nil }
        if let prev = word(k - 1), ["in", "since", "until", "by", "of", "early", "late", "mid", "last", "this", "next", "through", "from", "to", "between", "and", "during", "before", "after"].contains(prev) {
            f.unit = "month"
            return f
        }
        return nil
    }

    func suffix(_ k: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: p[t[k].suffixStart..<t[k].end]), as: UTF8.self).lowercased()
    }

    func yearToken(_ k: Int) -> Double? {
        guard k < to, t[k].kind == .number, !t[k].hasSuffix, !t[k].hasDecimal, !t[k].hasComma, t[k].integerDigits == 4,
              t[k].number >= 1900, t[k].number <= 2100 else { return nil }
        return t[k].number
    }

    /// Q1–Q4, H1/H2, FY2027 / FY27, "first quarter", "second half", "fiscal 2027".
    func quarter(at k: Int) -> Figure? {
        guard k < to, t[k].kind == .word else { return nil }
        let token = t[k]
        let length = token.nameEnd - token.start
        if token.hasDigit, token.capitalized {
            let first = p[token.start]
            if (first == 0x51 || first == 0x48), length == 2, UTF8Bytes.isDigit(p[token.start + 1]) {
                let n = Double(p[token.start + 1] - 0x30)
                guard first == 0x51 ? (1...4).contains(n) : (1...2).contains(n) else { return nil }
                var f = Figure(kind: .period, first: k, last: k, start: token.start, end: token.nameEnd)
                f.unit = first == 0x51 ? "quarter" : "half"
                f.value = n
                if let _ = yearToken(k + 1) { f.last = k + 1; f.end = t[k + 1].end }
                return f
            }
            if length >= 4, first == 0x46, p[token.start + 1] == 0x59, (2...4).contains(length - 2),
               (token.start + 2..<token.nameEnd).allSatisfy({ UTF8Bytes.isDigit(p[$0]) }) {
                var year = 0.0
                for i in token.start + 2..<token.nameEnd { year = year * 10 + Double(p[i] - 0x30) }
                if year < 100 { year += 2000 }
                var f = Figure(kind: .period, first: k, last: k, start: token.start, end: token.nameEnd)
                f.unit = "fiscal year"
                f.value = year
                return f
            }
        }
        let size = token.end - token.start
        guard size == 2 || size == 6, UTF8Bytes.lower(p[token.start]) == 0x66 else { return nil }
        if let w = word(k), w == "fy" || w == "fiscal", let y = yearToken(k + 1) ?? (word(k + 1) == "year" ? yearToken(k + 2) : nil) {
            let last = yearToken(k + 1) != nil ? k + 1 : k + 2
            var f = Figure(kind: .period, first: k, last: last, start: token.start, end: t[last].end)
            f.unit = "fiscal year"
            f.value = y
            return f
        }
        return nil
    }

    /// "tens of billions", "billions of dollars": money without a value.
    func vague(at k: Int) -> Figure? {
        guard k < to, t[k].kind == .word else { return nil }
        // Vague amounts are phrases ("tens of billions"): only their two- and three-word keys can match.
        let n: Int
        if k + 3 <= to, lexicon.vagueAmounts.exactValue(t[k].key3) != nil { n = 3 }
        else if k + 2 <= to, lexicon.vagueAmounts.exactValue(t[k].key2) != nil { n = 2 }
        else { return nil }
        let last = k + n - 1
        if word(last + 1) == "of", let w = word(last + 2), lexicon.currencyWords.value(w) == nil { return nil }
        var f = Figure(kind: .money, first: k, last: last, start: t[k].start, end: t[last].end)
        f.vague = true
        if let w = word(last + 1), let code = lexicon.currencyWords.value(w), w != "p" { f.currency = code; f.last = last + 1; f.end = t[last + 1].end }
        if f.currency == nil, let w = word(last), let code = lexicon.currencyWords.value(w) { f.currency = code }
        return f
    }

    /// "a trillion dollars", "one billion euros": a worded amount with a currency.
    func wordAmount(at k: Int) -> Figure? {
        guard k < to, t[k].kind == .word, t[k].end - t[k].start == 1 || t[k].end - t[k].start == 3,
              UTF8Bytes.lower(p[t[k].start]) == 0x61 || UTF8Bytes.lower(p[t[k].start]) == 0x6F,
              isWord(k, words.a) || isWord(k, words.one), isWord(k + 1), t[k + 1].end - t[k + 1].start > 2,
              let scale = lexicon.scales.value(p, t[k + 1]),
              isWord(k + 2), !isWord(k + 2, words.p), let code = lexicon.currencyWords.value(p, t[k + 2]) else { return nil }
        var f = Figure(kind: .money, first: k + 1, last: k + 2, start: t[k + 1].start, end: t[k + 2].end)
        f.value = scale
        f.currency = code
        return f
    }

    /// A figure written in words: "two or three cents", "five percent", "ten billion dollars",
    /// "three million subscribers" — a number word (from three letters: not "a"), an optional
    /// "or"/"to" and a second one, an optional scale, then a currency, a percent, or, after a
    /// scale, a counted noun. A number word alone ("two quarters") is no figure.
    func wordedFigure(at k: Int) -> Figure? {
        guard t[k].kind == .word, let v = lexicon.numberWords.exactValue(t[k].fullKey), v >= 2 || v == 0 else { return nil }
        var j = k + 1
        var high: Double? = nil
        if j + 1 < to, !isWord(k - 1, words.from), isWord(j), UTF8Bytes.isWord(p, t[j].start, t[j].end, "or") || isWord(j, words.to),
           isWord(j + 1), let w = lexicon.numberWords.exactValue(t[j + 1].fullKey), w > v {
            high = w
            j += 2
        }
        var scale = 1.0
        if j < to, isWord(j), t[j].end - t[j].start >= 4, let s = lexicon.scales.value(p, t[j]) { scale = s; j += 1 }
        guard j < to, isWord(j) else { return nil }
        var f = Figure(kind: .count, first: k, last: j, start: t[k].start, end: t[j].end)
        if isWord(j, words.percent) {
            f.kind = .percent
        } else if !isWord(j, words.p), let code = lexicon.currencyWords.value(p, t[j]) {
            f.kind = .money
            f.currency = code
            if isWord(j, words.cents) || isWord(j, words.cent) || isWord(j, words.pence) { scale /= 100 }
        } else if scale > 1, !t[j].capitalized, lexicon.countNouns.value(p, t[j]) != nil {
            f.unit = UTF8Bytes.lowerString(p, t[j].start, t[j].end)
        } else {
            return nil
        }
        if let high { f.low = v * scale; f.high = high * scale } else { f.value = v * scale }
        return f
    }

    // MARK: - Changes and directions

    /// How many tokens of a unit may stand between "to B" and ", from A".
    static let unitReach = 12

    /// "from A … to B", "to B from A", "B, up from A": one fact, value B, from A.
    func mergeChanges(_ figures: inout [Figure]) {
        let words = self.words
        var i = 0
        while i + 1 < figures.count {
            let a = figures[i]
            var merged: Figure? = nil
            var consumed = 1
            if isWord(a.first - 1, words.from) || (isWord(a.first - 1, words.the) && isWord(a.first - 2, words.from)) {
                // from A [in 2024] to B
                var j = i + 1
                while j < figures.count, figures[j].kind == .period, a.kind != .period { j += 1 }
                if j < figures.count, figures[j].kind == a.kind, isWord(figures[j].first - 1, words.to),
                   figures[j].first - a.last <= 8, noOtherFigure(between: a.last, and: figures[j].first, except: figures, i, j) {
                    var m = figures[j]
                    m.first = a.first; m.start = a.start
                    m.from = a.value ?? a.low
                    m.currency = m.currency ?? a.currency
                    m.direction = directionWord(before: a.first - 1)
                    figures.remove(at: j)
                    figures[i] = m
                    i += 1
                    continue
                }
            } else if isWord(a.first - 1, words.to) || (isWord(a.first - 1, in: words.approximately) && isWord(a.first - 2, words.to)),
                      i + 1 < figures.count {
                // to B from A; or to B and the words of its unit, then ", from A" ("to 3.9 times
                // earnings before interest and taxes, from 2.4 times"), with no verb between.
                let b = figures[i + 1]
                var j = a.last + 1
                if symbol(j) == 0x2C { j += 1 }
                // "2.4 times" after a multiple is that multiple, though no noun follows it.
                let sameKind = b.kind == a.kind || (a.kind == .multiple && b.kind == .count && b.unit == "times")
                if sameKind, b.first - 1 > j, b.first - 1 - j <= Self.unitReach, isWord(b.first - 1, words.from),
                   symbol(b.first - 2) == 0x2C,
                   (j..<(b.first - 2)).allSatisfy({ t[$0].kind != .number && (t[$0].kind != .word || (lexicon.verbs.value(p, t[$0]) == nil
                       && lexicon.direction.value(p, t[$0]) == nil)) }) {
                    j = b.first - 1
                }
                if sameKind, isWord(j, words.from), b.first == j + 1 {
                    var m = a
                    m.last = b.kind == a.kind || !isWord(b.last + 1, words.times) ? b.last : b.last + 1
                    m.end = t[m.last].end
                    m.from = b.value ?? b.low
                    m.direction = directionWord(before: a.first - 1)
                    merged = m
                    consumed = 2
                }
            } else {
                // B, up from A
                let b = figures[i + 1]
                var j = a.last + 1
                if symbol(j) == 0x2C { j += 1 }
                if b.kind == a.kind, isWord(j, words.up) || isWord(j, words.down), isWord(j + 1, words.from), b.first == j + 2 {
                    var m = a
                    m.last = b.last; m.end = b.end
                    m.from = b.value ?? b.low
                    m.direction = isWord(j, words.up) ? .up : .down
                    merged = m
                    consumed = 2
                }
            }
            if let merged {
                figures.replaceSubrange(i..<(i + consumed), with: [merged])
            }
            i += 1
        }
    }

    /// "A, compared with an earlier range of B": A revises B, an earlier estimate of the same
    /// kind; A goes the way its value (a range's middle) moved from B's.
    /// "A, compared to B" with no dating word (a press release's "net income was $38.2 million,
    /// compared to $29.6 million") sets A against B the same way, when B has A's kind, unit and
    /// currency, lies within ten times of it, and is not said to be another's ("for its rival").
    func markRevisions(_ figures: inout [Figure]) {
        for i in figures.indices where figures[i].from == nil {
            let dated = revisionTarget(after: figures[i])
            guard let target = dated ?? (figures[i].direction == nil ? comparisonTarget(after: figures[i], in: figures) : nil),
                  let b = figures.first(where: { $0.first == target && $0.kind == figures[i].kind }),
                  dated != nil || (b.unit == figures[i].unit && b.currency == figures[i].currency && !ownedElsewhere(after: b)),
                  let old = b.value ?? b.low.map({ ($0 + (b.high ?? $0)) / 2 }),
                  let new = figures[i].value ?? figures[i].low.map({ ($0 + (figures[i].high ?? $0)) / 2 }),
                  new != old, dated != nil || (old > 0 && new > 0 && new / old < 10 && old / new < 10) else { continue }
            figures[i].from = old
            figures[i].direction = new > old ? .up : .down
            figures[i].revised = true
        }
    }

    /// Whether the words right after figure `b` give it another owner ("$29.6 million for its
    /// rival", "… at Acme"): then it is no earlier value of the figure set against it.
    func ownedElsewhere(after b: Figure) -> Bool {
        isWord(b.last + 1, words.forWord) || isWord(b.last + 1, words.at)
    }

    /// The first token of the figure the words after `a` set it against directly: [, or a
    /// figure beside it,] [,] compared [with|to] / versus / against, [a|an|the], then the
    /// figure.
    func comparisonTarget(after a: Figure, in figures: [Figure]) -> Int? {
        let words = self.words
        var j = a.last + 1
        // Past a figure given beside it: "$38.2 million, or $0.91 per diluted share, compared to …".
        if symbol(j) == 0x2C, isWord(j + 1, words.or), let beside = figures.first(where: { $0.first == j + 2 }) {
            j = beside.last + 1
            // and the words of its unit ("per diluted share").
            let end = j + 4
            while j < end, isWord(j) { j += 1 }
        }
        if symbol(j) == 0x2C { j += 1 }
        guard isWord(j, in: words.comparedWith) else { return nil }
        j += 1
        if isWord(j, words.with) || isWord(j, words.to) { j += 1 }
        if isWord(j, words.a) || isWord(j, words.an) || isWord(j, words.the) { j += 1 }
        return j
    }

    /// The first token of the earlier figure `a` is set against, when the words after `a` say
    /// so: [,] compared [with|to] / versus / against, [a|an|the|its|their], a dating word
    /// ("earlier", "prior", a month), up to three words of its noun, "of".
    func revisionTarget(after a: Figure) -> Int? {
        let words = self.words
        var j = a.last + 1
        if symbol(j) == 0x2C { j += 1 }
        guard isWord(j, in: words.comparedWith) else { return nil }
        j += 1
        if isWord(j, words.with) || isWord(j, words.to) { j += 1 }
        if isWord(j, words.a) || isWord(j, words.an) || isWord(j, words.the) || isWord(j, words.its) || isWord(j, words.their) { j += 1 }
        guard isWord(j, in: words.earlier) else { return nil }
        j += 1
        var noun = 0
        while noun < FigureWords.revisionNounReach, isWord(j), !isWord(j, words.of) { j += 1; noun += 1 }
        return isWord(j, words.of) ? j + 1 : nil
    }

    func noOtherFigure(between a: Int, and b: Int, except figures: [Figure], _ i: Int, _ j: Int) -> Bool {
        for m in (i + 1)..<j where figures[m].kind != .period { return false }
        return true
    }

    /// The direction of the verb right before token `k` (skipping "to"), for changes.
    func directionWord(before k: Int) -> Direction? {
        var j = k
        var steps = 0
        while j >= from, steps < 4 {
            if t[j].kind == .word, let d = lexicon.direction.value(p, t[j]) { return d }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// The direction a verb gives figure `index` of `all`: "fell 2.1%", "up 20.3%", "a 7.7%
    /// increase" (the figure is read field by field, never copied whole).
    func direction(of index: Int, in all: [Figure]) -> Direction? {
        guard all[index].kind != .period else { return all[index].direction }
        if let d = all[index].direction { return d }
        let kind = all[index].kind, first = all[index].first, last = all[index].last
        let words = lexicon.figureWords
        var j = first - 1
        var steps = 0
        var loose = isWord(j, words.by)
        search: while j >= from, steps < (loose ? 6 : 4) {
            if all.contains(where: { $0.last == j }) { break search }
            guard t[j].kind == .word else { break search }
            if let d = lexicon.direction.value(p, t[j]) {
                // "seeking up to $2.5 billion": "up to" bounds the figure, it does not move it.
                if j == first - 2, t[j + 1].kind == .word,
                   words.atMost.exactValue(t[j].key2) != nil || words.atLeast.exactValue(t[j].key2) != nil { break search }
                if kind == .money, steps == 0, isWord(j, in: words.fundraising) { return nil }
                // "rose 31% to $1.6 billion": the level after "to" carries no direction of its own.
                if steps > 0, isWord(first - 1, words.to), all.contains(where: { $0.last < first && $0.first > j }) { return nil }
                return d
            }
            if !loose, !isWord(j, in: words.directionGap) { break search }
            if isWord(j, words.by) { loose = true }
            j -= 1
            steps += 1
        }
        // "a 7.7% increase"; "were marked 3.7% lower"
        let next = last + 1
        guard next < to, t[next].kind == .word else { return nil }
        if isWord(first - 1, words.a) || isWord(first - 1, words.an), let d = lexicon.direction.value(p, t[next]) {
            return d
        }
        return words.comparatives.exactValue(t[next].fullKey)
    }
}
