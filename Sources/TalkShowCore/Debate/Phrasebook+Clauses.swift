/// The shapes of clause a phrase is read by: whether words hold a verb, where a clause of
/// its own starts, and what opens a phrase without belonging to it (a label, a dateline, a
/// reporting participle, a person's pronoun).
extension Phrasebook {
    /// The UTF-8 offset after "he " or "she " (any case) at a phrase's start, nil otherwise.
    static func personPronounEnd(_ out: String) -> Int? {
        var out = out
        return out.withUTF8 { b -> Int? in
            guard let space = b.firstIndex(of: 0x20), UTF8Bytes.isWord(b, 0, space, "he") || UTF8Bytes.isWord(b, 0, space, "she") else { return nil }
            return space + 1
        }
    }

    /// Whether `word` is "that" (any case): before a clause's subject it opens the clause
    /// ("and that the company plans …"); before a verb it is a relative pronoun.
    static func isThat(_ text: [UInt8], _ word: (Int, Int)) -> Bool {
        text.withUnsafeBufferPointer { UTF8Bytes.isWord($0, word.0, word.1, "that") }
    }

    /// Whether the "that" at word `k` follows a noun whose clause is hoped, feared or
    /// demanded (`GrammarLexicon.contentNouns`: "guarantees that no jobs will be cut").
    static func followsAContentNoun(_ text: [UInt8], _ words: [(Int, Int)], _ k: Int, grammar: GrammarLexicon) -> Bool {
        guard k > 0 else { return false }
        return text.withUnsafeBufferPointer { grammar.contentNouns.value($0, words[k - 1].0, words[k - 1].1) != nil }
    }

    /// Whether `phrase` holds a verb (`hasVerb(_:_:grammar:)` over its words).
    public static func hasVerb(_ phrase: String, grammar: GrammarLexicon = .shared) -> Bool {
        var copy = phrase
        return copy.withUTF8 { b in
            var reader = VerbReader()
            var previous: (Int, Int)? = nil
            var i = 0
            while i < b.count {
                while i < b.count, b[i] == 0x20 { i += 1 }
                let s = i
                while i < b.count, b[i] != 0x20 { i += 1 }
                guard i > s else { continue }
                if let word = previous, reader.isVerb(b, word, next: (s, i), grammar: grammar) { return true }
                previous = (s, i)
            }
            return previous.map { reader.isVerb(b, $0, next: nil, grammar: grammar) } ?? false
        }
    }

    /// Whether the words hold a verb: a word (ASCII punctuation trimmed) among the grammar's
    /// verb forms, or a regular past form in -ed, that does not follow a determiner or a
    /// figure (there it is a noun: "a 7.7% increase", "the cut"). Words without one are a
    /// noun phrase, which cannot follow a "that".
    static func hasVerb(_ b: UnsafeBufferPointer<UInt8>, _ words: ArraySlice<(Int, Int)>, grammar: GrammarLexicon) -> Bool {
        var reader = VerbReader()
        for k in words.indices where reader.isVerb(b, words[k], next: k + 1 < words.endIndex ? words[k + 1] : nil, grammar: grammar) {
            return true
        }
        return false
    }

    /// Reads words in order for `hasVerb`, remembering whether the last one makes the next a
    /// noun. A phrase's first word in -ed before a content word is an adjective ("adjusted
    /// earnings of …"); before a function word or a figure it is the verb ("eased to 3.2%").
    struct VerbReader {
        var afterNounMarker = false
        var first = true

        mutating func isVerb(_ b: UnsafeBufferPointer<UInt8>, _ word: (Int, Int), next: (Int, Int)?, grammar: GrammarLexicon) -> Bool {
            var (s, e) = word
            while s < e, b[s] < 0x80, asciiPunctuation[Int(b[s])], b[s] != 0x24 { s += 1 }
            while e > s, b[e - 1] < 0x80, asciiPunctuation[Int(b[e - 1])], b[e - 1] != 0x25 { e -= 1 }
            guard e > s else { return false }
            let atFirst = first
            first = false
            if !afterNounMarker {
                if grammar.verbs.value(b, s, e) != nil { return true }
                if UTF8Bytes.endsWith(b, s, e, 0x65, 0x64, minLength: 5) {
                    guard atFirst, let (ns, ne) = next, ne > ns else { return true }
                    let c = b[ns]
                    if !UTF8Bytes.isLower(c) || danglerTable.value(b, ns, ne) != nil || connectorTable.value(b, ns, ne) != nil { return true }
                }
            }
            // A determiner or a figure makes the next word a noun, and so does an adjective
            // after one: a superlative or a hyphenated word ("their biggest one-day drop").
            let adjective = afterNounMarker && (UTF8Bytes.endsWith(b, s, e, 0x73, 0x74, minLength: 5) && b[e - 3] | 0x20 == 0x65
                || b[s..<e].contains(0x2D))
            afterNounMarker = adjective || UTF8Bytes.isDigit(b[s]) || b[s] == 0x24 || b[e - 1] == 0x25
                || grammar.determiners.exactValue(WordKey.of(b, s, e)) != nil
            return false
        }
    }

