/// The rule-based speaker: chooses reasoning moves from the facts and words them with the
/// persona's voice templates.
///
/// A take is a headline (the thesis, by side), an analysis of three to five sentences —
/// cite the weightiest figure, set a supporting figure against an opposing one, question a
/// hedged or attributed claim, point out a topic the article raises with no figure — and a
/// counterpoint (the strongest fact against its own side). A rebuttal follows
/// `DebateStateMachine`'s plan: it restates the attacked claim and answers with its own
/// fact, conceding part when the stances are close, then backs the answer with a second
/// fact when the plan has one. Every choice among templates is drawn
/// from a generator seeded by the scenario seed, the article and the move, and no sentence
/// a seat has said is said again.
public struct VoiceComposer: ImmediateComposer {
    public let context: DebateContext

    public init(context: DebateContext) { self.context = context }

    /// A seat's message for the round (awaited as `compose` where a panelist works in its
    /// own task).
    public func composeNow(round: Int, seat: Int, stances: [Double], history: [RoundRecord]) -> DebateMessage {
        var writer = Writer(context: context, seat: seat, round: round, history: history)
        return round == 0 ? writer.take(stance: stances[seat]) : writer.rebuttal(stances: stances)
    }

    enum Side: String { case bullish, bearish, neutral }

    struct Writer {
        let context: DebateContext
        let seat: Int
        let round: Int
        let persona: Persona
        let values: [Double]
        let phrasebook: Phrasebook
        /// What this seat has said, one key per sentence (`sentenceKey`).
        /// (A seat says a few dozen sentences at most: a list is searched faster than a set
        /// is hashed.)
        var used: [UInt64] = []
        /// The generator key of this seat and round; `rng` adds the move.
        let rngKey: WordKey
        /// The clauses this seat's facts came from, in this message (a list, like `used`).
        var usedClauses: [Int] = []
        /// The templates this message has worded (`sentenceKey` of each).
        var usedTemplates: [UInt64] = []
        var cites: [String] = []
        let history: [RoundRecord]
        /// The side the move being worded speaks from, which picks the voice's `bySide`
        /// templates: the side of the fact the move turns on (`speak(of:)`), or of the stance.
        var voiceSide: Side? = nil
        /// What this seat said in earlier rounds, for `saidBefore`.
        let earlier: [UInt8]
        /// The clauses the other seats' opening takes say (`DebateContext.crowded`): an
        /// opening says one only when it has nothing fresh instead. Empty in rebuttals.
        let crowded: [Int]

        init(context: DebateContext, seat: Int, round: Int, history: [RoundRecord]) {
            self.context = context
            self.seat = seat
            self.round = round
            self.history = history
            persona = context.scenario.personas[seat]
            values = context.readings[seat].factValues
            phrasebook = context.phrasebook
            crowded = round == 0 ? context.crowded[seat] : []
            rngKey = SplitMix64.key([context.sheet.article.sha256, persona.name, String(round)])
            var keys: [UInt64] = []
            var earlier: [UInt8] = []
            for r in history {
                // By index: a message is read a field at a time, never copied whole.
                for i in r.messages.indices where r.messages[i].seat == seat {
                    Writer.sentenceKeys(r.messages[i].headline, into: &keys)
                    Writer.sentenceKeys(r.messages[i].text, into: &keys)
                    if let counterpoint = r.messages[i].counterpoint { Writer.sentenceKeys(counterpoint, into: &keys) }
                    earlier += r.messages[i].headline.utf8
                    earlier += r.messages[i].text.utf8
                }
            }
            self.earlier = earlier
            for key in keys where !used.contains(key) { used.append(key) }
        }

        /// The key of each sentence of a text (split after . ! ? followed by a space), as
        /// `sentenceKey` gives it, with no string built.
        static func sentenceKeys(_ text: String, into keys: inout [UInt64]) {
            var text = text
            text.withUTF8 { b in
                var start = 0
                forEachSentenceBreak(b) { i in
                    keys.append(bytesKey(UnsafeBufferPointer(rebasing: b[start..<i])))
                    start = i + 1
                }
                if start < b.count { keys.append(bytesKey(UnsafeBufferPointer(rebasing: b[start...]))) }
            }
        }

        /// Calls `body` with each index of `b` that holds a space after `.`, `!` or `?`, in
        /// order; eight bytes are looked at a time.
        @inline(__always) static func forEachSentenceBreak(_ b: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
            var i = 1
            if let base = b.baseAddress {
                while i + 8 <= b.count {
                    let before = UnsafeRawPointer(base + i - 1).loadUnaligned(as: UInt64.self).littleEndian
                    let at = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
                    var found = UTF8Bytes.equalMask(at, 0x20)
                        & (UTF8Bytes.equalMask(before, 0x2E) | UTF8Bytes.equalMask(before, 0x21) | UTF8Bytes.equalMask(before, 0x3F))
                    while found != 0 {
                        body(i + found.trailingZeroBitCount / 8)
                        found &= found - 1
                    }
                    i += 8
                }
            }
            while i < b.count {
                if b[i] == 0x20, b[i - 1] == 0x2E || b[i - 1] == 0x21 || b[i - 1] == 0x3F { body(i) }
                i += 1
            }
        }

        /// The key of one sentence (`bytesKey` of its bytes).
        static func sentenceKey(_ sentence: String) -> UInt64 {
            var sentence = sentence
            return sentence.withUTF8 { bytesKey($0) }
        }

        /// A 64-bit key of a sentence's exact bytes (its length, then eight bytes at a time,
        /// each word mixed in by a multiply and a shift): two different sentences share one
        /// with odds of about 1e-19, so a set of keys stands in for a set of sentences.
        /// Keys live for one debate and are never stored.
        static func bytesKey(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var h: UInt64 = 0xcbf29ce484222325 ^ UInt64(b.count)
            guard let base = b.baseAddress else { return h }
            let raw = UnsafeRawPointer(base)
            let n = b.count
            var i = 0
            func mix(_ w: UInt64) {
                h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 29
            }
            while i + 8 <= n {
                mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(b[i]) << shift
                shift += 8
                i += 1
            }
            mix(tail)
            return h ^ (h >> 32)
        }

        func rng(_ move: String) -> SplitMix64 {
            SplitMix64(seed: context.scenario.seed, key: SplitMix64.key([move], after: rngKey))
        }

        // MARK: fact choice

        var facts: [Fact] { context.sheet.facts }

        func first(_ list: [Int], fresh: Bool = true) -> Int? {
            if fresh, let f = firstFresh(list) { return f }
            return list.first
        }

        /// Whether, after citing `f` (and `g`), a fact of `against` is left from a clause this
        /// message has not cited, for the counterpoint; true as well when none was left before.
        func leavesACounter(saying f: Int, and g: Int? = nil, against: [Int]) -> Bool {
            let clauseOf = context.clauseOf
            let cf = clauseOf[f], cg = g.map { clauseOf[$0] }
            var anyFresh = false
            for h in against {
                let c = clauseOf[h]
                guard !usedClauses.contains(c) else { continue }
                if c != cf && c != cg { return true }
                anyFresh = true
            }
            return !anyFresh
        }

        /// The first fact of the lists, in order, from a clause this message has not cited
        /// yet, if any: in the first list that has one, the first whose phrase is a clause,
        /// else the first figure said as a noun phrase (never a name with no verb); a clause
        /// the other seats crowd only when no list has another.
        func firstFresh(_ lists: [Int]...) -> Int? {
            for avoidingCrowd in crowded.isEmpty ? [false] : [true, false] {
                for list in lists {
                    var nounPhrase: Int? = nil
                    for f in list where !usedClauses.contains(context.clauseOf[f]) {
                        if avoidingCrowd && crowded.contains(context.clauseOf[f]) { continue }
                        if phrasebook.isClause(f) { return f }
                        // A figure may be said as a noun phrase; a name with no verb says
                        // nothing of it ("CEO Dana Ortiz").
                        if nounPhrase == nil, context.isFigure[f] { nounPhrase = f }
                    }
                    if let nounPhrase { return nounPhrase }
                }
            }
            return nil
        }

