/// Decides which lines of a page are not the article's prose: navigation and share strips,
/// disclaimers, promotions, photo credits, bylines, ticker strips, headings and verbless
/// fragments. The cues are data (`grammar.json`); the rules here are shapes of lines.
public struct BoilerplateFilter: Sendable {
    public var lexicon: GrammarLexicon

    public init(lexicon: GrammarLexicon = .shared) { self.lexicon = lexicon }

    /// Longest line (in bytes) a "contains" cue may drop; longer lines are prose.
    static let containsLimit = 160
    /// One more word than any rule here counts up to: the words of a line are read only so
    /// far (a paragraph of prose is one line, and most of its words decide nothing).
    static let wordLimit = 21

    /// The reason to drop the line `p[from..<to]` (already trimmed), or nil for prose. The
    /// article's first line (`opening`) in title case is its headline when it has a verb in
    /// the present ("Acme Reports Fourth-Quarter Results; Raises Dividend"), not a heading.
    public func classifyLine(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, opening: Bool = false) -> DropReason? {
        let words = WordSpans(p, from, to, limit: Self.wordLimit)
        let lowered = normalizedLower(p, from, to, limit: cueLimit(to - from))
        if let reason = cueReason(lowered, words: words, length: to - from) { return reason }
        if endsWithArrow(p, from, to) { return .promotion }
        if isShareStrip(p, words) { return .share }
        if isTickerStrip(p, words, from, to) { return .tickerStrip }
        let terminal = endsWithTerminal(p, from, to)
        if !terminal, words.count <= 16, containsByte(p, from, to, 0x7C /* | */) { return .navigation }
        if words.count <= 6, lowered.starts(with: Array("by ".utf8)), !hasVerb(p, words, skipFirst: true) { return .byline }
        // A headline in the short style, with an amount and no verb the grammar knows ("Acme
        // prices IPO below range, raising $840 million"), is the story's first line, not a heading.
        let headline = words.count >= 6 && (containsByte(p, from, to, 0x24 /* $ */) || containsByte(p, from, to, 0x25 /* % */)
            || containsCurrencySign(p, from, to))
        if !terminal, words.count <= 14, isTimestamp(lowered, words: words.count) { return .byline }
        if !terminal, words.count <= 14, !headline, !hasVerb(p, words) { return .heading }
        if !terminal, words.count <= 20, isTitleCase(p, words), !(opening && hasPresentVerb(p, words)) { return .heading }
        return nil
    }

    /// What a dropped line tells of the lines after it.
    public enum Cue: Sendable {
        /// It heads a list of links ("Most Read"): headline-shaped lines after it are its items.
        case list
        /// It heads a closing section ("Forward-Looking Statements", "About Acme Corp",
        /// "Media Contact"): what follows is not the story.
        case section
        /// Another heading: it ends a closing section.
        case heading
    }

    /// What the line `p[from..<to]`, dropped for `reason`, tells of the lines after it; nil
    /// for nothing.
    public func cue(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, reason: DropReason) -> Cue? {
        let words = WordSpans(p, from, to, limit: 9)
        guard words.count <= 8, words.figureCount == 0 else { return reason == .heading ? .heading : nil }
        let lowered = normalizedLower(p, from, to, limit: 64)
        if words.count <= 6, lexicon.listCues.contains(where: { lowered.starts(with: $0) }) { return .list }
        // A section's heading names it: "About Acme Corp", not "About the deal".
        if words.count <= 6, let cue = lexicon.sectionCues.first(where: { lowered.starts(with: $0) }),
           cue.last != 0x20 || (reason == .heading && words.spans.count > 1 && UTF8Bytes.isUpper(p[words.spans[1].start])) {
            return .section
        }
        return reason == .heading ? .heading : nil
    }