    /// Whether a word ends its comma segment: it ends in a comma, or in a comma and a closing
    /// quotation mark ("missing,”", "said,'").
    /// The last word of a list that the comma after word `at` cuts into: "before interest,
    /// taxes, depreciation and amortization" is one noun phrase, not a clause that ends at
    /// "interest". A list here is the word at `at` and two or more items after it of up to
    /// `listItemWords` plain lowercase words (no verb, no function word), the items between
    /// commas, the last after "and"/"or", ending the sentence or at a comma; nil otherwise.
    static func listEnd(_ text: [UInt8], _ words: [(Int, Int)], at: Int, grammar: GrammarLexicon) -> Int? {
        guard at < words.count - 2, endsWithComma(text, words[at]) else { return nil }
        return text.withUnsafeBufferPointer { p -> Int? in
            func key(_ w: Int) -> WordKey {
                var e = words[w].1
                while e > words[w].0, p[e - 1] < 0x80, asciiPunctuation[Int(p[e - 1])] { e -= 1 }
                return WordKey.of(p, words[w].0, e)
            }
            func isAnd(_ w: Int) -> Bool { let k = key(w); return k == WordKey("and") || k == WordKey("or") }
            func plain(_ w: Int) -> Bool {
                guard UTF8Bytes.isLower(p[words[w].0]), !isAnd(w) else { return false }
                let k = key(w)
                if grammar.clauseOpeners.exactValue(k) != nil || grammar.determiners.exactValue(k) != nil
                    || grammar.relativePronouns.exactValue(k) != nil || danglerTable.exactValue(k) != nil { return false }
                var reader = VerbReader()
                return !reader.isVerb(p, words[w], next: nil, grammar: grammar)
            }
            guard plain(at) else { return nil }
            var w = at + 1
            while true {
                // One item: plain words, the last ending in a comma or standing before "and"/"or".
                var last = -1
                var n = 0
                while w + n < words.count, n < listItemWords, plain(w + n) {
                    let x = w + n
                    n += 1
                    if endsWithComma(text, words[x]) || x + 1 < words.count && isAnd(x + 1) { last = x; break }
                }
                guard last >= 0 else { return nil }
                if last + 1 < words.count, isAnd(last + 1) {
                    // The last item, after the "and"/"or", ends the sentence or meets a comma.
                    var e = last + 2
                    while e < words.count, e - last - 1 <= listItemWords, plain(e) {
                        if e == words.count - 1 || endsWithComma(text, words[e]) { return e }
                        e += 1
                    }
                    return nil
                }
                w = last + 1
            }
        }
    }

    /// Whether the word before the name `f` is a preposition ("analysts at X", "for X"): a
    /// function word that is no determiner.
    static func followsAPreposition(_ f: Fact, in article: Article, grammar: GrammarLexicon = .shared) -> Bool {
        article.bytes.withUnsafeBufferPointer { p in
            guard let w = ArticleSubject.word(p, endingAt: f.start) else { return false }
            let key = WordKey.of(p, w.lowerBound, w.upperBound)
            return danglerTable.exactValue(key) != nil && grammar.determiners.exactValue(key) == nil
        }
    }

    /// Whether words `r` are a speech tag set off by commas ("the companies said on Monday,"):
    /// two to six words without a digit, a verb of speech among them, the last ending in a
    /// comma, the word before them too.
    static func isSpeechTag(_ text: [UInt8], _ words: [(Int, Int)], _ r: Range<Int>, grammar: GrammarLexicon) -> Bool {
        guard r.count >= 2, r.count <= 6, r.lowerBound > 0, r.upperBound <= words.count,
              endsWithComma(text, words[r.lowerBound - 1]), endsWithComma(text, words[r.upperBound - 1]) else { return false }
        return text.withUnsafeBufferPointer { p in
            var speech = false
            for k in r {
                if (words[k].0..<words[k].1).contains(where: { UTF8Bytes.isDigit(p[$0]) }) { return false }
                var e = words[k].1
                while e > words[k].0, p[e - 1] == 0x2C { e -= 1 }
                if grammar.speechVerbs.value(p, words[k].0, e) != nil { speech = true }
            }
            return speech
        }
    }

