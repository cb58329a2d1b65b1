/// What the lexicons say about one token, read once per sentence from one combined table:
/// each reading with the number of words of the phrase that gave it (0: none). Phrases
/// win over single words, an exact word over a stem, a longer stem over a shorter one, and
/// the word over its possessive-stripped form ("company's" → "company").
public struct Sense: Sendable {
    public var topics: UInt32 = 0
    public var topicsSpan: Int8 = 0
    public var polarity: Double = 0
    public var polaritySpan: Int8 = 0
    /// Polarity from the single word alone (exact or stem), for the intensifier rule.
    public var wordIsPolar = false
    public var direction: Direction? = nil
    public var directionSpan: Int8 = 0
    public var negatorSpan: Int8 = 0
    public var intensifier: Double = 1
    public var intensifierSpan: Int8 = 0
    public var contrast: FactLexicon.ContrastSide? = nil
    public var contrastSpan: Int8 = 0
    public var hedge: Double = 1
    public var hedgeSpan: Int8 = 0
    public var inverse = false
    /// Words of the accusation ("alleges", "accused of") that starts here (0: none): what
    /// follows it in its clause is charged wrongdoing, so its good words are not good news.
    public var accusationSpan: Int8 = 0
    /// Words of the attribution phrase ("according to") that starts here, matched as
    /// `TextReader.match` matches a phrase (0: none).
    public var attributionPhraseSpan: Int8 = 0
    /// An attribution verb ("said", "estimat*"): the whole word, exact or by stem.
    public var attributionVerb = false
    /// The weight of a comparison with what was expected ("below", "ahead of"), said only
    /// when an expectation word follows ("below the $3.28 analysts had expected"), and its
    /// words (0: none).
    public var comparison: Double = 0
    public var comparisonSpan: Int8 = 0
    /// A word of what was expected ("expected", "estimates", "consensus").
    public var expectation = false
    /// An expectation that was a fear ("feared"): a figure below it is good news.
    public var fear = false
    /// A word that names the state a change left ("from": "to a profit from a loss").
    public var leaves = false
    /// A state a change can leave ("loss", "profit"): after "from" its weight turns over.
    public var state = false
    /// A word that judges a change good or bad whatever moved ("improved", "worsened"): it
    /// keeps its weight beside a noun whose fall is good news.
    public var judges = false
    /// A loaded noun that a verb of direction moves ("profit", "growth"): beside one, the
    /// clause is read on the verb alone ("profit falls 18%" is no good news of "profit").
    public var moved = false
}

/// One entry of the combined lexicon table: every category a word or phrase belongs to.
public struct SenseEntry: Sendable {
    public var topics: UInt32 = 0
    public var polarity: Double? = nil
    public var direction: Direction? = nil
    public var negator = false
    public var intensifier: Double? = nil
    public var contrast: FactLexicon.ContrastSide? = nil
    public var hedge: Double? = nil
    public var inverse = false
    public var accusation = false
    public var attributionPhrase = false
    public var attributionVerb = false
    public var comparison: Double? = nil
    public var expectation = false
    public var fear = false
    public var leaves = false
    public var state = false
    public var judges = false
    public var moved = false

    /// Fields of `other` override this entry's (a longer stem overrides a shorter one).
    mutating func overlay(_ other: SenseEntry) {
        if other.topics != 0 { topics = other.topics }
        if let v = other.polarity { polarity = v }
        if let v = other.direction { direction = v }
        if other.negator { negator = true }
        if let v = other.intensifier { intensifier = v }
        if let v = other.contrast { contrast = v }
        if let v = other.hedge { hedge = v }
        if other.inverse { inverse = true }
        if other.accusation { accusation = true }
        if other.attributionPhrase { attributionPhrase = true }
        if other.attributionVerb { attributionVerb = true }
        if let v = other.comparison { comparison = v }
        if other.expectation { expectation = true }
        if other.fear { fear = true }
        if other.leaves { leaves = true }
        if other.state { state = true }
        if other.judges { judges = true }
        if other.moved { moved = true }
    }
}

