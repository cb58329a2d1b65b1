import Foundation

/// Reads a run of tokens with the lexicons: topics, polarity (negation, intensifiers and
/// contrast handled), certainty (hedges), attribution, and clause boundaries.
///
/// Polarity is `tanh(S)` where S sums each polar word's weight, flipped and damped
/// (`negationDamping`) inside a negation window of three words (a determiner after the negator not counted), scaled by a preceding
/// intensifier or diminisher, and scaled by `conceded` on the conceded side of a contrast
/// ("despite X", "X, but Y"); a negator that is loaded itself ("failed to") and turns
/// nothing over counts its own weight. Direction verbs count ±`direction`, flipped when the clause is about something whose rise is
/// bad (costs, losses, unemployment). After an accusation ("the suit alleges …", "accused
/// of …") only bad words count until a contrast marker: what a charge describes is the
/// wrongdoing, so "encourage" or "win" in it is no good news. Certainty is the product of
/// the hedge factors below `mildHedge` times the smallest mild one ("expects … would" is as
/// firm as "would"), at least 0.2. The weights are lexicon data (`polarity.json weights`,
/// `hedges.json mildHedge`).
public struct TextReader: Sendable {
    public let lexicon: FactLexicon

    public init(lexicon: FactLexicon = .shared) { self.lexicon = lexicon }

    /// The key of the phrase of words `k..<k+n`, as a lexicon keys it, or nil past the end or
    /// at a token that is not a word.
    @inline(__always)
    func phraseKey(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ k: Int, _ n: Int, _ to: Int) -> WordKey? {
        guard k + n <= to, n > 0, t[k].kind == .word else { return nil }
        var key = t[k].fullKey
        for m in 1..<max(1, n) {
            guard t[k + m].kind == .word else { return nil }
            key = .phrase(key, t[k + m].fullKey)
        }
        return key
    }

    /// The topics of a phrase on its own: what a line quoted from a longer clause is about
    /// ("shares plunged 23%", cut from a clause that goes on about revenue). A capitalised
    /// word after the first is part of a name, and a name is no topic: "Brennan Semiconductor
    /// falls 7%" is about the shares, not the supply chain.
    public func topics(of phrase: String) -> [Topic] {
        var phrase = phrase
        return phrase.withUTF8 { p in
            var tokens: [Token] = [], senses: [Sense] = []
            Tokenizer.tokens(p, 0, p.count, into: &tokens)
            lexicon.senses(p, tokens, into: &senses)
            var mask: UInt32 = 0
            Self.forEachTopicSpan(senses, 0, tokens.count) { k, span in
                if !(k..<(k + span)).contains(where: { $0 > 0 && tokens[$0].capitalized }) { mask |= senses[k].topics }
            }
            return Topic.list(mask)
        }
    }

    public func topics(_ s: [Sense], _ from: Int, _ to: Int) -> UInt32 {
        var mask: UInt32 = 0
        Self.forEachTopicSpan(s, from, to) { k, _ in mask |= s[k].topics }
        return mask
    }

    /// Calls `body` with the start and length of each run of tokens `from..<to` that a topic
    /// phrase covers, left to right, runs not overlapping.
    @inline(__always)
    static func forEachTopicSpan(_ s: [Sense], _ from: Int, _ to: Int, _ body: (Int, Int) -> Void) {
        var k = from
        while k < to {
            let span = Int(s[k].topicsSpan)
            if span > 0, k + span <= to { body(k, span); k += span } else { k += 1 }
        }
    }