    /// How many words one item of a list may have ("depreciation", "free cash flow").
    static let listItemWords = 3

    /// Where a phrase cut short at `to` should end when the word it stops on needs what
    /// follows:
    /// - a noun before "of" ("… to the 2% target by the middle" of next year) or before a
    ///   possessive ("… to advance the AI" firm's ambitions) ends before the preposition that
    ///   opened that noun phrase, within the last four words and after the fact's last word
    ///   `last`;
    /// - a verb in -ed before its object ("… released an unsafe product and ignored" warnings …)
    ///   ends before the verb, and before the "and" or "or" that joins it, after `last`; an
    ///   infinitive before its object ("… to advance" the …) ends before "to";
    /// else at `to`.
    /// (`beforeOf: false` leaves a noun before "of" to the rule that runs a figure's phrase
    /// on through "of" and a name.)
    static func endBeforeCutOf(_ text: [UInt8], _ words: [(Int, Int)], to: Int, last: Int, beforeOf: Bool = true) -> Int {
        guard to >= 1, to + 1 < words.count, !endsWithComma(text, words[to]) else { return to }
        return text.withUnsafeBufferPointer { p in
            let grammar = GrammarLexicon.shared
            let (ns, ne) = words[to + 1]
            // "the", "a", "its", "their": what opens a noun phrase.
            func determiner(_ s: Int, _ e: Int) -> Bool {
                grammar.determiners.value(p, s, e) != nil || FactLexicon.shared.possessiveDeterminers.value(p, s, e) != nil
            }
            // A verb in -ed after no determiner (not "the affected" products), then its object:
            // a lowercase word that is no verb, preposition, connector or adverb.
            let (vs, ve) = words[to], (bs, be) = words[to - 1]
            if to - 1 > last, UTF8Bytes.isLower(p[vs]), UTF8Bytes.endsWith(p, vs, ve, 0x65, 0x64, minLength: 5), !determiner(bs, be),
               UTF8Bytes.isLower(p[ns]), !isVerbForm(p, ns, ne, grammar: grammar),
               danglerTable.value(p, ns, ne) == nil, connectorTable.value(p, ns, ne) == nil,
               grammar.clauseOpeners.value(p, ns, ne) == nil, !UTF8Bytes.endsWith(p, ns, ne, 0x6C, 0x79, minLength: 4),
               FactLexicon.shared.auxiliaries.value(p, ns, ne) == nil {
                var end = to - 1
                if end > last, UTF8Bytes.isWord(p, words[end].0, words[end].1, "and") || UTF8Bytes.isWord(p, words[end].0, words[end].1, "or") { end -= 1 }
                return end > last && !endsWithComma(text, words[end]) ? end : to
            }
            // An infinitive before its object: "… to advance" the maker's plans.
            if to - 2 > last, UTF8Bytes.isWord(p, words[to - 1].0, words[to - 1].1, "to"), UTF8Bytes.isLower(p[vs]),
               grammar.determiners.value(p, vs, ve) == nil, determiner(ns, ne) {
                return endsWithComma(text, words[to - 2]) ? to : to - 2
            }
            let possessive = ne - ns > 2 && p[ne - 1] | 0x20 == 0x73 && (p[ne - 2] == 0x27 || p[ne - 2] == 0x99)
            guard possessive || beforeOf && UTF8Bytes.isWord(p, ns, ne, "of") else { return to }
            var k = to
            while k > last, to - k < 4 {
                let key = WordKey.of(p, words[k].0, words[k].1)
                if danglerTable.exactValue(key) != nil, grammar.determiners.exactValue(key) == nil { return k - 1 }
                k -= 1
            }
            return to
        }
    }

    /// Where a phrase that ends at a comma after word `to` ends when an appositive of degree
    /// follows: a determiner or possessive and a superlative ("…, the slowest pace since
    /// 2021", "…, their biggest gain in more than a decade") run on to the next comma or the
    /// clause's end, within word `reach`; else `to`.
    static func throughAppositiveOfDegree(_ text: [UInt8], _ words: [(Int, Int)], after to: Int, grammar: GrammarLexicon,
                                          lexicon: FactLexicon, reach: Int) -> Int {
        guard to + 2 < words.count, endsWithComma(text, words[to]) else { return to }
        return text.withUnsafeBufferPointer { p in
            let det = WordKey.of(p, words[to + 1].0, words[to + 1].1)
            guard grammar.determiners.exactValue(det) != nil || lexicon.possessiveDeterminers.exactValue(det) != nil,
                  grammar.superlatives.value(p, words[to + 2].0, words[to + 2].1) != nil else { return to }
            var e = to + 2
            while e < words.count - 1, e < reach, !endsWithComma(text, words[e]) { e += 1 }
            return e < reach && (e == words.count - 1 || endsWithComma(text, words[e])) ? e : to
        }
    }

