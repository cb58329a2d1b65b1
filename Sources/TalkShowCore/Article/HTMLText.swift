/// Reduces HTML to plain text: drops scripts, styles, comments and page chrome
/// (`nav`, `footer`, `aside`, `form`…), turns block elements into line breaks, decodes
/// entities and collapses runs of spaces. A single pass over the bytes, O(n).
enum HTMLText {
    /// Elements whose whole content is dropped.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "nav", "footer", "aside",
        "form", "button", "select", "head", "object", "canvas", "figure",
    ]
    /// Elements that end a paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section",
        "article", "header", "blockquote", "title", "main", "dd", "dt", "dl", "pre", "hr", "body", "html",
        "figcaption", "caption", "address", "center",
    ]

    static func plainText(_ bytes: [UInt8]) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        var skipUntil: String? = nil
        while i < n {
            let b = bytes[i]
            if b == 0x3C /* < */ {
                if bytes[i...].starts(with: Array("<!--".utf8)) {
                    i = find(Array("-->".utf8), in: bytes, from: i + 4).map { $0 + 3 } ?? n
                    continue
                }
                guard let close = bytes[(i + 1)...].firstIndex(of: 0x3E) else { break }
                let (name, closing, selfClosing) = tagName(bytes, i + 1, close)
                i = close + 1
                if let waiting = skipUntil {
                    if closing && name == waiting { skipUntil = nil }
                    continue
                }
                if name.isEmpty { continue }
                if !closing && !selfClosing && droppedElements.contains(name) {
                    skipUntil = name
                    continue
                }
                if name == "br" {
                    raw.append(0x0A)
                } else if blockElements.contains(name) {
                    raw.append(0x0A); raw.append(0x0A)
                } else if name == "td" || name == "th" {
                    raw.append(0x20)
                }
                continue
            }
            if skipUntil != nil { i += 1; continue }
            if b == 0x26 /* & */, let (decoded, length) = Entities.decode(bytes, i) {
                raw.append(contentsOf: decoded)
                i += length
                continue
            }
            raw.append(UTF8Bytes.isSpace(b) ? 0x20 : b)
            i += 1
        }
        return collapse(raw)
    }

    /// Collapses space runs, trims lines, keeps at most one blank line between paragraphs.
    static func collapse(_ raw: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var line: [UInt8] = []
        var blankRun = 0
        func flush() {
            while let last = line.last, last == 0x20 { line.removeLast() }
            if line.isEmpty {
                blankRun += 1
                if blankRun == 1, !out.isEmpty { out.append(0x0A) }
            } else {
                if !out.isEmpty, out.last != 0x0A { out.append(0x0A) }
                out.append(contentsOf: line)
                out.append(0x0A)
                blankRun = 0
            }
            line.removeAll(keepingCapacity: true)
        }
        for b in raw {
            if b == 0x0A { flush(); continue }
            if b == 0x20 && (line.isEmpty || line.last == 0x20) { continue }
            line.append(b)
        }
        flush()
        while let last = out.last, last == 0x0A { out.removeLast() }
        return out
    }

    static func tagName(_ bytes: [UInt8], _ from: Int, _ to: Int) -> (String, Bool, Bool) {
        var i = from
        var closing = false
        if i < to, bytes[i] == 0x2F { closing = true; i += 1 }
        var name: [UInt8] = []
        while i < to, UTF8Bytes.isAlnum(bytes[i]) { name.append(UTF8Bytes.lower(bytes[i])); i += 1 }
        let selfClosing = to > from && bytes[to - 1] == 0x2F
        return (String(decoding: name, as: UTF8.self), closing, selfClosing)
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