    /// The reason to drop one sentence of prose, or nil to keep it.
    public func classifySentence(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> DropReason? {
        let words = WordSpans(p, from, to, limit: Self.wordLimit)
        if words.count < 10, words.figureCount == 0, !hasVerb(p, words) { return .fragment }
        return cueReason(normalizedLower(p, from, to, limit: cueLimit(to - from)), words: words, length: to - from)
    }

    /// How much of a line's lowered text the cues can look at: all of a short line, the
    /// longest line-start cue and one byte more of a long one.
    func cueLimit(_ length: Int) -> Int {
        length <= Self.containsLimit ? length : lexicon.longestLineStart + 1
    }

    /// A boilerplate cue at the start of the text or, for a short text, inside it. A cue of
    /// one word ("privacy", "comments") only counts on a line of a few words, so prose that
    /// happens to start with it stays.
    func cueReason(_ lowered: [UInt8], words: WordSpans, length: Int) -> DropReason? {
        for cue in lowered.isEmpty ? [] : lexicon.lineStartsByFirstByte[Int(lowered[0])] where lowered.starts(with: cue) {
            let oneWord = !cue.contains(0x20) && cue.last != 0x3A && cue.count > 2
            if oneWord, words.count > 8 { continue }
            if oneWord, lowered.count > cue.count, UTF8Bytes.isLetter(lowered[cue.count]) { continue }
            return cueReason(cue)
        }
        if length <= Self.containsLimit, let cue = lowered.withUnsafeBufferPointer({ lexicon.containsCues.firstMatch(in: $0) }) {
            return cueReason(cue)
        }
        return nil
    }

    func cueReason(_ cue: [UInt8]) -> DropReason {
        let text = String(decoding: cue, as: UTF8.self)
        if text.contains("photo") || text.contains("image") || text.contains("credit") || text.contains("getty") || text.contains("source") { return .credit }
        if text.contains("by") && (text.hasPrefix("authored") || text.hasPrefix("written") || text.hasPrefix("reporting") || text.hasPrefix("editing")) { return .byline }
        if text.contains("view") || text.contains("advice") || text.contains("rights") || text.contains("copyright")
            || text.contains("©") || text.contains("disclaimer") || text.contains("inputs") || text.contains("informational")
            || text.contains("reflect") || text.contains("terms") || text.contains("privacy") { return .disclaimer }
        if text.contains("share") || text.contains("follow") { return .share }
        return .promotion
    }

    /// Whether any word of the span is a verb: listed, or a plain word ending in -ed.
    public func hasVerb(_ p: UnsafeBufferPointer<UInt8>, _ words: WordSpans, skipFirst: Bool = false) -> Bool {
        for (k, w) in words.spans.enumerated() where !(skipFirst && k == 0) {
            if lexicon.verbs.value(p, w.start, w.end) != nil { return true }
            let length = w.end - w.start
            if length >= 4, UTF8Bytes.lower(p[w.end - 1]) == 0x73, lexicon.verbs.value(p, w.start, w.end - 1) != nil { return true }
            if UTF8Bytes.endsWith(p, w.start, w.end, 0x65, 0x64, minLength: 5),
               !UTF8Bytes.isUpper(p[w.start]) || k == 0,
               !containsByte(p, w.start, w.end, 0x2D) {
                return true
            }
        }
        return false
    }

    /// Whether a word after the first is a verb in the present tense of a headline, a listed
    /// verb in -s ("Acme Reports Results; Raises Dividend"), not a noun that is also a verb
    /// ("Rate Cut: Balancing Risks").
    func hasPresentVerb(_ p: UnsafeBufferPointer<UInt8>, _ words: WordSpans) -> Bool {
        for w in words.spans.dropFirst() where w.end - w.start >= 4 && p[w.end - 1] == 0x73 {
            if lexicon.verbs.value(p, w.start, w.end) != nil || lexicon.verbs.value(p, w.start, w.end - 1) != nil { return true }
        }
        return false
    }

    /// Most words of four letters or more capitalised: a title, not prose.
    public func isTitleCase(_ p: UnsafeBufferPointer<UInt8>, _ words: WordSpans) -> Bool {
        var long = 0
        var capitalised = 0
        for w in words.spans where w.end - w.start >= 4 {
            long += 1
            if UTF8Bytes.isUpper(p[w.start]) { capitalised += 1 }
        }
        return long >= 2 && capitalised * 10 >= long * 7
    }

    func isShareStrip(_ p: UnsafeBufferPointer<UInt8>, _ words: WordSpans) -> Bool {
        guard !words.spans.isEmpty, words.count <= 12 else { return false }
        return words.spans.allSatisfy { lexicon.shareWords.value(p, $0.start, $0.end) != nil }
    }

    /// A line made only of ticker symbols and figures: "AAPL 189.30 +1.2% MSFT -0.4%".
    /// `words` may stop short of the line's end; then, if all it read are tickers, the whole
    /// line `p[from..<to]` is read.
    func isTickerStrip(_ p: UnsafeBufferPointer<UInt8>, _ words: WordSpans, _ from: Int, _ to: Int) -> Bool {
        var tickers = 0
        for w in words.spans {
            var allUpper = true
            for i in w.start..<w.end where !UTF8Bytes.isUpper(p[i]) && p[i] != 0x2E && p[i] != 0x2D { allUpper = false }
            if allUpper, w.end - w.start <= 6 { tickers += 1; continue }
            return false
        }
        if words.isTruncated { return isTickerStrip(p, WordSpans(p, from, to), from, to) }
        return tickers >= 2 && words.figureCount >= 2
    }

    /// Whether the line holds €, £ or ¥, as a figure's currency.
    func containsCurrencySign(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var i = from
        while i + 1 < to {
            if p[i] == 0xC2, p[i + 1] == 0xA3 || p[i + 1] == 0xA5 { return true }
            if p[i] == 0xE2, i + 2 < to, p[i + 1] == 0x82, p[i + 2] == 0xAC { return true }
            i += 1
        }
        return false
    }

    /// Whether a lowered line says when it was posted or how long it takes to read: a clock
    /// time with a zone or half of the day ("7:42 AM UTC", "11:24 a.m. ET"), "3 hours ago",
    /// "5 min read".
    func isTimestamp(_ lowered: [UInt8], words: Int) -> Bool {
        // A cue as words of their own ("admin readies" holds no "min read").
        for cue in Self.timestampCues {
            var from = 0
            while let at = HTMLText.find(cue, in: lowered, from: from) {
                let end = at + cue.count
                if (at == 0 || !UTF8Bytes.isLetter(lowered[at - 1])) && (end == lowered.count || !UTF8Bytes.isLetter(lowered[end])) { return true }
                from = at + 1
            }
        }
        // A clock time makes a timestamp of a short line only ("Powell to speak at 2:30 pm ET"
        // in a headline is news).
        guard words <= 8 else { return false }
        var i = 1
        while i + 3 < lowered.count {
            // d:dd then a space and am/pm/a.m./p.m. or a zone.
            if lowered[i] == 0x3A, UTF8Bytes.isDigit(lowered[i - 1]), UTF8Bytes.isDigit(lowered[i + 1]), UTF8Bytes.isDigit(lowered[i + 2]) {
                var j = i + 3
                while j < lowered.count, lowered[j] == 0x20 { j += 1 }
                let rest = lowered[j...]
                if Self.clockMarks.contains(where: { rest.starts(with: $0) && (rest.count == $0.count || !UTF8Bytes.isLetter(rest[rest.startIndex + $0.count])) }) {
                    return true
                }
            }
            i += 1
        }
        return false
    }

    static let timestampCues: [[UInt8]] = ["hours ago", "hour ago", "minutes ago", "minute ago", "mins ago", "hrs ago", "days ago", "min read", "minute read", "mins read", "minutes read"].map { Array($0.utf8) }
    static let clockMarks: [[UInt8]] = ["am", "pm", "a.m.", "p.m.", "et", "edt", "est", "ct", "pt", "utc", "gmt", "bst", "cet", "cest", "jst", "hkt", "sgt", "ist"].map { Array($0.utf8) }

    func endsWithTerminal(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        var i = to - 1
        while i >= from {
            let b = p[i]
            if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3A || b == 0x3B { return true }
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D || b == 0x2A || b == 0x5F { i -= 1; continue }
            if b == 0x99 || b == 0x9D, i >= 2, p[i - 2] == 0xE2 { i -= 3; continue } // ’ ”
            if b == 0xA6, i >= 2, p[i - 2] == 0xE2 { return true } // …
            return false
        }
        return false
    }

    func endsWithArrow(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        // › (E2 80 BA) or » (C2 BB) as the last visible character.
        if to - from >= 3, p[to - 3] == 0xE2, p[to - 2] == 0x80, p[to - 1] == 0xBA { return true }
        if to - from >= 2, p[to - 2] == 0xC2, p[to - 1] == 0xBB { return true }
        return false
    }

    /// The line lowered, from its first word (bullets, dashes and tags skipped), curly
    /// apostrophes made straight; at most `limit` bytes.
    func normalizedLower(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, limit: Int = .max) -> [UInt8] {
        var i = from
        while i < to {
            let b = p[i]
            if b == 0x3C, let close = (i..<to).first(where: { p[$0] == 0x3E }) { i = close + 1; continue }
            if UTF8Bytes.isSpace(b) || b == 0x2D || b == 0x2A || b == 0x7C || b == 0x5B { i += 1; continue }
            if b == 0xE2, i + 2 < to, p[i + 1] == 0x80, p[i + 2] == 0xA2 { i += 3; continue } // •
            break
        }
        var out: [UInt8] = []
        out.reserveCapacity(min(to - i, limit))
        while i < to, out.count < limit {
            let b = p[i]
            if b == 0xE2, i + 2 < to, p[i + 1] == 0x80, p[i + 2] == 0x99 { out.append(0x27); i += 3; continue }
            out.append(UTF8Bytes.lower(b))
            i += 1
        }
        return out
    }

    func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    func containsByte(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ byte: UInt8) -> Bool {
        var i = from
        while i < to { if p[i] == byte { return true }; i += 1 }
        return false
    }
}

/// The word spans of a line: runs of letters, digits and joiners (' - & . ’), and how many
/// of them are figures. Used for counting words and checking verbs; O(n).
public struct WordSpans {
    public struct Span { public var start: Int; public var end: Int }
    public var spans: [Span] = []
    public var figureCount = 0
    public var count: Int { spans.count + figureCount }
    /// Whether the reading stopped at `limit` words with bytes of the line left unread (they
    /// may hold no further word: `count` is then all the words, but that is not known).
    public private(set) var isTruncated = false

    /// The words of `p[from..<to]`, or its first `limit` words (spans and figures together).
    public init(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, limit: Int = .max) {
        spans.reserveCapacity(min((to - from) / 5 + 1, limit))
        var i = from
        while i < to {
            if count == limit { isTruncated = true; break }
            let b = p[i]
            if UTF8Bytes.isLetter(b) {
                let start = i
                while i < to {
                    let c = p[i]
                    if UTF8Bytes.isAlnum(c) || ((c == 0x27 || c == 0x2D || c == 0x26 || c == 0x2E) && i + 1 < to && UTF8Bytes.isLetter(p[i + 1])) {
                        i += 1
                    } else if c == 0xE2, i + 3 < to, p[i + 1] == 0x80, p[i + 2] == 0x99, UTF8Bytes.isLetter(p[i + 3]) {
                        i += 3
                    } else { break }
                }
                spans.append(Span(start: start, end: i))
            } else if UTF8Bytes.isDigit(b) {
                while i < to, UTF8Bytes.isAlnum(p[i]) || p[i] == 0x2E || p[i] == 0x2C || p[i] == 0x25 { i += 1 }
                figureCount += 1
            } else {
                i += 1
            }
        }
    }
}