    public func polarity(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ s: [Sense], _ from: Int, _ to: Int) -> Double {
        // A clause that only says what was expected before the news ("analysts had expected
        // $5.62", "economists had forecast a gain of 0.9 million") is no news of its own.
        if Self.isPastEstimate(p, t, s, from, to) { return 0 }
        var score = 0.0
        var weight = 1.0
        var concededUntilComma = false
        var negateUntil = -1
        var multiplier = 1.0
        var multiplierUntil = -1
        var inverse = false
        var lastPolar = -2
        var lastValue = 0.0
        var accused = false
        // A negator that is a loaded word itself ("failed to") and flips nothing in its window
        // says its own tone: "the trial failed to meet its primary endpoint".
        var unspentNegator = 0.0, unspentWeight = 1.0
        for k in from..<to where s[k].inverse { inverse = true; break }
        var k = from
        while k < to {
            if unspentNegator != 0, k >= negateUntil { score += unspentWeight * unspentNegator; unspentNegator = 0 }
            let token = t[k]
            if token.kind == .symbol {
                if concededUntilComma, p[token.start] == 0x2C || p[token.start] == 0x3B { concededUntilComma = false; weight = 1 }
                k += 1
                continue
            }
            if token.kind != .word { k += 1; continue }
            let sense = s[k]
            if let side = sense.contrast, k + Int(sense.contrastSpan) <= to {
                if side == .after { score *= lexicon.weights.conceded; weight = 1; concededUntilComma = false }
                else { weight = lexicon.weights.conceded; concededUntilComma = true }
                accused = false
                k += Int(sense.contrastSpan)
                continue
            }
            // A loaded phrase that opens with a negator reads whole: "not rule out job cuts".
            if sense.negatorSpan > 0, sense.polaritySpan <= sense.negatorSpan, k + Int(sense.negatorSpan) <= to {
                if unspentNegator != 0 { score += unspentWeight * unspentNegator }
                unspentNegator = sense.polaritySpan > 0 ? sense.polarity : 0
                unspentWeight = weight
                negateUntil = k + Int(sense.negatorSpan) + 3
                // A determiner takes no place in the window: "removes the single largest overhang".
                let next = k + Int(sense.negatorSpan)
                if next < to, t[next].kind == .word, GrammarLexicon.shared.determiners.value(p, t[next]) != nil { negateUntil += 1 }
                k += Int(sense.negatorSpan)
                continue
            }
            if sense.intensifierSpan > 0, k + Int(sense.intensifierSpan) <= to, !sense.wordIsPolar {
                let m = sense.intensifier
                if k == lastPolar + 1 { score += weight * lastValue * (m - 1) }
                multiplier = m
                multiplierUntil = k + Int(sense.intensifierSpan) + 2
                k += Int(sense.intensifierSpan)
                continue
            }
            // Raising money is no rise: "raises $1.2 billion in stock".
            if sense.direction != nil, Self.raisesMoney(p, t, k, to, lexicon) { k += 1; continue }
            // A bound on a figure is no move: "up to 6.5 million members".
            // ("was up to $5.2 billion from $4.8 billion" is a move.)
            if sense.direction != nil, k + 2 < to, t[k + 2].kind != .word, lexicon.figureWords.atMost.exactValue(t[k].key2) != nil,
               !((k + 3)..<min(to, k + 7)).contains(where: { t[$0].kind == .word && UTF8Bytes.isWord(p, t[$0].start, t[$0].end, "from") }) {
                k += 2; continue
            }
            var value: Double? = nil
            var n = 1
            let chargedHere = sense.accusationSpan > 0 && k + Int(sense.accusationSpan) <= to
            if sense.polaritySpan > 0, k + Int(sense.polaritySpan) <= to {
                value = sense.polarity; n = Int(sense.polaritySpan)
                // A loaded verb of direction reads the other way beside a noun whose fall is
                // good news: "cut costs", "soaring costs", "inflation slowed".
                // A word that judges the change ("costs improved") keeps its weight.
                // After an aside, the noun before the aside decides ("shelter costs, which …, climbed").
                if inverse, sense.direction != nil, sense.directionSpan == sense.polaritySpan, !sense.judges,
                   Self.besideInverse(t, s, k, n, from, to) || movesAmountOfInverse(p, t, s, k + n, to)
                    || k > from && t[k - 1].kind == .symbol && p[t[k - 1].start] == 0x2C && movesInverse(p, t, s, k, n, from, to) {
                    value = -sense.polarity
                }
                // A noun whose fall is good news is what a verb beside it moves: "the net loss
                // narrowed" is read on the verb alone, not on "loss" as well.
                // So is a loaded noun that a verb moves: "profit falls 18%", "growth slowed".
                // So is one a comparison with what was expected measures: "losses were smaller
                // than feared".
                else if sense.inverse || sense.moved, sense.direction == nil, n == 1,
                        Self.besideDirection(t, s, k, from, to) || Self.measuredAgainstExpectation(p, t, s, k, to) { value = nil }
                // The state a change left weighs the other way: "to a profit from a loss".
                else if sense.state, n == 1, Self.leftBehind(t, s, k, from) { value = -sense.polarity }
            } else if sense.comparisonSpan > 0, k + Int(sense.comparisonSpan) <= to,
                      let expected = Self.expectation(p, t, s, after: k + Int(sense.comparisonSpan), to) {
                n = Int(sense.comparisonSpan)
                // Costs above what was expected are bad news.
                value = inverse && movesInverse(p, t, s, k, n, from, to, comparison: true) ? -sense.comparison : sense.comparison
                // Below what was feared is good news, above it bad, whatever the noun: "a fine
                // smaller than feared"; a comparison that judges keeps its sign ("better than feared").
                if s[expected].fear { value = sense.judges ? abs(sense.comparison) : -sense.comparison }
                // What was expected is no news of its own: "better than the 5% drop analysts
                // had feared", "below the growth analysts had forecast".
                n = expected + 1 - k
            } else if let d = sense.direction, k + Int(sense.directionSpan) <= to {
                let base = d == .up ? lexicon.weights.direction : -lexicon.weights.direction
                n = Int(sense.directionSpan)
                // A change named as a thing, with nothing said of what changed ("in favor of
                // the hike", "preferring a 25 basis-point increase"), is no move of its own.
                if !namesAChange(p, t, k, n, from, to) {
                    value = inverse && movesInverse(p, t, s, k, n, from, to) ? -base : base
                }
            }
            // A verb that moves a forecast ("lowered its organic sales growth outlook") says
            // where the company now sees itself: it weighs more, and the words up to the
            // forecast are its object, not news of their own ("growth").
            if let v = value, let d = sense.direction, let object = Self.forecastObject(t, s, k + n, to) {
                // The forecast of a noun whose rise is bad news reads the other way: "raise its
                // inflation projection", "cut its cost forecast".
                // So does one whose noun follows it: "its forecast for the average price of jet fuel".
                let inverseObject = (k + n..<object).contains { s[$0].inverse } || forecastOfInverse(p, t, s, after: object, to)
                value = abs(v) * lexicon.weights.forecast * (d == .up ? 1 : -1) * (inverseObject ? -1 : 1)
                n = object + 1 - k
            }
            if var v = value {
                if k < negateUntil { v = -v * lexicon.weights.negationDamping; unspentNegator = 0 }
                if k < multiplierUntil { v *= multiplier }
                if !(accused && v > 0) {
                    score += weight * v
                    lastPolar = k + n - 1
                    lastValue = v
                }
            }
            if chargedHere { accused = true; n = max(n, Int(sense.accusationSpan)) }
            k += n
        }
        score += unspentWeight * unspentNegator
        if opensWithASmallShare(p, t, from, to) { score = -score }
        let result = tanh(score)
        return max(-1, min(1, result))
    }

    /// Whether the forecast word at `k` is followed by "for" or "of" and, within six words
    /// before any figure or punctuation, a noun whose rise is bad news ("forecast for the
    /// average price of jet fuel", "outlook for costs").
    func forecastOfInverse(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ s: [Sense], after k: Int, _ to: Int) -> Bool {
        guard k + 1 < to, t[k + 1].kind == .word,
              UTF8Bytes.isWord(p, t[k + 1].start, t[k + 1].end, "for") || UTF8Bytes.isWord(p, t[k + 1].start, t[k + 1].end, "of") else { return false }
        var j = k + 2
        while j < to, j - k <= 7, t[j].kind == .word {
            if s[j].inverse { return true }
            j += 1
        }
        return false
    }

    /// Whether tokens `from..<to` open, after a connector at most, with a word that calls a
    /// share small and the share ("Only 27% of …", "but just 3 of 12 analysts …", "barely 40
    /// percent …"): a number with "%", "percent" or "of" after it.
    func opensWithASmallShare(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ from: Int, _ to: Int) -> Bool {
        var k = from
        if k < to, t[k].kind == .word, GrammarLexicon.shared.connectorWords.value(p, t[k].start, t[k].end) != nil { k += 1 }
        guard k + 2 < to, t[k].kind == .word, lexicon.smallShares.value(p, t[k]) != nil, t[k + 1].kind == .number else { return false }
        let next = t[k + 2]
        if next.kind == .symbol { return p[next.start] == 0x25 }
        return next.kind == .word && (UTF8Bytes.isWord(p, next.start, next.end, "percent") || UTF8Bytes.isWord(p, next.start, next.end, "of"))
    }