    static func endsWithComma(_ text: [UInt8], _ word: (Int, Int)) -> Bool {
        let (s, e) = word
        guard e > s else { return false }
        if text[e - 1] == 0x2C { return true }
        if e - s >= 2, text[e - 1] == 0x22 || text[e - 1] == 0x27 { return text[e - 2] == 0x2C }
        // ” and ’ are E2 80 9D and E2 80 99.
        if e - s >= 4, text[e - 3] == 0xE2, text[e - 2] == 0x80, text[e - 1] == 0x9D || text[e - 1] == 0x99 { return text[e - 4] == 0x2C }
        return false
    }

    /// Whether bytes `s..<e` are a verb form that can open a predicate: a lowercase word that
    /// is a listed verb or ends in -ed ("said", "slumped").
    static func isVerbForm(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, grammar: GrammarLexicon) -> Bool {
        e > s && UTF8Bytes.isLower(p[s]) && (grammar.verbs.value(p, s, e) != nil || UTF8Bytes.endsWith(p, s, e, 0x65, 0x64, minLength: 5))
    }

    /// Whether a word is a finite verb: a verb form in -s or -ed, or an auxiliary ("adds",
    /// "rose", "will"), not a bare form that may be a noun ("rise").
    static func isFiniteVerb(_ p: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, grammar: GrammarLexicon) -> Bool {
        var end = e
        while end > s, !UTF8Bytes.isLetter(p[end - 1]) { end -= 1 }
        guard isVerbForm(p, s, end, grammar: grammar) else { return false }
        if FactLexicon.shared.auxiliaries.value(p, s, end) != nil || UTF8Bytes.endsWith(p, s, end, 0x65, 0x64, minLength: 4) { return true }
        return end - s >= 4 && UTF8Bytes.lower(p[end - 1]) == 0x73 && UTF8Bytes.lower(p[end - 2]) != 0x73
    }

    /// Whether word `k` opens a predicate: a verb form, or an adverb in -ly before one
    /// ("easily beat expectations").
    static func opensAPredicate(_ p: UnsafeBufferPointer<UInt8>, _ words: [(Int, Int)], _ k: Int, grammar: GrammarLexicon) -> Bool {
        let (s, e) = words[k]
        if isVerbForm(p, s, e, grammar: grammar) { return true }
        guard k + 1 < words.count, UTF8Bytes.isLower(p[s]) else { return false }
        // An adverb before the verb: "sharply lowered", "also dropped", "more than doubled".
        var v = k
        while v < min(k + 2, words.count - 1), UTF8Bytes.isLower(p[words[v].0]) {
            let (ws, we) = words[v]
            guard UTF8Bytes.endsWith(p, ws, we, 0x6C, 0x79, minLength: 5) || grammar.adverbs.value(p, ws, we) != nil
                    || grammar.degreeWords.value(p, ws, we) != nil else { break }
            v += 1
        }
        return v > k && isVerbForm(p, words[v].0, words[v].1, grammar: grammar)
    }

    /// Whether word `k` stands in its clause's subject: back from it to `from`, a "that" or
    /// the phrase's start comes before any verb or comma ("said that every 25 basis point
    /// rise …", not "raised its forecast to $4").
    static func inSubject(_ p: UnsafeBufferPointer<UInt8>, _ words: [(Int, Int)], _ k: Int, from: Int, grammar: GrammarLexicon) -> Bool {
        var j = k - 1
        while j >= from {
            let (s, e) = words[j]
            if e > s, p[e - 1] == 0x2C { return false }
            if WordKey.of(p, s, e) == WordKey("that") { return true }
            if isVerbForm(p, s, e, grammar: grammar) { return false }
            j -= 1
        }
        return true
    }

    /// Whether a word opens a relative clause that makes an aside ("which makes chips", "who
    /// joined in May"): a relative pronoun other than "that", which opens a reported clause.
    static func isRelativeClauseHead(_ head: WordKey, grammar: GrammarLexicon) -> Bool {
        grammar.relativePronouns.exactValue(head) != nil && head != WordKey("that")
    }

