/// An article as plain text, cut into the sentences of its prose.
///
/// `text` is `article.text` of the contracts: every offset (UTF-8 bytes, `start` inclusive,
/// `end` exclusive) refers to it. Boilerplate is not removed from `text`; it is left out of
/// `sentences` and listed in `dropped`. Label/value boxes are kept in `labels`.
/// Parsing is O(n) in the text length.
public struct Article: Sendable {
    public let text: String
    public let bytes: [UInt8]
    public let sha256: String
    public let sentences: [Sentence]
    public let labels: [LabelBox]
    public let dropped: [DroppedLine]

    /// The first heading of the page, when it has one (usually the title).
    public var title: String? { dropped.first(where: { $0.reason == .heading })?.text }

    /// Whether the first sentence is a paragraph of its own, with more after it: a headline.
    public var opensWithHeadline: Bool { sentences.count > 1 && sentences[0].paragraph != sentences[1].paragraph }

    public init(text: String, filter: BoilerplateFilter = BoilerplateFilter(), splitter: SentenceSplitter = SentenceSplitter()) {
        self.text = text
        let bytes = Array(text.utf8)
        self.bytes = bytes
        self.sha256 = SHA256.hex(bytes)
        let parsed = bytes.withUnsafeBufferPointer { ArticleParser(p: $0, filter: filter, splitter: splitter).parse() }
        self.sentences = parsed.sentences
        self.labels = parsed.labels
        self.dropped = parsed.dropped
    }

    /// Reads an article from raw file bytes in `format`.
    public static func read(_ input: [UInt8], format: InputFormat, source: String = "input") throws -> Article {
        Article(text: try ArticleDecoder.decode(input, format: format, source: source))
    }

    /// This article, or `ArticleError.noProse` when nothing of it is prose or a label box (a
    /// page of navigation only): there is nothing to debate.
    public func withProse(source: String) throws -> Article {
        if sentences.isEmpty, labels.isEmpty { throw ArticleError.noProse(source: source) }
        return self
    }

    /// The same article as `read`, with the blocks of a long text parsed by several child
    /// tasks (`jobs`); parts are joined in order, so the result does not depend on `jobs`.
    public static func read(_ input: [UInt8], format: InputFormat, source: String = "input", jobs: Int) async throws -> Article {
        let text = try ArticleDecoder.decode(input, format: format, source: source)
        let bytes = Array(text.utf8)
        let filter = BoilerplateFilter()
        let splitter = SentenceSplitter()
        let blocks = bytes.withUnsafeBufferPointer { ArticleParser(p: $0, filter: filter, splitter: splitter).blocks() }
        let chunks = max(1, min(jobs * 2, blocks.count / 2_000))
        if chunks == 1 { return Article(text: text) }
        async let digest = SHA256.hex(bytes)
        let parts = await Chunks.map(count: blocks.count, chunks: chunks) { range, _ in
            bytes.withUnsafeBufferPointer { ArticleParser(p: $0, filter: filter, splitter: splitter).read(blocks[range]) }
        }
        let parsed = bytes.withUnsafeBufferPointer { ArticleParser(p: $0, filter: filter, splitter: splitter).assemble(parts) }
        return Article(text: text, bytes: bytes, sha256: await digest, parsed: parsed)
    }

    init(text: String, bytes: [UInt8], sha256: String, parsed: (sentences: [Sentence], labels: [LabelBox], dropped: [DroppedLine])) {
        self.text = text
        self.bytes = bytes
        self.sha256 = sha256
        self.sentences = parsed.sentences
        self.labels = parsed.labels
        self.dropped = parsed.dropped
    }