    /// The polarity of tokens `from..<to` with a figure at `first..<first+n` that revises an
    /// earlier estimate in `direction`: a clause with no loaded word of its own (`polarity`
    /// near 0) reads the way the revision went, the other way when the figure measures a noun
    /// whose rise is bad news ("now expects costs of …, compared with an earlier …").
    func revised(_ polarity: Double, _ direction: Direction, _ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ s: [Sense],
                 _ first: Int, _ n: Int, _ from: Int, _ to: Int) -> Double {
        guard abs(polarity) < lexicon.weights.unloaded, first >= from, first < to else { return polarity }
        let base = direction == .up ? lexicon.weights.direction : -lexicon.weights.direction
        let inverse = (from..<to).contains { s[$0].inverse } && movesInverse(p, t, s, first, n, from, to)
        return tanh(inverse ? -base : base)
    }

    /// Whether the word at `k` is a verb of fundraising right before an amount of money
    /// ("raised $1.2 billion", "raising €300 million").
    static func raisesMoney(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ k: Int, _ to: Int, _ lexicon: FactLexicon) -> Bool {
        guard k + 1 < to, lexicon.figureWords.fundraising.exactValue(t[k].fullKey) != nil else { return false }
        return FigureReader(p: p, t: t, from: k, to: to, lexicon: lexicon).currencyPrefix(k + 1) != nil
    }

    /// Whether the direction word at `k` is a noun for a change that says nothing of what
    /// changed: a change noun (`FactLexicon.changeNouns`) after a determiner, or after a
    /// determiner and a figure with its unit ("a 25 basis-point increase"), with no word of
    /// `changeMeasures` after it ("a rise in costs", "an increase to 5.75%" say what moved).
    func namesAChange(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ k: Int, _ n: Int, _ from: Int, _ to: Int) -> Bool {
        guard n == 1, lexicon.changeNouns.exactValue(t[k].fullKey) != nil else { return false }
        let determiners = GrammarLexicon.shared.determiners
        guard let d = ((max(from, k - Self.changeReach))..<k).last(where: { t[$0].kind == .word && determiners.value(p, t[$0]) != nil }) else { return false }
        // Right after the determiner, or after a figure and its unit ("a 25 basis-point",
        // "a 12%"): lowercase words and symbols after the number.
        if d < k - 1 {
            guard t[d + 1].kind == .number else { return false }
            for j in (d + 2)..<k where t[j].kind == .word && !UTF8Bytes.isLower(p[t[j].start]) { return false }
        }
        let next = k + n
        if next < to, t[next].kind == .word, lexicon.changeMeasures.exactValue(t[next].fullKey) != nil { return false }
        return true
    }

    /// How many tokens before a change its determiner may stand ("a 25 basis - point increase").
    static let changeReach = 6

    /// The index of the expectation word ("outlook", "forecast", "guidance") that the verb
    /// before `k` moves: within `forecastReach` words, before any punctuation, number or
    /// comparison; nil when there is none.
    static func forecastObject(_ t: [Token], _ s: [Sense], _ k: Int, _ to: Int) -> Int? {
        var j = k
        while j < to, j - k < forecastReach, t[j].kind == .word, s[j].comparisonSpan == 0 {
            // "rose more than expected" compares; it moves no forecast.
            if t[j].fullKey == Self.than { return nil }
            if s[j].expectation { return j }
            j += 1
        }
        return nil
    }

    /// How many words after a verb of direction the forecast it moves may stand.
    static let forecastReach = 6

    /// Whether a direction word stands within `objectReach` words before token `k` (a verb
    /// before its object: "narrowed its net loss") or `inverseReach` words after it ("the
    /// loss narrowed"), with no punctuation between.
    static func besideDirection(_ t: [Token], _ s: [Sense], _ k: Int, _ from: Int, _ to: Int) -> Bool {
        var j = k - 1
        while j >= from, k - j <= objectReach, t[j].kind == .word {
            if s[j].direction != nil { return true }
            j -= 1
        }
        j = k + 1
        while j < to, j - k <= inverseReach, t[j].kind == .word {
            if s[j].direction != nil { return true }
            j += 1
        }
        return false
    }

    /// Whether a comparison with what was expected follows the noun at `k` within
    /// `inverseReach` words ("losses were smaller than feared").
    static func measuredAgainstExpectation(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ s: [Sense], _ k: Int, _ to: Int) -> Bool {
        var j = k + 1
        while j < to, j - k <= inverseReach, t[j].kind == .word {
            if s[j].comparisonSpan > 0 { return j + Int(s[j].comparisonSpan) <= to && expectation(p, t, s, after: j + Int(s[j].comparisonSpan), to) != nil }
            j += 1
        }
        return false
    }

    /// How many words before a direction word its noun may stand.
    static let subjectReach = 6
    /// How many words before a comparison with what was expected its noun may stand.
    static let comparisonReach = 12