        /// Any fact, for articles where the persona weighs too few: figures first.
        var fallback: [Int] { context.fallbackOrder }

        mutating func take(_ i: Int) -> String {
            if !cites.contains(facts[i].id) { cites.append(facts[i].id) }
            if !usedClauses.contains(context.clauseOf[i]) { usedClauses.append(context.clauseOf[i]) }
            return phrasebook.phrase(i)
        }

        // MARK: wording

        /// The values a template's `{name}` slots take: a few pairs, looked up in order.
        struct Slots: ExpressibleByDictionaryLiteral {
            private var pairs: [(name: String, value: String)]

            init(dictionaryLiteral elements: (String, String)...) { pairs = elements.map { ($0.0, $0.1) } }

            subscript(name: String) -> String? {
                get { pairs.first { $0.name == name }?.value }
                set {
                    pairs.removeAll { $0.name == name }
                    if let newValue { pairs.append((name, newValue)) }
                }
            }

            /// The value of the slot whose name is the bytes `name`: compared as bytes when
            /// they are ASCII (the same as comparing strings), else as a string.
            func value(named name: UnsafeBufferPointer<UInt8>) -> String? {
                guard name.allSatisfy({ $0 < 0x80 }) else { return self[String(decoding: name, as: UTF8.self)] }
                for pair in pairs {
                    var key = pair.name
                    if key.withUTF8({ $0.elementsEqual(name) }) { return pair.value }
                }
                return nil
            }
        }

        /// Expands one template of `move`, skipping templates whose sentence was said before;
        /// `adjust` rewrites a template before it is filled (only those tried).
        mutating func say(_ move: String, _ templates: [String], _ slots: Slots, adjust: ((String) -> String)? = nil) -> String? {
            guard !templates.isEmpty else { return nil }
            var g = rng(move + String(used.count))
            let start = g.index(templates.count)
            // A template this message has worded already, or this seat in an earlier round,
            // comes only after the others; one that does not fit the subject (`fits`), after those.
            // (Read only where there is a choice, once per template and only for those tried:
            // 1 fits, 0 does not, -1 not read yet.)
            let scoped = templates.count > 1 && context.subjectScope != .listedCompany
            var fitting = [Int8](repeating: -1, count: scoped ? templates.count : 0)
            func fit(_ i: Int) -> Bool {
                if fitting[i] < 0 { fitting[i] = fits(templates[i]) ? 1 : 0 }
                return fitting[i] == 1
            }
            for pass in 0..<(scoped ? 4 : 2) {
                let reuse = pass % 2 == 1
                for k in 0..<templates.count {
                    let template = templates[(start + k) % templates.count]
                    let templateKey = Self.sentenceKey(template)
                    guard (usedTemplates.contains(templateKey) || saidBefore(template)) == reuse,
                          !scoped || fit((start + k) % templates.count) == (pass < 2),
                          let sentence = Self.fill(adjust?(template) ?? template, slots) else { continue }
                    let key = Self.sentenceKey(sentence)
                    if !used.contains(key) {
                        used.append(key)
                        if !reuse { usedTemplates.append(templateKey) }
                        return sentence
                    }
                }
            }
            return nil
        }

        /// Whether `template` speaks of the subject as what it is (`DebateContext.subjectScope`):
        /// of a company's own shares (`grammar.json phrases.listingWords`: "the stock",
        /// "shareholders") only where the article reports the subject's, and of a company
        /// (`companyWords`: "a moat", "management") not of the economy.
        func fits(_ template: String) -> Bool {
            let grammar = GrammarLexicon.shared
            switch context.subjectScope {
            case .listedCompany: return true
            case .company: return !Self.says(template, anyOf: grammar.listingWords)
            case .economy: return !Self.says(template, anyOf: grammar.listingWords) && !Self.says(template, anyOf: grammar.companyWords)
            }
        }

        /// Whether `template` has a word of `words` (ASCII words; read over the bytes, so a run
        /// of ASCII letters is a word, and one that runs on into a letter beyond ASCII is none).
        static func says(_ template: String, anyOf words: WordTable<Bool>) -> Bool {
            var t = template
            return t.withUTF8 { b in
                var i = 0
                while i < b.count {
                    while i < b.count, !UTF8Bytes.isLetter(b[i]) { i += 1 }
                    let s = i
                    while i < b.count, UTF8Bytes.isLetter(b[i]) { i += 1 }
                    if i > s, i == b.count || b[i] < 0x80, s == 0 || b[s - 1] < 0x80, words.value(b, s, i) != nil { return true }
                }
                return false
            }
        }

        /// Whether this seat worded `template` in an earlier round: its longest run of words
        /// between slots, when that is long enough to be its own ("If you want to know where
        /// demand is heading, start with this:"), is in what the seat said.
        func saidBefore(_ template: String) -> Bool {
            guard !earlier.isEmpty else { return false }
            var template = template
            return template.withUTF8 { t in
                var best = 0..<0, from = 0, i = 0
                while i <= t.count {
                    if i == t.count || t[i] == 0x7B || t[i] == 0x7D {
                        if i - from > best.count { best = from..<i }
                        from = i + 1
                    }
                    i += 1
                }
                while best.count > 0, t[best.lowerBound] == 0x20 { best = (best.lowerBound + 1)..<best.upperBound }
                while best.count > 0, t[best.upperBound - 1] == 0x20 { best = best.lowerBound..<(best.upperBound - 1) }
                guard best.count >= Self.ownRun else { return false }
                return earlier.withUnsafeBufferPointer {
                    LiteralText.firstMatch($0, UnsafeBufferPointer(rebasing: t[best]), from: 0, ignoringCase: false) != nil
                }
            }
        }

        /// The fewest bytes of fixed words that make a template recognisable in what was said.
        static let ownRun = 20

