import Foundation
import Synchronization

/// The short phrases the voices say for each fact, taken from the article's own words:
/// the fact's clause cut to a window around the figure and shortened by general rules
/// (`$115 billion to $135 billion` → `$115–135B`, `capital expenditures` → `capex`).
/// Figures are never rounded or derived: every digit in a phrase is a digit of the article.
/// Also names the article's subject.
public struct Phrasebook: Sendable {
    /// Each fact's phrase, made at most once: up front (`needed`) or when first asked.
    private let slots: [Slot]
    private let sheet: FactSheet
    private let nameStarts: Set<Int>
    private let nameWords: [Range<Int>]
    /// The words that keep their capital in a Title Case headline (`headlineNames`).
    private let headlineNames: Set<WordKey>?
    /// Where the text each fact's phrase is cut from starts (`readingStart`): facts with one
    /// start are one clause to a debate.
    public let readingStarts: [Int]
    private let grammar: GrammarLexicon
    private let lexicon: FactLexicon
    public let subject: String

    /// The most words a phrase takes.
    static let maxWords = 20
    static let leadIn = 5
    /// How many words past `maxWords` a phrase may reach back for its clause's start.
    static let nounPhraseReach = 8
    /// How many more words a participle's phrase may reach back for its clause.
    static let participleReach = 4
    /// Words a phrase must not end on, and words cut from its front (`grammar.json`).
    static let danglers = GrammarLexicon.shared.phraseDanglers
    static let connectors = GrammarLexicon.shared.phraseConnectors

    /// One fact's phrase, published once. The first seat to ask makes it and stores it; every
    /// later ask, from any seat, reads that one. Two seats asking at once may both make it:
    /// phrases are deterministic, so either text is the same, and the store keeps the first.
    ///
    /// It is `AtomicLazyReference` written out over an `Atomic` word: that type's `load` is
    /// not specialized across modules, and a debate reads a phrase many times a message. The
    /// word is the address of the stored `Made` (0: none yet); the slot holds one retain of
    /// it and gives it back in `deinit`, when no other reference to the slot (so no `load`)
    /// is left.
    final class Slot: Sendable {
        private let made = Atomic<Int>(0)

        final class Made: Sendable {
            let text: String
            /// Whether `text` holds a verb: 0 not read yet, 1 yes, 2 no.
            let clause = Atomic<UInt8>(0)
            init(_ text: String) { self.text = text }
        }

        /// The stored `Made` at a nonzero address.
        private static func stored(_ address: Int) -> Unmanaged<Made> {
            Unmanaged<Made>.fromOpaque(UnsafeRawPointer(bitPattern: address)!)
        }

        /// The stored phrase, or nil before one is stored.
        func load() -> String? {
            let address = made.load(ordering: .acquiring)
            return address == 0 ? nil : Self.stored(address).takeUnretainedValue().text
        }

        /// Whether the stored phrase holds a verb (`Phrasebook.hasVerb`), read once; nil
        /// before a phrase is stored.
        func isClause(_ grammar: GrammarLexicon) -> Bool? {
            let address = made.load(ordering: .acquiring)
            guard address != 0 else { return nil }
            let box = Self.stored(address).takeUnretainedValue()
            switch box.clause.load(ordering: .relaxed) {
            case 1: return true
            case 2: return false
            default:
                let yes = Phrasebook.hasVerb(box.text, grammar: grammar)
                box.clause.store(yes ? 1 : 2, ordering: .relaxed)
                return yes
            }
        }

        /// Stores `text` unless a phrase is stored already; the stored phrase either way.
        func storeIfNil(_ text: String) -> String {
            let box = Unmanaged.passRetained(Made(text))
            let (stored, current) = made.compareExchange(expected: 0, desired: Int(bitPattern: box.toOpaque()),
                                                          successOrdering: .acquiringAndReleasing, failureOrdering: .acquiring)
            if stored { return text }
            box.release()
            return Self.stored(current).takeUnretainedValue().text
        }

        deinit {
            let address = made.load(ordering: .acquiring)
            if address != 0 { Self.stored(address).release() }
        }
    }

    /// The phrases of the facts `needed` says are made here; any other is made when first
    /// asked (`phrase(_:)`), the same phrase either way. A debate makes none up front: of
    /// the thirty or so facts of an article, its seats and verdict ask for about a dozen.
    /// `subject`, when given, is `ArticleSubject.of(sheet)`, already found.
    public init(_ sheet: FactSheet, needed: (Int) -> Bool = { _ in true }, subject: String? = nil, grammar: GrammarLexicon = .shared,
                lexicon: FactLexicon = .shared) {
        let text = sheet.article.bytes
        var nameStarts = Set<Int>()
        for i in sheet.facts.indices where !sheet.facts[i].kind.isFigure { nameStarts.insert(sheet.facts[i].start) }
        let nameWords = Self.nameWords(sheet)
        let subject = subject ?? ArticleSubject.of(sheet, lexicon: lexicon)
        let headlineNames = Self.headlineNames(sheet)
        let readingStarts = sheet.facts.indices.map { i in
            Self.readingStart(of: sheet.facts[i], text: text, grammar: grammar, sentenceStart: Self.sentenceStart(of: sheet.facts[i], in: sheet))
        }
        slots = sheet.facts.indices.map { i in
            let slot = Slot()
            if needed(i) {
                _ = slot.storeIfNil(Self.placed(Self.phrase(for: sheet.facts[i], text: text, grammar: grammar, lexicon: lexicon,
                                                            nameStarts: nameStarts, nameWords: nameWords, readingStart: readingStarts[i]),
                                                sheet, i, subject: subject, headlineNames: headlineNames, grammar: grammar))
            }
            return slot
        }
        self.readingStarts = readingStarts
        self.sheet = sheet
        self.nameStarts = nameStarts
        self.nameWords = nameWords
        self.grammar = grammar
        self.lexicon = lexicon
        self.subject = subject
        self.headlineNames = headlineNames
    }

    /// The phrase of fact `i` of the sheet.
    public func phrase(_ i: Int) -> String {
        let slot = slots[i]
        if let made = slot.load() { return made }
        let text = Self.phrase(for: sheet.facts[i], text: sheet.article.bytes, grammar: grammar, lexicon: lexicon,
                               nameStarts: nameStarts, nameWords: nameWords, readingStart: readingStarts[i])
        return slot.storeIfNil(Self.placed(text, sheet, i, subject: subject, headlineNames: headlineNames, grammar: grammar))
    }

    /// `finished`, where an "it" no name stands in for, cut from inside its clause ("since it
    /// was disclosed in early 2023", where "it" is the investigation), is read with the
    /// clause before it.
    static func placed(_ text: String, _ sheet: FactSheet, _ i: Int, subject: String, headlineNames: Set<WordKey>?,
                       grammar: GrammarLexicon) -> String {
        let made = finished(text, sheet, i, subject: subject, headlineNames: headlineNames)
        guard opensWithAnUnplacedPronoun(made),
              let wider = widenedToClause(text, sheet.facts[i], sheet.article.bytes, grammar: grammar) else { return made }
        return finished(wider, sheet, i, subject: subject, headlineNames: headlineNames)
    }

    /// Whether `phrase` opens with a lowercase "it" or "its": a pronoun that `finished` could
    /// not name, in a phrase cut from inside its sentence.
    static func opensWithAnUnplacedPronoun(_ phrase: String) -> Bool {
        phrase.utf8.starts(with: "it ".utf8) || phrase.utf8.starts(with: "its ".utf8)
    }

    /// Where the first bytes of a phrase (`head`, at least eight of them, so a few common
    /// words do not match by chance) stand in `bytes[from..<to]`; nil when they do not.
    static func located(_ head: [UInt8], in bytes: [UInt8], from: Int, to: Int) -> Int? {
        let end = min(to, bytes.count)
        guard head.count >= 8, from < end else { return nil }
        return bytes.withUnsafeBufferPointer { t in
            head.withUnsafeBufferPointer { n in
                LiteralText.firstMatch(UnsafeBufferPointer(rebasing: t[..<end]), n, from: from, ignoringCase: false)
            }
        }
    }

    /// `phrase` with the words of its clause before it, where it was cut from inside the
    /// clause of `fact` right after a word that opens a subordinate clause ("since", "because",
    /// "when"; not a connector such as "and" or "but", after which "it" goes on with the
    /// sentence's own subject); nil otherwise.
    static func widenedToClause(_ phrase: String, _ fact: Fact, _ bytes: [UInt8], grammar: GrammarLexicon) -> String? {
        let start = fact.clauseStart
        guard let at = located(Array(phrase.utf8.prefix(24)), in: bytes, from: start, to: fact.clauseEnd), at > start else { return nil }
        let before = String(decoding: bytes[start..<at], as: UTF8.self)
        guard let last = before.split(separator: " ").last.map({ String($0).lowercased() }),
              grammar.clauseOpeners.value(last) != nil, grammar.connectorWords.value(last) == nil else { return nil }
        return before + phrase
    }

    /// What a phrase cut from the clause becomes with what only the sheet knows: no ticker
    /// parentheses, a person for an opening "he" or "she", a company for an "it" or "its"
    /// (`subject` is the article's, `ArticleSubject.of(sheet)`).
    static func finished(_ phrase: String, _ sheet: FactSheet, _ i: Int, subject: String, headlineNames: Set<WordKey>?) -> String {
        let cased = headlineNames.map { sentenceCased(phrase, sheet, i, names: $0) } ?? phrase
        return recapitalised(naming(withoutTickers(cased, sheet, i), sheet, i, subject: subject), sheet)
    }

    /// For an article whose headline is in Title Case, the words that keep their capital in
    /// it (`sentenceCased`); nil for any other.
    static func headlineNames(_ sheet: FactSheet) -> Set<WordKey>? {
        guard let headline = sheet.sentences.first, headline.index == 0, isTitleCase(headline.text) else { return nil }
        var names = capitalisedInBody(sheet)
        for f in sheet.facts where !f.kind.isFigure { for w in f.text.split(separator: " ") { names.insert(WordKey(String(w))) } }
        return names
    }

    /// A phrase of a Title Case headline in sentence case: "Ostrander Retail CEO steps down
    /// after two years", not "… CEO Steps Down After Two Years". After its first word, a word
    /// loses its capital unless it is a word of a name the sheet found in the article or one
    /// the article capitalises inside a sentence after the headline ("Sam"), an
    /// acronym, holds a digit, or is a place, a given name or an adjective of a place.
    static func sentenceCased(_ phrase: String, _ sheet: FactSheet, _ i: Int, names: Set<WordKey>, lexicon: FactLexicon = .shared) -> String {
        guard sheet.facts[i].sentence == 0 else { return phrase }
        var words = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for k in words.indices.dropFirst() {
            let word = words[k]
            let bare = word.drop { !$0.isLetter }.reversed().drop { !$0.isLetter && $0 != "'" }.reversed()
            let name = String(bare)
            let stem = name.hasSuffix("'s") ? String(name.dropLast(2)) : name
            guard let c = name.utf8.first, UTF8Bytes.isUpper(c), name.utf8.contains(where: UTF8Bytes.isLower),
                  !word.contains(where: \.isNumber), !names.contains(WordKey(stem)),
                  lexicon.places.value(stem) == nil, lexicon.givenNames.value(stem) == nil,
                  lexicon.properAdjectives.value(stem) == nil else { continue }
            var bytes = Array(word.utf8)
            if let at = bytes.firstIndex(where: UTF8Bytes.isUpper) { bytes[at] |= 0x20 }
            words[k] = String(decoding: bytes, as: UTF8.self)
        }
        return words.joined(separator: " ")
    }

    /// The words the article writes with a capital inside a sentence after its headline
    /// (after a space, past the sentence's first word), by key, without a possessive: proper
    /// nouns. Read over the bytes: a word is a run of letters, hyphens and ampersands, a byte
    /// past ASCII counted as a letter and a lead byte of 0xC3 or more as a capital.
    static func capitalisedInBody(_ sheet: FactSheet) -> Set<WordKey> {
        var out = Set<WordKey>()
        sheet.article.bytes.withUnsafeBufferPointer { b in
            for sentence in sheet.article.sentences.dropFirst() {
                let start = sentence.start, end = min(sentence.end, b.count)
                var i = start
                while i < end, b[i] != 0x20 { i += 1 }
                // A dash or a curly quote (lead byte 0xE2) is no part of a word.
                func inWord(_ i: Int) -> Bool { UTF8Bytes.isLetter(b[i]) || (b[i] >= 0x80 && b[i] != 0xE2) }
                while i < end {
                    while i < end, !inWord(i) { i += b[i] == 0xE2 ? 3 : 1 }
                    guard i < end else { break }
                    let s = i
                    while i < end, inWord(i) || b[i] == 0x2D || b[i] == 0x26 { i += 1 }
                    guard s < i, s > start, b[s - 1] == 0x20, UTF8Bytes.isUpper(b[s]) || b[s] >= 0xC3 else { continue }
                    out.insert(WordKey.of(b, s, i))
                }
            }
        }
        return out
    }

    /// Whether a line is in Title Case (`TitleCase.isHeadline`).
    static func isTitleCase(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { TitleCase.isHeadline($0, 0, $0.count) }
    }