    /// The text of `start..<end`.
    public func slice(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// The one-pass parse behind `Article.init`: lines, soft-wrap joins, boxes, sentences.
struct ArticleParser {
    let p: UnsafeBufferPointer<UInt8>
    let filter: BoilerplateFilter
    let splitter: SentenceSplitter

    struct Line: Sendable { var start: Int; var end: Int }

    /// How many blocks from the top the headline and the dateline are looked for in: fewer than
    /// the smallest part the text is cut into for parallel reading.
    static let openingBlocks = 50

    /// What one run of blocks holds: prose sentences kept so far (with their paragraph,
    /// counted within the run, and whether they end in a question mark), label boxes, and
    /// the lines left out.
    struct Part: Sendable {
        var kept: [Kept] = []
        var paragraphs = 0
        var labels: [LabelBox] = []
        var dropped: [DroppedLine] = []
        /// The dropped lines that open a list of links or a closing section, and the other
        /// headings, by where they start: `assemble` reads them in order with the sentences.
        var cues: [(start: Int, cue: BoilerplateFilter.Cue)] = []
    }

    /// A sentence kept so far: where it is, its paragraph (within its run of blocks), whether
    /// it asks a question, and whether it is a whole line in a headline's shape (short, no
    /// final stop), as the items of a list of links are.
    struct Kept: Sendable {
        var start: Int
        var end: Int
        var paragraph: Int
        var question: Bool
        var headlineShaped: Bool
    }

    func parse() -> (sentences: [Sentence], labels: [LabelBox], dropped: [DroppedLine]) {
        let blocks = self.blocks()
        return assemble([read(blocks[...])])
    }

    /// Classifies the lines of `blocks` and splits their prose into sentences.
    func read(_ blocks: ArraySlice<[Line]>) -> Part {
        var part = Part()
        for (b, block) in zip(blocks.indices, blocks) {
            var k = 0
            let logical = joinWrapped(block)
            while k < logical.count {
                let line = logical[k]
                // The headline opens the text, or comes first after lines of navigation when it is
                // a headline's length ("Investor Home", "Press Releases" are none).
                // (Within the first blocks, which every cut of the text into parts reads in its first
                // part, so the result does not depend on the cut.)
                let opening = (b == 0 && k == 0) || (b < Self.openingBlocks && blocks.startIndex == 0 && part.kept.isEmpty && line.end - line.start >= 40)
                if let reason = filter.classifyLine(p, line.start, line.end, opening: opening) {
                    if reason == .heading, let box = labelBox(line, next: k + 1 < logical.count ? logical[k + 1] : nil) {
                        part.labels.append(box)
                        k += box.valueStart >= line.end ? 2 : 1
                        continue
                    }
                    part.dropped.append(drop(line.start, line.end, reason))
                    if let cue = filter.cue(p, line.start, line.end, reason: reason) { part.cues.append((line.start, cue)) }
                    k += 1
                    continue
                }
                let splits = splitter.split(p, line.start, line.end)
                let headlineShaped = splits.count == 1 && !filter.endsWithTerminal(p, line.start, line.end)
                    && WordSpans(p, line.start, line.end, limit: 21).count <= 20
                for (n, split) in splits.enumerated() {
                    // The story's first sentence (after its headline and a subtitle) starts after its dateline
                    // ("NEW YORK, March 12 (Reuters) - ").
                    var range = split
                    if n == 0, b < Self.openingBlocks, blocks.startIndex == 0, part.kept.count <= 2, let cut = Dateline.end(p, split.lowerBound, split.upperBound) {
                        part.dropped.append(drop(split.lowerBound, cut, .dateline))
                        range = cut..<split.upperBound
                    }
                    if let reason = filter.classifySentence(p, range.lowerBound, range.upperBound) {
                        part.dropped.append(drop(range.lowerBound, range.upperBound, reason))
                    } else {
                        part.kept.append(Kept(start: range.lowerBound, end: range.upperBound, paragraph: part.paragraphs,
                                              question: UTF8Bytes.endsWithQuestion(p, range.lowerBound, range.upperBound), headlineShaped: headlineShaped))
                    }
                }
                part.paragraphs += 1
                k += 1
            }
        }
        return part
    }

    /// Joins consecutive parts: drops the items of link lists and closing sections and runs
    /// of questions, numbers sentences and paragraphs. Reads the parts in document order, so
    /// the result does not depend on where the text was cut into parts.
    func assemble(_ parts: [Part]) -> (sentences: [Sentence], labels: [LabelBox], dropped: [DroppedLine]) {
        var kept: [Kept] = []
        var labels: [LabelBox] = []
        var dropped: [DroppedLine] = []
        var cues: [(start: Int, cue: BoilerplateFilter.Cue)] = []
        var offset = 0
        for part in parts {
            kept.append(contentsOf: part.kept.map { var k = $0; k.paragraph += offset; return k })
            offset += part.paragraphs
            labels.append(contentsOf: part.labels)
            dropped.append(contentsOf: part.dropped)
            cues.append(contentsOf: part.cues)
        }
        kept = withoutListsAndSections(kept, cues: cues, into: &dropped)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(kept.count)
        var lastParagraph = -1
        var paragraphIndex = -1
        for (i, k) in kept.enumerated() {
            let inRun = k.question && ((i > 0 && kept[i - 1].question) || (i + 1 < kept.count && kept[i + 1].question))
            if inRun {
                dropped.append(drop(k.start, k.end, .questionList))
                continue
            }
            if k.paragraph != lastParagraph { lastParagraph = k.paragraph; paragraphIndex += 1 }
            sentences.append(Sentence(index: sentences.count, text: text(k.start, k.end), start: k.start, end: k.end, paragraph: paragraphIndex))
        }
        endTruncation(&sentences, into: &dropped)
        dropped.sort { $0.start < $1.start }
        return (sentences, labels, dropped)
    }

    /// A text cut off mid-sentence (a paste or an excerpt that stops at a length: "… would weigh
    /// on margins through the ye") ends on a sentence with no stop, after prose that has them,
    /// whose last word looks cut: a function word ("of", "the") or one to three lowercase
    /// letters that are no whole word a sentence ends on (`grammar.json phrases.shortEndings`).
    /// That sentence ends at its last comma when that leaves six words or more and at most
    /// two after it ("…, over a two-year stretch, wel"); else it goes where its paragraph has
    /// sentences before it, and stays where it is its paragraph's only one. What is cut is a
    /// `fragment`.
    func endTruncation(_ sentences: inout [Sentence], into dropped: inout [DroppedLine]) {
        guard sentences.count >= 3, let last = sentences.last, last.paragraph > 0,
              !filter.endsWithTerminal(p, last.start, last.end),
              filter.endsWithTerminal(p, sentences[sentences.count - 2].start, sentences[sentences.count - 2].end) else { return }
        var w = last.end
        while w > last.start, UTF8Bytes.isLetter(p[w - 1]) { w -= 1 }
        let letters = last.end - w
        guard letters > 0, w == last.start || UTF8Bytes.isSpace(p[w - 1]) else { return }
        let grammar = GrammarLexicon.shared
        let cut = grammar.danglerWords.value(p, w, last.end) != nil
            || (1...3).contains(letters) && (w..<last.end).allSatisfy { UTF8Bytes.isLower(p[$0]) } && grammar.shortEndings.value(p, w, last.end) == nil
        guard cut else { return }
        if let comma = (last.start..<last.end).last(where: { p[$0] == 0x2C }),
           WordSpans(p, last.start, comma).count >= 6, WordSpans(p, comma + 1, last.end).count <= 2 {
            var tail = comma + 1
            while tail < last.end, UTF8Bytes.isSpace(p[tail]) { tail += 1 }
            dropped.append(drop(tail, last.end, .fragment))
            sentences[sentences.count - 1].end = comma
            sentences[sentences.count - 1].text = text(last.start, comma)
        } else if sentences[sentences.count - 2].paragraph == last.paragraph {
            dropped.append(drop(last.start, last.end, .fragment))
            sentences.removeLast()
        }
    }

    /// `kept` without what page furniture holds once the article has begun: the headline-shaped
    /// lines after a list's cue ("Most Read", "Related stories") up to the first line of prose,
    /// and everything after a closing section's cue ("Forward-Looking Statements", "About
    /// Acme") up to the next other heading. What goes is added to `dropped`.
    func withoutListsAndSections(_ kept: [Kept], cues: [(start: Int, cue: BoilerplateFilter.Cue)], into dropped: inout [DroppedLine]) -> [Kept] {
        guard !cues.isEmpty else { return kept }
        enum State { case prose, list, section }
        var out: [Kept] = []
        out.reserveCapacity(kept.count)
        var state = State.prose
        var c = 0
        for k in kept {
            while c < cues.count, cues[c].start < k.start {
                switch cues[c].cue {
                case .list: if !out.isEmpty { state = .list }
                case .section: if !out.isEmpty { state = .section }
                case .heading: state = .prose
                }
                c += 1
            }
            switch state {
            case .list where k.headlineShaped:
                dropped.append(drop(k.start, k.end, .promotion))
                continue
            case .section:
                dropped.append(drop(k.start, k.end, .disclaimer))
                continue
            default:
                state = .prose
                out.append(k)
            }
        }
        return out
    }

    /// Runs of non-blank lines, each line trimmed.
    func blocks() -> [[Line]] {
        var blocks: [[Line]] = []
        var current: [Line] = []
        var i = 0
        let n = p.count
        while i <= n {
            var e = i
            while e < n, p[e] != 0x0A { e += 1 }
            let start = splitter.skipSpace(p, i, e)
            let end = splitter.trimEnd(p, start, e)
            if end > start {
                current.append(Line(start: start, end: end))
            } else if !current.isEmpty {
                blocks.append(current)
                current = []
            }
            i = e + 1
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    /// Joins hard-wrapped lines of one paragraph: a long line without a final stop that is
    /// not a title runs on into the next line unless that one starts a list item.
    func joinWrapped(_ lines: [Line]) -> [Line] {
        var out: [Line] = []
        // Whether the last line out is lines joined already: no title, so its words need not
        // be read again for each line that joins it.
        var joined = false
        for line in lines {
            if var last = out.last, runsOn(last, into: line, joined: joined) {
                last.end = line.end
                out[out.count - 1] = last
                joined = true
            } else {
                out.append(line)
                joined = false
            }
        }
        return out
    }

    /// Whether line `a` is wrapped text that `b` goes on with. A wrapped line is filled to its
    /// width, so a next line much longer than it starts a paragraph of its own (a headline
    /// over a paragraph written on one line). Lines `joined` already are no title.
    func runsOn(_ a: Line, into b: Line, joined: Bool = false) -> Bool {
        guard a.end - a.start >= 50, !filter.endsWithTerminal(p, a.start, a.end), joined || !isTitleCase(a) else { return false }
        if b.end - b.start > (a.end - a.start) * 3 / 2 + 10 { return false }
        if splitter.skipBullet(p, b.start, b.end) != b.start { return false }
        let c = p[b.start]
        return UTF8Bytes.isLower(c) || UTF8Bytes.isDigit(c) || c == 0x24 || a.end - a.start >= 60
    }

    func isTitleCase(_ line: Line) -> Bool {
        filter.isTitleCase(p, WordSpans(p, line.start, line.end))
    }

    /// A label line and its value: on the next line ("Sentiment Score" / "0.15"), or at the
    /// end of the same line ("Fed Funds Rate 3.64%").
    func labelBox(_ line: Line, next: Line?) -> LabelBox? {
        let words = WordSpans(p, line.start, line.end)
        if words.figureCount == 0, words.spans.count <= 5, let next, isValueLine(next) {
            return LabelBox(label: text(line.start, line.end), value: text(next.start, next.end),
                            labelStart: line.start, labelEnd: line.end, valueStart: next.start, valueEnd: next.end)
        }
        guard words.spans.count <= 6, words.figureCount == 1, UTF8Bytes.isUpper(p[line.start]) else { return nil }
        var v = line.end
        while v > line.start, !UTF8Bytes.isSpace(p[v - 1]) { v -= 1 }
        guard v > line.start, v < line.end, isFigureStart(p[v]) else { return nil }
        let labelEnd = splitter.trimEnd(p, line.start, v)
        return LabelBox(label: text(line.start, labelEnd), value: text(v, line.end),
                        labelStart: line.start, labelEnd: labelEnd, valueStart: v, valueEnd: line.end)
    }

    func isValueLine(_ line: Line) -> Bool {
        let words = WordSpans(p, line.start, line.end)
        if isFigureStart(p[line.start]) { return words.spans.count <= 2 }
        return words.figureCount == 0 && words.spans.count <= 3 && UTF8Bytes.isLower(p[line.start])
            && !filter.hasVerb(p, words) && !filter.endsWithTerminal(p, line.start, line.end)
    }

    func isFigureStart(_ b: UInt8) -> Bool {
        UTF8Bytes.isDigit(b) || b == 0x24 || b == 0x2B || b == 0x2D || b == 0x7E || b == 0xE2 || b == 0xC2
    }

    func text(_ start: Int, _ end: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self) }

    func drop(_ start: Int, _ end: Int, _ reason: DropReason) -> DroppedLine {
        DroppedLine(text: text(start, end), start: start, end: end, reason: reason)
    }
}
