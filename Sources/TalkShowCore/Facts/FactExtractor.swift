/// Reads an `Article` into a `FactSheet`: per sentence its topics, polarity, certainty and
/// attribution; per figure and name a `Fact` with its clause. Deterministic and O(n).
public struct FactExtractor: Sendable {
    public let lexicon: FactLexicon
    public let reader: TextReader

    public init(lexicon: FactLexicon = .shared) {
        self.lexicon = lexicon
        self.reader = TextReader(lexicon: lexicon)
    }

    public func extract(_ article: Article) -> FactSheet {
        article.bytes.withUnsafeBufferPointer { p in
            let all = 0..<article.sentences.count
            // Both passes read the same tokens: an article of ordinary length is tokenized
            // once; a long one twice, so its tokens are never all held at once.
            let tokens = article.bytes.count <= Self.tokenCacheBytes ? article.sentences.map { sentence in
                var t: [Token] = []
                // A token takes about five bytes of text: one allocation holds most sentences'.
                t.reserveCapacity((sentence.end - sentence.start) / 4 + 4)
                Tokenizer.tokens(p, sentence.start, sentence.end, into: &t)
                return t
            } : nil
            // With the tokens, each sentence's name runs are kept for the second pass too.
            let evidence = nameEvidence(article, p, all, tokens: tokens)
            let known = merge([evidence])
            var (analyses, facts) = extract(article, p, known: known, range: all, tokens: tokens, runs: tokens == nil ? nil : evidence.runs)
            return finish(article, p, &analyses, &facts)
        }
    }

    /// Articles up to this size keep every sentence's tokens between the two passes.
    static let tokenCacheBytes = 1 << 20

    /// The same sheet as `extract`, with the sentences of a long article read by several
    /// child tasks at once (`jobs`, all cores by default). Chunks are joined in order, so the
    /// result is identical whatever the number of jobs.
    public func extract(_ article: Article, jobs: Int) async -> FactSheet {
        await extractChunks(article, jobs: jobs).joined()
    }

    /// The sheet of `extract(_:jobs:)` left in the chunks its child tasks read, for a caller
    /// that only writes it out: a long article's facts are never copied into one array.
    public func extractChunks(_ article: Article, jobs: Int) async -> ChunkedFactSheet {
        let count = article.sentences.count
        // A few chunks per job, so one slow core does not hold the others up.
        let chunks = max(1, min(jobs * 4, count / Self.sentencesPerJob))
        if chunks == 1 {
            let sheet = extract(article)
            return ChunkedFactSheet(article: article, sentences: [sheet.sentences], facts: [sheet.facts])
        }
        let evidence = await Chunks.map(count: count, chunks: chunks) { range, _ in
            article.bytes.withUnsafeBufferPointer { nameEvidence(article, $0, range) }
        }
        let known = merge(evidence)
        var parts = await Chunks.map(count: count, chunks: chunks) { range, _ in
            article.bytes.withUnsafeBufferPointer { extract(article, $0, known: known, range: range) }
        }
        // Each chunk's arrays are taken over, not shared, so numbering the facts copies nothing.
        var analyses: [[SentenceAnalysis]] = [], facts: [[Fact]] = []
        for i in parts.indices {
            var a: [SentenceAnalysis] = [], f: [Fact] = []
            swap(&a, &parts[i].0)
            swap(&f, &parts[i].1)
            analyses.append(a)
            facts.append(f)
        }
        return article.bytes.withUnsafeBufferPointer { p in
            finish(article, p, &facts)
            return ChunkedFactSheet(article: article, sentences: analyses, facts: facts)
        }
    }

    /// Below this many sentences per job, one task reads the whole article.
    static let sentencesPerJob = 2_000
    /// How many sentences back a "he said" may find the person it means.
    static let personWindow = 8

    struct Found {
        var kind: FactKind
        var start: Int
        var end: Int
        var sentence: Int
        var clause: Range<Int>
        var figure: Figure?
        var entity: EntityReader.Entity?
    }