    /// Whether `out` opens with "that" before a verb, where "that" is the subject ("That
    /// marked the widest gap since June"), not a connector to cut.
    static func opensWithSubjectThat(_ out: String, grammar: GrammarLexicon) -> Bool {
        var copy = out
        return copy.withUTF8 { b in
            guard b.count > 6, UTF8Bytes.isWord(b, 0, 4, "that"), b[4] == 0x20 else { return false }
            var n = 5
            while n < b.count, b[n] != 0x20 { n += 1 }
            return isVerbForm(b, 5, n, grammar: grammar)
        }
    }

    /// The byte offset of " to " in a headline that opens with capitalised words and then
    /// "to" and a verb ("Acme Robotics to spend …", the headline's future), nil otherwise.
    static func headlineInfinitive(_ out: String, grammar: GrammarLexicon) -> Int? {
        var copy = out
        return copy.withUTF8 { b -> Int? in
            var i = 0, words = 0
            while i < b.count, words < 6 {
                guard UTF8Bytes.isUpper(b[i]) || UTF8Bytes.isDigit(b[i]) else { break }
                while i < b.count, b[i] != 0x20 { i += 1 }
                words += 1
                guard i + 4 < b.count else { return nil }
                if b[i + 1] == 0x74, b[i + 2] == 0x6F, b[i + 3] == 0x20 {
                    var e = i + 4
                    while e < b.count, b[e] != 0x20 { e += 1 }
                    // A known verb, or any plain word that no determiner, pronoun or other
                    // small word could be: "to spin off", not "to the rescue".
                    let plain = grammar.verbs.value(b, i + 4, e) != nil
                        || (danglerTable.value(b, i + 4, e) == nil && grammar.pronouns.value(b, i + 4, e) == nil)
                    return UTF8Bytes.isLower(b[i + 4]) && plain ? i : nil
                }
                i += 1
            }
            return nil
        }
    }

    /// Whether word `k` is a lowercase verb, or an auxiliary or adverb before one ("now has"),
    /// other than a reporting verb.
    static func startsAtVerb(_ p: UnsafeBufferPointer<UInt8>, _ words: [(Int, Int)], _ k: Int, grammar: GrammarLexicon,
                             lexicon: FactLexicon) -> Bool {
        let (s, e) = words[k]
        guard e > s, UTF8Bytes.isLower(p[s]) else { return false }
        // A reporting verb is cut from the front instead ("saying higher prices will …").
        let key = WordKey.of(p, s, e)
        if grammar.reportingParticiples.exactValue(key) != nil || grammar.speechVerbs.exactValue(key) != nil { return false }
        if grammar.verbs.value(p, s, e) != nil { return true }
        guard k + 1 < words.count, lexicon.auxiliaries.value(p, s, e) != nil else { return false }
        return grammar.verbs.value(p, words[k + 1].0, words[k + 1].1) != nil
    }

    /// Whether a word is a participle in -ing, lowercase ("adding", "lifting").
    static func isParticiple(_ p: UnsafeBufferPointer<UInt8>, _ word: (Int, Int)) -> Bool {
        let (s, e) = word
        return e - s >= 5 && UTF8Bytes.isLower(p[s]) && UTF8Bytes.endsWith(p, s, e, 0x6E, 0x67, minLength: 5) && UTF8Bytes.lower(p[e - 3]) == 0x69
    }

    /// Whether words `k`, `k + 1` are a word of degree and a word that carries on ("well
    /// below", "far above"): what they open carries on the clause before, it is none of its own.
    static func carriesOnPastDegree(_ text: [UInt8], _ words: [(Int, Int)], _ k: Int, grammar: GrammarLexicon, lexicon: FactLexicon) -> Bool {
        guard k + 1 < words.count else { return false }
        return text.withUnsafeBufferPointer { p in
            lexicon.combined.value(p, words[k].0, words[k].1)?.intensifier != nil
                && grammar.continuations.exactValue(WordKey.of(p, words[k + 1].0, words[k + 1].1)) != nil
        }
    }

    /// Whether a word opens the object of a participle: a determiner ("its", "the"), a
    /// figure ("$95", "52%"), a word of approximation ("about", "roughly") or, with `plain`, a
    /// plain noun or adjective ("listing liabilities of …", "sending live feeds"), not a
    /// preposition or another function word ("according to").
    static func opensAnObject(_ p: UnsafeBufferPointer<UInt8>, _ word: (Int, Int), grammar: GrammarLexicon, lexicon: FactLexicon,
                              plain: Bool = false) -> Bool {
        let (s, e) = word
        guard e > s else { return false }
        if UTF8Bytes.isDigit(p[s]) || p[s] == 0x24 { return true }
        if grammar.determiners.value(p, s, e) != nil || lexicon.figureWords.approximately.value(p, s, e) != nil { return true }
        guard plain else { return false }
        var end = e
        while end > s, !UTF8Bytes.isLetter(p[end - 1]) { end -= 1 }
        return end - s >= 3 && UTF8Bytes.isLower(p[s]) && Phrasebook.danglerTable.value(p, s, end) == nil
            && !isVerbForm(p, s, end, grammar: grammar)
    }