    /// Whether the direction word at `k..<k+n`, in a clause with an inverse noun, moves
    /// one (or the second word of an inverse phrase). The nearest word before it (within `subjectReach`, in its comma segment) that the
    /// lexicons know decides: an inverse noun ("costs for the quarter rose") or another topic
    /// or loaded word ("profit slips as loan losses rise": "slips" moves the profit); right
    /// after an aside set off by commas, the words before the aside. With
    /// none, the `objectReach` words after it decide the same way ("cut its costs", "a fall in
    /// first-quarter net profit"); with none there
    /// either, the clause does. A comparison with what was expected (`comparison`) measures
    /// the figure before it, past a comma ("costs would rise 5% to 7%, well above analysts'
    /// expectations"), within `comparisonReach` words; the expectation after it decides nothing.
    func movesInverse(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ s: [Sense], _ k: Int, _ n: Int, _ from: Int, _ to: Int,
                      comparison: Bool = false) -> Bool {
        let setAside = lexicon.setAside
        func decides(_ j: Int) -> Bool? {
            // The inverse phrase "Treasury yields" is marked on its first word.
            if s[j].inverse || (j > from && s[j - 1].inverse && t[j - 1].kind == .word) || Self.ratioOfInverse(t, s, j, from) { return true }
            return s[j].topicsSpan > 0 || s[j].polaritySpan > 0 ? false : nil
        }
        if !comparison, let head = Self.prepositionHead(t, k, from), let d = decides(head) { return d }
        // Right before an inverse noun it describes it: "hit by rising costs", "higher costs".
        if !comparison, k + n < to, t[k + n].kind == .word, s[k + n].inverse { return true }
        // A verb after "to" moves its object, not what comes before: "expects to narrow the
        // deficit".
        func object() -> Bool? {
            var j = k + n, words = 0
            while j < to, words < Self.objectReach, t[j].kind == .word {
                if let d = decides(j) { return d || (j + 1 < to && t[j + 1].kind == .word && s[j + 1].inverse) }
                words += 1
                j += 1
            }
            return nil
        }
        if !comparison, k > from, t[k - 1].fullKey == Self.toWord, let d = object() { return d }
        // A verb with a determiner after it moves that object, whatever its subject: "the Fed
        // lowered its benchmark rate".
        if !comparison, k + n < to, t[k + n].kind == .word, GrammarLexicon.shared.determiners.value(p, t[k + n]) != nil,
           let d = object() { return d }
        var j = k - 1, words = 0
        while j >= from, words < (comparison ? Self.comparisonReach : Self.subjectReach) {
            if t[j].kind == .word {
                // "unit costs excluding fuel would rise": the noun set aside is not the subject.
                if j - 1 >= from, t[j - 1].kind == .word, setAside.exactValue(t[j - 1].fullKey) != nil { j -= 2; words += 2; continue }
                if let d = decides(j) { return d }
                words += 1
            } else if !comparison, t[j].kind == .symbol, p[t[j].start] == 0x2C || p[t[j].start] == 0x3B {
                // A verb right after an aside moves the noun before it: "shelter costs, which
                // account for a third of the index, climbed" (the aside opens with a comma).
                guard words == 0, p[t[j].start] == 0x2C else { break }
                var open = j - 1
                while open >= from, !(t[open].kind == .symbol && (p[t[open].start] == 0x2C || p[t[open].start] == 0x3B)) { open -= 1 }
                guard open >= from, p[t[open].start] == 0x2C else { break }
                j = open
            }
            j -= 1
        }
        if comparison { return true }
        // A compound noun is headed by its last word: "higher component costs".
        return object() ?? true
    }

    /// Whether a leaving word ("from") stands one to three words before token `k`, with
    /// only words between ("from a net loss").
    static func leftBehind(_ t: [Token], _ s: [Sense], _ k: Int, _ from: Int) -> Bool {
        var j = k - 1
        while j >= from, k - j <= 3, t[j].kind == .word {
            if s[j].leaves { return true }
            j -= 1
        }
        return false
    }

    /// How many words after a comparison an expectation word may stand.
    static let expectationReach = 8

    /// The expectation word that follows from token `k` within `expectationReach` words or
    /// figures, before any comma, semicolon or colon; nil when there is none.
    static func expectation(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ s: [Sense], after k: Int, _ to: Int) -> Int? {
        var j = k, words = 0
        while j < to, words < expectationReach {
            switch t[j].kind {
            case .word:
                if s[j].expectation { return j }
                words += 1
            case .number: words += 1
            default:
                let b = p[t[j].start]
                if b == 0x2C || b == 0x3B || b == 0x3A { return nil }
            }
            j += 1
        }
        return nil
    }

    /// How many words before a verb of direction its noun may stand and still be what the
    /// verb moves ("the net loss narrowed"); its object after it may stand `objectReach`
    /// words away ("narrowed its net loss").
    static let inverseReach = 2

    /// Whether the word at `j` is the second term of a ratio whose first is a noun whose
    /// rise is bad news: "net debt to core earnings" (a word or two after "to", the inverse
    /// noun within `inverseReach` words before it). A ratio moves with its first term.
    static func ratioOfInverse(_ t: [Token], _ s: [Sense], _ j: Int, _ from: Int) -> Bool {
        var to = j - 1
        while to > from, j - to <= 2, t[to].kind == .word, t[to].fullKey != toWord { to -= 1 }
        guard to > from, j - to <= 2, t[to].kind == .word, t[to].fullKey == toWord else { return false }
        var i = to - 1
        while i >= from, to - i <= inverseReach, t[i].kind == .word {
            if s[i].inverse { return true }
            i -= 1
        }
        return false
    }

    /// The head of the subject before the verb at `k` when it is "X on/of Y" ("yields on
    /// two-year government bonds jumped", "the cost of debt rose"): the word before the "on"
    /// or "of", within `subjectReach` words and no punctuation; nil otherwise.
    static func prepositionHead(_ t: [Token], _ k: Int, _ from: Int) -> Int? {
        var q = k - 1, words = 0
        while q > from, words < subjectReach, t[q].kind == .word {
            if t[q].fullKey == of || t[q].fullKey == on { return t[q - 1].kind == .word ? q - 1 : nil }
            words += 1
            q -= 1
        }
        return nil
    }

    private static let of = WordKey("of"), on = WordKey("on")
    private static let toWord = WordKey("to")
    private static let than = WordKey("than")

    /// Whether tokens `from..<to` are a past estimate and nothing more: within eight words,
    /// before any number, an expectation word after "had" (or "had been") or a past "was" or
    /// "were" ("Acme was expected to report 120,000 new jobs"), and no contrast after it
    /// ("…, but revenue came in at $4B" is news).
    static func isPastEstimate(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ s: [Sense], _ from: Int, _ to: Int) -> Bool {
        var k = from
        var estimate = false
        while k < to, k - from < 8, !estimate {
            if t[k].kind == .number { return false }
            if t[k].kind == .word, s[k].expectation, k > from, t[k - 1].kind == .word {
                estimate = UTF8Bytes.isWord(p, t[k - 1].start, t[k - 1].end, "had")
                    || UTF8Bytes.isWord(p, t[k - 1].start, t[k - 1].end, "was") || UTF8Bytes.isWord(p, t[k - 1].start, t[k - 1].end, "were")
                    || UTF8Bytes.isWord(p, t[k - 1].start, t[k - 1].end, "been") && k - 1 > from
                        && UTF8Bytes.isWord(p, t[k - 2].start, t[k - 2].end, "had")
            }
            k += 1
        }
        guard estimate else { return false }
        while k < to {
            if s[k].contrast != nil { return false }
            k += 1
        }
        return true
    }

    /// How many words after a verb its object's noun may stand: "raised its 2025 unit cost
    /// guidance" moves a cost.
    static let objectReach = 4