    /// Reads the sentences of `range`, after re-reading up to `personWindow` sentences before
    /// it for the last person named, so a chunk reads exactly as it would in one pass.
    /// `tokens` and `runs`, when given, hold every sentence's tokens and name runs, by sentence index.
    func extract(_ article: Article, _ p: UnsafeBufferPointer<UInt8>, known: [NameKey: FactKind], range: Range<Int>,
                 tokens cached: [[Token]]? = nil, runs cachedRuns: [[EntityReader.NameRun]]? = nil) -> ([SentenceAnalysis], [Fact]) {
        var tokens: [Token] = []
        tokens.reserveCapacity(64)
        var senses: [Sense] = []
        senses.reserveCapacity(64)
        var analyses: [SentenceAnalysis] = []
        analyses.reserveCapacity(range.count)
        var facts: [Fact] = []
        facts.reserveCapacity(range.count * 2)
        var lastPerson: (sentence: Int, name: String)? = nil
        var order: [(Int, Int, Int)] = []
        // Each sentence's findings, in storage kept from one sentence to the next.
        var figures: [Figure] = [], tickers: [EntityReader.Entity] = [], names: [EntityReader.Entity] = []
        for sentence in article.sentences[max(0, range.lowerBound - Self.personWindow)..<range.upperBound] {
            let warmup = sentence.index < range.lowerBound
            if let cached { tokens = cached[sentence.index] } else { Tokenizer.tokens(p, sentence.start, sentence.end, into: &tokens) }
            let n = tokens.count
            lexicon.senses(p, tokens, into: &senses)
            let topics = reader.topics(senses, 0, n)
            var polarity = reader.polarity(p, tokens, senses, 0, n)
            var certainty = reader.certainty(p, tokens, senses, 0, n)
            FigureReader(p: p, t: tokens, from: 0, to: n, lexicon: lexicon).figures(into: &figures)
            let assertsNothing = reader.assertsNothing(p, tokens, start: sentence.start, end: sentence.end, hasFigures: !figures.isEmpty)
            if assertsNothing {
                polarity = 0
                certainty = 0
                figures.removeAll()
            }
            // A sentence that opens on a past time ("At the time, …") says what was thought
            // then: it reads neither way now.
            let former = n > 1 && GrammarLexicon.shared.formerTimes.match(p, tokens, 0, n) != nil
            if former { polarity = 0 }
            let revision = figures.first { $0.revised }
            if !former, let r = revision, let d = r.direction {
                polarity = reader.revised(polarity, d, p, tokens, senses, r.first, r.last - r.first + 1, 0, n)
            }
            let entityReader = EntityReader(p: p, t: tokens, from: 0, to: n, lexicon: lexicon)
            entityReader.tickers(into: &tickers)
            let runs = cachedRuns?[sentence.index] ?? entityReader.nameRuns()
            // A Title Case headline capitalises every word: only names the article confirms count.
            if sentence.index == 0, entityReader.isTitleCase() {
                entityReader.confirmedNames(runs, known: known, into: &names)
            } else {
                entityReader.names(runs, known: known, into: &names)
            }
            names.removeAll { name in
                name.fallback || tickers.contains { $0.first <= name.last && name.first <= $0.last }
                    || figures.contains { $0.first <= name.first && name.last <= $0.last }
            }
            if assertsNothing {
                tickers.removeAll()
                names.removeAll()
            }
            if let person = names.last(where: { $0.kind == .person }) {
                lastPerson = (sentence.index, String(decoding: UnsafeBufferPointer(rebasing: p[person.start..<person.end]), as: UTF8.self))
            }
            if warmup { continue }
            let recentPerson = lastPerson.flatMap { sentence.index - $0.sentence <= Self.personWindow ? $0.name : nil }
            let attribution = reader.attribution(p, tokens, senses, 0, n, lastPerson: recentPerson)
            analyses.append(SentenceAnalysis(index: sentence.index, text: sentence.text, start: sentence.start, end: sentence.end,
                                             topics: Topic.list(topics), polarity: polarity, certainty: certainty,
                                             attribution: attribution))
            // Most sentences state no fact: their clauses are never cut.
            var cut: [Range<Int>]? = nil
            func clauseOf(_ tokenIndex: Int) -> Range<Int> {
                let clauses = cut ?? reader.clauses(p, tokens, senses, 0, n)
                cut = clauses
                return clauses.first { $0.contains(tokenIndex) } ?? clauses.min { abs($0.lowerBound - tokenIndex) < abs($1.lowerBound - tokenIndex) }!
            }
            // Facts of one clause share its reading and its text (a sentence has a few clauses:
            // a list, not a hashed table).
            var clauseReadings: [(start: Int, topics: [Topic], polarity: Double, text: String, certainty: Double)] = []
            func reading(_ clause: Range<Int>) -> (topics: [Topic], polarity: Double, text: String, certainty: Double) {
                if let r = clauseReadings.first(where: { $0.start == clause.lowerBound }) { return (r.topics, r.polarity, r.text, r.certainty) }
                var clausePolarity = former ? 0 : reader.polarity(p, tokens, senses, clause.lowerBound, clause.upperBound)
                if !former, let r = revision, let d = r.direction {
                    clausePolarity = reader.revised(clausePolarity, d, p, tokens, senses, r.first, r.last - r.first + 1,
                                                    clause.lowerBound, clause.upperBound)
                }
                // A hedge in another clause does not hedge this one: "X said costs would rise,
                // and the company plans to cut 400 jobs".
                let clauseCertainty = clause == 0..<n ? certainty : reader.certainty(p, tokens, senses, clause.lowerBound, clause.upperBound)
                // A name's move by a percentage or an amount that names nothing else it moves
                // ("Bitcoin fell 4% to $68,000", "Acme (ACME) dropped 9%") is its price's: the
                // clause is about valuation.
                var topicBits = reader.topics(senses, clause.lowerBound, clause.upperBound)
                if topicBits == 0, let g = figures.first(where: { g in
                    g.direction != nil && (g.kind == .percent || g.kind == .money) && clause.contains(g.first)
                }), names.contains(where: { $0.kind != .person && clause.contains($0.first) && $0.first < g.first })
                    || tickers.contains(where: { clause.contains($0.first) && $0.first < g.first }) { topicBits = Topic.valuation.bit }
                let r = (Topic.list(topicBits),
                         clausePolarity,
                         article.slice(tokens[clause.lowerBound].start, tokens[clause.upperBound - 1].end),
                         clauseCertainty)
                clauseReadings.append((clause.lowerBound, r.0, r.1, r.2, r.3))
                return r
            }
            func make(_ kind: FactKind, _ start: Int, _ end: Int, _ firstToken: Int) -> Fact {
                let clause = clauseOf(firstToken)
                let (clauseTopics, clausePolarity, clauseText, clauseCertainty) = reading(clause)
                let cStart = tokens[clause.lowerBound].start
                let cEnd = tokens[clause.upperBound - 1].end
                return Fact(kind: kind, text: article.slice(start, end), sentence: sentence.index, start: start, end: end,
                            clause: clauseText, clauseStart: cStart, clauseEnd: cEnd,
                            topics: clauseTopics, polarity: clausePolarity,
                            certainty: relativeClause(around: firstToken, in: clause).map { reader.certainty(p, tokens, senses, $0.lowerBound, $0.upperBound) }
                                ?? clauseCertainty,
                            attribution: attribution)
            }
            // A figure in a relative clause set off by a comma (`grammar.json
            // phrases.relativePronouns`: "…, according to analysts at Brookmere, who cut their
            // price target to $84") is as sure as that clause says, not as the hedge before it
            // ("could lead to fines").
            func relativeClause(around k: Int, in clause: Range<Int>) -> Range<Int>? {
                var j = k - 1
                while j > clause.lowerBound {
                    let t = tokens[j]
                    if t.kind == .symbol, p[t.start] == 0x2C { return nil }
                    if t.kind == .word, tokens[j - 1].kind == .symbol, p[tokens[j - 1].start] == 0x2C,
                       GrammarLexicon.shared.relativePronouns.value(p, t.start, t.end) != nil {
                        var e = k + 1
                        while e < clause.upperBound, !(tokens[e].kind == .symbol && p[tokens[e].start] == 0x2C) { e += 1 }
                        return j..<e
                    }
                    j -= 1
                }
                return nil
            }
            // Facts in order of their start, a figure before a name at the same place; the
            // order is sorted by index so no fact is moved more than once.
            order.removeAll(keepingCapacity: true)
            for (i, f) in figures.enumerated() { order.append((f.start, 0, i)) }
            for (i, e) in tickers.enumerated() { order.append((e.start, 1, i)) }
            for (i, e) in names.enumerated() { order.append((e.start, 2, i)) }
            order.sort { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
            for (_, source, i) in order {
                if source == 0 {
                    let f = figures[i]
                    facts.append(make(f.kind, f.start, f.end, f.first))
                    facts[facts.count - 1].apply(f)
                } else {
                    let e = source == 1 ? tickers[i] : names[i]
                    facts.append(make(e.kind, e.start, e.end, e.first))
                    facts[facts.count - 1].symbol = e.symbol
                    facts[facts.count - 1].exchange = e.exchange
                }
            }
        }
        return (analyses, facts)
    }

    /// Adds the label facts, orders every fact and numbers them f1, f2, ….
    func finish(_ article: Article, _ p: UnsafeBufferPointer<UInt8>, _ analyses: inout [SentenceAnalysis], _ facts: inout [Fact]) -> FactSheet {
        var chunks = [facts]
        facts = []
        finish(article, p, &chunks)
        var sheet = FactSheet(article: article, sentences: [], facts: [])
        swap(&sheet.sentences, &analyses)
        sheet.facts = chunks.count == 1 ? chunks.removeLast() : Chunks.joined(&chunks, blank: Fact.blank)
        return sheet
    }

    /// The same over the facts of consecutive chunks; the label facts come last, in a chunk of
    /// their own.
    func finish(_ article: Article, _ p: UnsafeBufferPointer<UInt8>, _ chunks: inout [[Fact]]) {
        if !article.labels.isEmpty { chunks.append(labelFacts(article, p)) }
        // Sentence facts arrive in order and labels after them; sort only if that ever fails.
        func key(_ f: Fact) -> (Int, Int) { f.sentence == nil ? (Int.max, f.start) : (f.start, 0) }
        var previous: (Int, Int)? = nil
        let ordered = chunks.allSatisfy { chunk in
            chunk.allSatisfy { f in
                defer { previous = key(f) }
                return previous.map { key(f) >= $0 } ?? true
            }
        }
        if !ordered {
            var all = Chunks.joined(&chunks, blank: Fact.blank)
            all.sort { key($0) < key($1) }
            chunks = [all]
        }
        var number = 0
        for c in chunks.indices {
            for i in chunks[c].indices {
                number += 1
                chunks[c][i].id = "f" + String(number)
            }
        }
    }

    /// Facts of label/value boxes: the figure of the value, labelled, with no sentence.
    func labelFacts(_ article: Article, _ p: UnsafeBufferPointer<UInt8>) -> [Fact] {
        var out: [Fact] = []
        var tokens: [Token] = []
        for box in article.labels {
            Tokenizer.tokens(p, box.valueStart, box.valueEnd, into: &tokens)
            let figures = FigureReader(p: p, t: tokens, from: 0, to: tokens.count, lexicon: lexicon).figures()
            Tokenizer.tokens(p, box.labelStart, box.labelEnd, into: &tokens)
            var senses: [Sense] = []
            lexicon.senses(p, tokens, into: &senses)
            let topics = Topic.list(reader.topics(senses, 0, tokens.count))
            for f in figures {
                var fact = Fact(kind: f.kind, text: article.slice(f.start, f.end), sentence: nil, start: f.start, end: f.end,
                                clause: article.slice(box.labelStart, box.valueEnd), clauseStart: box.labelStart,
                                clauseEnd: box.valueEnd, topics: topics)
                fact.label = box.label
                fact.apply(f)
                out.append(fact)
            }
        }
        return out
    }

    /// What the sentences of `range` say about names: kinds in order of first mention, and
    /// how often each unclassified capitalised word or run recurs.
    struct NameEvidence: Sendable {
        var kinds: [(NameKey, FactKind)] = []
        var counts: [NameKey: Int] = [:]
        /// Capitalised words no lexicon knows that open a sentence ("Coinvault, once one of
        /// …"): a name, when the article uses it often enough.
        var openingCounts: [NameKey: Int] = [:]
        /// The name runs of each sentence, by index, when the tokens were given.
        var runs: [[EntityReader.NameRun]] = []
    }

    /// With `tokens` (every sentence's), the evidence keeps each sentence's name runs too.
    func nameEvidence(_ article: Article, _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, tokens cached: [[Token]]? = nil) -> NameEvidence {
        var evidence = NameEvidence()
        if cached != nil { evidence.runs.reserveCapacity(range.count) }
        var tokens: [Token] = []
        for sentence in article.sentences[range] {
            if let cached { tokens = cached[sentence.index] } else { Tokenizer.tokens(p, sentence.start, sentence.end, into: &tokens) }
            let reader = EntityReader(p: p, t: tokens, from: 0, to: tokens.count, lexicon: lexicon)
            let runs = reader.nameRuns()
            if cached != nil { evidence.runs.append(runs) }
            // A Title Case headline's capitals are no evidence of names.
            if sentence.index == 0, reader.isTitleCase() { continue }
            for e in reader.names(runs, known: [:]) {
                let key = NameKey.of(p, e.start, e.end)
                if e.fallback {
                    evidence.counts[key, default: 0] += 1
                    continue
                }
                evidence.kinds.append((key, e.kind))
                if e.kind == .person || e.kind == .organization { wordKinds(of: e, article, p, into: &evidence) }
            }
            if let first = tokens.first, first.kind == .word, first.capitalized, !first.allCaps, first.nameEnd - first.start >= 3,
               lexicon.combined.value(p, first.start, first.nameEnd) == nil, lexicon.nonEntity.nameValue(p, first) == nil,
               lexicon.verbs.nameValue(p, first) == nil, lexicon.places.nameValue(p, first) == nil, lexicon.months.nameValue(p, first) == nil,
               lexicon.personTitles.nameValue(p, first) == nil, lexicon.givenNames.nameValue(p, first) == nil,
               Self.opensAsSubject(p, tokens, lexicon) {
                evidence.openingCounts[NameKey.of(p, first.start, first.nameEnd), default: 0] += 1
            }
            for k in 1..<max(1, tokens.count) where tokens[k].kind == .word && tokens[k].capitalized && !tokens[k].allCaps {
                let token = tokens[k]
                if token.nameEnd < token.end, k + 1 < tokens.count, tokens[k + 1].kind == .word,
                   lexicon.eponymNouns.exactValue(tokens[k + 1].fullKey) != nil { continue }
                if token.nameEnd - token.start >= 3, lexicon.nonEntity.nameValue(p, token) == nil, lexicon.places.nameValue(p, token) == nil,
                   lexicon.months.nameValue(p, token) == nil, lexicon.personTitles.nameValue(p, token) == nil {
                    evidence.counts[NameKey.of(p, token.start, token.nameEnd), default: 0] += 1
                }
            }
        }
        return evidence
    }

    /// Whether the first word of a sentence stands as its subject: a possessive ("Coinvault's
    /// troubles"), or before a comma ("Coinvault, once …") or a finite verb ("Coinvault had
    /// been …"), not before a noun it modifies ("Research spending will …").
    static func opensAsSubject(_ p: UnsafeBufferPointer<UInt8>, _ t: [Token], _ lexicon: FactLexicon) -> Bool {
        guard t.count > 1 else { return false }
        if t[0].nameEnd < t[0].end { return true }
        let next = t[1]
        if next.kind == .symbol { return p[next.start] == 0x2C }
        guard next.kind == .word, !next.capitalized else { return false }
        if UTF8Bytes.endsWith(p, next.start, next.end, 0x65, 0x64, minLength: 4) { return true }
        return lexicon.verbs.value(p, next) != nil && !UTF8Bytes.endsWith(p, next.start, next.end, 0x6E, 0x67, minLength: 5)
    }

    /// The kinds a name's words take from it: a person's surname, and an organisation's first
    /// word and its words but the last when the name ends in a corporate suffix ("Acme" of
    /// "Acme Corp", "Granger Hill" of "Granger Hill Capital"), not an
    /// institution's ("Labour" of "Labour Statistics Office"). The words are
    /// those of the name split at spaces; an ASCII name is split over its bytes.
    func wordKinds(of e: EntityReader.Entity, _ article: Article, _ p: UnsafeBufferPointer<UInt8>, into evidence: inout NameEvidence) {
        guard UnsafeBufferPointer(rebasing: p[e.start..<e.end]).allSatisfy({ $0 < 0x80 }) else {
            let words = article.slice(e.start, e.end).split(separator: " ")
            if e.kind == .person, let last = words.last, words.count > 1 { evidence.kinds.append((NameKey.of(String(last)), .person)) }
            if e.kind == .organization, let first = words.first, words.count > 1, first.count > 2,
               lexicon.corporateSuffixes.value(String(words.last!)) != nil, lexicon.institutionalSuffixes.value(String(words.last!)) == nil,
               lexicon.nonEntity.value(String(first)) == nil {
                evidence.kinds.append((NameKey.of(String(first)), .organization))
                if words.count > 2 { evidence.kinds.append((NameKey.of(words.dropLast().joined(separator: " ")), .organization)) }
            }
            return
        }
        var first = 0..<0, last = 0..<0, count = 0
        var beforeLastEnd = e.start
        var singleSpaced = true
        var i = e.start
        while i < e.end {
            let gap = i
            while i < e.end, p[i] == 0x20 { i += 1 }
            guard i < e.end else { break }
            if count > 0, i - gap != 1 { singleSpaced = false }
            let start = i
            while i < e.end, p[i] != 0x20 { i += 1 }
            if count == 0 { first = start..<i }
            if count > 0 { beforeLastEnd = last.upperBound }
            last = start..<i
            count += 1
        }
        guard count > 1 else { return }
        if e.kind == .person { evidence.kinds.append((NameKey.of(p, last.lowerBound, last.upperBound), .person)) }
        if e.kind == .organization, first.count > 2, lexicon.corporateSuffixes.value(p, last.lowerBound, last.upperBound) != nil,
           lexicon.institutionalSuffixes.value(p, last.lowerBound, last.upperBound) == nil,
           lexicon.nonEntity.value(p, first.lowerBound, first.upperBound) == nil {
            evidence.kinds.append((NameKey.of(p, first.lowerBound, first.upperBound), .organization))
            // "Granger Hill" of "Granger Hill Capital" too.
            if count > 2 {
                let key = singleSpaced ? NameKey.of(p, first.lowerBound, beforeLastEnd)
                    : NameKey.of(article.slice(first.lowerBound, beforeLastEnd).split(separator: " ").joined(separator: " "))
                evidence.kinds.append((key, .organization))
            }
        }
    }

    /// The names whose kind one mention makes clear, for the mentions that do not say (a
    /// person's surname, an organisation's first word, and single capitalised words that
    /// recur mid-sentence, most often the company the article is about), from the evidence
    /// of consecutive chunks: the first kind given to a name wins, and a word or run that
    /// recurs unclassified is taken for an organisation. A word no lexicon knows that opens
    /// sentences counts with its mentions inside them, or alone when it opens three.
    func merge(_ parts: [NameEvidence]) -> [NameKey: FactKind] {
        var known: [NameKey: FactKind] = [:]
        var counts: [NameKey: Int] = [:], openings: [NameKey: Int] = [:]
        for part in parts {
            for (name, kind) in part.kinds where known[name] == nil { known[name] = kind }
            for (w, c) in part.counts { counts[w, default: 0] += c }
            for (w, c) in part.openingCounts { openings[w, default: 0] += c }
        }
        for (w, c) in openings where known[w] == nil && (c >= 3 || (counts[w] ?? 0) >= 1) { counts[w, default: 0] += c }
        for (w, c) in counts where c >= 2 && known[w] == nil { known[w] = .organization }
        return known
    }
}