extension FactLexicon {
    /// The senses of every word token of `t` (symbols and numbers get an empty sense).
    public func senses(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], into out: inout [Sense]) {
        out.removeAll(keepingCapacity: true)
        let n = t.count
        for k in 0..<n {
            var s = Sense()
            let token = t[k]
            guard token.kind == .word else { out.append(s); continue }
            let e3 = k + 3 <= n ? combined.exactValue(token.key3) : nil
            let e2 = k + 2 <= n ? combined.exactValue(token.key2) : nil
            let e1 = combined.exactValue(token.fullKey)
            var s1 = SenseEntry()
            var hasStem = false
            combined.forEachStem(p, token.start, token.end) { s1.overlay($0); hasStem = true }
            // Readings from the longest phrase down, then the possessive-stripped word; the
            // first reading of each kind wins. Applied as found: no list is allocated.
            func apply(_ e: SenseEntry, _ span: Int8, whole: Bool) {
                if s.topicsSpan == 0, e.topics != 0 { s.topics = e.topics; s.topicsSpan = span }
                if s.polaritySpan == 0, let v = e.polarity { s.polarity = v; s.polaritySpan = span }
                if whole, span == 1, e.polarity != nil { s.wordIsPolar = true }
                if s.directionSpan == 0, let v = e.direction { s.direction = v; s.directionSpan = span }
                if s.negatorSpan == 0, e.negator { s.negatorSpan = span }
                if s.intensifierSpan == 0, let v = e.intensifier { s.intensifier = v; s.intensifierSpan = span }
                if s.contrastSpan == 0, let v = e.contrast { s.contrast = v; s.contrastSpan = span }
                // A capitalised word inside a sentence is a name ("in May"), not a hedge ("may").
                if s.hedgeSpan == 0, let v = e.hedge, span > 1 || k == 0 || !token.capitalized { s.hedge = v; s.hedgeSpan = span }
                if s.attributionPhraseSpan == 0, e.attributionPhrase { s.attributionPhraseSpan = span }
                if s.accusationSpan == 0, e.accusation { s.accusationSpan = span }
                if s.comparisonSpan == 0, let v = e.comparison { s.comparison = v; s.comparisonSpan = span; s.judges = s.judges || e.judges }
                if whole, span == 1 {
                    if e.expectation { s.expectation = true }
                    if e.fear { s.fear = true }
                    if e.leaves { s.leaves = true }
                    if e.state { s.state = true }
                    if e.judges { s.judges = true }
                    if e.moved { s.moved = true }
                }
            }
            if let e3 { apply(e3, 3, whole: true) }
            if let e2 { apply(e2, 2, whole: true) }
            if let e1 { apply(e1, 1, whole: true) }
            if hasStem { apply(s1, 1, whole: true) }
            if token.nameEnd < token.end {
                if let e = combined.exactValue(token.key) { apply(e, 1, whole: false) }
                var sn = SenseEntry()
                var has = false
                combined.forEachStem(p, token.start, token.nameEnd) { sn.overlay($0); has = true }
                if has { apply(sn, 1, whole: false) }
            }
            // A one-word marker after an auxiliary or a negator is an adverb, no contrast:
            // "wage growth is still healthy", "has not yet".
            if s.contrastSpan == 1, k > 0, t[k - 1].kind == .word,
               auxiliaries.exactValue(t[k - 1].fullKey) != nil || out[k - 1].negatorSpan > 0 {
                s.contrast = nil
                s.contrastSpan = 0
            }
            s.attributionVerb = e1?.attributionVerb == true || (hasStem && s1.attributionVerb)
            // Inverse nouns are read on the possessive-stripped word ("costs'", "company's"),
            // and a phrase of them ("interest rates") on its first word.
            if e3?.inverse == true || e2?.inverse == true {
                s.inverse = true
            } else if token.nameEnd == token.end {
                s.inverse = e1?.inverse == true || (e1?.inverse != true && hasStem && s1.inverse)
            } else {
                let e = combined.exactValue(token.key)
                var sn = SenseEntry()
                combined.forEachStem(p, token.start, token.nameEnd) { sn.overlay($0) }
                s.inverse = e?.inverse == true || sn.inverse
            }
            out.append(s)
        }
    }
}