    /// Whether an inverse noun starts within `inverseReach` words before tokens `k..<k+n`, or
    /// within `objectReach` words after them before a number, with no punctuation between.
    static func besideInverse(_ t: [Token], _ s: [Sense], _ k: Int, _ n: Int, _ from: Int, _ to: Int) -> Bool {
        if let head = prepositionHead(t, k, from), s[head].inverse { return true }
        var j = k - 1
        var words = 0
        while j >= from, words < inverseReach, t[j].kind != .symbol {
            if s[j].inverse || ratioOfInverse(t, s, j, from) { return true }
            words += 1
            j -= 1
        }
        j = k + n
        words = 0
        while j < to, words < objectReach, t[j].kind != .symbol {
            if s[j].inverse { return true }
            // The object ends where its figure begins ("raised guidance to $2.45 …"), and a
            // word the lexicons know that is no inverse noun is the object's head ("cut prices on").
            if words >= inverseReach, s[j].topicsSpan > 0 || s[j].polaritySpan > 0 || t[j].kind == .number { return false }
            words += 1
            j += 1
        }
        return false
    }

    /// Whether the verb ending before `j` moves an amount of an inverse noun: the amount
    /// right after it (a word or two such as "about" before it), then one of `amountObjects`
    /// and, within three words, the noun: "cut $200 million from costs", "trimmed about 5% of
    /// expenses". "Rose to $3 billion from a loss" moves no amount of the loss.
    func movesAmountOfInverse(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ s: [Sense], _ j: Int, _ to: Int) -> Bool {
        var k = j
        // Up to two words before the amount, none of them an object word ("to $3 billion").
        while k < to, k - j < 2, t[k].kind == .word {
            if lexicon.amountObjects.value(p, t[k]) != nil { return false }
            k += 1
        }
        // The amount: a currency sign, its number, and its scale or unit words.
        if k < to, t[k].kind == .symbol, p[t[k].start] != 0x2C { k += 1 }
        guard k < to, t[k].kind == .number else { return false }
        k += 1
        var words = 0
        while k < to, words < 4, t[k].kind != .number {
            if t[k].kind == .symbol {
                guard p[t[k].start] == 0x25 else { return false }   // "%"
                k += 1; continue
            }
            if lexicon.amountObjects.value(p, t[k]) != nil {
                var m = k + 1
                // A verb between is a purpose, not the object: "cut 2,000 jobs to reduce costs".
                while m < to, m - k <= 3, t[m].kind == .word {
                    if s[m].inverse { return true }
                    if s[m].direction != nil || s[m].polaritySpan > 0 { return false }
                    m += 1
                }
                return false
            }
            words += 1
            k += 1
        }
        return false
    }