    /// Whether a word opens a quotation: it starts with " or “ (E2 80 9C).
    static func opensQuote(_ text: [UInt8], _ word: (Int, Int)) -> Bool {
        let (s, e) = word
        guard e > s else { return false }
        return text[s] == 0x22 || (e - s >= 3 && text[s] == 0xE2 && text[s + 1] == 0x80 && text[s + 2] == 0x9C)
    }

    /// The words of the subject a phrase starting at word `from` takes from before an aside:
    /// `from` opens with a verb after a comma; the comma segment before it is an aside (no
    /// verb, a relative clause, "which …", or an apposition, "the gap between …"); and the
    /// segment before that, of at most eight words, is a subject (no verb), or its words after
    /// a verb of saying or a "that" are ("said its buffer, the cushion …, would fall"). Nil otherwise.
    static func subjectBeforeAside(_ text: [UInt8], _ words: [(Int, Int)], from: Int, grammar: GrammarLexicon) -> Range<Int>? {
        func commaBefore(_ k: Int) -> Bool { k > 0 && endsWithComma(text, words[k - 1]) }
        guard from > 0, commaBefore(from) else { return nil }
        return text.withUnsafeBufferPointer { p -> Range<Int>? in
            guard opensAPredicate(p, words, from, grammar: grammar) else { return nil }
            var a = from - 1
            while a > 0, !commaBefore(a) { a -= 1 }
            guard a > 0 else { return nil }
            let head = WordKey.of(p, words[a].0, words[a].1)
            let relative = isRelativeClauseHead(head, grammar: grammar)
                || grammar.determiners.exactValue(head) != nil
            guard relative || !hasVerb(p, words[a..<from], grammar: grammar) else { return nil }
            var s = a - 1
            while s > 0, !commaBefore(s) { s -= 1 }
            if a - s <= 8, !hasVerb(p, words[s..<a], grammar: grammar) { return s..<a }
            // What was reported: "… said its stress capital buffer, the cushion regulators
            // require, would fall …" puts back "its stress capital buffer".
            guard let said = (s..<(a - 1)).last(where: { k in
                let key = WordKey.of(p, words[k].0, words[k].1)
                return grammar.speechVerbs.exactValue(key) != nil || key == WordKey("that")
            }), a - (said + 1) <= 8, !hasVerb(p, words[(said + 1)..<a], grammar: grammar) else { return nil }
            return (said + 1)..<a
        }
    }

    /// Where a phrase that would open on an aside after a comma ("Ivo Brandt, an analyst at
    /// Halden, said …" cut to "an analyst at Halden, said …") goes on: the verb after the
    /// aside's closing comma, before the figure at word `first`, when the aside has no verb
    /// or is a relative clause ("which makes chips,"). Nil otherwise. Starting there lets
    /// `subjectBeforeAside` put the subject back: "Ivo Brandt said …".
    static func verbAfterAside(_ text: [UInt8], _ words: [(Int, Int)], from: Int, first: Int, grammar: GrammarLexicon) -> Int? {
        func commaAfter(_ k: Int) -> Bool { endsWithComma(text, words[k]) }
        guard from > 0, from < first, commaAfter(from - 1) else { return nil }
        var close = from
        while close < first, !commaAfter(close) { close += 1 }
        let verb = close + 1
        guard close < first, verb <= first else { return nil }
        return text.withUnsafeBufferPointer { p -> Int? in
            guard opensAPredicate(p, words, verb, grammar: grammar) else { return nil }
            let head = WordKey.of(p, words[from].0, words[from].1)
            // A relative clause, or an apposition opened by a determiner ("a maker of software
            // backed by X,"), is an aside whatever verb form it holds.
            let relative = isRelativeClauseHead(head, grammar: grammar) || grammar.determiners.exactValue(head) != nil
            return relative || !hasVerb(p, words[from...close], grammar: grammar) ? verb : nil
        }
    }

