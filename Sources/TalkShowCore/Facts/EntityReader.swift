/// Finds tickers and names in the tokens of one sentence.
///
/// Tickers need a ticker context: parentheses (`(TGT)`, `(NASDAQ: AMZN)`, `(GOOG, GOOGL)`),
/// a `$` (`$META`), an exchange prefix (`NYSE:X`), or a signed percent right after
/// (`AAL -0.63%`, `META-2.1%`); capitalised words such as CEO, AI or EPS are never tickers
/// by themselves, and a parenthesised acronym of the words before it is an abbreviation.
/// Names are runs of capitalised words, classed by their context: a title before a person,
/// a corporate suffix or ticker after an organisation, a launch verb or product noun around
/// a product. O(tokens).
struct EntityReader: TokenWindow {
    let p: UnsafeBufferPointer<UInt8>
    let t: [Token]
    let from: Int
    let to: Int
    let lexicon: FactLexicon

    struct Entity {
        var kind: FactKind
        var first: Int
        var last: Int
        var start: Int
        var end: Int
        var symbol: String?
        var exchange: String?
        /// Classed only because it is a run of capitalised words; trusted once it recurs.
        var fallback = false
    }

    func text(_ a: Int, _ b: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: p[a..<b]), as: UTF8.self) }

    func isSymbolWord(_ k: Int) -> Bool {
        guard k >= from, k < to, t[k].kind == .word, t[k].allCaps, t[k].nameEnd == t[k].end else { return false }
        let length = t[k].end - t[k].start
        guard length >= 1, length <= 9 else { return false }
        // Core letters up to 5, optionally "-USD" / ".L" style suffix.
        var core = 0
        for i in t[k].start..<t[k].end {
            let b = p[i]
            if b == 0x2D || b == 0x2E { break }
            guard UTF8Bytes.isUpper(b) || UTF8Bytes.isDigit(b) else { return false }
            core += 1
        }
        return core >= 1 && core <= 5
    }

    func stopped(_ k: Int) -> Bool { lexicon.tickerStoplist.value(p, t[k]) != nil }

    /// The tickers of the sentence, into `out`, whose storage a caller reads sentence after
    /// sentence with.
    func tickers(into out: inout [Entity]) {
        out.removeAll(keepingCapacity: true)
        var k = from
        while k < to {
            // ( [EXCH :] SYM [, SYM]* [- …] )
            if symbol(k) == 0x28 {
                var j = k + 1
                var exchange: String? = nil
                if j + 1 < to, t[j].kind == .word, lexicon.exchanges.value(p, t[j]) != nil, symbol(j + 1) == 0x3A {
                    exchange = text(t[j].start, t[j].end)
                    j += 2
                }
                var found: [Entity] = []
                while j < to, isSymbolWord(j) {
                    if stopped(j) && exchange == nil { found = []; break }
                    found.append(Entity(kind: .ticker, first: j, last: j, start: t[j].start, end: t[j].end,
                                        symbol: text(t[j].start, t[j].end), exchange: exchange))
                    j += 1
                    if symbol(j) == 0x2C { j += 1; continue }
                    break
                }
                let closes = symbol(j) == 0x29 || (j < to && t[j].kind == .symbol && (UTF8Bytes.dashLength(p, t[j].start) > 0 || p[t[j].start] == 0x3A))
                if !found.isEmpty, closes, exchange != nil || !isAcronym(found[0], before: k) {
                    out.append(contentsOf: found)
                    k = j
                    continue
                }
            }
            // $SYM
            if symbol(k) == 0x24, k + 1 < to, !t[k + 1].spaceBefore, isSymbolWord(k + 1), t[k + 1].end - t[k + 1].start >= 1 {
                out.append(Entity(kind: .ticker, first: k, last: k + 1, start: t[k].start, end: t[k + 1].end,
                                  symbol: text(t[k + 1].start, t[k + 1].end)))
                k += 2
                continue
            }
            // EXCH:SYM or EXCH: SYM outside parentheses
            if k + 2 < to, t[k].kind == .word, t[k].allCaps, symbol(k + 1) == 0x3A, !t[k + 1].spaceBefore,
               t[k + 2].kind == .word, t[k + 2].allCaps || t[k + 2].hasDigit,
               lexicon.exchanges.value(p, t[k]) != nil || !t[k + 2].spaceBefore,
               t[k + 2].end - t[k + 2].start <= 10, !stopped(k + 2) {
                out.append(Entity(kind: .ticker, first: k + 2, last: k + 2, start: t[k + 2].start, end: t[k + 2].end,
                                  symbol: text(t[k + 2].start, t[k + 2].end), exchange: text(t[k].start, t[k].end)))
                k += 3
                continue
            }
            // SYM followed by a signed percent: "AAL -0.63%", "META-2.1%"
            if isSymbolWord(k), !stopped(k), t[k].end - t[k].start >= 2, k + 3 < to, let s = symbol(k + 1), s == 0x2B || s == 0x2D || s == 0xE2,
               t[k + 2].kind == .number, !t[k + 2].spaceBefore, (symbol(k + 3) == 0x25) {
                out.append(Entity(kind: .ticker, first: k, last: k, start: t[k].start, end: t[k].end, symbol: text(t[k].start, t[k].end)))
                k += 1
                continue
            }
            k += 1
        }
    }

    /// "Federal Open Market Committee (FOMC)": the letters are the initials of the words before.
    func isAcronym(_ e: Entity, before open: Int) -> Bool {
        let letters = Array(p[e.start..<e.end]).filter { UTF8Bytes.isUpper($0) }
        guard letters.count >= 2 else { return false }
        var initials: [UInt8] = []
        var j = open - 1
        while j >= from, initials.count < letters.count + 3, t[j].kind == .word {
            let first = p[t[j].start]
            if UTF8Bytes.isUpper(first) { initials.insert(first, at: 0) }
            j -= 1
        }
        return initials.count >= letters.count && Array(initials.suffix(letters.count)) == letters
    }

    // MARK: - Names

    func isNameWord(_ k: Int) -> Bool {
        guard k < to, t[k].kind == .word, t[k].capitalized else { return false }
        if t[k].allCaps, stopped(k) { return false }
        // "AI-driven", "API-monetized", "Cloud-based": a capitalised prefix on a common word
        // (one the lexicons know, or a participle); "Wei-lun" is a name.
        var i = t[k].start
        while i + 1 < t[k].nameEnd {
            if p[i] == 0x2D, UTF8Bytes.isLower(p[i + 1]) {
                var e = i + 1
                while e < t[k].nameEnd, p[e] != 0x2D { e += 1 }
                let common = lexicon.combined.value(p, i + 1, e) != nil || lexicon.verbs.value(p, i + 1, e) != nil
                    || lexicon.nonEntity.value(p, i + 1, e) != nil
                    || UTF8Bytes.endsWith(p, i + 1, e, 0x65, 0x64, minLength: 4) || UTF8Bytes.endsWith(p, i + 1, e, 0x6C, 0x79, minLength: 4)
                let capitals = (t[k].start..<i).allSatisfy { !UTF8Bytes.isLower(p[$0]) }
                if common || capitals || e - (i + 1) > 5 { return false }
            }
            i += 1
        }
        if lexicon.months.nameValue(p, t[k]) != nil, t[k].end - t[k].start > 3 || !t[k].hasDigit { return false }
        return true
    }

    func isTitle(_ k: Int) -> Int {
        guard k >= from, k < to, t[k].kind == .word else { return 0 }
        if let (_, n) = lexicon.personTitles.match(p, t, k, to) { return n }
        return 0
    }

    /// A run of capitalised words that may be a name: its first and last token, whether a
    /// title stood before it, and where it ends when it is a product with a version number.
    struct NameRun: Sendable {
        var first: Int
        var last: Int
        var titled: Bool
        var productLast: Int
        var productEnd: Int
    }

    /// The names among `runs` (found by `nameRuns` on these tokens), classed by context with
    /// `known`.
    func names(_ runs: [NameRun], known: [NameKey: FactKind]) -> [Entity] {
        var out: [Entity] = []
        names(runs, known: known, into: &out)
        return out
    }

    /// `names(_:known:)` into `out`, whose storage a caller reads sentence after sentence with.
    func names(_ runs: [NameRun], known: [NameKey: FactKind], into out: inout [Entity]) {
        out.removeAll(keepingCapacity: true)
        for r in runs {
            if r.titled, r.last - r.first < 4 {
                out.append(Entity(kind: .person, first: r.first, last: r.last, start: t[r.first].start, end: t[r.last].nameEnd))
            } else if let (kind, fallback) = classify(r.first, r.last, known: known) {
                let keep = kind == .product ? (r.productLast, r.productEnd) : (r.last, t[r.last].nameEnd)
                out.append(Entity(kind: kind, first: r.first, last: keep.0, start: t[r.first].start, end: keep.1, fallback: fallback))
            }
        }
    }

    /// The runs of capitalised words (with "of" and "&" inside) that may be names, split at
    /// titles, before any is classed.
    func nameRuns() -> [NameRun] {
        var out: [NameRun] = []
        var k = from
        while k < to {
            guard isNameWord(k) else { k += 1; continue }
            var s = k
            var e = k
            // "Chief Financial Officer Mathilde Øvergaard": a title of several words opening the
            // run is one piece, not a name ended by the title word inside it.
            let lead = isTitle(k)
            if lead > 1 { e = k + lead - 1 }
            while e + 1 < to {
                if t[e].nameEnd < t[e].end { break }  // possessive ends the name
                if isNameWord(e + 1), isTitle(e + 1) == 0 { e += 1; continue }
                // "Acme of Ohio", "Brisk & Moll": the "&" is a symbol token, spaced or not; "and"
                // inside a public body's name ("Securities and Exchange Commission").
                if isWord(e + 1, in: lexicon.nameWords.joiners) || symbol(e + 1) == 0x26 || andInPublicBody(after: e),
                   isNameWord(e + 2), isTitle(e + 2) == 0 {
                    // "Dana Ortiz of Acme Securities": a person's name ends before "of".
                    if isOf(e + 1), personBeforeOf(s, e) { break }
                    e += 2
                    continue
                }
                break
            }
            // Drop function words (any common capitalised word at a sentence start) and titles at
            // the front. A common word or verb keeps its place when the run names a company by
            // itself: the word and a corporate suffix ("Lift Corp.", "Central Bank of Valdoria"),
            // or the word and its ticker.
            var titled = false
            let company = ((e == s + 1 || (e > s + 2 && isOf(s + 2))) && lexicon.corporateSuffixes.nameValue(p, t[s + 1]) != nil)
                || (e == s && tickerInParentheses(after: e))
            while s <= e {
                // (A title first: "Chief" of "Chief financial officer Dev Patel" is a common word too.)
                let title = isTitle(s)
                if title > 0, s + title <= e + 1 {
                    s += title
                    // "Chief Executive Officer of Pinecrest Grill": the title's organisation, no person.
                    titled = !(s <= e && isOf(s))
                    continue
                }
                if isWord(s, in: lexicon.nameWords.functionWords)
                    || (s == from && !company && lexicon.nonEntity.nameValue(p, t[s]) != nil && (!t[s].allCaps || stopped(s))) {
                    s += 1; continue
                }
                if s == from, !company, lexicon.verbs.nameValue(p, t[s]) != nil || (endsWithIng(s) && t[s].nameEnd == t[s].end && s < e) { s += 1; continue }
                break
            }
            let next = e + 1
            // "Parkinson's disease", "Moore's law": a term named after someone, not a mention.
            let term = t[e].nameEnd < t[e].end && isWord(e + 1, in: lexicon.eponymNouns)
            if s <= e, !term {
                var last = e
                var end = t[e].nameEnd
                // A version number belongs to a product's name: "Model 3".
                if t[e].nameEnd == t[e].end, e + 1 < to, t[e + 1].kind == .number, !t[e + 1].hasDecimal, !t[e + 1].hasComma,
                   !t[e + 1].hasSuffix, t[e + 1].number < 1000, t[e + 1].integerDigits < 4, !(symbol(e + 2) == 0x25) {
                    last = e + 1
                    end = t[e + 1].end
                }
                out.append(NameRun(first: s, last: e, titled: titled, productLast: last, productEnd: end))
            }
            k = max(next, k + 1)
        }
        return out
    }


    /// Whether the run `s...e` before "of" is a person at a firm, not the head of a longer
    /// name: a given name first ("Dana Ortiz of Acme"), a title before it or opening it
    /// ("Analyst Zoë Achterberg of Harrow"), or two plain words before a firm whose last word
    /// is corporate ("Oskar Lindahl of Brennan Partners", not "Bank of Brennan Partners").
    func personBeforeOf(_ s: Int, _ e: Int) -> Bool {
        let lead = isTitle(s)
        let first = lead > 0 && s + lead <= e ? s + lead : s
        guard e > first else { return false }
        if lexicon.givenNames.value(p, t[first]) != nil || first > s || (s > from && isTitleEnding(at: s - 1)) { return true }
        guard e == first + 1, lexicon.corporateSuffixes.nameValue(p, t[first]) == nil,
              lexicon.corporateSuffixes.nameValue(p, t[e]) == nil else { return false }
        var last = e + 2
        while last + 1 < to, isNameWord(last + 1), t[last].nameEnd == t[last].end { last += 1 }
        return isNameWord(e + 2) && lexicon.corporateSuffixes.nameValue(p, t[last]) != nil
    }

    /// Whether the window is written in Title Case, as many headlines are (`TitleCase.isHeadline`
    /// over its bytes): its capitals then mark no names.
    func isTitleCase() -> Bool {
        from < to && TitleCase.isHeadline(p, t[from].start, t[to - 1].end)
    }

    /// The names of a Title Case headline that the rest of the article confirms: within each
    /// run of capitalised words, the longest runs of words `known` holds, left to right, with
    /// the corporate words after them ("Brennan Semiconductor" and "Halden" of "Brennan
    /// Semiconductor Falls 7% After Halden Downgrades Stock"); a run no part of which is known
    /// names nothing ("Steps Down After Two Years").
    func confirmedNames(_ runs: [NameRun], known: [NameKey: FactKind], into out: inout [Entity]) {
        out.removeAll(keepingCapacity: true)
        for r in runs {
            var s = r.first
            while s <= r.last {
                var found: (Int, FactKind)? = nil
                var e = r.last
                while e >= s {
                    if t[s].kind == .word, t[e].kind == .word, let kind = known[NameKey.of(p, t[s].start, t[e].nameEnd)] { found = (e, kind); break }
                    e -= 1
                }
                if var (e, kind) = found {
                    // The corporate words after a known first word are the name's: "Quillon Foods"
                    // of "Quillon Foods Reports" when the article names "Quillon Foods Inc.".
                    while e < r.last, t[e].nameEnd == t[e].end, lexicon.corporateSuffixes.nameValue(p, t[e + 1]) != nil {
                        e += 1
                        kind = .organization
                    }
                    out.append(Entity(kind: kind, first: s, last: e, start: t[s].start, end: t[e].nameEnd))
                    s = e + 1
                } else {
                    s += 1
                }
            }
        }
    }

    /// Whether a ticker in parentheses follows token `e`: "Acme (ACME)".
    func tickerInParentheses(after e: Int) -> Bool {
        symbol(e + 1) == 0x28 && e + 2 < to && isSymbolWord(e + 2)
    }

    /// `word(k)?.hasSuffix("ing")`, read over bytes: the last three bytes of a word are
    /// compared, and no letter beyond ASCII ends in the bytes of "ing".
    func endsWithIng(_ k: Int) -> Bool {
        guard isWord(k) else { return false }
        let start = t[k].start, end = t[k].end
        return end - start >= 3 && UTF8Bytes.lower(p[end - 3]) == 0x69 && UTF8Bytes.lower(p[end - 2]) == 0x6E
            && UTF8Bytes.lower(p[end - 1]) == 0x67
    }

    func classify(_ s: Int, _ e: Int, known: [NameKey: FactKind]) -> (FactKind, Bool)? {
        let start = t[s].start
        let end = t[e].nameEnd
        if lexicon.places.value(p, start, end) != nil || lexicon.marketNames.value(p, start, end) != nil { return nil }
        // "Phase 2", "Chapter 11", "Tier 1": a label a number names, no product.
        if s == e, e + 1 < to, t[e + 1].kind == .number, lexicon.labelNouns.value(p, t[e]) != nil { return nil }
        if e + 1 < to, t[e + 1].kind == .number, !t[e + 1].hasDecimal, !t[e + 1].hasComma, !t[e + 1].hasSuffix,
           t[e + 1].number < 1000, t[e + 1].integerDigits < 4, t[e].nameEnd == t[e].end, !(symbol(e + 2) == 0x25),
           lexicon.months.value(p, t[e]) == nil {
            return (.product, false)
        }
        let words = e - s + 1
        // A legal suffix alone ("…Holdings, Inc.") is the end of the name before its comma.
        if words == 1, lexicon.legalSuffixes.value(p, t[s]) != nil || lexicon.legalSuffixes.value(p, start, t[s].end) != nil { return nil }
        if !known.isEmpty, let kind = known[NameKey.of(p, start, end)] { return (kind, false) }
        // "Hurricane Delphine": an event's name, unless a corporate word ends it ("Hurricane Energy").
        if let (_, n) = lexicon.eventTitles.match(p, t, s, e + 1), s + n <= e, lexicon.corporateSuffixes.nameValue(p, t[e]) == nil {
            return nil
        }
        // "Brisk & Moll": no person's name has an ampersand in it.
        if (s...e).contains(where: { symbol($0) == 0x26 }) { return (.organization, false) }
        // "Bank of England", "Central Bank of Valdoria", "Ministry of Finance": a corporate or
        // institutional head word before "of" names an organisation, never a person.
        let of = (s...e).first(where: isOf)
        if let o = of, o > s, lexicon.corporateSuffixes.nameValue(p, t[o - 1]) != nil { return (.organization, false) }
        // Person: a title right before, or "Mr." etc.
        var j = s - 1
        if j >= from, symbol(j) == 0x2E { j -= 1 }
        if j >= from, isTitleEnding(at: j) { return (words <= 4 ? .person : .organization, false) }
        // Organisation: a noun that describes a company right before, in lowercase ("parts maker
        // Dunmore Components said", "grain handler Plainsview Agri").
        if isWord(s - 1), !t[s - 1].capitalized, lexicon.companyNouns.value(p, t[s - 1]) != nil {
            return (.organization, false)
        }
        // Person: a known given name before a suffix that is a surname too ("Dana Power").
        if words >= 2, words <= 3, lexicon.corporateSuffixes.nameValue(p, t[e]) == false,
           lexicon.givenNames.value(p, t[s]) != nil { return (.person, false) }
        // Organisation: corporate suffix, a ticker in parentheses after, or "shares"/"stock" after.
        if lexicon.corporateSuffixes.nameValue(p, t[e]) != nil, words >= 2 || t[e].nameEnd < t[e].end { return (.organization, false) }
        if isWord(e + 1, in: lexicon.nameWords.suffixWords) { return (.organization, false) }
        if tickerInParentheses(after: e) { return (.organization, false) }
        // "Acme Social (NASDAQ: ACMS)": an exchange and a ticker in parentheses after.
        if symbol(e + 1) == 0x28, isWord(e + 2), lexicon.exchanges.value(p, t[e + 2]) != nil, symbol(e + 3) == 0x3A,
           isSymbolWord(e + 4) { return (.organization, false) }
        if isWord(e + 1, in: lexicon.nameWords.stockWords) { return (.organization, false) }
        if t[e].nameEnd < t[e].end, isWord(e + 1, in: lexicon.nameWords.possessiveStockWords) { return (.organization, false) }
        // Person: a known given name first ("Dana Ortiz").
        if words >= 2, words <= 3, lexicon.givenNames.value(p, t[s]) != nil,
           lexicon.corporateSuffixes.nameValue(p, t[e]) == nil { return (.person, false) }
        // Product: a launch verb before, a product noun after, or a version number after.
        if isWord(s - 1) && lexicon.productVerbs.value(p, t[s - 1]) != nil { return (.product, false) }
        // (Not one word that opens the sentence: its capital says nothing, "Motor vehicle insurance rose".)
        if isWord(e + 1), !t[e + 1].capitalized, lexicon.productNouns.value(p, t[e + 1]) != nil, t[e].nameEnd == t[e].end,
           s > from || words > 1 { return (.product, false) }
        if e + 1 < to, t[e + 1].kind == .number, !t[e + 1].hasDecimal, !t[e + 1].hasComma, t[e + 1].number < 1000, t[e].nameEnd == t[e].end,
           !(symbol(e + 2) == 0x25) {
            return (.product, false)
        }
        // Person: two or three words next to an attribution verb ("Kuo said", "said Ming Kuo").
        if words >= 2, words <= 3, of == nil, lexicon.corporateSuffixes.nameValue(p, t[e]) == nil {
            if isWord(e + 1) && lexicon.attributionVerbs.value(p, t[e + 1]) != nil { return (.person, false) }
            if isWord(s - 1) && lexicon.attributionVerbs.value(p, t[s - 1]) != nil { return (.person, false) }
            if symbol(e + 1) == 0x2C, isWord(e + 2, in: lexicon.nameWords.articles), e + 3 < to, isTitle(e + 3) > 0 { return (.person, false) }
        }
        if words >= 2 { return (.organization, true) }
        if words == 1, t[s].nameEnd == t[s].end, !t[s].allCaps || t[s].end - t[s].start >= 2, isWord(e + 1, in: lexicon.nameWords.reportingVerbs),
           !(opensSentence(s) && isWord(e + 1, in: lexicon.nameWords.copulas) && isCommonNoun(s)),
           lexicon.nonEntity.value(p, t[s]) == nil, lexicon.verbs.value(p, t[s]) == nil {
            return (.organization, false)
        }
        return nil
    }

    /// Whether the word at `k` reads as a common noun when its capital says nothing: a word the
    /// lexicons know ("Traffic"), a corporate word alone ("Healthcare"), or a common noun's
    /// ending ("Deployment").
    func isCommonNoun(_ k: Int) -> Bool {
        lexicon.combined.value(p, t[k]) != nil || lexicon.corporateSuffixes.nameValue(p, t[k]) != nil
            || lexicon.commonNounEndings.contains { UTF8Bytes.endsWith(p, t[k].start, t[k].end, $0, stem: 3) }
    }

    /// Whether an "and" after token `e` joins the words of a public body's name: capitalised
    /// words after it, the last of them within three an institution's ("Food and Drug
    /// Administration").
    func andInPublicBody(after e: Int) -> Bool {
        guard isWord(e + 1), UTF8Bytes.isWord(p, t[e + 1].start, t[e + 1].end, "and") else { return false }
        var j = e + 2
        while j < to, j <= e + 4, isNameWord(j) {
            if lexicon.institutionalSuffixes.nameValue(p, t[j]) != nil { return true }
            j += 1
        }
        return false
    }

    /// Whether token `k` opens the sentence, or a quote that opens it.
    func opensSentence(_ k: Int) -> Bool {
        k == from || (k == from + 1 && (symbol(from) == 0x22 || symbol(from) == 0xE2 || symbol(from) == 0x27))
    }

    /// Whether token `k` is the word "of".
    func isOf(_ k: Int) -> Bool {
        k < to && t[k].kind == .word && UTF8Bytes.isWord(p, t[k].start, t[k].end, "of")
    }

    func isTitleEnding(at j: Int) -> Bool {
        for n in 1...3 where j - n + 1 >= from {
            if isTitle(j - n + 1) == n { return true }
        }
        return false
    }
}