        /// `template` with each `{slot}` replaced by its value, runs of spaces and stray
        /// spaces before commas tidied, the first letter capitalised and a full stop added;
        /// nil when a slot has no value. Filled over bytes, by Characters where a brace has a
        /// non-ASCII neighbour (the same result, for templates a user writes with any text).
        static func fill(_ template: String, _ slots: Slots) -> String? {
            var template = template
            var bytes: [UInt8] = []
            // nil: a brace has a byte outside ASCII beside it, and may join it into another
            // Character (a combining mark after it would); such a template is read by Characters.
            let complete: Bool? = template.withUTF8 { t in
                func plain(_ i: Int) -> Bool { UTF8Bytes.hasASCIINeighbours(t, i) }
                bytes.reserveCapacity(t.count + 64)
                // The text between slots goes in a run at a time.
                var i = 0, run = 0
                var filled = true
                while i < t.count {
                    let b = t[i]
                    guard b == 0x7B || b == 0x7D else { i += 1; continue }
                    guard plain(i) else { return nil }
                    guard b == 0x7B, filled else { i += 1; continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: t[run..<i]))
                    var close = i + 1
                    while close < t.count, t[close] != 0x7D {
                        if t[close] == 0x7B, !plain(close) { return nil }
                        close += 1
                    }
                    guard close < t.count, plain(close),
                          var value = slots.value(named: UnsafeBufferPointer(rebasing: t[(i + 1)..<close])) else {
                        // Unfilled: the rest is only checked for braces that need Characters.
                        filled = false
                        i += 1
                        continue
                    }
                    value.withUTF8 { bytes.append(contentsOf: $0) }
                    i = close + 1
                    run = i
                }
                if filled { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: t[run..<t.count])) }
                return filled
            }
            guard let complete else { return fillByCharacters(template, slots) }
            guard complete else { return nil }
            // The tidying passes, each left to right and non-overlapping, in this order; one
            // scan finds which are needed (mostly none is; a joined pair of spaces can leave
            // a space before a comma).
            let pairs = bytes.withUnsafeBufferPointer(Self.tidyPairs)
            if pairs.spaces { Self.replacePairs(&bytes, 0x20, 0x20, with: 0x20) }
            if pairs.spaces || pairs.spaceComma { Self.replacePairs(&bytes, 0x20, 0x2C, with: 0x2C) }
            if pairs.dots { Self.replacePairs(&bytes, 0x2E, 0x2E, with: 0x2E) }
            // A first or last byte that is ASCII beside an ASCII neighbour is a whole Character.
            guard let first = bytes.first else { return "" }
            let count = bytes.count
            if count > 1 && bytes[1] >= 0x80 || first >= 0x80 { return finish(String(decoding: bytes, as: UTF8.self)) }
            let last = bytes[count - 1]
            if UTF8Bytes.isLower(first) { bytes[0] = first - 0x20 }
            if last < 0x80, count == 1 || bytes[count - 2] < 0x80 {
                if last != 0x2E && last != 0x21 && last != 0x3F { bytes.append(0x2E) }
                return String(decoding: bytes, as: UTF8.self)
            }
            var out = String(decoding: bytes, as: UTF8.self)
            if let end = out.last, !".!?".contains(end) { out += "." }
            return out
        }

        /// Which of the pairs the tidying replaces occur in `b`: two spaces, a space before a
        /// comma, two full stops. Eight bytes are read at a time, beside the eight one on.
        static func tidyPairs(_ b: UnsafeBufferPointer<UInt8>) -> (spaces: Bool, spaceComma: Bool, dots: Bool) {
            var spaces: UInt64 = 0, spaceComma: UInt64 = 0, dots: UInt64 = 0
            var i = 0
            if let base = b.baseAddress {
                while i + 9 <= b.count {
                    let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self).littleEndian
                    let y = UnsafeRawPointer(base + i + 1).loadUnaligned(as: UInt64.self).littleEndian
                    let space = UTF8Bytes.equalMask(x, 0x20)
                    spaces |= space & UTF8Bytes.equalMask(y, 0x20)
                    spaceComma |= space & UTF8Bytes.equalMask(y, 0x2C)
                    dots |= UTF8Bytes.equalMask(x, 0x2E) & UTF8Bytes.equalMask(y, 0x2E)
                    i += 8
                }
            }
            var pairs = (spaces: spaces != 0, spaceComma: spaceComma != 0, dots: dots != 0)
            while i + 1 < b.count {
                switch (b[i], b[i + 1]) {
                case (0x20, 0x20): pairs.spaces = true
                case (0x20, 0x2C): pairs.spaceComma = true
                case (0x2E, 0x2E): pairs.dots = true
                default: break
                }
                i += 1
            }
            return pairs
        }

        /// Replaces each pair `x y` with `r`, left to right and non-overlapping (as
        /// `LiteralText.replacing` does), in place.
        static func replacePairs(_ b: inout [UInt8], _ x: UInt8, _ y: UInt8, with r: UInt8) {
            var i = 1
            while i < b.count, b[i - 1] != x || b[i] != y { i += 1 }
            guard i < b.count else { return }
            var out = i - 1
            i -= 1
            while i < b.count {
                if i + 1 < b.count, b[i] == x, b[i + 1] == y {
                    b[out] = r
                    i += 2
                } else {
                    b[out] = b[i]
                    i += 1
                }
                out += 1
            }
            b.removeLast(b.count - out)
        }

        /// The last two steps of `fill` by Characters.
        static func finish(_ text: String) -> String {
            var out = text
            if let c = out.first, c.isLowercase { out = c.uppercased() + out.dropFirst() }
            if let last = out.last, !".!?".contains(last) { out += "." }
            return out
        }

        static func fillByCharacters(_ template: String, _ slots: Slots) -> String? {
            var out = ""
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{") {
                out += rest[..<open]
                guard let close = rest[open...].firstIndex(of: "}") else { return nil }
                let name = String(rest[rest.index(after: open)..<close])
                guard let value = slots[name] else { return nil }
                out += value
                rest = rest[rest.index(after: close)...]
            }
            out += rest
            out = LiteralText.replacing(out, "  ", with: " ")
            out = LiteralText.replacing(out, " ,", with: ",")
            out = LiteralText.replacing(out, "..", with: ".")
            return finish(out)
        }

        /// The voice's templates of `move` for the side being spoken from.
        func templates(_ move: String, topic: Topic?) -> [String] {
            persona.voice.templates(move, topic: topic, side: voiceSide?.rawValue)
        }

        /// The voice's templates of `move` for fact `f`: those of its topics, and of the side
        /// being spoken from.
        func templates(_ move: String, of f: Int) -> [String] {
            persona.voice.templates(move, topics: facts[f].topics, side: voiceSide?.rawValue)
        }

        /// Speaks next from the side of fact `f` as this seat weighs it: good news is
        /// bullish, bad news bearish. True, so it can stand in a condition list.
        @discardableResult
        mutating func speak(of f: Int) -> Bool {
            voiceSide = values[f] > 0 ? .bullish : values[f] < 0 ? .bearish : .neutral
            return true
        }

        /// Speaks next from `side` (a move with no fact of its own: an absence line).
        @discardableResult
        mutating func speak(from side: Side) -> Bool {
            voiceSide = side
            return true
        }

        func side(_ x: Double) -> Side {
            let band = context.scenario.verdict.neutralBand
            return x > band ? .bullish : x < -band ? .bearish : .neutral
        }

        // MARK: take

        mutating func take(stance x: Double) -> DebateMessage {
            let side = side(x)
            let subject = context.phrasebook.subject
            let ranking = context.rankings[seat]
            let (pos, neg, weighty) = (ranking.positives, ranking.negatives, ranking.weighty)
            let fallback = fallback
            // The lead the context cast for this seat, when it stands on the side cast for.
            var lead: Int? = side == self.side(context.readings[seat].stance) ? context.leads[seat]
                : side == .bullish ? first(pos) : side == .bearish ? first(neg) : first(weighty)
            // A thesis is a clause: a lead whose phrase is a noun phrase ("a rare disease that
            // affects about 6,000 patients") gives way to the next figure on its side that is one.
            func isThesis(_ f: Int) -> Bool { phrasebook.isClause(f) && Self.hasMainVerb(phrasebook.phrase(f)) }
            if let l = lead, !isThesis(l) {
                let list = side == .bullish ? pos : side == .bearish ? neg : weighty
                if let clause = list.first(where: { $0 != l && context.isFigure[$0] && isThesis($0) }) { lead = clause }
            }
            let strength = (side == .bullish ? lead : nil) ?? first(pos) ?? first(weighty) ?? fallback.first
            let weakness = (side == .bearish ? lead : nil) ?? first(neg) ?? first(weighty.reversed()) ?? fallback.last
            // Headline: the thesis.
            var slots: Slots = ["subject": subject]
            let factForHeadline = lead ?? weighty.first ?? fallback.first
            // The line the thesis quotes picks the voice's headlines kept for its topics: those
            // of the words quoted, not of the whole clause ("shares plunged 23%", whose clause
            // goes on about revenue, is no proof of demand).
            let thesis = side == .bullish ? strength : side == .bearish ? weakness : factForHeadline
            let thesisTopics = thesis.map { TextReader(lexicon: .shared).topics(of: phrasebook.phrase($0)) } ?? []
            var headlineTemplates = persona.voice.headlines(side.rawValue, topics: thesisTopics)
            if let s = strength { slots["strength"] = phrasebook.phrase(s) }
            if let w = weakness { slots["weakness"] = phrasebook.phrase(w) }
            if let f = factForHeadline { slots["fact"] = phrasebook.phrase(f) }
            // One line is no two sides: where the strength and the weakness say one line (an
            // article with one weighty figure), a headline that sets them against each other
            // would say it twice ("X, sure, but X").
            if let a = slots["strength"], let b = slots["weakness"], Self.overlap(a, b) {
                let single = headlineTemplates.filter { !(LiteralText.contains($0, "{strength}") && LiteralText.contains($0, "{weakness}")) }
                if !single.isEmpty { headlineTemplates = single }
            }
            // A thesis that is no figure is not called one ("the pivotal figure is this: Acme
            // and Ordell reached a deal"): templates that speak of a number or a figure
            // (`grammar.json phrases.figureWords`) give way where the voice has others.
            if let t = thesis, !context.isFigure[t] {
                let words = GrammarLexicon.shared.figureWords
                let plain = headlineTemplates.filter { !Self.says($0, anyOf: words) }
                if !plain.isEmpty { headlineTemplates = plain }
            }
            // A story about the economy, or about no company, is no firm to praise or doubt:
            // a thesis that does not name the subject fits it better, where the voice has one.
            let generic = subject == ArticleSubject.economy || subject == ArticleSubject.none
            if generic {
                let unnamed = headlineTemplates.filter { !LiteralText.contains($0, "{subject}") }
                if !unnamed.isEmpty { headlineTemplates = unnamed }
            }
            // A subject that brings its own article ("the economy") takes no second one.
            // One that names no company is a thing the news happens in, not a place of work: "in
            // the economy", not "at the economy".
            let ownArticle: ((String) -> String)? = subject.hasPrefix("the ") || generic ? {
                let bare = LiteralText.replacing(LiteralText.replacing($0, "the {subject}", with: "{subject}"), "The {subject}", with: "{subject}")
                return generic ? LiteralText.replacing(bare, "at {subject}", with: "in {subject}") : bare
            } : nil
            var headline = say("headline", headlineTemplates, slots, adjust: ownArticle) ?? "\(subject) has a case to answer."
            var headlineClauses: [Int] = []
            for (slot, f) in [("strength", strength), ("weakness", weakness), ("fact", factForHeadline)] {
                if let f, let phrase = slots[slot], LiteralText.contains(headline, phrase, ignoringCase: true) {
                    _ = take(f)
                    headlineClauses.append(context.clauseOf[f])
                }
            }
            // Analysis: three to five reasoning moves.
            var analysis: [String] = []
            let supporting = x > context.scenario.verdict.neutralBand ? pos : x < -context.scenario.verdict.neutralBand ? neg : weighty
            // A fact on its side that the headline has not said, an amount if there is one;
            // when the headline said its only ones, the move is left out rather than repeated.
            let amounts = context.isAmount
            let cited = firstFresh(supporting.filter { amounts[$0] }) ?? firstFresh(supporting)
                ?? (supporting.isEmpty ? first(weighty) ?? first(fallback) : nil)
            var justSaid: Int? = nil
            if let f = cited { speak(of: f) }
            if let f = cited,
               let s = say("analysis", analysisTemplates(for: f), ["fact": phrasebook.phrase(f)]) {
                _ = take(f); analysis.append(s)
                justSaid = context.clauseOf[f]
            }
            let mine = x >= 0 ? pos : neg
            let theirs = x >= 0 ? neg : pos
            // Figures set against each other, amounts first: a bare name is no side of a ledger.
            let figures = context.isFigure
            let myFigures = mine.filter { figures[$0] }, theirFigures = theirs.filter { figures[$0] }
            let castCounter = context.counters[seat].map { context.clauseOf[$0] }
            if let a = firstFresh(myFigures.filter { amounts[$0] }, myFigures) ?? myFigures.first, context.clauseOf[a] != justSaid,
               // The line cast for this seat's close is kept for it.
               let b = firstFresh(theirFigures.filter { amounts[$0] && context.clauseOf[$0] != castCounter },
                                  theirFigures.filter { context.clauseOf[$0] != castCounter }) ?? firstFresh(theirFigures),
               context.clauseOf[a] != context.clauseOf[b],
               // The counterpoint needs a fact against the take that the contrast leaves unsaid;
               // else the take would say its one opposing fact twice.
               leavesACounter(saying: a, and: b, against: theirs),
               // Two clauses can read as one phrase ("On the weakest days, …"): a ledger
               // needs two different lines.
               !Self.overlap(phrasebook.phrase(a), phrasebook.phrase(b)),
               speak(of: a),
               let s = say("contrast", templates("contrast", of: a), ["a": phrasebook.phrase(a), "b": phrasebook.phrase(b)]) {
                _ = take(a); _ = take(b); analysis.append(s)
            }
            if let h = hedged(side: side, avoiding: round == 0 ? questionedBefore() : [], sparing: castCounter) {
                let who = facts[h].attribution ?? "the company"
                let plural = VerbAgreement.isPlural(who)
                // The line names the source: the claim leaves its own "…, according to X, …" out.
                let claim = Self.withoutLeadingSource(Self.withoutTrailingSource(Self.withoutAccordingTo(phrasebook.phrase(h)), who), who)
                // A source is named once. Where the template names it before the claim, a claim
                // that opens with it says only what was reported ("Ortiz floats that a launch
                // could …", not "that Ortiz added that a launch could …") or goes on with "it" or
                // "they" ("Acme floats that it expects …"); where the claim comes first, the
                // template's source is "it" or "they" ("That Acme expects … is only what it
                // expects") or, for a person, the claim is what they reported. A person whose claim
                // cannot be restated is not questioned.
                let sourceLength = Self.sourcePrefixLength(claim, who)
                let opensWithSource = sourceLength != nil
                let pronoun: String? = opensWithSource && !isPerson(who) ? (plural ? "they" : "it") : nil
                let restated: String? = sourceLength.flatMap { length in
                    Self.reported(afterSource: String(decoding: claim.utf8.dropFirst(length), as: UTF8.self))
                        ?? (pronoun != nil && claim.hasPrefix(who + " ") && !claim.hasPrefix(who + " (") ? pronoun! + claim.dropFirst(who.count) : nil)
                }
                let adjust: ((String) -> String)? = plural || opensWithSource ? { template in
                    var t = plural ? GrammarLexicon.shared.agreement.plural(template, after: "who") : template
                    if Self.slot("who", comesBefore: "claim", in: t) {
                        if restated != nil { t = LiteralText.replacing(t, "{claim}", with: "{restated}") }
                    } else if Self.slot("claim", comesBefore: "who", in: t) {
                        // A company goes on as "it"; a person's claim is what they reported ("That the
                        // government would … is only what Teodor Haalsen expects").
                        if pronoun != nil { t = LiteralText.replacing(t, "{who}", with: "{pronoun}") }
                        else if restated != nil { t = LiteralText.replacing(t, "{claim}", with: "{restated}") }
                    }
                    return t
                } : nil
                var slots: Slots = ["who": who, "claim": claim]
                slots["restated"] = restated
                slots["pronoun"] = pronoun
                speak(of: h)
                // A person's claim that opens with the person and cannot be restated would name
                // them twice ("Dana Ortiz suggests that Dana Ortiz expects …"): no hedge line.
                let namedTwice = opensWithSource && restated == nil && pronoun == nil
                if !namedTwice, let s = say("hedge", templates("hedge", of: h), slots, adjust: adjust) {
                    _ = take(h); analysis.append(s)
                }
            }
            // What the article leaves without a figure closes the analysis, after what it says.
            let missing = missingTopic()
            var absence: String? = nil
            speak(from: side)
            if let topic = missing, let s = say("absence", templates("absence", topic: topic), ["topic": topic.phrase], adjust: Self.agreeing(with: topic)) {
                absence = s
            }
            // Lines the other seats crowd come last.
            var extra = weighty.filter { !usedClauses.contains(context.clauseOf[$0]) } + fallback.filter { !usedClauses.contains(context.clauseOf[$0]) }
            if !crowded.isEmpty {
                let clauseOf = context.clauseOf, crowded = crowded
                extra = extra.filter { !crowded.contains(clauseOf[$0]) } + extra.filter { crowded.contains(clauseOf[$0]) }
            }
            while analysis.count + (absence == nil ? 0 : 1) < 3 || cites.count < 2, !extra.isEmpty {
                let f = extra.removeFirst()
                // A fact of a clause this loop has just cited would say its phrase again; the
                // last fact against the take is kept for the counterpoint.
                if usedClauses.contains(context.clauseOf[f]) || !leavesACounter(saying: f, against: theirs) { continue }
                if !context.isFigure[f], !phrasebook.isClause(f) { continue }
                speak(of: f)
                if let s = say("analysis", analysisTemplates(for: f), ["fact": phrasebook.phrase(f)]) {
                    _ = take(f); analysis.append(s)
                }
            }
            if let absence { analysis.append(absence) }
            if analysis.count > 5 { analysis = Array(analysis.prefix(5)) }
            // Counterpoint: the strongest fact against its own side.
            var counterpoint: String? = nil
            // Against its side by its own weights and by the clause's own tone.
            let against = (x >= 0 ? neg : pos).filter { context.reads($0, against: x) }
            // The fact cast for this seat's close, while the take has not cited its clause;
            // else the first fresh one. A fact the take has said twice already is not said a
            // third time, nor is its thesis, or another figure of the thesis's clause, what
            // would change its mind.
            func restates(_ f: Int) -> Bool {
                headlineClauses.contains(context.clauseOf[f]) || LiteralText.contains(headline, phrasebook.phrase(f), ignoringCase: true)
            }
            let cast = context.counters[seat].flatMap { f in against.contains(f) && !usedClauses.contains(context.clauseOf[f]) && !restates(f) ? f : nil }
            // (Phrases are made for every fact against the take only when the first fresh one restates.)
            let fresh = firstFresh(against).flatMap { restates($0) ? firstFresh(against.filter { !restates($0) }) : $0 }
            if let f = cast ?? fresh ?? against.first(where: { !restates($0) && times(said: $0, in: analysis) < 2 }),
               speak(of: f),
               let s = say("counterpoint", templates("counterpoint", of: f), ["fact": phrasebook.phrase(f)]) {
                _ = take(f); counterpoint = s
            } else if let topic = context.uncoveredTopics.last(where: { $0 != missing || absence == nil }),
                      speak(from: side),
                      let s = say("absence", templates("absence", topic: topic), ["topic": topic.phrase], adjust: Self.agreeing(with: topic)) {
                counterpoint = s
            }
            // With no fact against its side and no topic left unmeasured, a seat names nothing
            // that would change its mind: a fact on its own side would say the opposite.
            if headline.isEmpty { headline = "\(subject) has a case to answer." }
            return DebateMessage(id: DebateMessage.id(round: 0, seat: seat), round: 0, seat: seat, speaker: persona.name,
                                 kind: .take, headline: headline, text: analysis.joined(separator: " "),
                                 counterpoint: counterpoint, cites: cites, stanceBefore: x)
        }

        /// The certainty below which a claim is a maybe to question (`hedges.json mildHedge`):
        /// "could", "may", "reportedly", "believes"; a plan, a forecast or a "will"/"would" of
        /// the company's own, alone or together ("expects … would"), is what it says it will
        /// do, not a maybe.
        static var hedgedBelow: Double { FactLexicon.shared.mildHedge }

        /// The clauses the seats before this one question in their opening takes, as each
        /// would alone: a maybe that `DebateContext.openingQuota` of them question is left
        /// to them.
        func questionedBefore() -> [Int] {
            var out: [Int] = []
            for s in 0..<seat {
                if let h = Self.hedged(in: context, values: context.readings[s].factValues, usedClauses: [],
                                       side: side(context.readings[s].stance), avoiding: out,
                                       sparing: context.counters[s].map { context.clauseOf[$0] }) { out.append(context.clauseOf[h]) }
            }
            return out
        }

        /// The hedged or attributed figure this persona weighs most, from a fresh clause that
        /// fewer than `DebateContext.openingQuota` of `avoiding` hold; the clause `sparing`
        /// (the one cast for the take's close) only when no other is left.
        func hedged(side: Side, avoiding: [Int] = [], sparing: Int? = nil) -> Int? {
            Self.hedged(in: context, values: values, usedClauses: usedClauses, side: side, avoiding: avoiding, sparing: sparing)
        }

        /// `hedged` for a seat whose fact values are `values` and whose message has cited
        /// `usedClauses`: what any seat would question, with no writer made.
        static func hedged(in context: DebateContext, values: [Double], usedClauses: [Int], side: Side,
                           avoiding: [Int], sparing: Int?) -> Int? {
            // A fact is read a field at a time, never copied whole. What the company states
            // of itself without a hedge ("Acme reported revenue of …") is no claim to question,
            // nor is what a public body that publishes statistics reports ("…, the Labor
            // Department said": its hedge words are other people's forecasts), nor a noun phrase.
            let facts = context.sheet.facts, phrasebook = context.phrasebook
            // A hedged sentence with no source is the company's only where it names the company:
            // "Acme could see margins recover", not "the central bank signals cuts could come".
            let sentences = context.sheet.sentences
            let subject = phrasebook.subject
            func namesTheSubject(_ f: Int) -> Bool {
                guard let s = facts[f].sentence, sentences.indices.contains(s), sentences[s].index == s else { return false }
                return LiteralText.contains(sentences[s].text, subject)
            }
            // What another source reports firmly ("its notes dropped 6 pence, according to
            // traders"; "Acme said it would idle a plant") is an observation, not a maybe: only
            // what it forecasts or believes, or claims with a hedge, is.
            let moving = context.inMovingClause
            func questionable(_ f: Int) -> Bool {
                guard let who = facts[f].attribution else { return false }
                return !isTheCompany(who, in: context) && !(facts[f].certainty >= Self.hedgedBelow && isACompany(who, in: context))
            }
            // A seat discounts the other side's maybes: a bear does not wave away a risk for
            // being conditional ("could face a breach of covenants"), nor a bull a hope.
            func againstOrNeither(_ f: Int) -> Bool { side == .bullish ? values[f] <= 0 : side == .bearish ? values[f] >= 0 : true }
            var list = values.indices.filter {
                facts[$0].kind.isFigure && againstOrNeither($0)
                    && (facts[$0].certainty < Self.hedgedBelow
                        || questionable($0) && !moving[$0] && facts[$0].certainty < 1)
                    && !usedClauses.contains(context.clauseOf[$0]) && !(facts[$0].attribution.map(FactLexicon.shared.isOfficialBody) ?? false)
                    && (facts[$0].attribution != nil || namesTheSubject($0))
            }
            // Weightiest first, ties to the earlier fact; only the phrases looked at are made.
            list.sort { abs(values[$0]) > abs(values[$1]) || (abs(values[$0]) == abs(values[$1]) && $0 < $1) }
            let clauseOf = context.clauseOf, quota = DebateContext.openingQuota
            if let sparing, list.contains(where: { clauseOf[$0] == sparing }) {
                list = list.filter { clauseOf[$0] != sparing } + list.filter { clauseOf[$0] == sparing }
            }
            return list.first { f in
                guard avoiding.isEmpty || avoiding.reduce(0, { $0 + ($1 == clauseOf[f] ? 1 : 0) }) < quota else { return false }
                guard phrasebook.isClause(f) else { return false }
                let phrase = phrasebook.phrase(f)
                // A claim is a statement: "its top-selling drug, which loses protection in 2028" is
                // none, nor is "trimmed his price target to $58", a verb whose subject was cut off.
                return !Self.isPastEstimate(phrase) && !Self.describesASource(phrase) && Self.hasMainVerb(phrase)
                    && !Self.opensWithAVerb(phrase)
            }
        }

        /// The words of `b` as byte ranges, split at spaces.
        static func wordRanges(_ b: UnsafeBufferPointer<UInt8>) -> [(Int, Int)] {
            var out: [(Int, Int)] = []
            var i = 0
            while i < b.count {
                while i < b.count, b[i] == 0x20 { i += 1 }
                let s = i
                while i < b.count, b[i] != 0x20 { i += 1 }
                if i > s { out.append((s, i)) }
            }
            return out
        }

        /// Whether a phrase says who a source is, not what it claims: an article and a title
        /// of one to three words open it ("a portfolio manager at Linwood Fund, which owns
        /// about 4% of the shares"). Read over the bytes.
        static func describesASource(_ phrase: String) -> Bool {
            var copy = phrase
            return copy.withUTF8 { b in
                let words = wordRanges(b)
                guard words.count >= 3, GrammarLexicon.shared.determiners.value(b, words[0].0, words[0].1) != nil else { return false }
                let titles = FactLexicon.shared.personTitles
                for n in 1...min(3, words.count - 1) {
                    var e = words[n].1
                    if b[e - 1] == 0x2C { e -= 1 }
                    if e > words[1].0, titles.value(b, words[1].0, e) != nil { return true }
                }
                return false
            }
        }

        /// Whether a phrase opens with a verb and its object, its subject cut off: a verb form
        /// before a determiner ("trimmed his price target", "cut its dividend"); not an
        /// adjective in -ed before a noun ("adjusted earnings").
        static func opensWithAVerb(_ phrase: String) -> Bool {
            let grammar = GrammarLexicon.shared
            var copy = phrase
            return copy.withUTF8 { b in
                let words = wordRanges(b)
                guard words.count >= 2 else { return false }
                return Phrasebook.isVerbForm(b, words[0].0, words[0].1, grammar: grammar)
                    && grammar.determiners.value(b, words[1].0, words[1].1) != nil
            }
        }

        /// Whether a phrase has a verb before its first relative pronoun: "a rare disease that
        /// affects 6,000 patients" is a noun phrase with a relative clause, no statement.
        static func hasMainVerb(_ phrase: String) -> Bool {
            let grammar = GrammarLexicon.shared
            var copy = phrase
            return copy.withUTF8 { b in
                let words = wordRanges(b)
                guard let r = words.indices.dropFirst().first(where: { grammar.relativePronouns.value(b, words[$0].0, words[$0].1) != nil }) else {
                    return true
                }
                // Before it, a verb the grammar lists, or any verb form when no determiner opens the
                // phrase (after "a" an -ed word is an adjective: "a rare inherited disease").
                // A verb form right after a determiner is a noun or an adjective ("its top drug").
                if words[..<r].indices.contains(where: { i in
                    grammar.verbs.value(b, words[i].0, words[i].1) != nil
                        && !(i > 0 && grammar.determiners.value(b, words[i - 1].0, words[i - 1].1) != nil)
                }) { return true }
                return grammar.determiners.value(b, words[0].0, words[0].1) == nil && Phrasebook.hasVerb(b, words[..<r], grammar: grammar)
            }
        }

        /// Whether a phrase reports what was expected before the news ("analysts polled by X
        /// had expected a drop of 2.1%"): a consensus the figure is measured against, no maybe
        /// to question. An expectation word after "had" (and "been"), read over the bytes.
        static func isPastEstimate(_ phrase: String) -> Bool {
            var copy = phrase
            return copy.withUTF8 { b in
                let words = wordRanges(b)
                func isWord(_ k: Int, _ w: StaticString) -> Bool { k >= 0 && UTF8Bytes.isWord(b, words[k].0, words[k].1, w) }
                return words.indices.dropFirst().contains { k in
                    (isWord(k - 1, "had") || isWord(k - 1, "been") && isWord(k - 2, "had"))
                        && FactLexicon.shared.combined.value(b, words[k].0, words[k].1)?.expectation == true
                }
            }
        }

        /// What a source reported, from the words after its name: a speech verb, then either
        /// at most five words, "that" and a clause that opens as a sentence does ("added
        /// during an interview that a launch could …" → "a launch could …"), or, without
        /// "that", a clause with a verb that opens at once ("said office loans now make up …")
        /// or after a short time phrase ("said on Tuesday it will …" → "it will …"); nil for
        /// any other shape.
        static func reported(afterSource rest: String) -> String? {
            // "also said …" reads as "said …".
            if rest.hasPrefix("also ") { return reported(afterSource: String(rest.dropFirst(5))) }
            let words = rest.split(separator: " ", maxSplits: 8, omittingEmptySubsequences: true)
            let grammar = GrammarLexicon.shared
            guard words.count >= 3, FactLexicon.shared.attributionVerbs.value(String(words[0]).lowercased()) != nil else { return nil }
            func clause(from k: Int) -> String? {
                let out = String(rest[words[k].startIndex...])
                return out.split(separator: " ").count >= 3 && Phrasebook.hasVerb(out) ? out : nil
            }
            if let that = words.prefix(7).dropFirst().firstIndex(where: { $0 == "that" }) {
                guard that + 1 < words.count, !words[1..<that].contains(where: { $0.hasSuffix(",") }) else { return nil }
                // A clause that opens as a sentence does, or any lowercase clause with a verb of
                // its own, not only an infinitive ("warned on a call that bookings … were softer",
                // not "expects that share to fall").
                if grammar.sentenceStarters.value(String(words[that + 1])) != nil { return String(rest[words[that + 1].startIndex...]) }
                guard let c = words[that + 1].utf8.first, UTF8Bytes.isLower(c), let out = clause(from: that + 1) else { return nil }
                let all = out.split(separator: " ")
                let finite = all.indices.filter { $0 == 0 || all[$0 - 1] != "to" }.map { all[$0] }.joined(separator: " ")
                return Phrasebook.hasVerb(finite) ? out : nil
            }
            func opensClause(_ w: Substring) -> Bool {
                let word = String(w)
                return grammar.determiners.value(word) != nil || grammar.pronouns.value(word) != nil
            }
            let first = words[1]
            guard grammar.speechVerbs.value(String(words[0])) != nil, let c = first.utf8.first, UTF8Bytes.isLower(c),
                  !first.hasSuffix(",") else { return nil }
            func isFunctionWord(_ w: Substring) -> Bool { Phrasebook.danglerTable.exactValue(WordKey(String(w))) != nil }
            if opensClause(first) || !isFunctionWord(first) { return clause(from: 1) }
            // A time phrase first ("on Tuesday", "in a statement"): the clause opens at the
            // next determiner or pronoun that does not follow a function word, with no comma before it.
            for k in 2..<min(5, words.count) {
                if words[k - 1].hasSuffix(",") { return nil }
                if opensClause(words[k]), !isFunctionWord(words[k - 1]) { return clause(from: k) }
            }
            return nil
        }

        /// How many UTF-8 bytes at the start of `claim` name its source `who`, with the titles
        /// before the name ("CFO Dana Ortiz said …") or, for "the company", the words the
        /// article calls it by ("the automaker said …"), and the space after; nil when the
        /// claim does not open with its source. Read over bytes, with no string built.
        static func sourcePrefixLength(_ claim: String, _ who: String) -> Int? {
            var claim = claim, who = who
            let lexicon = FactLexicon.shared
            // A claim that opens with a pronoun and its own verb of report ("it also said it
            // would …", "they expect …") opens with its source too.
            if let length = pronounReportLength(claim) { return length }
            return claim.withUTF8 { c -> Int? in
                who.withUTF8 { w -> Int? in
                    if c.count > w.count, c[w.count] == 0x20, c.starts(with: w) { return w.count + 1 }
                    // The word that starts at byte `i`, up to the next space.
                    func word(from i: Int) -> Range<Int>? {
                        guard i < c.count else { return nil }
                        var e = i
                        while e < c.count, c[e] != 0x20 { e += 1 }
                        return e > i ? i..<e : nil
                    }
                    // "the company" stands for the ways an article names it: "the automaker said …".
                    if w.elementsEqual("the company".utf8), let first = word(from: 0) {
                        let key1 = WordKey.of(c, first.lowerBound, first.upperBound)
                        if let second = word(from: first.upperBound + 1), second.upperBound < c.count,
                           lexicon.companyPronouns.exactValue(WordKey.phrase(key1, WordKey.of(c, second.lowerBound, second.upperBound))) != nil {
                            return second.upperBound + 1
                        }
                        if first.upperBound < c.count, lexicon.companyPronouns.exactValue(key1) != nil { return first.upperBound + 1 }
                    }
                    // Titles before the name: "CFO Dana Ortiz said …".
                    var needle: [UInt8] = [0x20]
                    needle.append(contentsOf: w)
                    needle.append(0x20)
                    guard let at = needle.withUnsafeBufferPointer({ LiteralText.firstMatch(c, $0, from: 0, ignoringCase: false) }) else { return nil }
                    // A short time phrase may come first: "at the time, CEO Lena Hoffmann said …".
                    var lead = 0
                    var i = 0, words = 0
                    while lead == 0, words < 4, let r = word(from: i), r.upperBound <= at {
                        if c[r.upperBound - 1] == 0x2C { lead = r.upperBound + 1 }
                        i = r.upperBound + 1
                        words += 1
                    }
                    // A concession is no time phrase: "Despite weaker sales, CEO X said …" keeps it.
                    if lead > 0, let opener = word(from: 0), lexicon.combined.value(c, opener.lowerBound, opener.upperBound)?.contrast != nil {
                        lead = 0
                    }
                    if lead > 0, lead == at + 1 { return at + needle.count }
                    // A title of several words ("chief financial officer"), or titles a word each.
                    if at > lead, lexicon.personTitles.value(c, lead, at) != nil { return at + needle.count }
                    // A group at the source: "analysts at Brisk & Moll said …".
                    if let group = word(from: 0), let link = word(from: group.upperBound + 1), link.upperBound == at,
                       lexicon.groupSources.value(c, group.lowerBound, group.upperBound) != nil,
                       lexicon.sourcePrepositions.value(c, link.lowerBound, link.upperBound) != nil {
                        return at + needle.count
                    }
                    var titles = 0
                    i = lead
                    while let r = word(from: i), r.lowerBound < at {
                        // A capitalised word before a title is its portfolio or firm ("Labour Minister X").
                        let qualifier = UTF8Bytes.isUpper(c[r.lowerBound]) && word(from: r.upperBound + 1).map {
                            $0.lowerBound < at && lexicon.personTitles.value(c, $0.lowerBound, $0.upperBound) != nil
                        } == true
                        guard qualifier || lexicon.personTitles.value(c, r.lowerBound, r.upperBound) != nil else { return nil }
                        titles += 1
                        i = r.upperBound + 1
                    }
                    return titles > 0 && titles <= 3 ? at + needle.count : nil
                }
            }
        }

        /// The bytes of a pronoun ("it", "they") and the space after it, when `claim` opens with
        /// one before a verb of report, "also" allowed between ("it also said …"); nil otherwise.
        static func pronounReportLength(_ claim: String) -> Int? {
            let words = claim.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false)
            guard words.count == 2, GrammarLexicon.shared.impersonalPronouns.value(String(words[0])) != nil,
                  opensWithReport(String(words[1])) else { return nil }
            return words[0].utf8.count + 1
        }

        /// Whether `rest` opens with a verb of report, "also" allowed before it ("also said …").
        static func opensWithReport(_ rest: String) -> Bool {
            let words = rest.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard let first = words.first else { return false }
            let verb = first == "also" && words.count >= 2 ? words[1] : first
            return FactLexicon.shared.attributionVerbs.value(String(verb)) != nil
        }

        /// Whether one phrase holds the other, so saying both would say one line twice.
        static func overlap(_ a: String, _ b: String) -> Bool {
            LiteralText.contains(a, b, ignoringCase: true) || LiteralText.contains(b, a, ignoringCase: true)
        }

        /// For a topic named in the plural ("developers", "margins"), the template with the
        /// verb after `{topic}` in its plural form ("developers get airtime"); nil otherwise.
        static func agreeing(with topic: Topic) -> ((String) -> String)? {
            VerbAgreement.isPlural(topic.phrase) ? { GrammarLexicon.shared.agreement.plural($0, after: "topic") } : nil
        }

        /// `claim` without a ", according to …" segment inside or at its end ("pay could rise
        /// 30%, according to analysts at X, adding $400M" → "pay could rise 30%, adding $400M").
        static func withoutAccordingTo(_ claim: String) -> String {
            var copy = claim
            let marker: StaticString = ", according to "
            return copy.withUTF8 { b -> String in
                let needle = UnsafeBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount)
                guard let at = LiteralText.firstMatch(b, needle, from: 0, ignoringCase: false), at > 0 else { return claim }
                var end = at + needle.count
                while end < b.count, b[end] != 0x2C { end += 1 }
                return String(decoding: b[..<at], as: UTF8.self) + String(decoding: b[end...], as: UTF8.self)
            }
        }

        /// `claim` without an opening "<who>, " or "according to <who>, " ("According to
        /// analysts at X, the first move is likely in March"): the line names the source itself.
        static func withoutLeadingSource(_ claim: String, _ who: String) -> String {
            for lead in [who + ", ", "according to " + who + ", "] where claim.utf8.count > lead.utf8.count + 8 {
                if claim.utf8.prefix(lead.utf8.count).elementsEqual(lead.utf8, by: { UTF8Bytes.lower($0) == UTF8Bytes.lower($1) }) {
                    return String(decoding: claim.utf8.dropFirst(lead.utf8.count), as: UTF8.self)
                }
            }
            return claim
        }

        /// `claim` without a closing ", <who> said" or ", said <who>" (a few words may follow
        /// the verb: ", Ortiz said on Tuesday"): the line names the source itself.
        static func withoutTrailingSource(_ claim: String, _ who: String) -> String {
            // The last ", " by bytes (no Foundation search on the hot path).
            let u = claim.utf8
            guard let cut = u.indices.dropLast().last(where: { u[$0] == 0x2C && u[u.index(after: $0)] == 0x20 }) else { return claim }
            let comma = cut..<u.index(cut, offsetBy: 2)
            let tail = claim[comma.upperBound...].split(separator: " ").map(String.init)
            let name = who.split(separator: " ").map(String.init)
            guard !name.isEmpty, tail.count <= name.count + 3 else { return claim }
            let verbs = FactLexicon.shared.attributionVerbs
            // The source may be named by its last word alone ("Morimoto said").
            for source in [name, Array(name.suffix(1))] where tail.count > source.count {
                let nameFirst = Array(tail.prefix(source.count)) == source && verbs.value(tail[source.count]) != nil
                let verbFirst = verbs.value(tail[0]) != nil && Array(tail[1...source.count]) == source
                if nameFirst || verbFirst { return String(claim[..<comma.lowerBound]) }
            }
            return claim
        }

        /// Whether `{a}` occurs in `template` before the first `{b}`.
        static func slot(_ a: String, comesBefore b: String, in template: String) -> Bool {
            var t = template
            return t.withUTF8 { bytes in
                func at(_ name: String) -> Int? {
                    var marker = "{\(name)}"
                    return marker.withUTF8 { LiteralText.firstMatch(bytes, $0, from: 0, ignoringCase: false) }
                }
                guard let x = at(a), let y = at(b) else { return false }
                return x < y
            }
        }

        /// How many times the phrase of fact `f` occurs in `texts`.
        func times(said f: Int, in texts: [String]) -> Int {
            // A fact this message has not cited has not been said (and its phrase, perhaps
            // not made yet, need not be).
            guard cites.contains(facts[f].id) else { return 0 }
            var phrase = phrasebook.phrase(f)
            return phrase.withUTF8 { needle in
                var n = 0
                for var text in texts {
                    text.withUTF8 { hay in
                        var from = 0
                        while let at = LiteralText.firstMatch(hay, needle, from: from, ignoringCase: true) {
                            n += 1
                            from = at + max(1, needle.count)
                        }
                    }
                }
                return n
            }
        }

        /// The analysis templates for fact `f`: for a name, not a figure, those that do not
        /// speak of a number or a figure (grammar `figureWords`), when the voice has any.
        func analysisTemplates(for f: Int) -> [String] {
            let list = templates("analysis", of: f)
            guard !facts[f].kind.isFigure else { return list }
            let words = GrammarLexicon.shared.figureWords
            let plain = list.filter { !Self.says($0, anyOf: words) }
            return plain.isEmpty ? list : plain
        }

        /// Whether `who` is a person: a person the article names, by full name or by surname,
        /// or a name that opens with a given name or a person's title. A source that is none
        /// (a company, a group, "Wall Street") goes on as "it" or "they".
        func isPerson(_ who: String) -> Bool {
            if isTheCompany(who) { return false }
            // By index: a fact is read a field at a time, never copied whole.
            let facts = self.facts
            if facts.indices.contains(where: { facts[$0].kind == .person && (facts[$0].text == who || facts[$0].text.hasSuffix(" " + who)) }) {
                return true
            }
            let lexicon = FactLexicon.shared
            guard let first = who.split(separator: " ").first.map(String.init) else { return false }
            return lexicon.givenNames.value(first) != nil || lexicon.personTitles.value(first) != nil
        }

        /// Whether a source is a company speaking for itself, whose plan ("Acme said it would
        /// idle a plant") is what it says it will do: an organisation the article names that
        /// is no research firm ("Halden Research") and no source's employer.
        func isACompany(_ who: String) -> Bool { Self.isACompany(who, in: context) }

        static func isACompany(_ who: String, in context: DebateContext) -> Bool {
            let facts = context.sheet.facts, article = context.sheet.article
            guard !FactLexicon.shared.isOfficialBody(who),
                  !who.split(separator: " ").contains(where: { FactLexicon.shared.researchSources.value(String($0).lowercased()) != nil })
            else { return false }
            return facts.indices.contains { facts[$0].kind == .organization && facts[$0].text == who && !ArticleSubject.isSourcesEmployer(facts[$0], in: article) }
        }

        /// Whether a source is the company the article is about: "the company", its subject,
        /// a longer or shorter form of the subject's name ("Acme Robotics" for "Acme"), or one
        /// of its officers (`ArticleSubject.officers`).
        func isTheCompany(_ who: String) -> Bool { Self.isTheCompany(who, in: context) }

        static func isTheCompany(_ who: String, in context: DebateContext) -> Bool {
            ArticleSubject.speaksFor(who, subject: context.phrasebook.subject, officers: context.officers)
        }

        /// A topic the article raises without a figure, the one this persona weighs most.
        func missingTopic() -> Topic? {
            let weighted = context.uncoveredTopics.filter { abs(persona.weights.topic($0) ?? 0) >= 0.5 }
            return weighted.max { abs(persona.weights.topic($0) ?? 0) < abs(persona.weights.topic($1) ?? 0) }
        }

        // MARK: rebuttal

        mutating func rebuttal(stances x: [Double]) -> DebateMessage {
            let id = DebateMessage.id(round: round, seat: seat)
            // The seats before it in this round answer first: their plans are the same pure
            // function of what this seat can see, so it answers with a fact none of them has.
            let cited = DebateStateMachine.citations(history, factIndex: context.factIndex, seats: x.count)
            var answered: [Int] = [], claims: [Int] = []
            for s in 0..<seat {
                guard let earlier = DebateStateMachine.planRebuttal(
                    seat: s, stances: x, cited: cited, readings: context.readings, confidence: context.scenario.personas[s].confidence,
                    clauseOf: context.clauseOf, amounts: context.isAmount, avoiding: answered, answered: claims,
                    citable: context.citable, band: context.scenario.verdict.neutralBand) else { continue }
                guard let c = earlier.counterFact else { continue }
                answered.append(c)
                claims.append(earlier.targetFact)
            }
            guard let plan = DebateStateMachine.planRebuttal(
                seat: seat, stances: x, cited: cited, readings: context.readings, confidence: persona.confidence,
                clauseOf: context.clauseOf, amounts: context.isAmount, avoiding: answered, answered: claims,
                citable: context.citable, band: context.scenario.verdict.neutralBand),
                let counter = plan.counterFact else {
                return DebateMessage.abstention(round: round, seat: seat, speaker: persona.name, reason: "no claim to answer")
            }
            let target = context.scenario.personas[plan.target].name
            let claim = take(plan.targetFact)
            let answer = take(counter)
            // An answer that points the claim's way agrees, where the voice has the words for it.
            let move = plan.agrees && persona.voice.agree != nil ? "agree" : plan.concedes ? "concede" : "attack"
            let slots: Slots = ["target": target, "claim": claim, "counter": answer]
            // The answer speaks from the side of its counter fact, which answers the claim.
            speak(of: counter)
            let plain = plan.concedes ? "concede" : "attack"
            let headline = say(move, templates(move, of: counter), slots)
                ?? (move == plain ? nil : say(plain, templates(plain, of: counter), slots))
                ?? say(plan.concedes ? "attack" : "concede", templates(plan.concedes ? "attack" : "concede", topic: nil), slots)
                ?? "\(target) is wrong to lean on that claim."
            var text: [String] = []
            // A second sentence backs the answer with another figure; without one the
            // rebuttal ends, rather than say its answer twice.
            if let support = plan.supportFact, speak(of: support),
               let s = say("analysis", analysisTemplates(for: support), ["fact": phrasebook.phrase(support)]) {
                _ = take(support); text.append(s)
            }
            return DebateMessage(id: id, round: round, seat: seat, speaker: persona.name, kind: .rebuttal, headline: headline,
                                 text: text.joined(separator: " "), cites: cites, target: target, targetMessage: plan.targetMessage,
                                 targetFact: facts[plan.targetFact].id, concedes: plan.concedes, stanceBefore: x[seat])
        }
    }
}