    /// Whether the sentence of tokens `t` (bytes `start..<end`) asserts nothing: a question
    /// ("What is Acme AI and why could it be a threat?", "Who will foot the bill?"), or a
    /// teaser with no figure (`grammar.json phrases.teasers`: "Here's everything investors
    /// need to know about …"). Its words are no news, and its names no facts.
    public func assertsNothing(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], start: Int, end: Int, hasFigures: Bool) -> Bool {
        if UTF8Bytes.endsWithQuestion(p, start, end) { return true }
        guard !hasFigures else { return false }
        let teasers = GrammarLexicon.shared.teasers
        for k in t.indices where t[k].kind == .word && teasers.match(p, t, k, t.count) != nil { return true }
        return false
    }

    /// How sure tokens `from..<to` say they are (see the type's comment), 0.2 to 1.
    public func certainty(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ s: [Sense], _ from: Int, _ to: Int) -> Double {
        // Real maybes ("could", "reportedly", "believes") compound; the mild words of a plan
        // or a forecast ("expects", "forecast", "would") do not: only the smallest counts.
        var c = 1.0, mild = 1.0
        var k = from
        // A forecast a figure is measured against ("well ahead of the Refinitiv forecast of
        // 7.6%", "the consensus forecast of $3.42", "down from its earlier forecast") is a past
        // estimate, not a hedge on it: an expectation word within reach after a comparison,
        // right after another one, or after a word that dates it ("earlier", "prior").
        var measuredUntil = -1
        let participles = GrammarLexicon.shared.reportingParticiples
        while k < to {
            // The reason given after a comma and a reporting participle ("…, saying it no
            // longer believed the goal was achievable") hedges the reason, not what was done.
            if k > from, t[k].kind == .symbol, p[t[k].start] == 0x2C, k + 1 < to, t[k + 1].kind == .word,
               participles.value(p, t[k + 1]) != nil { break }
            let span = Int(s[k].hedgeSpan)
            let measured = s[k].expectation && (k <= measuredUntil
                || k > from && t[k - 1].kind == .word && lexicon.pastEstimateMarkers.value(p, t[k - 1]) != nil)
            if s[k].comparisonSpan > 0 { measuredUntil = k + Int(s[k].comparisonSpan) + Self.expectationReach + 2 }
            else if s[k].expectation { measuredUntil = max(measuredUntil, k + 1) }
            if span > 0, k + span <= to {
                if !measured {
                    if s[k].hedge >= lexicon.mildHedge { mild = min(mild, s[k].hedge) } else { c *= s[k].hedge }
                }
                k += span
            } else { k += 1 }
        }
        return max(0.2, min(1, c * mild))
    }

    /// Who the sentence says said it: "according to X", "X said", "said X", "analysts expect".
    /// A group of one word is a common noun, whatever its capital at the start of a sentence
    /// ("Analysts expect …" is said by "analysts").
    public func attribution(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ s: [Sense], _ from: Int, _ to: Int, lastPerson: String?) -> String? {
        guard let who = source(p, t, s, from, to, lastPerson: lastPerson) else { return nil }
        guard let first = who.utf8.first, UTF8Bytes.isUpper(first), !who.utf8.contains(0x20),
              lexicon.groupSources.value(who) != nil else { return who }
        return who.lowercased()
    }

    /// `attribution` as the sentence writes it.
    func source(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ s: [Sense], _ from: Int, _ to: Int, lastPerson: String?) -> String? {
        var k = from
        while k < to {
            let n = Int(s[k].attributionPhraseSpan)
            if n > 0, k + n <= to {
                var j = k + n
                // A one-word marker ("per", "citing") names its source right after it, or after a
                // determiner ("per the filing"): "per share, above the $3.10 analysts had
                // expected" has none.
                let reach = n == 1 ? (k + 1 < to && t[k + 1].kind == .word && GrammarLexicon.shared.determiners.value(p, t[k + 1]) != nil ? 2 : 1) : 8
                // "according to data compiled by LSEG": figures a provider compiles are no
                // claim, and their provider no source to question.
                let cited = j < to && t[j].kind == .word && GrammarLexicon.shared.determiners.value(p, t[j]) != nil ? j + 1 : j
                if cited < to, t[cited].kind == .word, lexicon.dataNouns.value(p, t[cited]) != nil { k += n; continue }
                while j < to, j < k + n + reach {
                    // Whom it was said to is no source: "on a call with analysts", "in an interview with X".
                    if j > k + n, t[j - 1].kind == .word, lexicon.audiencePrepositions.value(p, t[j - 1]) != nil { break }
                    if let e = nameLastToken(p, t, j, to) {
                        if providesData(p, t, e, to) { break }
                        return text(p, t[j].start, t[e].nameEnd)
                    }
                    if t[j].kind == .word, lexicon.groupSources.nameValue(p, t[j]) != nil {
                        // "according to analysts at Brookmere Securities": the group and its firm.
                        if t[j].nameEnd == t[j].end, j + 2 < to, t[j + 1].kind == .word, lexicon.sourcePrepositions.value(p, t[j + 1]) != nil,
                           let firmEnd = nameEnd(p, t, j + 2, to) {
                            return UTF8Bytes.lowerString(p, t[j].start, t[j].end) + text(p, t[j].end, firmEnd)
                        }
                        return text(p, t[j].start, t[j].nameEnd)
                    }
                    j += 1
                }
            }
            k += 1
        }
        for k in from..<to where s[k].attributionVerb {
            // A verb right before a number counts, it does not quote: "Employers added 18,000
            // jobs"; and one after an auxiliary before an amount gives a past estimate:
            // "analysts had expected $11.6 billion" is the figure expected, not the sentence's source.
            if k + 1 < to, t[k + 1].kind == .number { continue }
            // "the average analyst estimate of $3.02 billion": a noun, not a report.
            if k + 1 < to, t[k + 1].kind == .word, UTF8Bytes.isWord(p, t[k + 1].start, t[k + 1].end, "of") { continue }
            // "the 10-year Treasury note rose": a noun before the verb that moves it.
            // ("Analysts note higher costs": a comparative is no verb.)
            if k + 1 < to, t[k + 1].kind == .word, s[k + 1].direction != nil, s[k + 1].directionSpan == 1, !t[k + 1].capitalized,
               !UTF8Bytes.endsWith(p, t[k + 1].start, t[k + 1].end, 0x65, 0x72, minLength: 3),
               !UTF8Bytes.isWord(p, t[k + 1].start, t[k + 1].end, "up"), !UTF8Bytes.isWord(p, t[k + 1].start, t[k + 1].end, "down") { continue }
            if k > from, k + 2 < to, t[k - 1].kind == .word, lexicon.auxiliaries.value(p, t[k - 1]) != nil,
               t[k + 1].kind == .symbol, t[k + 2].kind == .number, t[k + 2].start == t[k + 1].end { continue }
            // "… ahead of the $14.0 billion analysts had expected.": what was expected is the
            // figure before the source, not the sentence.
            if Self.closesAFigure(t, k, from, to) { continue }
            if let who = subject(p, t, before: k, from, lastPerson: lastPerson) { return who }
            var j = k + 1
            // Past titles of one word or several and the words between them: "said co-founder
            // and Chief Executive Dana Ortiz".
            while j < to, j <= k + 6 {
                if t[j].kind == .word, let (_, n) = lexicon.personTitles.match(p, t, j, to) { j += n; continue }
                if t[j].kind == .word, isFunctionWord(p, t[j]) { j += 1; continue }
                if let e = nameLastToken(p, t, j, to), !providesData(p, t, e, to), !modifiesANoun(p, t, e, to) { return text(p, t[j].start, t[e].nameEnd) }
                break
            }
        }
        return nil
    }

    func subject(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], before k: Int, _ from: Int, lastPerson: String?) -> String? {
        guard k > from else { return nil }
        var j = k - 1
        // "its expected listing": a noun or an adjective, no one speaking.
        if t[j].kind == .word, lexicon.possessiveDeterminers.value(p, t[j]) != nil { return nil }
        // Past a parenthesis: "Acme Corp (NASDAQ: ACME) said".
        if t[j].kind == .symbol, p[t[j].start] == 0x29 {
            var o = j - 1
            while o > from, j - o < 8, !(t[o].kind == .symbol && p[t[o].start] == 0x28) { o -= 1 }
            if o > from, t[o].kind == .symbol, p[t[o].start] == 0x28 { j = o - 1 }
        }
        // Past an aside set off by commas: "Ivo Brandt, an analyst at Halden, said" (the aside
        // holds no verb of its own, and the word before it is a name or a source).
        if t[j].kind == .symbol, p[t[j].start] == 0x2C {
            var o = j - 1
            while o > from, j - o <= 10, !(t[o].kind == .symbol && p[t[o].start] == 0x2C) {
                if t[o].kind == .word, !t[o].capitalized, lexicon.verbs.value(p, t[o]) != nil { return nil }
                o -= 1
            }
            guard o > from, j - o <= 10, t[o].kind == .symbol, p[t[o].start] == 0x2C, t[o - 1].kind == .word else { return nil }
            j = o - 1
        }
        // Past up to two auxiliaries or adverbs: "economists had expected", "the carrier now expects".
        var hops = 0
        while hops < 2, j > from, t[j].kind == .word, !t[j].capitalized,
              lexicon.auxiliaries.value(p, t[j]) != nil || Self.isAdverb(p, t[j]) {
            // "Employees are expected to …": in the passive the subject is not the source.
            if isPassive(p, t[j], t[k]) { return nil }
            j -= 1
            hops += 1
        }
        // "Kuo said", "the company said", "analysts expect", "he added"
        if t[j].kind == .word {
            let token = t[j]
            // A possessive owns the word after it, which is then a noun: "analysts' estimates".
            if token.nameEnd < token.end { return nil }
            if token.capitalized, !(j == from && lexicon.nonEntity.nameValue(p, token) != nil) {
                var s = j
                while s > from, t[s - 1].kind == .word, t[s - 1].capitalized,
                      lexicon.personTitles.value(p, t[s - 1]) == nil,
                      !(s - 1 == from && lexicon.nonEntity.value(p, t[s - 1]) != nil) { s -= 1 }
                // A name written with a dot inside it ("News.Az") is one name, and so is one
                // joined by an ampersand ("Brisk & Moll").
                while s - 2 >= from, t[s - 1].kind == .symbol, t[s - 2].kind == .word, t[s - 2].capitalized,
                      p[t[s - 1].start] == 0x26 || (!t[s].spaceBefore && p[t[s - 1].start] == 0x2E && !t[s - 1].spaceBefore) {
                    s -= 2
                    while s > from, t[s - 1].kind == .word, t[s - 1].capitalized, lexicon.personTitles.value(p, t[s - 1]) == nil,
                          !(s - 1 == from && lexicon.nonEntity.value(p, t[s - 1]) != nil) { s -= 1 }
                }
                if lexicon.nonEntity.nameValue(p, t[s]) == nil || s < j {
                    // "analysts at Marlowe Brothers estimate": the group and the firm it works at.
                    if s - 2 >= from, t[s - 1].kind == .word, lexicon.sourcePrepositions.value(p, t[s - 1]) != nil,
                       t[s - 2].kind == .word, lexicon.groupSources.nameValue(p, t[s - 2]) != nil {
                        return UTF8Bytes.lowerString(p, t[s - 2].start, t[s - 2].end) + text(p, t[s - 2].end, t[j].nameEnd)
                    }
                    return text(p, t[s].start, t[j].nameEnd)
                }
            }
            if lexicon.groupSources.nameValue(p, token) != nil { return text(p, token.start, token.nameEnd) }
            if j > from, let key = phraseKey(p, t, j - 1, 2, k), lexicon.groupSources.exactValue(key) != nil {
                return text(p, t[j - 1].start, token.end).lowercased()
            }
            if let key = phraseKey(p, t, max(from, j - 1), min(2, j - from + 1), k), lexicon.companyPronouns.exactValue(key) != nil {
                return "the company"
            }
            // "he said", "she added": the person the article named last.
            if Self.isPersonPronoun(p, token) { return lastPerson }
            if lexicon.companyPronouns.value(p, token) != nil { return "the company" }
            j -= 1
        }
        _ = j
        return nil
    }

    /// Whether `token` is "he" or "she", any case.
    static func isPersonPronoun(_ p: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        token.kind == .word && (UTF8Bytes.isWord(p, token.start, token.end, "he") || UTF8Bytes.isWord(p, token.start, token.end, "she"))
    }

    /// Whether the verb at `k` ends its clause (nothing follows it but punctuation) and a
    /// number stands a few words before it with no punctuation between: the verb says who
    /// expected that figure ("the 35,000 economists had expected").
    static func closesAFigure(_ t: [Token], _ k: Int, _ from: Int, _ to: Int) -> Bool {
        guard k + 1 >= to || t[k + 1].kind == .symbol else { return false }
        var j = k - 1
        while j >= from, k - j <= 5 {
            if t[j].kind == .number { return true }
            if t[j].kind == .symbol { return false }
            j -= 1
        }
        return false
    }

    /// Whether `aux` and `verb` make a passive: a form of "be" before a verb in -ed.
    func isPassive(_ p: UnsafeBufferPointer<UInt8>, _ aux: Token, _ verb: Token) -> Bool {
        UTF8Bytes.endsWith(p, verb.start, verb.end, 0x65, 0x64, minLength: 4) && lexicon.passiveAuxiliaries.value(p, aux) != nil
    }

    /// A plain word ending in -ly ("widely", "previously").
    static func isAdverb(_ p: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        UTF8Bytes.endsWith(p, token.start, token.end, 0x6C, 0x79, minLength: 4)
    }

    /// The byte where the name opening at token `j` ends (before any possessive), nil for no name.
    func nameEnd(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ j: Int, _ to: Int) -> Int? {
        nameLastToken(p, t, j, to).map { t[$0].nameEnd }
    }

    /// Whether the name ending at token `e` is a provider of data ("according to LSEG data"):
    /// it gives figures, so it is no source to question.
    func providesData(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ e: Int, _ to: Int) -> Bool {
        e + 1 < to && t[e + 1].kind == .word && lexicon.dataNouns.value(p, t[e + 1]) != nil
    }

    /// The last token of the name opening at token `j`, nil for no name.
    func nameLastToken(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ j: Int, _ to: Int) -> Int? {
        guard j < to, t[j].kind == .word, t[j].capitalized, !isFunctionWord(p, t[j]),
              lexicon.personTitles.value(p, t[j]) == nil else { return nil }
        var e = j
        while e + 1 < to, t[e + 1].kind == .word, t[e + 1].capitalized, t[e].nameEnd == t[e].end,
              lexicon.personTitles.value(p, t[e + 1]) == nil { e += 1 }
        return e
    }

    /// Whether the name ending at token `e` stands before a noun it describes: a lowercase
    /// word after it that is no function word, verb or auxiliary ("projected CET1 ratio of
    /// 9.8%" names no source; "said Dana Ortiz in a statement", "told Reuters on Monday" do).
    func modifiesANoun(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ e: Int, _ to: Int) -> Bool {
        let k = e + 1
        // (A possessive, "Tessaract's head of research", and a title, "Stellhorn partner Jonah
        // Reyes", go on to the one speaking.)
        guard k < to, t[k].kind == .word, UTF8Bytes.isLower(p[t[k].start]), t[k].start == t[e].end + 1,
              t[e].nameEnd == t[e].end, lexicon.personTitles.match(p, t, k, to) == nil else { return false }
        return !isFunctionWord(p, t[k]) && GrammarLexicon.shared.danglerWords.value(p, t[k].start, t[k].end) == nil
            && lexicon.verbs.value(p, t[k]) == nil && lexicon.auxiliaries.value(p, t[k]) == nil && lexicon.direction.value(p, t[k]) == nil
    }

    func isFunctionWord(_ p: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        token.kind == .word && lexicon.nonEntity.value(p, token) != nil && !token.allCaps
    }

    /// Clause boundaries of tokens `from..<to`: each clause as a token range, markers excluded.
    /// A clause ends at `;`, a spaced dash, or before a contrast word ("but", "while",
    /// "although", "despite") not set off by commas, ", as", and "and that" before a clause.
    public func clauses(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ s: [Sense], _ from: Int, _ to: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = from
        var k = from
        while k < to {
            let token = t[k]
            var cut = 0
            if token.kind == .symbol {
                let b = p[token.start]
                if b == 0x3B { cut = 1 }
                // A colon before a clause of its own opens what the clause before it sums up:
                // "It is not yet profitable: its net loss narrowed to $88 million" says two
                // things, each with its own tone.
                // (Not a ticker's exchange, "(NASDAQ: ACME)".)
                if b == 0x3A, token.end - token.start == 1, !token.spaceBefore, k > start, k + 1 < to, t[k + 1].spaceBefore,
                   !(t[k - 1].kind == .word && t[k - 1].allCaps), !(k >= 2 && t[k - 2].kind == .symbol && p[t[k - 2].start] == 0x28),
                   startsClause(p, t, k + 1, to) { cut = 1 }
                if b == 0xE2, token.end - token.start == 3, p[token.start + 2] == 0x94 || p[token.start + 2] == 0x93,
                   token.spaceBefore, k + 1 < to, t[k + 1].spaceBefore { cut = 1 }
                if b == 0x2C, k + 1 < to, t[k + 1].kind == .word, UTF8Bytes.lowerString(p, t[k + 1].start, t[k + 1].end) == "as" { cut = 2 }
                // A verb in the present after a clause's first comma opens a second predicate:
                // "Acme to cut 2,400 jobs, raises revenue forecast" (not an item of a list, "costs,
                // fees and …", nor the verb after an aside, "The lawsuit, filed by …, claims").
                else if b == 0x2C, startsPresentPredicate(p, t, k + 1, to),
                        !(start..<k).contains(where: { t[$0].kind == .symbol && p[t[$0].start] == 0x2C }) { cut = 1 }
            } else if token.kind == .word, k > from + 1, token.end - token.start == 3 && UTF8Bytes.lowerString(p, token.start, token.end) == "and",
                      t[k - 1].kind == .symbol && p[t[k - 1].start] == 0x2C ? startsClause(p, t, k + 1, to) : startsPredicate(p, t, k + 1, to),
                      // ("grain it stores and ships, also dropped 2.4%": one word before a comma is no predicate of its own.)
                      !(k + 2 < to && t[k + 2].kind == .symbol && p[t[k + 2].start] == 0x2C && t[k - 1].kind == .word) {
                cut = 1
            } else if token.kind == .word, k > from + 1, k + 2 < to, UTF8Bytes.isWord(p, token.start, token.end, "and"),
                      t[k + 1].kind == .word, UTF8Bytes.isWord(p, t[k + 1].start, t[k + 1].end, "that"), startsClause(p, t, k + 2, to) {
                // A second thing reported: "said costs would rise and that the company plans …".
                cut = 2
            } else if token.kind == .word, k > from, k + 1 < to, t[k - 1].kind == .number || (t[k - 1].kind == .symbol && p[t[k - 1].start] == 0x25),
                      text(p, token.start, token.end) == "as", t[k + 1].kind == .word {
                cut = 1
            } else if token.kind == .word, k > from, let side = s[k].contrast, side != .background, k + Int(s[k].contrastSpan) <= to,
                      !Self.setOffByCommas(p, t, k, Int(s[k].contrastSpan), to) {
                // A contrast word between two commas is an aside, not a new clause: "Gross
                // margin, however, expanded …" keeps its subject.
                cut = Int(s[k].contrastSpan)
            }
            if cut > 0 {
                var end = k
                while end > start, t[end - 1].kind == .symbol, p[t[end - 1].start] == 0x2C { end -= 1 }
                if end > start { result.append(start..<end) }
                k += cut
                start = k
                continue
            }
            k += 1
        }
        var end = to
        while end > start, t[end - 1].kind == .symbol, [0x2E, 0x2C, 0x21, 0x3F].contains(p[t[end - 1].start]) { end -= 1 }
        if end > start { result.append(start..<end) }
        if result.isEmpty { result.append(from..<to) }
        return result
    }

    /// Whether tokens `k..<k+n` stand between two commas.
    static func setOffByCommas(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ k: Int, _ n: Int, _ to: Int) -> Bool {
        k > 0 && k + n < to && t[k - 1].kind == .symbol && p[t[k - 1].start] == 0x2C
            && t[k + n].kind == .symbol && p[t[k + n].start] == 0x2C
    }

    /// Whether a verb or direction word comes within four words of `k`: ", and margin slipped".
    func startsClause(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ k: Int, _ to: Int) -> Bool {
        var j = k
        while j < to, j < k + 4 {
            if t[j].kind == .word, lexicon.direction.value(p, t[j]) != nil || lexicon.verbs.value(p, t[j]) != nil {
                return j > k
            }
            if t[j].kind == .symbol, p[t[j].start] == 0x2C { return false }
            j += 1
        }
        return false
    }

    /// Whether the word at `k` reads as a listed verb with a third-person s ("raises",
    /// "warns"): followed by a word that is no list's end ("and", "or") and no verb itself, so
    /// a plural noun that is also a verb's form ("shares fell", "costs rose") is not one.
    func startsPresentPredicate(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ k: Int, _ to: Int) -> Bool {
        guard k + 1 < to, t[k].kind == .word, !t[k].capitalized, t[k + 1].kind == .word else { return false }
        let s = t[k].start, e = t[k].end
        guard e - s >= 4, p[e - 1] == 0x73, p[e - 2] != 0x73, lexicon.verbs.value(p, s, e - 1) != nil
                || (p[e - 2] == 0x65 && lexicon.verbs.value(p, s, e - 2) != nil) else { return false }
        let next = t[k + 1]
        if UTF8Bytes.isWord(p, next.start, next.end, "and") || UTF8Bytes.isWord(p, next.start, next.end, "or") { return false }
        return lexicon.verbs.value(p, next) == nil && lexicon.direction.value(p, next) == nil
            && !UTF8Bytes.endsWith(p, next.start, next.end, 0x65, 0x64, minLength: 4)
    }

    /// Whether the word at `k` is a verb that starts a second predicate: "… and aligns with".
    func startsPredicate(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ k: Int, _ to: Int) -> Bool {
        guard k < to, t[k].kind == .word, !t[k].capitalized else { return false }
        if lexicon.direction.value(p, t[k]) != nil { return true }
        let length = t[k].end - t[k].start
        guard length >= 4, lexicon.verbs.value(p, t[k]) != nil else {
            // "aligns": a listed verb with a third-person s.
            return length >= 4 && p[t[k].end - 1] == 0x73 && lexicon.verbs.value(p, t[k].start, t[k].end - 1) != nil
        }
        return true
    }

    func text(_ p: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: p[from..<to]), as: UTF8.self)
    }
}
