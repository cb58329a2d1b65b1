/// Reduces Markdown to plain text, line by line: heading and quote markers, list bullets,
/// emphasis, strike-through, inline code, footnote marks, escapes and link syntax go; link
/// text stays; images, code blocks, reference and footnote definitions, rules, setext
/// underlines and comments are dropped. Front matter (`---` YAML or `+++` TOML at the top)
/// is metadata: its `title` opens the text when no heading does. A table keeps its cells,
/// a row to a line. Inline HTML tags are removed, a block tag or `<br>` breaking the line;
/// entities are decoded. O(n): a search for a closing mark that failed is not repeated.
enum MarkdownText {
    static func plainText(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let (title, bodyStart) = frontMatter(bytes)
        let body = withoutComments(Array(bytes[bodyStart...]))
        var inFence = false
        var first = true
        for lineSlice in body.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let trimmed = lineSlice.drop(while: { UTF8Bytes.isHorizontalSpace($0) })
            if first, !trimmed.isEmpty {
                first = false
                // The front matter's title is the headline when the text opens with no heading of its own.
                if let title, trimmed.first != 0x23 {
                    out.append(contentsOf: inline(title))
                    out.append(0x0A); out.append(0x0A)
                }
            }
            if trimmed.starts(with: Array("```".utf8)) || trimmed.starts(with: Array("~~~".utf8)) {
                inFence.toggle()
                out.append(0x0A)
                continue
            }
            if inFence { continue }
            if isRule(trimmed) || isUnderline(trimmed) || isReferenceDefinition(trimmed) || isTableDivider(trimmed) {
                out.append(0x0A)
                continue
            }
            var rest = trimmed
            while rest.first == 0x3E /* > */ {
                rest = rest.dropFirst().drop(while: { UTF8Bytes.isHorizontalSpace($0) })
            }
            var line = Array(rest)
            if line.first == 0x23 /* # */ {
                line = Array(line.drop(while: { $0 == 0x23 }))
                while let f = line.first, UTF8Bytes.isHorizontalSpace(f) { line.removeFirst() }
                while let l = line.last, l == 0x23 || UTF8Bytes.isHorizontalSpace(l) { line.removeLast() }
            }
            if line.first == 0x7C /* | */ { line = tableRow(line) }
            out.append(contentsOf: inline(line))
            out.append(0x0A)
        }
        return withoutBlankRuns(out)
    }

    /// The text with no blank line at either end and at most one between paragraphs.
    static func withoutBlankRuns(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var newlines = 0
        for b in text {
            if b == 0x0A { newlines += 1; continue }
            if !out.isEmpty, newlines > 0 { out.append(contentsOf: newlines == 1 ? [0x0A] : [0x0A, 0x0A]) }
            newlines = 0
            out.append(b)
        }
        return out
    }

    /// The title of a front matter block at the very start (`---` … `---` or `...`, or
    /// `+++` … `+++`), and where the text after it starts; `(nil, 0)` when there is none.
    static func frontMatter(_ bytes: [UInt8]) -> ([UInt8]?, Int) {
        let lines = bytes.split(separator: 0x0A, maxSplits: 200, omittingEmptySubsequences: false)
        guard let opener = lines.first.map({ Array($0.reversed().drop(while: { UTF8Bytes.isHorizontalSpace($0) }).reversed()) }),
              opener == Array("---".utf8) || opener == Array("+++".utf8), lines.count > 2 else { return (nil, 0) }
        var title: [UInt8]? = nil
        // Front matter is metadata: its first line is a key and a value ("title: …", "title = …");
        // a rule that opens the text is no such thing.
        guard let firstInner = lines.dropFirst().first, Self.isKeyValue(firstInner) else { return (nil, 0) }
        for line in lines.dropFirst() {
            let trimmed = Array(line.reversed().drop(while: { UTF8Bytes.isHorizontalSpace($0) }).reversed())
            if trimmed == opener || (opener == Array("---".utf8) && trimmed == Array("...".utf8)) {
                return (title, line.endIndex < bytes.count ? line.endIndex + 1 : bytes.count)
            }
            // `title: "…"` (YAML) or `title = "…"` (TOML).
            if title == nil, trimmed.count > 6, trimmed[0..<5].map(UTF8Bytes.lower) == Array("title".utf8) {
                var rest = trimmed[5...].drop(while: { UTF8Bytes.isHorizontalSpace($0) })
                guard let mark = rest.first, mark == 0x3A || mark == 0x3D else { continue }
                rest = rest.dropFirst().drop(while: { UTF8Bytes.isHorizontalSpace($0) })
                if let q = rest.first, q == 0x22 || q == 0x27, rest.count >= 2, rest.last == q { rest = rest.dropFirst().dropLast() }
                if !rest.isEmpty { title = Array(rest) }
            }
        }
        return (nil, 0)
    }

    /// Whether a line reads as a key and a value: a word of letters, digits, "_" or "-", then
    /// ":" or "=".
    static func isKeyValue(_ line: ArraySlice<UInt8>) -> Bool {
        var i = line.startIndex
        while i < line.endIndex, UTF8Bytes.isAlnum(line[i]) || line[i] == 0x5F || line[i] == 0x2D { i += 1 }
        guard i > line.startIndex else { return false }
        while i < line.endIndex, UTF8Bytes.isHorizontalSpace(line[i]) { i += 1 }
        return i < line.endIndex && (line[i] == 0x3A || line[i] == 0x3D)
    }

    /// The text without HTML comments (`<!-- … -->`, over lines too).
    static func withoutComments(_ bytes: [UInt8]) -> [UInt8] {
        guard HTMLText.find(Array("<!--".utf8), in: bytes, from: 0) != nil else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if HTMLText.starts(bytes, i, "<!--") {
                i = HTMLText.find(Array("-->".utf8), in: bytes, from: i + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    static func isRule(_ line: ArraySlice<UInt8>) -> Bool {
        let marks = line.filter { !UTF8Bytes.isHorizontalSpace($0) }
        guard marks.count >= 3, let first = marks.first, first == 0x2D || first == 0x2A || first == 0x5F else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// A setext heading's underline: `===`.
    static func isUnderline(_ line: ArraySlice<UInt8>) -> Bool {
        let marks = line.filter { !UTF8Bytes.isHorizontalSpace($0) }
        return marks.count >= 3 && marks.allSatisfy { $0 == 0x3D }
    }

    /// A table's divider row: `|---|:--:|`.
    static func isTableDivider(_ line: ArraySlice<UInt8>) -> Bool {
        line.contains(0x2D) && line.contains(0x7C) && line.allSatisfy { $0 == 0x7C || $0 == 0x2D || $0 == 0x3A || UTF8Bytes.isHorizontalSpace($0) }
    }

    /// A table row's cells, a space between them: `| Net profit | $612m |` → `Net profit $612m`.
    static func tableRow(_ line: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        for cell in line.split(separator: 0x7C) {
            let text = cell.drop(while: { UTF8Bytes.isHorizontalSpace($0) }).reversed().drop(while: { UTF8Bytes.isHorizontalSpace($0) }).reversed()
            guard !text.isEmpty else { continue }
            if !out.isEmpty { out.append(0x20) }
            out.append(contentsOf: text)
        }
        return out
    }

    static func isReferenceDefinition(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.first == 0x5B, let close = line.firstIndex(of: 0x5D) else { return false }
        let after = line.index(after: close)
        return after < line.endIndex && line[after] == 0x3A
    }

    /// Emphasis, strike-through, code spans, footnote marks, links, images, escapes, entities
    /// and tags within one line.
    static func inline(_ line: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(line.count)
        var i = 0
        let n = line.count
        // Where a search for a closing mark found none: a later search from there finds none either.
        var misses = Misses()
        while i < n {
            let b = line[i]
            if b == 0x5C /* \ */, i + 1 < n, isEscapable(line[i + 1]) {
                out.append(line[i + 1])
                i += 2
                continue
            }
            if b == 0x21, i + 1 < n, line[i + 1] == 0x5B, let (_, end) = link(line, i + 1, &misses) {
                i = end
                continue
            }
            if b == 0x5B, i + 1 < n, line[i + 1] == 0x5E /* ^ */, let close = misses.find(0x5D, in: line, from: i) {
                i = close + 1
                continue
            }
            if b == 0x5B, let (text, end) = link(line, i, &misses) {
                out.append(contentsOf: inline(text))
                i = end
                continue
            }
            if b == 0x7E, i + 1 < n, line[i + 1] == 0x7E, let close = strikeEnd(line, from: i + 2) {
                i = close
                continue
            }
            if b == 0x60 /* ` */ { i += 1; continue }
            if b == 0x2A /* * */ || (b == 0x5F /* _ */ && isEmphasisUnderscore(line, i)) {
                i += 1
                continue
            }
            if b == 0x3C, i + 1 < n, UTF8Bytes.isLetter(line[i + 1]) || line[i + 1] == 0x2F,
               let close = misses.find(0x3E, in: line, from: i), let tag = HTMLText.tag(line, at: i, within: close + 1 - i) {
                if tag.name == "br" || HTMLText.blockElements.contains(tag.name) { out.append(0x0A) }
                else if tag.name == "td" || tag.name == "th" { out.append(0x20) }
                i = tag.end
                continue
            }
            if b == 0x26, let (decoded, length) = Entities.decode(line, i) {
                out.append(contentsOf: decoded)
                i += length
                continue
            }
            out.append(b)
            i += 1
        }
        return out
    }

    /// The first index of each closing mark at or after which a search found none.
    struct Misses {
        var after: [UInt8: Int] = [:]
        /// The last search for each mark that found one: where it started and what it found.
        var hits: [UInt8: (from: Int, at: Int)] = [:]

        /// The first `mark` in `line` after `from`, remembering what a search found or did not:
        /// a search from between an earlier one's start and its find finds the same.
        mutating func find(_ mark: UInt8, in line: [UInt8], from: Int) -> Int? {
            if let miss = after[mark], from >= miss { return nil }
            if let hit = hits[mark], from >= hit.from, from <= hit.at { return hit.at }
            if let i = line[from...].firstIndex(of: mark) { hits[mark] = (from, i); return i }
            after[mark] = min(after[mark] ?? from, from)
            return nil
        }
    }

    /// Where `~~struck~~` that opens before `from` ends (after its closing `~~`).
    static func strikeEnd(_ line: [UInt8], from: Int) -> Int? {
        var i = from
        while i + 1 < line.count {
            if line[i] == 0x7E, line[i + 1] == 0x7E { return i > from ? i + 2 : nil }
            i += 1
        }
        return nil
    }

    /// `[text](url)`, `[text][ref]` or `[text][]` starting at `[`: the text and the index
    /// after the link. A URL's own parentheses are matched ("…/Acme_(company)").
    static func link(_ line: [UInt8], _ open: Int, _ misses: inout Misses) -> ([UInt8], Int)? {
        guard let close = misses.find(0x5D, in: line, from: open), close + 1 < line.count else { return nil }
        if line[close + 1] == 0x5B, let refClose = misses.find(0x5D, in: line, from: close + 1) {
            return (Array(line[(open + 1)..<close]), refClose + 1)
        }
        guard line[close + 1] == 0x28, misses.find(0x29, in: line, from: close + 1) != nil else { return nil }
        var depth = 0
        var i = close + 1
        // A URL is no longer than a few thousand bytes: no ")" that balances within reach is no link.
        let end = min(line.count, close + 4_096)
        while i < end {
            if line[i] == 0x28 { depth += 1 }
            if line[i] == 0x29 {
                depth -= 1
                if depth == 0 { return (Array(line[(open + 1)..<close]), i + 1) }
            }
            i += 1
        }
        return nil
    }

    /// The ASCII punctuation a backslash escapes ("\\$5" is "$5").
    static func isEscapable(_ b: UInt8) -> Bool {
        (0x21...0x2F).contains(b) || (0x3A...0x40).contains(b) || (0x5B...0x60).contains(b) || (0x7B...0x7E).contains(b)
    }

    static func isEmphasisUnderscore(_ line: [UInt8], _ i: Int) -> Bool {
        let before = i > 0 ? line[i - 1] : 0x20
        let after = i + 1 < line.count ? line[i + 1] : 0x20
        return !(UTF8Bytes.isAlnum(before) && UTF8Bytes.isAlnum(after))
    }
}