    /// For a phrase starting at word `from` no later than the verb of an "and to <verb>" before
    /// its figure at word `first`: the words of the clause up to its first "to" before a verb
    /// (at most ten, no comma among them) and the second verb, where the phrase goes on.
    /// "The company expects the deal to add to earnings after closing and to deliver $250M" →
    /// ("The company expects the deal to", "deliver"). Nil otherwise.
    static func sharedInfinitive(_ text: [UInt8], _ words: [(Int, Int)], from: Int, first: Int, grammar: GrammarLexicon) -> (head: Range<Int>, resume: Int)? {
        guard from > 0, first >= 3, first <= words.count else { return nil }
        return text.withUnsafeBufferPointer { p -> (Range<Int>, Int)? in
            let to = WordKey("to"), and = WordKey("and")
            func key(_ k: Int) -> WordKey { WordKey.of(p, words[k].0, words[k].1) }
            func isVerb(_ k: Int) -> Bool { UTF8Bytes.isLower(p[words[k].0]) && grammar.verbs.value(p, words[k].0, words[k].1) != nil }
            guard let m = (max(1, from - 2)..<(first - 2)).last(where: { key($0) == and && key($0 + 1) == to && isVerb($0 + 2) }),
                  from <= m + 2 else { return nil }
            for j in 0..<min(m, 10) {
                if endsWithComma(text, words[j]) { return nil }
                if key(j) == to, isVerb(j + 1) { return j + 1 > 1 ? (0..<(j + 1), m + 2) : nil }
            }
            return nil
        }
    }

    /// For a phrase starting at word `from` no earlier than an "and" or a "but" before a verb, before its
    /// figure at word `first`: the subject of the clause's first verb (its words before that
    /// verb, at most eight, no comma or verb among them) and the second verb, where the phrase
    /// goes on, when no relative clause or closing quotation stands between the two verbs. "Acme kept its outlook of $16B and raised its forecast to $4.10" → ("Acme",
    /// "raised"). Nil otherwise, and where "and" opens a clause with a subject of its own.
    static func sharedSubject(_ text: [UInt8], _ words: [(Int, Int)], from: Int, first: Int, grammar: GrammarLexicon) -> (head: Range<Int>, resume: Int)? {
        guard from > 2, first < words.count else { return nil }
        return text.withUnsafeBufferPointer { p -> (Range<Int>, Int)? in
            let and = WordKey("and"), but = WordKey("but")
            func isVerb(_ k: Int) -> Bool { UTF8Bytes.isLower(p[words[k].0]) && isVerbForm(p, words[k].0, words[k].1, grammar: grammar) }
            func joins(_ k: Int) -> Bool { let key = WordKey.of(p, words[k].0, words[k].1); return key == and || key == but }
            // The phrase may start at the "and" itself (", and expects $120M …").
            guard let m = (1..<min(from + 1, first)).last(where: { joins($0) && isVerb($0 + 1) }),
                  from >= m else { return nil }
            var v = 0
            while v < min(m, 9), !isVerbForm(p, words[v].0, words[v].1, grammar: grammar) {
                if endsWithComma(text, words[v]) { return nil }
                v += 1
            }
            guard v >= 1, v <= 8, v < m, isVerbForm(p, words[v].0, words[v].1, grammar: grammar) else { return nil }
            // The "and" must join the first clause's verbs: not inside a relative clause after
            // it ("…, who cut his rating and lowered his target"), nor after a quotation that
            // held the subject ("\"Investors owned this stock …,\" said X, who … and lowered …").
            for w in (v + 1)..<m {
                let (ws, we) = words[w]
                if isRelativeClauseHead(WordKey.of(p, ws, we), grammar: grammar) { return nil }
                for i in ws..<we where p[i] == 0x22 || (p[i] == 0xE2 && i + 2 < we && p[i + 1] == 0x80 && p[i + 2] == 0x9D) { return nil }
            }
            return (0..<v, m + 1)
        }
    }

    /// For a phrase starting at word `from` inside or just after an aside set off by two
    /// dashes, before its figure at word `first`: the subject before the opening dash (up to
    /// eight words back to a connector, a verb or a comma, none of them taken) and the word
    /// after the closing dash where the phrase goes on, which must be a verb. Nil otherwise.
    static func subjectBeforeDashAside(_ text: [UInt8], _ words: [(Int, Int)], from: Int, first: Int,
                                       grammar: GrammarLexicon) -> (subject: Range<Int>, resume: Int)? {
        func isDash(_ k: Int) -> Bool {
            words[k].1 - words[k].0 == 3 && text.withUnsafeBufferPointer { Self.isDash($0, words[k].0) }
        }
        guard first > 0, first <= words.count, let close = (max(0, from - 1)..<first).last(where: isDash), close + 1 < words.count,
              let open = (0..<close).last(where: isDash), open < from else { return nil }
        return text.withUnsafeBufferPointer { p -> (Range<Int>, Int)? in
            let (vs, ve) = words[close + 1]
            guard isVerbForm(p, vs, ve, grammar: grammar) else { return nil }
            var s = open
            while s > 0, open - s < 8 {
                let (ws, we) = words[s - 1]
                if p[we - 1] == 0x2C || connectorTable.exactValue(WordKey.of(p, ws, we)) != nil
                    || (UTF8Bytes.isLower(p[ws]) && grammar.verbs.value(p, ws, we) != nil && grammar.determiners.value(p, ws, we) == nil) { break }
                s -= 1
            }
            guard s < open else { return nil }
            return (s..<open, close + 1)
        }
    }