    /// `phrase` with its first letter a capital again when its first word is a name that a
    /// sentence's capital hid: the article writes it, or a word it shares all but its last
    /// two letters with, with a capital inside a later sentence, between words that start
    /// lower ("caldoran central bank …" beside "the Reserve Bank of Caldora kept"; not
    /// "research …" beside "analysts at Halden Research said"). Words the lexicons know are no
    /// names, but an adjective of a place or a people is ("British …", `entities.json
    /// properAdjectives`), and so is the surname of a person the article names ("Ives said …").
    static func recapitalised(_ phrase: String, _ sheet: FactSheet, grammar: GrammarLexicon = .shared, lexicon: FactLexicon = .shared) -> String {
        var copy = phrase
        let found: Bool = copy.withUTF8 { b in
            var e = 0
            while e < b.count, UTF8Bytes.isLower(b[e]) { e += 1 }
            // "British department store chain …": an adjective of a place keeps its capital.
            if e > 0, e == b.count || b[e] == 0x20, lexicon.properAdjectives.value(b, 0, e) != nil { return true }
            // "Ives pointed to …": the surname of a person the article names.
            let facts = sheet.facts
            if e > 1, e < b.count, b[e] == 0x20, facts.indices.contains(where: { i in
                // By index: a fact is read a field at a time, never copied whole.
                guard facts[i].kind == .person else { return false }
                var text = facts[i].text
                return text.withUTF8 { name in
                    let from = name.count - e
                    return from >= 0 && (from == 0 || name[from - 1] == 0x20) && UTF8Bytes.lower(name[from]) == b[0] && (1..<e).allSatisfy { name[from + $0] == b[$0] }
                }
            }) { return true }
            guard e >= 5, e == b.count || b[e] == 0x20 || b[e] == 0x2C,
                  lexicon.combined.value(b, 0, e) == nil, grammar.verbs.value(b, 0, e) == nil,
                  grammar.sentenceStarters.value(b, 0, e) == nil else { return false }
            let prefix = max(5, e - 2)
            let capital = b[0] & ~0x20
            let text = sheet.article.bytes
            guard sheet.article.sentences.count > 1 else { return false }
            var i = max(2, sheet.article.sentences[1].start)
            while i + prefix <= text.count {
                defer { i += 1 }
                guard text[i] == capital, text[i - 1] == 0x20 else { continue }
                let before = text[i - 2]
                guard UTF8Bytes.isLower(before) || UTF8Bytes.isDigit(before) || before == 0x2C else { continue }
                // A word of its own, not part of a longer name: the word before starts lower
                // ("Bank of Caldora kept"), and so does the one after.
                var w = i - 1
                while w > 0, text[w - 1] != 0x20, text[w - 1] != 0x0A { w -= 1 }
                guard w < i - 1, UTF8Bytes.isLower(text[w]) || UTF8Bytes.isDigit(text[w]) else { continue }
                var k = 1
                while k < prefix, text[i + k] == b[k] { k += 1 }
                guard k == prefix else { continue }
                var after = i + k
                while after < text.count, UTF8Bytes.isLetter(text[after]) { after += 1 }
                if after + 1 < text.count, text[after] == 0x20, UTF8Bytes.isUpper(text[after + 1]) { continue }
                return true
            }
            return false
        }
        guard found else { return phrase }
        var bytes = Array(phrase.utf8)
        bytes[0] &= ~0x20
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `phrase` of fact `i` without the ticker parentheses of its sentence ("Acme Social (NYSE:
    /// ACMS) shares fell …" → "Acme Social shares fell …"), or an inline "EXCHANGE:SYMBOL"
    /// word ("the equal-weighted index XX:SP500EW rose …"): said once in the article, a ticker
    /// is noise in every line that quotes it. A ticker's own phrase keeps it.
    static func withoutTickers(_ phrase: String, _ sheet: FactSheet, _ i: Int) -> String {
        let facts = sheet.facts
        guard facts[i].kind != .ticker, let sentence = facts[i].sentence else { return phrase }
        var j = i - 1
        while j >= 0, facts[j].sentence == sentence { j -= 1 }
        j += 1
        // Most sentences name no ticker: nothing is read of the phrase for them.
        var k = j
        while k < facts.count, facts[k].sentence == sentence, facts[k].kind != .ticker { k += 1 }
        guard k < facts.count, facts[k].sentence == sentence else { return phrase }
        let text = sheet.article.bytes
        var out = phrase
        j = k
        while j < facts.count, facts[j].sentence == sentence {
            defer { j += 1 }
            guard facts[j].kind == .ticker else { continue }
            // The parentheses around it, a space before them.
            var open = facts[j].start - 1
            while open > 0, facts[j].start - open < 16, text[open] != 0x28 { open -= 1 }
            var close = facts[j].end
            // A site's link label goes with the ticker, inside its parentheses or right after.
            func linkLabel(at k: Int) -> Int? {
                GrammarLexicon.shared.tickerLinks.first { k + $0.count <= text.count && text[k..<(k + $0.count)].elementsEqual($0) }?.count
            }
            if let label = linkLabel(at: close) { close += label }
            while close < text.count, close - facts[j].end < 4, text[close] != 0x29 { close += 1 }
            // An inline "XX:SYMBOL" after a name, with no parentheses: the word goes, and the
            // space before it.
            var start = facts[j].start
            while start > 0, facts[j].start - start < 12, text[start - 1] != 0x20, text[start - 1] != 0x28 { start -= 1 }
            if start > 0, text[start - 1] == 0x20, start < facts[j].start, text[facts[j].start - 1] == 0x3A,
               facts[j].end == text.count || UTF8Bytes.isSpace(text[facts[j].end]) {
                out = LiteralText.replacing(out, String(decoding: text[(start - 1)..<facts[j].end], as: UTF8.self), with: "")
                continue
            }
            guard open > 0, text[open] == 0x28, close < text.count, text[close] == 0x29, text[open - 1] == 0x20 else { continue }
            if let label = linkLabel(at: close + 1) { close += label }
            out = LiteralText.replacing(out, String(decoding: text[(open - 1)...close], as: UTF8.self), with: "")
        }
        return out
    }

    /// How many sentences back a "he" or "she" that opens a phrase may find its person.
    static let pronounReach = 2

    /// `phrase` of fact `i` with a "he" or "she" that opens it replaced by the person the
    /// article named last, in the fact's sentence before it or in the two sentences before
    /// ("He cut his price target …" → "Ivo Brandt cut his price target …"); as it is when
    /// it opens otherwise or no person is near.
    static func naming(_ phrase: String, _ sheet: FactSheet, _ i: Int, subject: String) -> String {
        let u = phrase.utf8
        let cut: Int
        if u.starts(with: "he ".utf8) || u.starts(with: "He ".utf8) { cut = 3 }
        else if u.starts(with: "she ".utf8) || u.starts(with: "She ".utf8) { cut = 4 }
        else { return withoutDemonstrative(namingOurselves(namingCompany(phrase, sheet, i, subject: subject), sheet, i, subject: subject)) }
        let facts = sheet.facts
        guard let sentence = facts[i].sentence else { return phrase }
        var j = i - 1
        while j >= 0 {
            if let s = facts[j].sentence, sentence - s > pronounReach { break }
            if facts[j].kind == .person, facts[j].start < facts[i].start { return facts[j].text + " " + String(decoding: u.dropFirst(cut), as: UTF8.self) }
            j -= 1
        }
        return phrase
    }

    /// `phrase` with a "this" or "these" that opens it as a determiner said "the": a quoted
    /// line has no line before it to point back to ("this launch comes on the heels of …" →
    /// "the launch comes on the heels of …"). A pronoun is kept ("this comes as …", "this
    /// isn't …", "these suggest …": before a finite verb, or before any verb for "these"), and
    /// so is a time ("this year", "this March", "this morning").
    static func withoutDemonstrative(_ phrase: String, grammar: GrammarLexicon = .shared, lexicon: FactLexicon = .shared) -> String {
        let u = phrase.utf8
        let cut: Int, plural: Bool
        if u.starts(with: "this ".utf8) || u.starts(with: "This ".utf8) { cut = 5; plural = false }
        else if u.starts(with: "these ".utf8) || u.starts(with: "These ".utf8) { cut = 6; plural = true }
        else { return phrase }
        var copy = phrase
        let kept: Bool = copy.withUTF8 { p in
            var e = cut
            while e < p.count, UTF8Bytes.isLetter(p[e]) || p[e] == 0x2D { e += 1 }
            guard e > cut, e < p.count else { return true }
            // "isn't", "wasn't": a pronoun before a verb; "this week's": a time.
            let apostrophe = p[e] == 0x27 ? e + 1 : e + 2 < p.count && p[e] == 0xE2 && p[e + 1] == 0x80 && p[e + 2] == 0x99 ? e + 3 : nil
            if let a = apostrophe, a < p.count, p[a] | 0x20 == 0x74 { return true }
            if lexicon.periodNouns.value(p, cut, e) != nil || lexicon.months.value(p, cut, e) != nil
                || grammar.timeOpeners.value(p, cut, e) != nil { return true }
            return plural ? grammar.verbs.value(p, cut, e) != nil || lexicon.auxiliaries.value(p, cut, e) != nil
                : Self.isFiniteVerb(p, cut, e, grammar: grammar)
        }
        guard !kept else { return phrase }
        return (u.first == 0x54 ? "The " : "the ") + String(decoding: u.dropFirst(cut), as: UTF8.self)
    }

    /// A quoted "we"/"our" that opens a phrase, said for the company: its name ("We raised at
    /// a price …," said its chief executive → "Plexa raised at a price …"). The sentence's
    /// source is the company, "the company" or one of its officers; else the phrase is kept.
    static func namingOurselves(_ phrase: String, _ sheet: FactSheet, _ i: Int, subject: String) -> String {
        let u = phrase.utf8
        let cut: Int, possessive: Bool
        if u.starts(with: "we ".utf8) || u.starts(with: "We ".utf8) { cut = 3; possessive = false }
        else if u.starts(with: "our ".utf8) || u.starts(with: "Our ".utf8) { cut = 4; possessive = true }
        else { return phrase }
        guard let s = sheet.facts[i].sentence, let sentence = sheet.sentences.first(where: { $0.index == s }),
              let who = sentence.attribution, !subject.isEmpty, subject != ArticleSubject.economy else { return phrase }
        guard ArticleSubject.speaksFor(who, subject: subject, officers: ArticleSubject.officers(sheet, subject: subject)) else { return phrase }
        var rest = String(decoding: u.dropFirst(cut), as: UTF8.self)
        if !possessive { rest = Self.singularVerbFirst(rest) }
        return (possessive ? Self.possessive(subject) : subject) + " " + rest
    }

    /// `rest` with its first word, a verb whose subject "we" became the company, in the
    /// singular: "are" → "is", "have" → "has", "don't" → "doesn't", a plain present verb takes
    /// -s ("expect" → "expects", "see" → "sees"); a past form, a modal or an adverb is kept.
    static func singularVerbFirst(_ rest: String) -> String {
        let words = rest.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = words.first, !first.isEmpty, first.allSatisfy({ $0.isASCII && $0.isLowercase || $0 == "'" }) else { return rest }
        let tail = words.count > 1 ? " " + words[1] : ""
        let irregular = ["are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't", "aren't": "isn't",
                         "weren't": "wasn't", "haven't": "hasn't", "go": "goes"]
        if let singular = irregular[String(first)] { return singular + tail }
        let kept: Set<Substring> = ["will", "would", "can", "could", "should", "may", "might", "must", "had", "did", "didn't",
                                    "won't", "can't", "also", "still", "now", "just", "only", "never", "already", "all", "both", "each"]
        if kept.contains(first) || first.hasSuffix("ed") || first.hasSuffix("s") || first.count < 2 { return rest }
        // Any other word after "we" is read as its verb; one the grammar knows without an -s
        // form is a past or a participle ("built", "sold"), and is kept.
        let singular: String
        if first.hasSuffix("sh") || first.hasSuffix("ch") || first.hasSuffix("x") || first.hasSuffix("o") { singular = first + "es" }
        else if first.hasSuffix("y"), let before = first.dropLast().last, !"aeiou".contains(before) {
            singular = String(first.dropLast()) + "ies"
        } else { singular = first + "s" }
        let verbs = GrammarLexicon.shared.verbs
        if verbs.value(String(first)) != nil, verbs.value(singular) == nil { return rest }
        return singular + tail
    }

    /// Whether bytes `from..<to` name the subject company by a noun ("the company", "the
    /// lender": `hedges.json companyPronouns` of two or three words).
    static func callsTheCompany(_ text: [UInt8], from: Int, to: Int, lexicon: FactLexicon = .shared) -> Bool {
        guard from < to, to <= text.count else { return false }
        return text.withUnsafeBufferPointer { p in
            var starts: [Int] = []
            var i = from
            while i < to {
                while i < to, !UTF8Bytes.isLetter(p[i]) { i += 1 }
                if i < to { starts.append(i) }
                while i < to, UTF8Bytes.isLetter(p[i]) || p[i] == 0x2D { i += 1 }
            }
            func end(_ w: Int) -> Int {
                var e = starts[w]
                while e < to, UTF8Bytes.isLetter(p[e]) || p[e] == 0x2D { e += 1 }
                return e
            }
            for w in starts.indices {
                for n in 2...3 where w + n <= starts.count {
                    if lexicon.companyPronouns.value(p, starts[w], end(w + n - 1)) != nil { return true }
                }
            }
            return false
        }
    }

    /// `phrase` with an "it" or "its" that opens it named:
    /// - where the phrase opens its sentence with "It"/"Its", the company that opens the
    ///   sentence before ("Haverly Brands agreed to buy … . It will fund the purchase …" →
    ///   "Haverly Brands will fund the purchase …");
    /// - inside its sentence, the one company (and no person) the sentence names before the
    ///   pronoun's clause ("Pemberton Stores cut its forecast …, and its shares fell 22%");
    ///   with none named, the article's subject where the sentence calls it "the company" (or
    ///   "the lender", …) before the clause; or the company that opens the sentence before,
    ///   where this sentence opens with "It" for it ("It forecast …, though it will book …").
    /// Unchanged otherwise.
    static func namingCompany(_ phrase: String, _ sheet: FactSheet, _ i: Int, subject: String) -> String {
        let u = phrase.utf8
        // Where the pronoun is: first, or after a time phrase that opens the phrase ("last
        // year it pushed …" → "last year Larkspur pushed …").
        let at = u.starts(with: "it ".utf8) || u.starts(with: "It ".utf8) || u.starts(with: "its ".utf8) || u.starts(with: "Its ".utf8) ? 0
            : Array(u.prefix(64)).withUnsafeBufferPointer { Self.pronounAfterTimePhrase($0) } ?? -1
        guard at >= 0 else { return phrase }
        let possessive = u.dropFirst(at).starts(with: "its ".utf8) || u.dropFirst(at).starts(with: "Its ".utf8)
        let facts = sheet.facts, sentences = sheet.article.sentences, text = sheet.article.bytes
        guard let s = facts[i].sentence, sentences.indices.contains(s), sentences[s].index == s else { return phrase }
        let pronounLength = possessive ? 4 : 3
        func named(_ name: String) -> String {
            String(decoding: u.prefix(at), as: UTF8.self) + (possessive ? Self.possessive(name) : name) + " "
                + String(decoding: u.dropFirst(at + pronounLength), as: UTF8.self)
        }
        let start = sentences[s].start
        // The company that opens the sentence before, when this one opens with "It"/"Its",
        // or with a time phrase and "it"/"its".
        func openerBefore() -> String? {
            guard s > 0, sentences[s - 1].index == s - 1 else { return nil }
            let head = Array(text[start..<min(text.count, sentences[s].end, start + 64)])
            guard head.starts(with: "It ".utf8) || head.starts(with: "Its ".utf8)
                    || head.withUnsafeBufferPointer({ Self.pronounAfterTimePhrase($0) }) != nil
            else { return nil }
            if let org = facts.first(where: { $0.sentence == s - 1 && $0.kind == .organization && $0.start == sentences[s - 1].start }) {
                return org.text
            }
            // "The company still expects … It ended the quarter with …": the subject.
            let previous = sentences[s - 1].start
            var opening = previous, words = 0
            while opening < sentences[s - 1].end, words < 2 {
                if text[opening] == 0x20 { words += 1 }
                opening += 1
            }
            guard subject != ArticleSubject.none, subject != ArticleSubject.economy,
                  Self.callsTheCompany(text, from: previous, to: opening - 1) else { return nil }
            return subject
        }
        // Where the phrase opens in the sentence, when it opens past its clause's start ("But
        // the company cautioned that its fuel bill …" is quoted from "its").
        let rest = Array(u.dropFirst(at + pronounLength).prefix(24))
        let end = min(text.count, sentences[s].end)
        var clause = facts[i].clauseStart
        if let found = located(rest, in: text, from: clause, to: end), found - pronounLength - at > clause {
            clause = found - pronounLength - at
        }
        guard clause > start else { return openerBefore().map(named) ?? phrase }
        let before = facts.filter {
            $0.sentence == s && $0.kind == .organization && $0.start < clause && !ArticleSubject.isSourcesEmployer($0, in: sheet.article)
        }
        if let company = before.first {
            let person = facts.contains { $0.sentence == s && $0.kind == .person && $0.start < clause }
            // Inside a relative clause about another thing, "it" may stand for that thing: "Acme
            // shares rose as investors welcomed the end of an investigation that had weighed on
            // the stock since it was disclosed".
            let last = before.last!
            let between = last.end < clause ? text.withUnsafeBufferPointer { t in
                Self.holdsARelativeClause(UnsafeBufferPointer(rebasing: t[last.end..<clause]))
            } : false
            return before.allSatisfy({ $0.text == company.text }) && !person && !between ? named(company.text) : phrase
        }
        if Self.callsTheCompany(text, from: start, to: clause) {
            if subject != ArticleSubject.none, subject != ArticleSubject.economy { return named(subject) }
        }
        return openerBefore().map(named) ?? phrase
    }

    /// Where an "it" or "its" stands in `b` after a time phrase that opens it ("last year it
    /// …", "In March 2024, it …", "Earlier this month its …"): one to four words of a time
    /// (`grammar.json timeOpeners`, numbers, months, period nouns), the last no function word,
    /// a comma allowed after each. Nil where `b` opens otherwise.
    static func pronounAfterTimePhrase(_ b: UnsafeBufferPointer<UInt8>, grammar: GrammarLexicon = .shared,
                                       lexicon: FactLexicon = .shared) -> Int? {
        var i = 0, words = 0, endsATime = false
        while i < b.count, words <= 4 {
            let s = i
            while i < b.count, UTF8Bytes.isLetter(b[i]) || UTF8Bytes.isDigit(b[i]) { i += 1 }
            guard i > s else { return nil }
            if UTF8Bytes.isWord(b, s, i, "it") || UTF8Bytes.isWord(b, s, i, "its") {
                return words > 0 && endsATime && UTF8Bytes.isLower(b[s]) && i < b.count && b[i] == 0x20 ? s : nil
            }
            let number = (s..<i).allSatisfy { UTF8Bytes.isDigit(b[$0]) }
            let time = number || lexicon.months.value(b, s, i) != nil || lexicon.periodNouns.value(b, s, i) != nil
            guard time || grammar.timeOpeners.value(b, s, i) != nil else { return nil }
            endsATime = time || Self.danglerTable.value(b, s, i) == nil
            words += 1
            if i < b.count, b[i] == 0x2C { i += 1 }
            guard i < b.count, b[i] == 0x20 else { return nil }
            i += 1
        }
        return nil
    }

    /// Whether the bytes hold a relative clause: "which" or "who", or a "that" after a word
    /// that is no verb nor a conjunction ("an investigation that had weighed", not "said that",
    /// "and that").
    static func holdsARelativeClause(_ b: UnsafeBufferPointer<UInt8>, grammar: GrammarLexicon = .shared) -> Bool {
        var i = 0
        var previous: Range<Int>? = nil
        while i < b.count {
            while i < b.count, !UTF8Bytes.isLetter(b[i]) { i += 1 }
            let s = i
            while i < b.count, UTF8Bytes.isLetter(b[i]) { i += 1 }
            guard i > s else { break }
            if UTF8Bytes.isWord(b, s, i, "which") || UTF8Bytes.isWord(b, s, i, "who") { return true }
            // ("said the price reflects its value and that it would …": a second thing said.)
            if UTF8Bytes.isWord(b, s, i, "that"), let w = previous, !isVerbForm(b, w.lowerBound, w.upperBound, grammar: grammar),
               !UTF8Bytes.isWord(b, w.lowerBound, w.upperBound, "and"), !UTF8Bytes.isWord(b, w.lowerBound, w.upperBound, "but"),
               !UTF8Bytes.isWord(b, w.lowerBound, w.upperBound, "or") { return true }
            previous = s..<i
        }
        return false
    }

    /// "Acme's", "Meridian Foods'": a name that ends in "s" takes the apostrophe alone.
    static func possessive(_ name: String) -> String {
        name.utf8.last == 0x73 ? name + "'" : name + "'s"
    }

    /// Where the sentence of fact `f` starts, when the sheet's article has it.
    static func sentenceStart(of f: Fact, in sheet: FactSheet) -> Int? {
        let sentences = sheet.article.sentences
        guard let s = f.sentence, sentences.indices.contains(s), sentences[s].index == s else { return nil }
        return sentences[s].start
    }

    /// Whether fact `i` has no phrase: only a fact with no text can lack one (a phrase is
    /// the fact's text wherever the clause gives none), so no other phrase is made to tell.
    /// Whether fact `i`'s phrase is a clause (holds a verb, `hasVerb`), read once per fact.
    public func isClause(_ i: Int) -> Bool {
        if let known = slots[i].isClause(grammar) { return known }
        _ = phrase(i)
        return slots[i].isClause(grammar) ?? false
    }

    public func isEmpty(_ i: Int) -> Bool {
        sheet.facts[i].text.isEmpty && phrase(i).isEmpty
    }

    /// Every fact's phrase, in the sheet's order.
    public var phrases: [String] { slots.indices.map(phrase) }


    /// Where the first words of the article's names (organisations, people, products,
    /// places) lie in its text, without a possessive: a phrase that starts with one starts
    /// with a name, wherever in the article it was cut from.
    static func nameWords(_ sheet: FactSheet) -> [Range<Int>] {
        let facts = sheet.facts
        return sheet.article.bytes.withUnsafeBufferPointer { b in
            var words: [Range<Int>] = []
            for i in facts.indices where !facts[i].kind.isFigure && facts[i].start < facts[i].end && facts[i].end <= b.count {
                let start = facts[i].start
                guard let word = firstWord(UnsafeBufferPointer(rebasing: b[start..<facts[i].end])) else { continue }
                words.append((start + word.lowerBound)..<(start + word.upperBound))
            }
            return words
        }
    }

    /// The words of the name that reported the clause opening at word `from` with "it" or
    /// "its", and whether the pronoun is the possessive: `from - 1` is a reported "that", the
    /// attribution verb stands within the three words before it, and before the verb, from
    /// the sentence's start or a comma, up to five words with no verb hold a name. Nil
    /// otherwise.
    static func reportingName(_ text: [UInt8], _ words: [(Int, Int)], from: Int, nameStarts: Set<Int>,
                              grammar: GrammarLexicon, lexicon: FactLexicon) -> (Range<Int>, Bool)? {
        guard from >= 3, from < words.count, isReportedThat(text, words, from - 1, lexicon: lexicon) else { return nil }
        return text.withUnsafeBufferPointer { p -> (Range<Int>, Bool)? in
            let key = WordKey.of(p, words[from].0, words[from].1)
            let possessive = key == WordKey("its")
            guard possessive || key == WordKey("it"), UTF8Bytes.isLower(p[words[from].0]),
                  let verb = (max(0, from - 4)..<(from - 1)).first(where: { lexicon.attributionVerbs.value(p, words[$0].0, words[$0].1) != nil }),
                  verb > 0 else { return nil }
            var start = verb - 1
            while start > 0, verb - start < 5, !endsWithComma(text, words[start - 1]) { start -= 1 }
            guard start == 0 || endsWithComma(text, words[start - 1]), !endsWithComma(text, words[verb - 1]),
                  (start..<verb).contains(where: { nameStarts.contains(words[$0].0) }),
                  !hasVerb(p, words[start..<verb], grammar: grammar) else { return nil }
            return (start..<verb, possessive)
        }
    }

    /// Whether word `k` is a "that" opening what someone reported: an attribution verb
    /// ("said", "expects") stands within the three words before it.
    static func isReportedThat(_ text: [UInt8], _ words: [(Int, Int)], _ k: Int, lexicon: FactLexicon) -> Bool {
        guard isThat(text, words[k]) else { return false }
        return text.withUnsafeBufferPointer { p in
            (max(0, k - 3)..<k).contains { j in lexicon.attributionVerbs.value(p, words[j].0, words[j].1) != nil }
        }
    }

    /// The first word of `b` without ASCII punctuation around it or a possessive after it
    /// ("Acme’s," → "Acme"), nil when there is none.
    static func firstWord(_ b: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var s = 0
        while s < b.count, b[s] == 0x20 { s += 1 }
        var e = s
        while e < b.count, b[e] != 0x20 { e += 1 }
        while s < e, b[s] < 0x80, asciiPunctuation[Int(b[s])] { s += 1 }
        while e > s, b[e - 1] < 0x80, asciiPunctuation[Int(b[e - 1])] { e -= 1 }
        if e - s > 2, b[e - 1] | 0x20 == 0x73, b[e - 2] == 0x27 { e -= 2 }
        else if e - s > 4, b[e - 1] | 0x20 == 0x73, b[e - 2] == 0x99, b[e - 3] == 0x80, b[e - 4] == 0xE2 { e -= 4 }
        return s < e ? s..<e : nil
    }

    /// Whether `phrase` opens with the source its sentence quotes, when that source is a
    /// name ("Ortiz said …", "Wall Street expected …"), not a group ("Analysts said …").
    static func startsWithSpeaker(_ phrase: String, _ speaker: String?, lexicon: FactLexicon) -> Bool {
        guard let speaker, let first = speaker.utf8.first, UTF8Bytes.isUpper(first),
              phrase.hasPrefix(speaker + " ") || phrase.hasPrefix(speaker + "’") || phrase.hasPrefix(speaker + "'") else { return false }
        // A group named by a proper noun ("Wall Street") keeps its capital too.
        return lexicon.groupSources.value(speaker.lowercased()) == nil
            || speaker.split(separator: " ").dropFirst().contains { $0.utf8.first.map(UTF8Bytes.isUpper) == true }
    }

    /// Whether `phrase` starts with one of `names` (ranges of `text`), or with a person's
    /// title written with a capital before one ("President Ortiz", "CEO Dana Ortiz", not
    /// "Analyst Dana Ortiz"): then its capital is the name's, not the sentence's.
    static func startsWithName(_ phrase: String, names: [Range<Int>], text: [UInt8], lexicon: FactLexicon) -> Bool {
        guard !names.isEmpty else { return false }
        var copy = phrase
        return copy.withUTF8 { b in
            func isName(_ word: Range<Int>) -> Bool {
                names.contains { n in n.count == word.count && text[n].elementsEqual(UnsafeBufferPointer(rebasing: b[word])) }
            }
            guard let first = firstWord(b) else { return false }
            if isName(first) { return true }
            // The word after byte `end`, as a range of `b`.
            func word(after end: Int) -> Range<Int>? {
                var next = end
                while next < b.count, b[next] != 0x20 { next += 1 }
                return firstWord(UnsafeBufferPointer(rebasing: b[next...])).map { (next + $0.lowerBound)..<(next + $0.upperBound) }
            }
            // A title of one word or two ("Attorney General") before the name.
            var title = first
            if let second = word(after: first.upperBound), lexicon.personTitles.value(b, first.lowerBound, second.upperBound) != nil {
                title = first.lowerBound..<second.upperBound
            } else if lexicon.personTitles.value(b, first.lowerBound, first.upperBound) == nil {
                return false
            }
            // "CEO Dana Ortiz" and "President Lee" keep their capitals; "Analyst Priya Nand"
            // opens a sentence of the article, and is lowered in a phrase.
            let capitalised = b[first].allSatisfy { !UTF8Bytes.isLower($0) } || lexicon.formalTitles.value(b, title.lowerBound, title.upperBound) != nil
            guard capitalised, let name = word(after: title.upperBound) else { return false }
            return isName(name)
        }
    }

    /// Whether the segment that starts at word `k` has a pronoun for its subject: its first
    /// word, or its second after a lowercase word that is no verb ("since it is …", "as they
    /// …").
    static func pronounSubject(_ text: [UInt8], _ words: [(Int, Int)], _ k: Int, grammar: GrammarLexicon) -> Bool {
        text.withUnsafeBufferPointer { p in
            func pronoun(_ j: Int) -> Bool {
                j < words.count && UTF8Bytes.isLower(p[words[j].0]) && grammar.impersonalPronouns.value(p, words[j].0, words[j].1) != nil
            }
            return pronoun(k) || pronoun(k + 1) && UTF8Bytes.isLower(p[words[k].0])
                && grammar.verbs.value(p, words[k].0, words[k].1) == nil
        }
    }

    /// Where the text a fact's phrase is cut from starts: its clause, or the sentence's start
    /// for a clause that carries on the one before it ("…, up from $6.2B") or opens with its
    /// verb ("…, but remains up 20.3%", "…, but later turned lower"), a form in -ing after a
    /// connector ("… and cutting about 1,200 jobs, was …") or a pronoun after a connector, with no comma before
    /// the fact ("… and that it had no major debt maturities until 2026"), so the phrase can
    /// keep the subject. Facts whose
    /// phrases start at one place are read as one clause: their phrases may overlap.
    public static func readingStart(of f: Fact, text: [UInt8], grammar: GrammarLexicon, sentenceStart: Int?) -> Int {
        guard let s = sentenceStart, s < f.clauseStart, f.clauseStart <= f.start, f.start <= text.count else { return f.clauseStart }
        var a = f.clauseStart
        while a < f.start, UTF8Bytes.isSpace(text[a]) { a += 1 }
        var b = a
        while b < f.start, !UTF8Bytes.isSpace(text[b]) { b += 1 }
        guard b > a, UTF8Bytes.isLower(text[a]) else { return f.clauseStart }
        // The word before the clause: "… and that it had no major debt maturities until 2026"
        // has a pronoun for its subject after a connector, and the clause before names it.
        var pe = f.clauseStart
        while pe > s, UTF8Bytes.isSpace(text[pe - 1]) { pe -= 1 }
        var ps = pe
        while ps > s, UTF8Bytes.isLetter(text[ps - 1]) { ps -= 1 }
        // The word after the first: "…, but later turned lower" opens with an adverb and a verb.
        var c = b
        while c < f.start, UTF8Bytes.isSpace(text[c]) { c += 1 }
        var d = c
        while d < f.start, UTF8Bytes.isLetter(text[d]) { d += 1 }
        var second = c
        while second < text.count, !UTF8Bytes.isSpace(text[second]) { second += 1 }
        let carriesOn = text.withUnsafeBufferPointer { p in
            grammar.continuations.exactValue(WordKey.of(p, a, b)) != nil || grammar.verbs.value(p, a, b) != nil
                || UTF8Bytes.endsWith(p, a, b, 0x65, 0x64, minLength: 5)
                || d > c && grammar.adverbs.value(p, a, b) != nil && Self.isVerbForm(p, c, d, grammar: grammar)
                || ps < pe && grammar.impersonalPronouns.value(p, a, b) != nil && connectorTable.value(p, ps, pe) != nil
                    && !UnsafeBufferPointer(rebasing: p[a..<f.start]).contains(0x2C)
                // A participle with its object after a connector goes with the clause before it:
                // "… which includes closing four plants and cutting about 1,200 jobs, was …" (not
                // "… and operating margin slipped").
                || ps < pe && Self.isParticiple(p, (a, b)) && connectorTable.value(p, ps, pe) != nil
                    && Self.opensAnObject(p, (c, second), grammar: grammar, lexicon: FactLexicon.shared)
        }
        return carriesOn ? s : f.clauseStart
    }

    static func phrase(for f: Fact, text: [UInt8], grammar: GrammarLexicon, lexicon: FactLexicon, nameStarts: Set<Int> = [],
                       nameWords: [Range<Int>] = [], readingStart: Int? = nil) -> String {
        guard f.clauseEnd > f.clauseStart, f.clauseStart <= f.start, f.end <= f.clauseEnd else { return f.text }
        let clauseStart = readingStart ?? f.clauseStart
        // Words of the clause with byte ranges.
        var words: [(Int, Int)] = []
        words.reserveCapacity((f.clauseEnd - clauseStart) / 4 + 2)
        var i = clauseStart
        while i < f.clauseEnd {
            while i < f.clauseEnd, UTF8Bytes.isSpace(text[i]) { i += 1 }
            let s = i
            while i < f.clauseEnd, !UTF8Bytes.isSpace(text[i]) { i += 1 }
            if i > s { words.append((s, i)) }
        }
        guard let first = words.firstIndex(where: { $0.1 > f.start }),
              let last = words.lastIndex(where: { $0.0 < f.end }) else { return f.text }
        func isRelative(_ k: Int) -> Bool {
            text.withUnsafeBufferPointer { grammar.relativePronouns.exactValue(WordKey.of($0, words[k].0, words[k].1)) != nil }
        }
        var from = first <= 11 || last < maxWords - 2 ? 0 : first - leadIn
        // Start at the comma segment that holds the fact, reaching back past a relative
        // clause ("analysts at X, who cut …") so the phrase keeps its subject; or at what was
        // reported ("X said on Wednesday that daily users rose …"), or at the clause a
        // subordinator opens ("after the U.S. lifted its forecast …").
        if from > 0 {
            var k = first - 1
            var commas = 0
            // As far back as leaves room for the figure and a few words after it.
            while k > 0, first - k < maxWords - 4 {
                // A segment whose subject is a pronoun ("…, since it is still about 60% of
                // profit", "… and that it had no major debt maturities") takes the segment
                // before it, which names what the pronoun is.
                func withWhatThePronounIs(_ connected: Bool) {
                    guard connected, Self.pronounSubject(text, words, k, grammar: grammar) else { return }
                    let start = (0..<(k - 1)).last { Self.endsWithComma(text, words[$0]) }.map { $0 + 1 } ?? 0
                    if last - start + 1 <= maxWords + nounPhraseReach { from = start }
                }
                if Self.isReportedThat(text, words, k - 1, lexicon: lexicon)
                    || (Self.isThat(text, words[k - 1]) && Self.opensAClause(text, words[k], grammar: grammar) && !Self.followsAContentNoun(text, words, k - 1, grammar: grammar)) {
                    from = k
                    // "… and that it had …", "the exchange said in a court filing that it had …"
                    // (where a name reported it, the name stands in for "it" below).
                    withWhatThePronounIs(Self.reportingName(text, words, from: k, nameStarts: nameStarts, grammar: grammar, lexicon: lexicon) == nil)
                    break
                }
                if Self.endsWithComma(text, words[k - 1]) {
                    if commas == 0, isRelative(k) { commas += 1; k -= 1; continue }
                    from = k
                    withWhatThePronounIs(true)
                    break
                }
                if k < first - 1, text.withUnsafeBufferPointer({ grammar.subordinators.exactValue(WordKey.of($0, words[k - 1].0, words[k - 1].1)) != nil }) {
                    from = k
                    break
                }
                k -= 1
            }
        }
        // A phrase that would open inside a relative clause after a comma ("…, which it values
        // at up to $1.8B") takes what the clause is about: back to the determiner that opens it,
        // within six words ("the company's real estate, which it values at up to $1.8B").
        // The relative pronoun is the word before the phrase, or its first word, or its second
        // where the first is the noun the clause is about ("divisions, which together …").
        let relative = from >= 2 && isRelative(from - 1) ? from - 1 : from >= 1 && isRelative(from) ? from
            : from >= 1 && from + 1 < first && Self.endsWithComma(text, words[from]) && isRelative(from + 1) ? from + 1 : nil
        if let r = relative, first - from < maxWords - 8, Self.endsWithComma(text, words[r - 1]),
           let d = (max(0, r - 7)..<r).last(where: { k in
               text.withUnsafeBufferPointer { grammar.determiners.exactValue(WordKey.of($0, words[k].0, words[k].1)) != nil }
           }), !(d..<(r - 1)).contains(where: { Self.endsWithComma(text, words[$0]) }) {
            from = d
        }
        // A colon after a word opens what the sentence goes on to say: "It is not yet
        // profitable: its net loss narrowed …" starts at "its" (not "NASDAQ: ACME").
        if let colon = (from..<first).last(where: { k in
            let e = words[k].1
            return e - words[k].0 >= 2 && text[e - 1] == 0x3A && UTF8Bytes.isLower(text[e - 2])
        }) {
            from = colon + 1
        }
        var to = last
        var beforeOpener = false
        // Run on to a comma or the clause's end while the phrase stays within `maxWords`, else
        // a few words past the fact.
        var k = last
        // A phrase that opens the sentence with a preposition ("Of the 28 analysts who cover
        // it, 19 rate it a buy") or a condition ("If the filing is not made within 60 days,
        // Acme could face delisting") runs past its first comma to the clause it leads into.
        var leadingPhrase = from == 0 && text.withUnsafeBufferPointer { p in
            let key = WordKey.of(p, words[0].0, words[0].1)
            if grammar.conditions.exactValue(key) != nil { return true }
            return danglerTable.exactValue(key) != nil && grammar.determiners.exactValue(key) == nil
                && grammar.pronouns.exactValue(key) == nil && lexicon.auxiliaries.exactValue(key) == nil
        }
        let opensWithLeadingPhrase = leadingPhrase
        while k < words.count - 1, k - from < maxWords - 1 {
            if Self.endsWithComma(text, words[k]) {
                guard leadingPhrase else { break }
                leadingPhrase = false
            }
            k += 1
        }
        if Self.endsWithComma(text, words[k]) || k == words.count - 1 {
            to = Self.throughAppositiveOfDegree(text, words, after: k, grammar: grammar, lexicon: lexicon, reach: from + maxWords + nounPhraseReach)
        } else {
            // No comma in reach: end before the next clause opener ("as", "because"), else a
            // few words past the fact, or at the clause's end when only a few more follow.
            to = words.count - 1 - last <= 8 ? words.count - 1 : last + 4
            // A comma short of that ends it there: "… 5.8 times core earnings, above the …"
            // ends at "earnings".
            if let comma = (last..<to).first(where: { Self.endsWithComma(text, words[$0]) }) { to = comma }
            text.withUnsafeBufferPointer { p in
                var o = last + 1
                while o <= k {
                    let key = WordKey.of(p, words[o].0, words[o].1)
                    if grammar.clauseOpeners.exactValue(key) != nil {
                        // A condition that ends the clause is part of what it says ("could
                        // recover $800M … if licenses are approved"): it is kept while in reach.
                        if grammar.conditions.exactValue(key) != nil, words.count - from <= maxWords + nounPhraseReach,
                           !(o..<(words.count - 1)).contains(where: { Self.endsWithComma(text, words[$0]) }) {
                            to = words.count - 1
                            break
                        }
                        to = o - 1
                        beforeOpener = true
                        break
                    }
                    o += 1
                }
                // Cut short on a relative pronoun ("… to settle charges that"), it ends before
                // it: what the clause says would be cut mid-way ("… that it failed").
                if !beforeOpener, to > last + 1, to < words.count - 1,
                   grammar.relativePronouns.exactValue(WordKey.of(p, words[to].0, words[to].1)) != nil {
                    to -= 1
                    beforeOpener = true
                }
                // A noun phrase ends whole: "for a European gas terminal and …", not "… gas".
                if !beforeOpener, to < words.count - 1 {
                    func plainWord(_ w: Int) -> Bool {
                        UTF8Bytes.isLower(p[words[w].0]) && danglerTable.exactValue(WordKey.of(p, words[w].0, words[w].1)) == nil
                            && grammar.clauseOpeners.exactValue(WordKey.of(p, words[w].0, words[w].1)) == nil
                    }
                    // A noun phrase closes before a connector, a clause opener, a preposition
                    // ("… of its Ordell open-pit mine by a year"), a name or a determiner, which
                    // opens the next ("… in their AI business this year alone").
                    func closes(_ w: Int) -> Bool {
                        guard w < words.count - 1, !Self.endsWithComma(text, words[w]) else { return true }
                        let next = WordKey.of(p, words[w + 1].0, words[w + 1].1)
                        let determiner = grammar.determiners.exactValue(next) != nil || lexicon.possessiveDeterminers.exactValue(next) != nil
                        // A capital opens a name in apposition ("… gene therapy group Nightstar …").
                        return UTF8Bytes.isUpper(p[words[w + 1].0])
                            || connectorTable.exactValue(next) != nil || grammar.clauseOpeners.exactValue(next) != nil
                            || danglerTable.exactValue(next) != nil && !determiner
                            || determiner && !Self.endsLikeAVerbOrAdverb(p, words[w])
                    }
                    if !closes(to), !Self.endsWithComma(text, words[to]) {
                        for grow in 1...2 where to + grow < words.count {
                            guard plainWord(to + grow) else { break }
                            if closes(to + grow) { to += grow; break }
                        }
                    }
                    to = Self.endBeforeCutOf(text, words, to: to, last: last)

                }
            }
        }
        // A name's phrase is what the clause says about it: run on to the clause's end.
        if !f.kind.isFigure {
            to = last
            beforeOpener = false
            // A name before an aside is what the verb after the aside says: "Meridian, whose
            // brands include …, has struggled with …" (the subject is put back below).
            // A parenthesis after the name ("(NASDAQ: ACME),") goes with it.
            var named = last
            if named + 1 < words.count, !Self.endsWithComma(text, words[named]), text[words[named + 1].0] == 0x28 {
                named += 1
                while named < min(words.count - 1, last + 4), !text[words[named].0..<words[named].1].contains(0x29) { named += 1 }
            }
            if named + 2 < words.count, Self.endsWithComma(text, words[named]),
               let verb = Self.verbAfterAside(text, words, from: named + 1, first: words.count - 1, grammar: grammar),
               Self.subjectBeforeAside(text, words, from: verb, grammar: grammar)?.contains(first) == true {
                from = verb
                to = verb
            }
            // A name in the phrase that opens the sentence ("For Acme, more capacity means …")
            // is what the clause after that phrase's comma says; not a source's ("According to analysts at
            // X, rivals …" says nothing X did).
            var leading = opensWithLeadingPhrase && from == 0 && words.count > 1 && !(0..<last).contains { Self.endsWithComma(text, words[$0]) }
                && !text.withUnsafeBufferPointer { UTF8Bytes.isWord($0, words[0].0, words[0].1, "according") && UTF8Bytes.isWord($0, words[1].0, words[1].1, "to") }
            while to < words.count - 1, to - from < maxWords - 1 {
                if Self.endsWithComma(text, words[to]) {
                    guard leading else { break }
                    leading = false
                }
                to += 1
            }
            // Cut short by its length a word or two before its clause's end, with no clause
            // opener there, it takes them: "… more than two decades ago", not "… two decades".
            let cutByLength = to
            // Cut short by its length, it ends before the first clause opener other than "and"
            // instead ("… on Tuesday", not "… as high prices have driven up earnings for energy").
            let earliest = max(from, last) + 3
            if to < words.count - 1, earliest <= to, !Self.endsWithComma(text, words[to]),
               let opener = (earliest...to).first(where: { o in
                   text.withUnsafeBufferPointer { p in
                       let key = WordKey.of(p, words[o].0, words[o].1)
                       return key != WordKey("and") && grammar.clauseOpeners.exactValue(key) != nil
                   }
               }) {
                to = opener - 1
            }
            if to == cutByLength, to < words.count - 1, words.count - 1 - to <= 2, !Self.endsWithComma(text, words[to]),
               !(to + 1..<words.count - 1).contains(where: { Self.endsWithComma(text, words[$0]) }) {
                to = words.count - 1
            }
            to = Self.endBeforeCutOf(text, words, to: to, last: max(from, last))
        }
        // A comparison with what was expected, or where the figure moved from, after a comma,
        // is what gives the figure its meaning: the phrase runs on through it, while it stays
        // within `maxWords` and `nounPhraseReach` more ("… $10.8B to $11.4B, below the $12.0B
        // Wall Street had been expecting", "… about 7% of the portfolio, down from 9%") and
        // needs to reach back for no verb.
        if f.kind.isFigure, to + 2 < words.count, Self.endsWithComma(text, words[to]) {
            text.withUnsafeBufferPointer { p in
                guard from == 0 || hasVerb(p, words[from...to], grammar: grammar) else { return }
                func sense(_ s: Int, _ e: Int) -> SenseEntry? { lexicon.combined.value(p, s, e) }
                let next = words[to + 1]
                // "…, down from 9% at the start of the year": where the figure moved from.
                let change = (UTF8Bytes.isWord(p, next.0, next.1, "up") || UTF8Bytes.isWord(p, next.0, next.1, "down"))
                    && UTF8Bytes.isWord(p, words[to + 2].0, words[to + 2].1, "from")
                guard change || sense(next.0, next.1)?.comparison != nil || sense(next.0, words[to + 2].1)?.comparison != nil else { return }
                var e = to + 1
                var expected = change
                while e < words.count, e - from < maxWords + nounPhraseReach {
                    let w = words[e]
                    var we = w.1
                    while we > w.0, p[we - 1] < 0x80, asciiPunctuation[Int(p[we - 1])] { we -= 1 }
                    if sense(w.0, we)?.expectation == true { expected = true }
                    if e == words.count - 1 || Self.endsWithComma(text, w) { break }
                    e += 1
                }
                if expected, e < words.count, e - from < maxWords + nounPhraseReach, e == words.count - 1 || Self.endsWithComma(text, words[e]) {
                    to = e
                }
            }
        }
        // Nor inside a list: "… 6.5 times earnings before interest, taxes, depreciation and
        // amortization" is said whole, while it stays within `maxWords` and `nounPhraseReach` more.
        if f.kind.isFigure, let end = Self.listEnd(text, words, at: to, grammar: grammar), end - from + 1 <= maxWords + nounPhraseReach {
            to = end
        }
        // Never end on a function word or a number word ("over the next three"); a phrase
        // that ends before a clause opener ends where the clause does.
        var extra = 0
        while !beforeOpener, to < words.count - 1, extra < 3, !Self.endsWithComma(text, words[to]) {
            guard Self.dangles(text, words[to], before: words[to + 1], lexicon: lexicon) else { break }
            to += 1
            extra += 1
        }
        // Run on to a noun that needs what follows ("… to advance the AI" firm's ambitions), it
        // ends before that noun phrase instead.
        if extra > 0 { to = Self.endBeforeCutOf(text, words, to: to, last: max(from, last), beforeOf: false) }
        // "of" and a name or a number close a phrase with what they belong to: "for the year
        // to the end of March", "a unit of Meridian Foods", not "… to the end".
        if f.kind.isFigure, !beforeOpener, to > last, to + 2 < words.count, !Self.endsWithComma(text, words[to]), text.withUnsafeBufferPointer({ p in
            WordKey.of(p, words[to + 1].0, words[to + 1].1) == Self.of && (UTF8Bytes.isUpper(p[words[to + 2].0]) || UTF8Bytes.isDigit(p[words[to + 2].0]))
        }) {
            to += 2
            // A name runs on while its words start with a capital: "Meridian Foods".
            while to + 1 < words.count, !Self.endsWithComma(text, words[to]), UTF8Bytes.isUpper(text[words[to + 1].0]), to - from < maxWords + nounPhraseReach {
                to += 1
            }
        }
        // Nor on a connector before a comma: "… equity at about $2.6B and, including debt, …"
        // ends before "and".
        while to > last, Self.endsWithComma(text, words[to]), text.withUnsafeBufferPointer({ p in
            var e = words[to].1
            while e > words[to].0, p[e - 1] == 0x2C { e -= 1 }
            return connectorTable.value(p, words[to].0, e) != nil
        }) { to -= 1 }
        // Too long: start after the first comma that leaves it short enough and opens a
        // clause of its own, before the figure; else, within `nounPhraseReach` more words, at
        // the start; else at the word that makes it short enough.
        if to - from + 1 > maxWords {
            let need = to - maxWords + 1
            var k = max(1, need)
            while k <= first, !Self.endsWithComma(text, words[k - 1]) || !Self.opensAClause(text, words[k], grammar: grammar) { k += 1 }
            from = k <= first ? k : to + 1 <= maxWords + nounPhraseReach ? 0 : max(0, min(first, need))
            // Not on an aside: on the verb after it, whose subject is put back below.
            if let verb = Self.verbAfterAside(text, words, from: from, first: first, grammar: grammar) { from = verb }
        }
        // A phrase with no verb is a noun phrase ("a 7.7% increase from …", "from $467M"), and
        // one that opens with a word that carries on ("below the $3.28 analysts had expected",
        // a verb after "to", "…, lifting its leverage") has none of its own: it reaches back to the start of a clause it belongs to (after a
        // comma or a "that"), while it stays within `maxWords` and `nounPhraseReach` more.
        let carriesOn = text.withUnsafeBufferPointer { p in
            let key = WordKey.of(p, words[from].0, words[from].1)
            // A bare verb after "to" carries on too: "(encouraged them to) open the app 80 times",
            // and so does a participle after a comma with its object: "…, adding about $400M".
            if from > 0, WordKey.of(p, words[from - 1].0, words[from - 1].1) == WordKey("to"), UTF8Bytes.isLower(p[words[from].0]),
               grammar.verbs.value(p, words[from].0, words[from].1) != nil { return true }
            // (A reporting participle with a plain noun after it, "saying higher costs …",
            // opens what was said: it is cut from the front below.)
            if from > 0, from + 1 < words.count, Self.endsWithComma(text, words[from - 1]), Self.isParticiple(p, words[from]),
               Self.opensAnObject(p, words[from + 1], grammar: grammar, lexicon: lexicon,
                                  plain: grammar.reportingParticiples.exactValue(key) == nil) { return true }
            // So does a verb with its subject left behind ("could cost Sunfield $1.5B", "which
            // now has 3 million users"), unless an aside stands between them (then the subject
            // is put back below).
            if from > 0, Self.startsAtVerb(p, words, from, grammar: grammar, lexicon: lexicon),
               Self.subjectBeforeAside(text, words, from: from, grammar: grammar) == nil,
               Self.subjectBeforeDashAside(text, words, from: from, first: first, grammar: grammar) == nil { return true }
            // Past a word of degree: "well below", "far above", "slightly ahead of".
            var head = key
            if from + 1 < words.count, lexicon.combined.value(p, words[from].0, words[from].1)?.intensifier != nil
                || UTF8Bytes.endsWith(p, words[from].0, words[from].1, 0x6C, 0x79, minLength: 5) {
                head = WordKey.of(p, words[from + 1].0, words[from + 1].1)
            }
            return grammar.continuations.exactValue(head) != nil && connectorTable.exactValue(head) == nil && grammar.subordinators.exactValue(head) == nil
        }
        var speechTag: Range<Int>? = nil
        if f.kind.isFigure, from > 0, carriesOn || !text.withUnsafeBufferPointer({ hasVerb($0, words[from...to], grammar: grammar) }) {
            // A participle after a comma ("…, lifting its net leverage to …") has no subject of
            // its own at all: it may reach `participleReach` words further for its clause.
            let participle = Self.endsWithComma(text, words[from - 1]) && text.withUnsafeBufferPointer { Self.isParticiple($0, words[from]) }
            let reach = maxWords + nounPhraseReach + (participle ? Self.participleReach : 0)
            var k = from - 1
            while k >= 0, to - k + 1 - (speechTag?.count ?? 0) <= reach {
                // A verb after an aside ("Acme Inc, a retailer with 212 stores, filed for …,
                // listing …") is the clause too: its subject is put back below.
                if k == 0 || ((Self.endsWithComma(text, words[k - 1]) || Self.isThat(text, words[k - 1]) && !Self.followsAContentNoun(text, words, k - 1, grammar: grammar))
                              && Self.opensAClause(text, words[k], grammar: grammar) && !Self.carriesOnPastDegree(text, words, k, grammar: grammar, lexicon: lexicon))
                    || participle && Self.subjectBeforeAside(text, words, from: k, grammar: grammar) != nil,
                   text.withUnsafeBufferPointer({ hasVerb($0, words[k...to], grammar: grammar) }) {
                    // A speech tag between two commas ("…, the companies said on Monday,
                    // offering …") is not the participle's clause: it is passed over and left out.
                    if participle, speechTag == nil, k > 0, Self.isSpeechTag(text, words, k..<from, grammar: grammar) {
                        speechTag = k..<from
                        k -= 1
                        continue
                    }
                    from = k
                    break
                }
                k -= 1
            }
            if let tag = speechTag, from >= tag.lowerBound { speechTag = nil }
        }
        // A name or a code set off by commas between a subject and its verb ("those taking the
        // once-daily pill, AT-330, were significantly less likely to die …") is passed over and
        // left out, and the phrase runs on with the verb to the next comma or the clause's end,
        // or stops before a second verb's connector ("… or be admitted …").
        var aside: ClosedRange<Int>? = nil
        if f.kind.isFigure, speechTag == nil, to + 2 < words.count, Self.endsWithComma(text, words[to]),
           let close = (to + 1...min(to + 3, words.count - 2)).first(where: { Self.endsWithComma(text, words[$0]) }) {
            text.withUnsafeBufferPointer { p in
                let named = (to + 1...close).allSatisfy { w in
                    UTF8Bytes.isUpper(p[words[w].0]) || UnsafeBufferPointer(rebasing: p[words[w].0..<words[w].1]).contains(where: UTF8Bytes.isDigit)
                }
                guard named, Self.opensAPredicate(p, words, close + 1, grammar: grammar)
                        || lexicon.auxiliaries.value(p, words[close + 1].0, words[close + 1].1) != nil else { return }
                var e = close + 1
                while e < words.count - 1, !Self.endsWithComma(text, words[e]) {
                    if e + 2 < words.count, connectorTable.value(p, words[e + 1].0, words[e + 1].1) != nil,
                       Self.opensAPredicate(p, words, e + 2, grammar: grammar) { break }
                    e += 1
                }
                if (to - from + 1) + (e - close) <= maxWords + nounPhraseReach {
                    aside = (to + 1)...close
                    to = e
                }
            }
        }
        // A figure in a relative clause about the subject that opens the phrase's clause
        // ("Calvane, which had revenue of $14B last year, said …") is said of that subject: "Calvane had revenue of $14B
        // last year". The relative pronoun and its comma are left out.
        if f.kind.isFigure, from == 0, aside == nil, speechTag == nil,
           let c = (from..<first).first(where: { Self.endsWithComma(text, words[$0]) }), c + 2 <= first, c - from < 8,
           !(c + 1..<to).contains(where: { Self.endsWithComma(text, words[$0]) }) {
            text.withUnsafeBufferPointer { p in
                let head = WordKey.of(p, words[c + 1].0, words[c + 1].1)
                guard Self.isRelativeClauseHead(head, grammar: grammar), Self.opensAPredicate(p, words, c + 2, grammar: grammar),
                      !hasVerb(p, words[from...c], grammar: grammar) else { return }
                aside = (c + 1)...(c + 1)
            }
        }
        // A name after the quote it attributes says nothing without it: "“We have been
        // missing,” CEO Dana Ortiz said" is the phrase of Dana Ortiz, not "CEO Dana Ortiz said".
        if !f.kind.isFigure, from > 0, to + 1 <= maxWords + nounPhraseReach, Self.endsWithComma(text, words[from - 1]),
           text[words[from - 1].1 - 1] != 0x2C, Self.opensQuote(text, words[0]) {
            from = 0
        }
        // A speech tag set off by commas at the front ("the lender said on Tuesday, the largest
        // penalty in its history") is no part of what the phrase quotes.
        if f.kind.isFigure, from > 0, speechTag == nil,
           let end = (from..<min(first, from + 6)).first(where: { Self.endsWithComma(text, words[$0]) }),
           Self.isSpeechTag(text, words, from..<(end + 1), grammar: grammar) {
            from = end + 1
        }
        // A figure inside its clause's subject ("that every 25 basis point rise in long-term
        // yields adds roughly $120M …") is said with the verb that tells what it does: the
        // phrase runs on to the clause's end, when that stays within reach.
        if f.kind.isFigure, aside == nil, speechTag == nil, to + 1 < words.count, last <= to, words.count - from <= maxWords + nounPhraseReach,
           text.withUnsafeBufferPointer({ p in
               !words[(last + 1)..<(to + 1)].contains { Self.isFiniteVerb(p, $0.0, $0.1, grammar: grammar) }
                   && words[(to + 1)...].contains { Self.isFiniteVerb(p, $0.0, $0.1, grammar: grammar) }
                   && Self.inSubject(p, words, first, from: from, grammar: grammar)
           }) {
            to = words.count - 1
        }
        // Never end on a number before its scale or unit ("… below the 1.27" of "1.27 billion
        // bushels"): the phrase runs on through them.
        if to + 1 < words.count, !Self.endsWithComma(text, words[to]),
           UTF8Bytes.isDigit(text[words[to].1 - 1]), UTF8Bytes.isLower(text[words[to + 1].0]),
           text.withUnsafeBufferPointer({ p in
               let next = WordKey.of(p, words[to + 1].0, words[to + 1].1)
               return lexicon.scales.value(p, words[to + 1].0, words[to + 1].1) != nil
                   || (danglerTable.exactValue(next) == nil && connectorTable.exactValue(next) == nil
                       && grammar.clauseOpeners.exactValue(next) == nil && !Self.isVerbForm(p, words[to + 1].0, words[to + 1].1, grammar: grammar))
           }) {
            to += 1
            if to + 1 < words.count, !Self.endsWithComma(text, words[to]), text.withUnsafeBufferPointer({ lexicon.scales.value($0, words[to].0, words[to].1) != nil }),
               UTF8Bytes.isLower(text[words[to + 1].0]),
               text.withUnsafeBufferPointer({ danglerTable.value($0, words[to + 1].0, words[to + 1].1) == nil }) {
                to += 1
            }
        }
        var out = String(decoding: text[words[from].0..<words[to].1], as: UTF8.self)
        if let cut = aside {
            var end = words[cut.lowerBound - 1].1
            while end > words[cut.lowerBound - 1].0, text[end - 1] == 0x2C { end -= 1 }
            out = String(decoding: text[words[from].0..<end], as: UTF8.self) + " "
                + String(decoding: text[words[cut.upperBound + 1].0..<words[to].1], as: UTF8.self)
        }
        if let tag = speechTag {
            out = String(decoding: text[words[from].0..<words[tag.lowerBound - 1].1], as: UTF8.self) + " "
                + String(decoding: text[words[tag.upperBound].0..<words[to].1], as: UTF8.self)
        }
        var startsWithName = nameStarts.contains(words[from].0)
        // A phrase that starts at its verb after an aside takes the subject before the aside:
        // "Acme, a lender with $88B in assets, said net income fell …" → "Acme said net income
        // fell …", "core inflation, which excludes food, eased to 3.4%" → "core inflation eased …".
        if let subject = Self.subjectBeforeAside(text, words, from: from, grammar: grammar), to - from + 1 + subject.count <= maxWords + nounPhraseReach {
            var end = words[subject.upperBound - 1].1
            while end > words[subject.upperBound - 1].0, text[end - 1] == 0x2C { end -= 1 }
            out = String(decoding: text[words[subject.lowerBound].0..<end], as: UTF8.self) + " " + out
            startsWithName = nameStarts.contains(words[subject.lowerBound].0)
        } else if let (subject, resume) = Self.subjectBeforeDashAside(text, words, from: from, first: first, grammar: grammar),
                  to - resume + 1 + subject.count <= maxWords {
            // The same across an aside set off by dashes: "the five largest carriers — A, B
            // and C — spent $9B …" → "the five largest carriers spent $9B …".
            out = String(decoding: text[words[subject.lowerBound].0..<words[subject.upperBound - 1].1], as: UTF8.self) + " "
                + String(decoding: text[words[resume].0..<words[to].1], as: UTF8.self)
            startsWithName = nameStarts.contains(words[subject.lowerBound].0)
        } else if let (head, resume) = Self.sharedInfinitive(text, words, from: from, first: first, grammar: grammar),
                  head.count + to - resume + 1 <= maxWords {
            // A second infinitive shares the clause of the first: "the company expects the deal
            // to add to earnings … and to deliver $250M …" → "… expects the deal to deliver $250M …".
            out = String(decoding: text[words[head.lowerBound].0..<words[head.upperBound - 1].1], as: UTF8.self) + " "
                + String(decoding: text[words[resume].0..<words[to].1], as: UTF8.self)
            startsWithName = nameStarts.contains(words[head.lowerBound].0)
        } else if let (head, resume) = Self.sharedSubject(text, words, from: from, first: first, grammar: grammar),
                  head.count + to - resume + 1 <= maxWords + nounPhraseReach {
            // A second verb shares the subject of the first: "Acme kept its outlook … and raised
            // its forecast to $4.10–4.30, from …" → "Acme raised its forecast to $4.10–4.30, from …".
            out = String(decoding: text[words[head.lowerBound].0..<words[head.upperBound - 1].1], as: UTF8.self) + " "
                + String(decoding: text[words[resume].0..<words[to].1], as: UTF8.self)
            startsWithName = nameStarts.contains(words[head.lowerBound].0)
        }
        // "it"/"its" opening what a named source reported stands for that source: "Rival
        // Ambercroft Home said last week that its own volumes …" → "rival Ambercroft Home's
        // own volumes …".
        if let (subject, possessive) = Self.reportingName(text, words, from: from, nameStarts: nameStarts, grammar: grammar, lexicon: lexicon),
           out.utf8.count > words[from].1 - words[from].0, out.utf8.starts(with: text[words[from].0..<words[from].1]) {
            let name = String(decoding: text[words[subject.lowerBound].0..<words[subject.upperBound - 1].1], as: UTF8.self)
            out = (possessive ? Self.possessive(name) : name) + String(decoding: out.utf8.dropFirst(words[from].1 - words[from].0), as: UTF8.self)
            startsWithName = nameStarts.contains(words[subject.lowerBound].0)
        }
        // Line breaks and quotation marks go, in this order; one scan finds which are there
        // (removing one mark can join two ’ into ’’, so that pass runs wherever ’ is).
        // Scare quotes are kept as single marks (`withScareQuotesKept`).
        let marks = Self.quoteMarks(out)
        if marks != 0 {
            if marks & 1 != 0 { out = LiteralText.replacing(out, "\n", with: " ") }
            if marks & 16 != 0 { out = LiteralText.replacing(out, "‘", with: "") }
            if marks & 32 != 0 { out = LiteralText.replacing(out, "’’", with: "") }
            // Double marks go; scare quotes around a word or three stay, as single marks.
            if marks & 14 != 0 { out = Self.withScareQuotesKept(out) }
        }
        // Leading connectors and sentence adverbs.
        while !Self.opensWithSubjectThat(out, grammar: grammar), let cut = Self.leadingConnectorEnd(out) {
            out = String(decoding: out.utf8.dropFirst(cut), as: UTF8.self)
        }
        // A heading's label ("What happened: Shares fell …") and a reporting verb with no
        // subject ("saying higher prices will …", "noting that …", "said monthly users …"),
        // which leave the clause after them.
        if let cut = Self.leadingLabelEnd(out) ?? Self.reportingVerbEnd(out, grammar: grammar) {
            out = String(decoding: out.utf8.dropFirst(cut), as: UTF8.self)
        }
        out = Self.trimmingTrailingMarks(out)
        // A source tag or dateline at the front: "(Wire) - ", "Desk - ".
        if let r = datelineEnd(out) { out = String(out[r...]) }
        if let cut = Self.pressDatelineEnd(out) { out = String(decoding: out.utf8.dropFirst(cut), as: UTF8.self) }
        // "according to analysts at X, who cut …" → "analysts at X cut …"
        if Self.startsWithAccordingTo(out) { out = String(out.dropFirst("according to ".count)) }
        out = LiteralText.replacing(out, ", who ", with: " ")
        out = shorten(out, grammar: grammar)
        // A headline's "Acme to spend $4.8B on factories" says what Acme will do.
        if f.sentence == 0, let at = Self.headlineInfinitive(out, grammar: grammar) {
            out = String(decoding: out.utf8.prefix(at), as: UTF8.self) + " will " + String(decoding: out.utf8.dropFirst(at + 4), as: UTF8.self)
        }
        // Only a capital first letter can change; an ASCII byte before another is a whole
        // Character, and one that is not a capital needs no further look.
        let u = out.utf8
        let startsPlainLower = u.first.map { $0 < 0x80 && !UTF8Bytes.isUpper($0) } == true && (u.count == 1 || u[u.index(after: u.startIndex)] < 0x80)
        // The phrase may now start past its first word (a connector, a dateline gone): a
        // name there keeps its capital too.
        if !startsPlainLower {
            let name = startsWithName || Self.startsWithName(out, names: nameWords, text: text, lexicon: lexicon)
                || Self.startsWithSpeaker(out, f.attribution, lexicon: lexicon)
            out = sentenceCapitalLowered(out, startsWithName: name, grammar: grammar, lexicon: lexicon)
        }
        // "She said …" names the person the sentence's "she" stands for, when it is known.
        if let who = f.attribution, let first = who.utf8.first, UTF8Bytes.isUpper(first), let cut = Self.personPronounEnd(out) {
            out = who + " " + String(decoding: out.utf8.dropFirst(cut), as: UTF8.self)
        }
        if !Self.keepsDigits(of: f.text, in: out) { return f.text }
        return out.isEmpty ? f.text : out
    }

    /// `out` with its first letter lowered when the capital only marks a sentence start: the
    /// first word (punctuation trimmed) is a common sentence starter or an adverb of time
    /// (`grammar.json phrases.adverbs`: "Already, …"), or, in a phrase that
    /// does not start with a name, no place, given name, title or word with a digit, and
    /// either no capital word after it or a word of business the topic lexicon knows ("Rival
    /// Ambercroft Home" → "rival Ambercroft Home"); an acronym keeps its capitals. Read over bytes where that is the same as by Characters: the
    /// first word is ASCII, and so is the byte after the space that ends it.
    static func sentenceCapitalLowered(_ out: String, startsWithName: Bool, grammar: GrammarLexicon, lexicon: FactLexicon) -> String {
        var copy = out
        let reading: String?? = copy.withUTF8 { b -> String?? in
            var s = 0
            while s < b.count, b[s] == 0x20 { s += 1 }
            var e = s
            while e < b.count, b[e] != 0x20 {
                guard b[e] < 0x80 else { return nil }
                e += 1
            }
            guard e + 1 >= b.count || b[e + 1] < 0x80 else { return nil }
            guard s < e, UTF8Bytes.isUpper(b[0]) else { return .some(nil) }
            var ws = s, we = e
            while ws < we, asciiPunctuation[Int(b[ws])] { ws += 1 }
            while we > ws, asciiPunctuation[Int(b[we - 1])] { we -= 1 }
            let word = UnsafeBufferPointer(rebasing: b[ws..<we])
            // A capital word before another ("Stavros Homes") or with a possessive
            // ("Coinvault's") is a name the reader did not know.
            let nameLike = (e + 1 < b.count && UTF8Bytes.isUpper(b[e + 1]))
                || (we - ws > 2 && b[we - 2] == 0x27 && b[we - 1] == 0x73)
            let known = lexicon.places.value(b, ws, we) != nil || lexicon.givenNames.value(b, ws, we) != nil
                || lexicon.personTitles.value(b, ws, we) != nil || lexicon.formalTitles.value(b, ws, we) != nil
            let isCommon = grammar.sentenceStarters.value(b, ws, we) != nil || grammar.adverbs.value(b, ws, we) != nil
                || (!startsWithName && !nameLike && !known && !word.contains(where: UTF8Bytes.isDigit))
                || (!startsWithName && !known && lexicon.combined.value(b, ws, we)?.topics ?? 0 != 0)
            let acronym = word.count > 1 && !word.contains(where: UTF8Bytes.isLower)
            guard isCommon, !acronym else { return .some(nil) }
            var lowered = Array(b)
            lowered[0] |= 0x20
            return .some(String(decoding: lowered, as: UTF8.self))
        }
        if let reading { return reading ?? out }
        return sentenceCapitalLoweredByCharacters(out, startsWithName: startsWithName, grammar: grammar, lexicon: lexicon)
    }

    /// `sentenceCapitalLowered` by Characters: the definition the byte reading follows.
    static func sentenceCapitalLoweredByCharacters(_ out: String, startsWithName: Bool, grammar: GrammarLexicon, lexicon: FactLexicon) -> String {
        let split = out.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
        guard let firstWord = split.first, !firstWord.isEmpty else { return out }
        let bare = trimmingPunctuation(firstWord)
        let nameLike = (split.count > 1 && split[1].first.map { $0.isASCII && $0.isUppercase } == true)
            || (bare.count > 2 && bare.hasSuffix("'s"))
        let known = lexicon.places.value(bare) != nil || lexicon.givenNames.value(bare) != nil
            || lexicon.personTitles.value(bare) != nil || lexicon.formalTitles.value(bare) != nil
        let isCommon = grammar.sentenceStarters.value(bare) != nil || grammar.adverbs.value(bare) != nil
            || (!startsWithName && !nameLike && !known && !bare.contains(where: \.isNumber))
            || (!startsWithName && !known && lexicon.combined.value(bare)?.topics ?? 0 != 0)
        if isCommon, let c = out.first, c.isUppercase, !(bare.count > 1 && bare == bare.uppercased()) {
            return c.lowercased() + out.dropFirst()
        }
        return out
    }

    /// `s` without its double quotation marks (straight or curly), except that a pair around
    /// one to three words, at most 40 bytes, becomes a pair of single marks (the "scare
    /// quotes" of a headline: 'to sue "Unsafe" Acme' → 'to sue ‘Unsafe’ Acme'). A
    /// speech is a longer quote, whose marks go; so does a mark with no pair.
    static func withScareQuotesKept(_ s: String) -> String {
        var out: [UInt8] = []
        var copy = s
        copy.withUTF8 { b in
            out.reserveCapacity(b.count + 4)
            // The byte length of a double mark at `i`, 0 where there is none.
            func mark(_ i: Int) -> Int {
                if b[i] == 0x22 { return 1 }
                if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x9C || b[i + 2] == 0x9D { return 3 }
                return 0
            }
            var i = 0
            while i < b.count {
                let m = mark(i)
                guard m > 0 else { out.append(b[i]); i += 1; continue }
                var j = i + m
                while j < b.count, mark(j) == 0 { j += 1 }
                let inner = (i + m)..<j
                let spaces = b[inner].reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
                if j < b.count, !inner.isEmpty, inner.count <= 40, spaces <= 2, b[inner.lowerBound] != 0x20, b[j - 1] != 0x20 {
                    out.append(contentsOf: [0xE2, 0x80, 0x98])
                    out.append(contentsOf: b[inner])
                    out.append(contentsOf: [0xE2, 0x80, 0x99])
                    i = j + mark(j)
                } else {
                    i += m
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Which of line break, ", “, ”, ‘ and ’ a phrase holds, as bits 1, 2, 4, 8, 16 and 32.
    static func quoteMarks(_ phrase: String) -> Int {
        var copy = phrase
        return copy.withUTF8 { b in
            var marks = 0
            for i in b.indices {
                switch b[i] {
                case 0x0A: marks |= 1
                case 0x22: marks |= 2
                case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80:
                    switch b[i + 2] {
                    case 0x9C: marks |= 4
                    case 0x9D: marks |= 8
                    case 0x98: marks |= 16
                    case 0x99: marks |= 32
                    default: continue
                    }
                default: continue
                }
            }
            return marks
        }
    }

    /// `s` without trailing commas, semicolons, colons, full stops, dashes and spaces: the
    /// Characters `,;:.—–-` and space. Read over bytes where a byte before the last mark is
    /// ASCII (nothing can join it); else one Character at a time.
    static func trimmingTrailingMarks(_ s: String) -> String {
        var out = s
        while true {
            var copy = out
            let (end, sure) = copy.withUTF8 { b -> (Int, Bool) in
                var n = b.count
                while n > 0 {
                    let c = b[n - 1]
                    if c < 0x80 {
                        guard n == 1 || b[n - 2] < 0x80 else { return (n, false) }
                        guard c == 0x2C || c == 0x3B || c == 0x3A || c == 0x2E || c == 0x2D || c == 0x20 else { return (n, true) }
                        n -= 1
                    } else if n >= 3, b[n - 3] == 0xE2, b[n - 2] == 0x80, c == 0x93 || c == 0x94 {
                        guard n == 3 || b[n - 4] < 0x80 else { return (n, false) }
                        n -= 3
                    } else {
                        // The last Character ends in a scalar that is not a dash: not a mark.
                        return (n, true)
                    }
                }
                return (0, true)
            }
            if end < out.utf8.count { out = String(decoding: out.utf8.prefix(end), as: UTF8.self) }
            if sure { return out }
            guard let last = out.last, ",;:.—–-".contains(last) || last == " " else { return out }
            out.removeLast()
        }
    }

    static let connectorTable = GrammarLexicon.shared.connectorWords
    static let of = WordKey("of")
    static let danglerTable = GrammarLexicon.shared.danglerWords

    /// Whether `word` ends in "ing", "ed" or "ly": a verb form or an adverb ("immediately
    /// following the release"), which a determiner after it does not close as a noun.
    static func endsLikeAVerbOrAdverb(_ p: UnsafeBufferPointer<UInt8>, _ word: (Int, Int)) -> Bool {
        UTF8Bytes.endsWith(p, word.0, word.1, ing, stem: 2)
            || UTF8Bytes.endsWith(p, word.0, word.1, 0x65, 0x64, minLength: 4) || UTF8Bytes.endsWith(p, word.0, word.1, 0x6C, 0x79, minLength: 4)
    }
    static let ing = Array("ing".utf8)

    /// Whether a phrase must not end on `word`: a function word, a number word, a possessive,
    /// a figure with a lowercase word after it, or any word with a number after it ("December 18").
    /// Read over bytes where that is the same as by Characters: `word` is ASCII, and so are
    /// the first two bytes of `next`.
    static func dangles(_ text: [UInt8], _ word: (Int, Int), before next: (Int, Int), lexicon: FactLexicon) -> Bool {
        let (s, e) = word
        let plain = text[s..<e].allSatisfy { $0 < 0x80 } && text[next.0] < 0x80 && (next.1 - next.0 == 1 || text[next.0 + 1] < 0x80)
        guard plain else {
            let tail = String(decoding: text[s..<e], as: UTF8.self).lowercased()
            let endsOnFigure = tail.last?.isNumber == true && String(decoding: text[next.0..<next.1], as: UTF8.self).first?.isLowercase == true
            return danglers.contains(tail) || lexicon.numberWords.value(tail) != nil || endsOnFigure || UTF8Bytes.isDigit(text[next.0])
                || (tail.count > 2 && (tail.hasSuffix("’s") || tail.hasSuffix("'s")))
        }
        return text.withUnsafeBufferPointer { p in
            danglerTable.exactValue(WordKey.of(p, s, e)) != nil || lexicon.numberWords.value(p, s, e) != nil
                || (UTF8Bytes.isDigit(p[e - 1]) && UTF8Bytes.isLower(p[next.0])) || UTF8Bytes.isDigit(p[next.0])
                // A possessive owns the word after it: "the company's" cannot end a phrase.
                || (e - s > 2 && p[e - 2] == 0x27 && p[e - 1] | 0x20 == 0x73)
        }
    }

    /// The UTF-8 offset where a phrase goes on after a leading connector ("and", "but") or
    /// a sentence adverb set off by a comma ("however,", "notably,"), or nil when it starts
    /// with neither. Read over bytes where that is the same as by Characters: the first word
    /// is ASCII, and so is the byte after its space.
    static func leadingConnectorEnd(_ out: String) -> Int? {
        var copy = out
        let reading: Int?? = copy.withUTF8 { b in
            guard let k = b.firstIndex(of: 0x20) else { return .some(nil) }
            guard b[0..<k].allSatisfy({ $0 < 0x80 }), k + 1 == b.count || b[k + 1] < 0x80 else { return nil }
            func isMark(_ c: UInt8) -> Bool { c == 0x2C || c == 0x3B || c == 0x3A }
            var s = 0, e = k
            while s < e, isMark(b[s]) { s += 1 }
            while e > s, isMark(b[e - 1]) { e -= 1 }
            let connector = connectorTable.exactValue(WordKey.of(b, s, e)) != nil
            let adverb = UTF8Bytes.endsWith(b, s, e, 0x6C, 0x79, minLength: 2)
            let commaAdverb = k > 0 && b[k - 1] == 0x2C && (adverb || connector)
            return .some(connector || commaAdverb ? k + 1 : nil)
        }
        if let reading { return reading }
        guard let space = out.firstIndex(of: " ") else { return nil }
        var head = out[..<space].lowercased()[...]
        while let c = head.first, c == "," || c == ";" || c == ":" { head.removeFirst() }
        while let c = head.last, c == "," || c == ";" || c == ":" { head.removeLast() }
        let commaAdverb = out[..<space].hasSuffix(",") && (head.hasSuffix("ly") || connectors.contains(String(head)))
        guard connectors.contains(String(head)) || commaAdverb else { return nil }
        return out.utf8.distance(from: out.utf8.startIndex, to: out.index(after: space))
    }

    /// `out.lowercased().hasPrefix("according to ")`, read over bytes where that is the
    /// same: the prefix is ASCII, and an ASCII byte after it starts a Character of its own.
    static func startsWithAccordingTo(_ out: String) -> Bool {
        var copy = out
        let prefix: StaticString = "according to "
        let reading: Bool? = copy.withUTF8 { b in
            let n = prefix.utf8CodeUnitCount
            guard b.count >= n else { return b.allSatisfy { $0 < 0x80 } ? false : nil }
            for k in 0..<n where UTF8Bytes.lower(b[k]) != prefix.utf8Start[k] {
                return b[0..<n].allSatisfy { $0 < 0x80 } ? false : nil
            }
            return b.count == n || b[n] < 0x80 ? true : nil
        }
        return reading ?? out.lowercased().hasPrefix("according to ")
    }

    /// Whether every digit character of `figure` also occurs in `phrase` (a phrase that lost
    /// one of its figure's digits is not said). ASCII text is read byte by byte.
    static func keepsDigits(of figure: String, in phrase: String) -> Bool {
        var figure = figure, phrase = phrase
        let ascii = figure.withUTF8 { f in phrase.withUTF8 { p in plainDigits(f) && plainDigits(p) } }
        if ascii {
            func digits(_ s: inout String) -> UInt16 {
                s.withUTF8 { b in b.reduce(into: UInt16(0)) { mask, c in if UTF8Bytes.isDigit(c) { mask |= 1 << UInt16(c - 0x30) } } }
            }
            let wanted = digits(&figure)
            return wanted & ~digits(&phrase) == 0
        }
        let digits = Set(figure.filter(\.isNumber))
        return digits.isEmpty || digits.isSubset(of: Set(phrase.filter(\.isNumber)))
    }

    /// Whether the only digit Characters of `b` are its ASCII digits, each a Character of
    /// its own: every byte is ASCII, or the start of a no-break space (U+00A0) or of a
    /// dash, quotation mark or other punctuation of U+2010–U+203F, none of which is a
    /// number or joins the Character before it.
    static func plainDigits(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { i += 2; continue }
            if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] >= 0x90, b[i + 2] <= 0xBF { i += 3; continue }
            return false
        }
        return true
    }

    /// `moneyRules.count`, so `shorten` touches the expressions only for a rule it cannot
    /// apply over bytes.
    static let moneyRuleCount = 7

    static let moneyRules: [(NSRegularExpression, String)] = {
        let cur = "((?:US|C|A|HK|NZ|S)?\\$|€|£)"
        let n = "(\\d[\\d,]*(?:\\.\\d+)?)"
        let scale = "(billion|million|trillion)"
        func re(_ p: String) -> NSRegularExpression { try! NSRegularExpression(pattern: p, options: []) }
        return [
            (re("\(cur)\(n) \(scale) (?:to|-|–) (?:\\1)?\(n) \\3"), "$1$2–$4#$3"),
            (re("\(cur)\(n)(?:–|-)\(n) \(scale)"), "$1$2–$3#$4"),
            (re("\(cur)\(n) \(scale)"), "$1$2#$3"),
            (re("(\\d) ?(?:percent|per cent)\\b"), "$1%"),
            // Dotted initials and abbreviation periods would read as sentence ends: "U.S." → "US".
            (re("\\b([A-Z])\\.([A-Z])(?:\\.([A-Z]))?\\b\\.?"), "$1$2$3"),
            (re("\\b(Inc|Corp|Co|Ltd|Jr|Sr|Mr|Mrs|Ms|Dr|St|vs|No)\\.(?= )"), "$1"),
            (re("\\b(e\\.g|i\\.e)\\. "), "$1, "),
        ]
    }()

    /// Money in short form and long phrases in their short forms; digits untouched. Each rule
    /// runs only when the phrase holds what it rewrites.
    static func shorten(_ phrase: String, grammar: GrammarLexicon) -> String {
        var out = phrase
        var cues = Cues(out)
        for i in 0..<moneyRuleCount {
            let before = out
            var handled = false
            switch i {
            case 0:
                if !cues.contains([.scale, .currency, .rangeWord]) || !MoneyPattern.mayHoldScaledRange(out) { continue }
                if let joined = MoneyPattern.joinScaledRanges(out) { out = joined; handled = true }
            case 1:
                if !cues.contains([.scale, .currency, .rangeWord]) || !MoneyPattern.mayHoldDashedRange(out) { continue }
                if let joined = MoneyPattern.joinDashedRanges(out) { out = joined; handled = true }
            case 2:
                if !cues.contains([.scale, .currency]) { continue }
                if let marked = MoneyPattern.markScales(out) { out = marked; handled = true }
            case 3:
                if !cues.contains(.percent) { continue }
                if let shortened = MoneyPattern.shortenPercents(out) { out = shortened; handled = true }
            case 4: if !cues.contains(.dottedInitials) { continue }
            default: if !cues.contains(.periodSpace) { continue }
            }
            if !handled {
                let (rule, template) = moneyRules[i]
                out = rule.stringByReplacingMatches(in: out, range: NSRange(out.startIndex..., in: out), withTemplate: template)
            }
            if out != before { cues = Cues(out) }
        }
        if cues.contains([.scale, .hash]) {
            out = LiteralText.replacing(out, "#billion", with: "B")
            out = LiteralText.replacing(out, "#million", with: "M")
            out = LiteralText.replacing(out, "#trillion", with: "T")
        }
        // Each long form is replaced, in order, where it occurs; which occur is read in one
        // pass, and again after each replacement.
        if var present = grammar.shorteningsPresent(out) {
            for (n, (long, short)) in grammar.shortenings.enumerated() where present & (1 << UInt64(n)) != 0 {
                out = LiteralText.replacing(out, long, with: short, ignoringCase: true)
                present = grammar.shorteningsPresent(out) ?? 0
            }
        } else if grammar.mayHoldShortening(out) {
            for (long, short) in grammar.shortenings {
                out = LiteralText.replacing(out, long, with: short, ignoringCase: true)
            }
        }
        return withoutRepeatedAcronym(out)
    }

    /// `s` without a parenthesis that only repeats the word before it, as a long form shortened
    /// to its acronym leaves it ("exchange-traded funds (ETFs)" → "ETFs (ETFs)" → "ETFs").
    static func withoutRepeatedAcronym(_ s: String) -> String {
        var copy = s
        let cut: Range<Int>? = copy.withUTF8 { b in
            var i = 1
            while i + 2 < b.count {
                defer { i += 1 }
                guard b[i] == 0x28, b[i - 1] == 0x20 else { continue }
                var close = i + 1
                while close < b.count, b[close] != 0x29, b[close] != 0x20 { close += 1 }
                guard close < b.count, b[close] == 0x29, close > i + 1 else { continue }
                let inner = (i + 1)..<close, n = close - i - 1
                let wordEnd = i - 1
                guard wordEnd - n >= 0, wordEnd - n == 0 || b[wordEnd - n - 1] == 0x20,
                      b[(wordEnd - n)..<wordEnd].elementsEqual(b[inner]) else { continue }
                return (i - 1)..<(close + 1)
            }
            return nil
        }
        guard let cut else { return s }
        var bytes = Array(s.utf8)
        bytes.removeSubrange(cut)
        return withoutRepeatedAcronym(String(decoding: bytes, as: UTF8.self))
    }

    /// What a phrase holds that the shortening rules look for, read in one pass; each rule
    /// runs only when its cues are there.
    struct Cues: OptionSet {
        let rawValue: UInt8
        /// "illion", any case.
        static let scale = Cues(rawValue: 1)
        /// `$`, `€` or `£`.
        static let currency = Cues(rawValue: 2)
        /// A dash or " to ": what joins the two ends of a range.
        static let rangeWord = Cues(rawValue: 4)
        /// "percent" or "per cent".
        static let percent = Cues(rawValue: 8)
        /// "X.Y" with capitals on both sides.
        static let dottedInitials = Cues(rawValue: 16)
        /// ". ".
        static let periodSpace = Cues(rawValue: 32)
        /// "#", the mark the scale rules leave.
        static let hash = Cues(rawValue: 64)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(_ phrase: String) {
            var phrase = phrase
            var found: UInt8 = 0
            Cues.starts.withUnsafeBufferPointer { starts in phrase.withUTF8 { b in
                let n = b.count
                var i = -1
                while true {
                    // Most bytes are letters no cue starts with: skipped by one table look-up.
                    i += 1
                    while i < n, !starts[Int(b[i])] { i += 1 }
                    guard i < n else { break }
                    switch b[i] {
                    case 0x24: found |= Cues.currency.rawValue
                    case 0x23: found |= Cues.hash.rawValue
                    case 0x2D: found |= Cues.rangeWord.rawValue
                    case 0xE2:
                        if MoneyPattern.has("€", in: b, at: i) { found |= Cues.currency.rawValue }
                        if MoneyPattern.has("–", in: b, at: i) { found |= Cues.rangeWord.rawValue }
                    case 0xC2: if MoneyPattern.has("£", in: b, at: i) { found |= Cues.currency.rawValue }
                    case 0x20: if i + 1 < n, b[i + 1] == 0x74, MoneyPattern.has(" to ", in: b, at: i) { found |= Cues.rangeWord.rawValue }
                    case 0x2E:
                        if i + 1 < b.count, b[i + 1] == 0x20 { found |= Cues.periodSpace.rawValue }
                        if i > 0, i + 1 < b.count, UTF8Bytes.isUpper(b[i - 1]), UTF8Bytes.isUpper(b[i + 1]) { found |= Cues.dottedInitials.rawValue }
                    case 0x70:
                        if MoneyPattern.has("percent", in: b, at: i) || MoneyPattern.has("per cent", in: b, at: i) { found |= Cues.percent.rawValue }
                    case 0x69, 0x49:
                        if i + 6 <= b.count, UTF8Bytes.lower(b[i + 1]) == 0x6C, UTF8Bytes.lower(b[i + 2]) == 0x6C, UTF8Bytes.lower(b[i + 3]) == 0x69,
                           UTF8Bytes.lower(b[i + 4]) == 0x6F, UTF8Bytes.lower(b[i + 5]) == 0x6E { found |= Cues.scale.rawValue }
                    default: continue
                    }
                }
            } }
            rawValue = found
        }

        /// The bytes a cue can start with (the cases of `init`'s switch).
        static let starts: [Bool] = (0..<256).map { b in
            [0x24, 0x23, 0x2D, 0xE2, 0xC2, 0x20, 0x2E, 0x70, 0x69, 0x49].contains(b)
        }
    }

    /// `s` without leading and trailing Unicode punctuation (what `CharacterSet.punctuationCharacters` holds).
    static func trimmingPunctuation(_ s: Substring) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isPunctuation($0) }),
              let last = scalars.lastIndex(where: { !isPunctuation($0) }) else { return "" }
        return String(scalars[first...last])
    }

    static func isPunctuation(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    /// `isPunctuation` of each ASCII byte.
    static let asciiPunctuation: [Bool] = (0..<128).map { isPunctuation(Unicode.Scalar(UInt8($0))) }

    /// Where a leading source tag or dateline ends: "(Wire) - ", "Desk - ", "Two Words — ".
    /// Read over bytes; where a byte outside ASCII (other than the dash itself) could change
    /// what a Character is, read by Characters instead.
    static func datelineEnd(_ s: String) -> String.Index? {
        var copy = s
        let reading = copy.withUTF8 { datelineEnd(bytes: $0) }
        switch reading {
        case .none: return nil
        case .end(let k): return s.utf8.index(s.utf8.startIndex, offsetBy: k)
        case .unsure: return datelineEndByCharacters(s)
        }
    }

    enum DatelineReading: Equatable { case none, end(Int), unsure }

    static func datelineEnd(bytes b: UnsafeBufferPointer<UInt8>) -> DatelineReading {
        func ascii(_ k: Int) -> Bool { k < b.count && b[k] < 0x80 && b[k] != 0x0D }
        var i = 0
        if b.first == 0x28 {
            var k = 1
            while k < b.count, b[k] != 0x29 {
                guard ascii(k) else { return .unsure }
                k += 1
            }
            guard k < b.count, k <= 31 else { return .none }
            i = k + 1
        } else {
            var words = 0
            while words < 2 {
                guard ascii(i), UTF8Bytes.isUpper(b[i]) else { break }
                while ascii(i), UTF8Bytes.isLetter(b[i]) { i += 1 }
                words += 1
                guard ascii(i), b[i] == 0x20, ascii(i + 1), UTF8Bytes.isUpper(b[i + 1]), words < 2 else { break }
                i += 1
            }
            if words == 0 { return b.isEmpty || ascii(0) ? .none : .unsure }
        }
        if ascii(i), b[i] == 0x20 { i += 1 }
        guard i < b.count else { return .none }
        if b[i] == 0x2D {
            i += 1
        } else if isDash(b, i) {
            i += 3
        } else {
            return ascii(i) ? .none : .unsure
        }
        guard i < b.count else { return .none }
        guard ascii(i), i + 1 == b.count || ascii(i + 1) else { return .unsure }
        return b[i] == 0x20 ? .end(i + 1) : .none
    }

    /// "–" or "—" at `i`.
    static func isDash(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && (b[i + 2] == 0x93 || b[i + 2] == 0x94)
    }

    /// `datelineEnd` by Characters: the definition the byte reading follows.
    static func datelineEndByCharacters(_ s: String) -> String.Index? {
        var i = s.startIndex
        if s.first == "(" {
            guard let close = s.firstIndex(of: ")"), s.distance(from: s.startIndex, to: close) <= 31 else { return nil }
            i = s.index(after: close)
        } else {
            var words = 0
            while words < 2 {
                guard i < s.endIndex, s[i].isUppercase else { break }
                while i < s.endIndex, s[i].isLetter { i = s.index(after: i) }
                words += 1
                guard i < s.endIndex, s[i] == " ", s.index(after: i) < s.endIndex, s[s.index(after: i)].isUppercase, words < 2 else { break }
                i = s.index(after: i)
            }
            if words == 0 { return nil }
        }
        if i < s.endIndex, s[i] == " " { i = s.index(after: i) }
        guard i < s.endIndex, "-–—".contains(s[i]) else { return nil }
        i = s.index(after: i)
        guard i < s.endIndex, s[i] == " " else { return nil }
        return s.index(after: i)
    }
}
