/// Reduces Markdown to plain text, line by line: heading and quote markers, list bullets,
/// emphasis, inline code and link syntax go; link text stays; images, code blocks,
/// reference definitions and rules are dropped. Inline HTML tags are removed.
enum MarkdownText {
    static func plainText(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inFence = false
        for lineSlice in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var line = Array(lineSlice)
            let trimmed = line.drop(while: { UTF8Bytes.isHorizontalSpace($0) })
            if trimmed.starts(with: Array("```".utf8)) || trimmed.starts(with: Array("~~~".utf8)) {
                inFence.toggle()
                out.append(0x0A)
                continue
            }
            if inFence { continue }
            if isRule(trimmed) || isReferenceDefinition(trimmed) { out.append(0x0A); continue }
            line = Array(trimmed)
            while line.first == 0x3E /* > */ {
                line.removeFirst()
                while let f = line.first, UTF8Bytes.isHorizontalSpace(f) { line.removeFirst() }
            }
            if line.first == 0x23 /* # */ {
                line = Array(line.drop(while: { $0 == 0x23 }))
                while let f = line.first, UTF8Bytes.isHorizontalSpace(f) { line.removeFirst() }
                while let l = line.last, l == 0x23 || UTF8Bytes.isHorizontalSpace(l) { line.removeLast() }
            }
            out.append(contentsOf: inline(line))
            out.append(0x0A)
        }
        while let last = out.last, last == 0x0A { out.removeLast() }
        return out
    }

    static func isRule(_ line: ArraySlice<UInt8>) -> Bool {
        let marks = line.filter { !UTF8Bytes.isHorizontalSpace($0) }
        guard marks.count >= 3, let first = marks.first, first == 0x2D || first == 0x2A || first == 0x5F else { return false }
        return marks.allSatisfy { $0 == first }
    }

    static func isReferenceDefinition(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.first == 0x5B, let close = line.firstIndex(of: 0x5D) else { return false }
        let after = line.index(after: close)
        return after < line.endIndex && line[after] == 0x3A
    }

    /// Emphasis, code spans, links, images and tags within one line.
    static func inline(_ line: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(line.count)
        var i = 0
        let n = line.count
        while i < n {
            let b = line[i]
            if b == 0x21, i + 1 < n, line[i + 1] == 0x5B, let (_, end) = link(line, i + 1) {
                i = end
                continue
            }
            if b == 0x5B, let (text, end) = link(line, i) {
                out.append(contentsOf: inline(text))
                i = end
                continue
            }
            if b == 0x60 /* ` */ { i += 1; continue }
            if b == 0x2A /* * */ || (b == 0x5F /* _ */ && isEmphasisUnderscore(line, i)) {
                i += 1
                continue
            }
            if b == 0x3C, i + 1 < n, UTF8Bytes.isLetter(line[i + 1]) || line[i + 1] == 0x2F,
               let close = line[i...].firstIndex(of: 0x3E) {
                i = close + 1
                continue
            }
            out.append(b)
            i += 1
        }
        return out
    }

    /// `[text](url)` starting at `[`: the text and the index after `)`.
    static func link(_ line: [UInt8], _ open: Int) -> ([UInt8], Int)? {
        guard let close = line[open...].firstIndex(of: 0x5D), close + 1 < line.count, line[close + 1] == 0x28,
              let paren = line[(close + 1)...].firstIndex(of: 0x29) else { return nil }
        return (Array(line[(open + 1)..<close]), paren + 1)
    }

    static func isEmphasisUnderscore(_ line: [UInt8], _ i: Int) -> Bool {
        let before = i > 0 ? line[i - 1] : 0x20
        let after = i + 1 < line.count ? line[i + 1] : 0x20
        return !(UTF8Bytes.isAlnum(before) && UTF8Bytes.isAlnum(after))
    }
}