    /// Whether a comma segment that opens with `word` can stand as a clause of its own: the
    /// word is a reporting participle ("saying …"), a determiner or a pronoun, or it neither
    /// carries on the clause before (a connector, a continuation, a verb, an auxiliary or
    /// adverb like "now", a word in -ed or -ing) nor is a preposition.
    static func opensAClause(_ text: [UInt8], _ word: (Int, Int), grammar: GrammarLexicon) -> Bool {
        text.withUnsafeBufferPointer { p in
            let (s, e) = word
            let key = WordKey.of(p, s, e)
            if grammar.reportingParticiples.exactValue(key) != nil || grammar.determiners.exactValue(key) != nil
                || grammar.pronouns.exactValue(key) != nil { return true }
            return connectorTable.exactValue(key) == nil && danglerTable.exactValue(key) == nil
                && grammar.continuations.exactValue(key) == nil && grammar.verbs.value(p, s, e) == nil
                && FactLexicon.shared.auxiliaries.exactValue(key) == nil
                && !UTF8Bytes.endsWith(p, s, e, 0x65, 0x64, minLength: 5)
                && !(UTF8Bytes.endsWith(p, s, e, 0x6E, 0x67, minLength: 6) && UTF8Bytes.lower(p[e - 3]) == 0x69)
        }
    }

    /// The UTF-8 offset after a label that opens a phrase: one to six words of ASCII letters
    /// (and apostrophes and hyphens), the last ending in a colon, then a capital letter
    /// ("Bottom line: Acme …"); nil otherwise. A colon before a figure ("Revenue: $4B") is the
    /// figure's label and stays.
    static func leadingLabelEnd(_ out: String) -> Int? {
        var copy = out
        return copy.withUTF8 { b -> Int? in
            var words = 1
            var i = 0
            while i < b.count, words <= 6 {
                let c = b[i]
                if c == 0x20 { words += 1 } else if c != 0x3A, c != 0x27, c != 0x2D, !UTF8Bytes.isLetter(c) { return nil }
                if c == 0x3A {
                    guard i > 0, b[i - 1] != 0x20, i + 2 < b.count, b[i + 1] == 0x20, UTF8Bytes.isUpper(b[i + 2]) else { return nil }
                    return i + 2
                }
                i += 1
            }
            return nil
        }
    }

    /// The UTF-8 offset after a reporting verb that opens a phrase with no subject before it,
    /// with the "that" after it, when a clause of at least three words follows; nil
    /// otherwise. A participle ("saying that demand …" → "demand …") or a verb of speech left
    /// by a second predicate ("…, and said monthly users reached 310 million" → "monthly
    /// users reached 310 million"); both lists are grammar data (`phrases.reportingParticiples`,
    /// `phrases.speechVerbs`).
    static func reportingVerbEnd(_ out: String, grammar: GrammarLexicon) -> Int? {
        var copy = out
        return copy.withUTF8 { b -> Int? in
            var e = 0
            while e < b.count, b[e] != 0x20 { e += 1 }
            guard e < b.count, UTF8Bytes.isLower(b[0]) else { return nil }
            let key = WordKey.of(b, 0, e)
            guard grammar.reportingParticiples.exactValue(key) != nil || grammar.speechVerbs.exactValue(key) != nil else { return nil }
            var cut = e + 1
            if b.count >= cut + 5, b[cut] == 0x74, b[cut + 1] == 0x68, b[cut + 2] == 0x61, b[cut + 3] == 0x74, b[cut + 4] == 0x20 { cut += 5 }
            let rest = UnsafeBufferPointer(rebasing: b[cut...])
            return rest.filter { $0 == 0x20 }.count >= 2 ? cut : nil
        }
    }

    /// The UTF-8 offset after a press-release or wire dateline that opens a phrase
    /// (`Dateline.end`); nil otherwise.
    static func pressDatelineEnd(_ out: String) -> Int? {
        var copy = out
        return copy.withUTF8 { Dateline.end($0, 0, $0.count) }
    }
}
