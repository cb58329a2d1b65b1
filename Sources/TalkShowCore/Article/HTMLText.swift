/// Reduces HTML to plain text: drops scripts, styles, comments and page chrome, turns block
/// elements into line breaks, decodes entities and collapses runs of spaces.
///
/// Chrome is dropped by element (`nav`, `aside`, `footer`, `figcaption`…), by the class, id
/// or role that names it (`grammar.json boilerplate.chromeClasses`: "sidebar", "most-read",
/// "comments"; `role="navigation"`; `hidden`, `aria-hidden`), except an element that holds
/// the headline (`h1`) or the article body (`main`, `itemprop="articleBody"`). Text before
/// the headline is chrome (a kicker, breadcrumbs, a timestamp) when no paragraph of prose is
/// among it. A `<` is markup only before a letter, `/`, `!` or `?`, and a `>` inside a
/// quoted attribute value ends no tag, as browsers read them; a script ends only at its
/// `</script`. Footnote marks (`<sup>3</sup>`) are dropped. O(n), with look-ahead only over
/// an element whose fate depends on its content.
enum HTMLText {
    /// Elements whose content is not markup: skipped whole, to their closing tag.
    static let rawTextElements: Set<String> = [
        "script", "style", "textarea", "xmp", "iframe", "noscript", "noembed", "noframes", "template",
    ]
    /// Elements whose whole content is dropped.
    static let droppedElements: Set<String> = [
        "svg", "math", "nav", "footer", "aside", "button", "select", "head", "object", "canvas",
        "figcaption", "picture", "video", "audio", "dialog", "menu", "datalist", "map",
    ]
    /// Elements that end a paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section",
        "article", "header", "blockquote", "title", "main", "dd", "dt", "dl", "pre", "hr", "body", "html",
        "caption", "address", "center", "figure", "form", "details", "summary", "fieldset", "tbody",
        "thead", "tfoot",
    ]
    /// Elements that never have content or a closing tag.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr",
    ]
    /// The elements a `head` may hold: any other opening tag starts the body.
    static let headElements: Set<String> = ["title", "meta", "link", "style", "script", "base", "noscript", "template"]
    /// Roles that name page chrome.
    static let chromeRoles: Set<String> = ["navigation", "banner", "complementary", "contentinfo", "search", "dialog", "alertdialog"]

    /// One tag: its lowercased name, where it ends (the byte after `>`) and where its
    /// attributes are.
    struct Tag {
        var name: String
        var closing: Bool
        var selfClosing: Bool
        var end: Int
        var attributes: Range<Int>
    }

    static func plainText(_ bytes: [UInt8], lexicon: GrammarLexicon = .shared) -> [UInt8] {
        var reader = Reader(bytes: bytes, chrome: lexicon.chromeClasses)
        reader.read()
        var raw = reader.out
        // (Only when the headline comes early: an h1 after the story, in a box, cuts nothing.)
        if let headline = reader.headlineAt, headline <= Self.leadBeforeHeadline, headline * 4 <= raw.count, !Self.holdsProse(raw[..<headline]) {
            raw.removeSubrange(..<headline)
        }
        return collapse(raw)
    }

    /// How many bytes of text may come before the headline and be cut as chrome.
    static let leadBeforeHeadline = 2_000

    /// Elements whose end tag may be left out: the next one of their kind, or the end of
    /// what holds them, ends them.
    static let impliedEnd: Set<String> = ["p", "li", "dd", "dt", "tr", "td", "th", "option"]
    /// The elements whose end closes an element of `impliedEnd` left open inside them.
    static let impliedEndParents: Set<String> = ["ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "select", "div", "section", "article", "body"]
    /// How many bytes a look-ahead over an element's content reads before it gives up.
    static let lookAheadLimit = 65_536
    /// How many elements named as chrome one page reads ahead over.
    static let maxLookAheads = 1_000

    /// Whether the text holds a paragraph of prose: a line of 100 bytes or more with a
    /// sentence's end in it.
    static func holdsProse(_ text: ArraySlice<UInt8>) -> Bool {
        var lineStart = text.startIndex
        var sawStop = false
        for i in text.indices {
            let b = text[i]
            if b == 0x2E || b == 0x21 || b == 0x3F { sawStop = true }
            if b == 0x0A {
                if sawStop, i - lineStart >= 100 { return true }
                lineStart = i + 1
                sawStop = false
            }
        }
        return sawStop && text.endIndex - lineStart >= 100
    }

    /// The state of one pass over a page.
    struct Reader {
        let bytes: [UInt8]
        let chrome: Set<String>
        var out: [UInt8] = []
        /// Where in `out` the first headline starts.
        var headlineAt: Int? = nil
        /// The element being dropped with its content, and how deep inside it the reader is.
        var skipping: (name: String, depth: Int)? = nil
        /// A closing tag of an inline element came last, with no text after it: an opening
        /// tag next is a new word ("<span>Market cap</span><span>$4.2B</span>").
        var afterInlineClose = false

        /// Where the last ">" of the page is.
        let lastGreaterThan: Int
        /// How many elements named as chrome were read ahead over.
        var lookAheads = 0

        init(bytes: [UInt8], chrome: Set<String>) {
            self.bytes = bytes
            self.chrome = chrome
            lastGreaterThan = bytes.lastIndex(of: 0x3E) ?? -1
            out.reserveCapacity(bytes.count)
        }

        mutating func read() {
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b == 0x3C, let next = markup(at: i) {
                    i = next
                    continue
                }
                if skipping != nil { i += 1; continue }
                afterInlineClose = false
                if b == 0x26, let (decoded, length) = Entities.decode(bytes, i) {
                    out.append(contentsOf: decoded)
                    i += length
                    continue
                }
                if b >= 0xC2, let (spaceLike, length) = Self.spaceLike(bytes, i) {
                    if spaceLike { out.append(0x20) }
                    i += length
                    continue
                }
                out.append(UTF8Bytes.isSpace(b) ? 0x20 : b)
                i += 1
            }
        }

        /// A space (no-break, narrow, thin) or a mark of no width (zero-width space, soft
        /// hyphen, byte-order mark) at `i`, as HTML text writes them: whether it is a space,
        /// and its length; nil for any other character.
        static func spaceLike(_ b: [UInt8], _ i: Int) -> (Bool, Int)? {
            if b[i] == 0xC2, i + 1 < b.count {
                if b[i + 1] == 0xA0 { return (true, 2) }
                if b[i + 1] == 0xAD { return (false, 2) }
                return nil
            }
            guard i + 2 < b.count else { return nil }
            if b[i] == 0xE2, b[i + 1] == 0x80 {
                switch b[i + 2] {
                case 0x80...0x8A, 0xAF: return (true, 3)
                case 0x8B...0x8D: return (false, 3)
                default: return nil
                }
            }
            if b[i] == 0xEF, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return (false, 3) }
            return nil
        }

        /// Reads the markup at `i` (a `<`): a comment, a declaration or a tag, and acts on it.
        /// The index after it, or nil when the `<` is text.
        mutating func markup(at i: Int) -> Int? {
            let n = bytes.count
            guard i + 1 < n else { return nil }
            let c = bytes[i + 1]
            if c == 0x21 /* ! */ {
                if HTMLText.starts(bytes, i, "<!--") { return HTMLText.find(Array("-->".utf8), in: bytes, from: i + 4).map { $0 + 3 } ?? n }
                if HTMLText.starts(bytes, i, "<![CDATA[") { return HTMLText.find(Array("]]>".utf8), in: bytes, from: i + 9).map { $0 + 3 } ?? n }
                return bytes[(i + 2)...].firstIndex(of: 0x3E).map { $0 + 1 } ?? n
            }
            if c == 0x3F /* ? */ { return bytes[(i + 2)...].firstIndex(of: 0x3E).map { $0 + 1 } ?? n }
            guard UTF8Bytes.isLetter(c) || (c == 0x2F && i + 2 < n && UTF8Bytes.isLetter(bytes[i + 2])) else { return nil }
            // No ">" after it, or none within reach: the "<" is text (read once, not once a "<").
            guard i < lastGreaterThan, let tag = HTMLText.tag(bytes, at: i, within: HTMLText.lookAheadLimit) else { return nil }
            if let end = act(on: tag, at: i) { return end }
            // A raw-text element's content is skipped to its closing tag, whatever it holds.
            if !tag.closing, !tag.selfClosing, HTMLText.rawTextElements.contains(tag.name) {
                let close = HTMLText.closingTag(tag.name, in: bytes, from: tag.end)
                return close?.end ?? n
            }
            return tag.end
        }

        /// Acts on `tag` at `i`; where reading goes on when that is not the tag's end (after a
        /// footnote mark).
        mutating func act(on tag: Tag, at i: Int) -> Int? {
            let name = tag.name
            if var skip = skipping {
                // The head ends where the body starts, whether or not `</head>` was written; a
                // paragraph left open ends at the next block ("<p class=caption>…<div>…").
                // An element whose end tag may be left out ends at the next of its kind or at the
                // end of what holds it ("<li class=share>Share<li>Email</ul>").
                let implied = HTMLText.impliedEnd.contains(skip.name) && skip.depth == 1
                if (skip.name == "head" && !tag.closing && (name == "body" || !HTMLText.headElements.contains(name)))
                    || (skip.name == "p" && name != "p" && skip.depth == 1 && HTMLText.blockElements.contains(name))
                    || (implied && !tag.closing && name == skip.name)
                    || (implied && tag.closing && HTMLText.impliedEndParents.contains(name)) {
                    skipping = nil
                    return act(on: tag, at: i)
                }
                if name == skip.name {
                    if tag.closing { skip.depth -= 1 } else if !tag.selfClosing { skip.depth += 1 }
                }
                skipping = skip.depth > 0 ? skip : nil
                return nil
            }
            if !tag.closing, !tag.selfClosing, !HTMLText.voidElements.contains(name), !HTMLText.rawTextElements.contains(name),
               HTMLText.droppedElements.contains(name) || isChrome(tag, at: i) {
                skipping = (name, 1)
                return nil
            }
            if !tag.closing, name == "sup", let end = HTMLText.footnoteMarkEnd(bytes, after: tag.end) { return end }
            if !tag.closing, name == "h1", headlineAt == nil { headlineAt = out.count }
            if name == "br" {
                out.append(0x0A)
                afterInlineClose = false
            } else if HTMLText.blockElements.contains(name) {
                out.append(0x0A); out.append(0x0A)
                afterInlineClose = false
            } else if name == "td" || name == "th" {
                out.append(0x20)
                afterInlineClose = false
            } else if tag.closing {
                afterInlineClose = true
            } else if afterInlineClose {
                out.append(0x20)
                afterInlineClose = false
            }
            return nil
        }

        /// Whether the element opened by `tag` at `i` is page chrome by its class, id, role or
        /// hidden state, and holds neither the headline nor the article body.
        mutating func isChrome(_ tag: Tag, at i: Int) -> Bool {
            guard !tag.attributes.isEmpty else { return false }
            var named = false
            if let role = HTMLText.attribute("role", in: bytes, tag.attributes), HTMLText.chromeRoles.contains(String(decoding: role, as: UTF8.self).lowercased()) {
                named = true
            } else if HTMLText.attribute("hidden", in: bytes, tag.attributes) != nil {
                named = true
            } else if let hidden = HTMLText.attribute("aria-hidden", in: bytes, tag.attributes), hidden.map(UTF8Bytes.lower) == Array("true".utf8) {
                named = true
            } else {
                for key in ["class", "id"] {
                    guard let value = HTMLText.attribute(key, in: bytes, tag.attributes) else { continue }
                    if HTMLText.namesChrome(value, chrome) { named = true; break }
                }
            }
            // (Each look-ahead reads at most `lookAheadLimit` bytes, and a page gets at most
            // `lookAheads` of them: past that, chrome by name is kept.)
            guard named, lookAheads < HTMLText.maxLookAheads else { return false }
            lookAheads += 1
            return !HTMLText.holdsArticle(bytes, tag)
        }
    }

    /// Whether a class or id value names chrome: one of its names, or one of the words of a
    /// name split at hyphens and underscores, is a chrome word.
    static func namesChrome(_ value: [UInt8], _ chrome: Set<String>) -> Bool {
        for name in value.split(whereSeparator: { UTF8Bytes.isSpace($0) }) {
            let lowered = String(decoding: name.map(UTF8Bytes.lower), as: UTF8.self)
            if chrome.contains(lowered) { return true }
            for word in lowered.split(whereSeparator: { $0 == "-" || $0 == "_" }) where chrome.contains(String(word)) { return true }
            // "most-read-list": two words of a name may make one chrome word.
            let words = lowered.split(whereSeparator: { $0 == "-" || $0 == "_" })
            if words.count > 2 {
                for k in 0..<(words.count - 1) where chrome.contains(words[k] + "-" + words[k + 1]) { return true }
            }
        }
        return false
    }

    /// Whether the element `tag` opens holds the headline or the article body: an `h1`, a
    /// `main`, an `article` marked as the body, or `itemprop="articleBody"`, before its end.
    static func holdsArticle(_ bytes: [UInt8], _ open: Tag) -> Bool {
        var depth = 1
        var i = open.end
        let n = bytes.count
        // An element too long to read ahead over is kept: dropping it could drop the story.
        let limit = min(n, open.end + lookAheadLimit)
        while i < n {
            if i >= limit { return true }
            guard let lt = bytes[i...].firstIndex(of: 0x3C) else { return false }
            i = lt
            if starts(bytes, i, "<!--") { i = find(Array("-->".utf8), in: bytes, from: i + 4).map { $0 + 3 } ?? n; continue }
            guard i + 1 < n, UTF8Bytes.isLetter(bytes[i + 1]) || bytes[i + 1] == 0x2F, let tag = tag(bytes, at: i) else { i += 1; continue }
            if !tag.closing, tag.name == "h1" || tag.name == "main" { return true }
            if !tag.closing, let prop = attribute("itemprop", in: bytes, tag.attributes),
               String(decoding: prop, as: UTF8.self).lowercased().contains("articlebody") { return true }
            if tag.name == open.name {
                // A paragraph or an item left open ends at the next of its kind.
                if !tag.closing, depth == 1, impliedEnd.contains(open.name) { return false }
                if tag.closing { depth -= 1 } else if !tag.selfClosing { depth += 1 }
                if depth == 0 { return false }
            }
            if depth == 1, impliedEnd.contains(open.name), tag.closing, impliedEndParents.contains(tag.name) { return false }
            if depth == 1, open.name == "p", !tag.closing, blockElements.contains(tag.name) { return false }
            if !tag.closing, !tag.selfClosing, rawTextElements.contains(tag.name) {
                i = closingTag(tag.name, in: bytes, from: tag.end)?.end ?? n
                continue
            }
            i = tag.end
        }
        return false
    }

    /// Where a footnote mark that starts after `<sup>` at `from` ends (after `</sup>`): a
    /// mark of at most four characters, digits, brackets, commas, asterisks, daggers or one
    /// letter ("3", "[12]", "*", "†", "a"), any tags inside it aside; nil for other text
    /// ("st" of "1<sup>st</sup>" and a longer superscript stay).
    static func footnoteMarkEnd(_ bytes: [UInt8], after from: Int) -> Int? {
        var i = from
        var text: [UInt8] = []
        var tags = 0
        while i < bytes.count, text.count <= 8, tags < 4 {
            if bytes[i] == 0x3C {
                tags += 1
                guard let t = tag(bytes, at: i) else { return nil }
                if t.closing, t.name == "sup" {
                    let mark = text.filter { !UTF8Bytes.isSpace($0) }
                    guard !mark.isEmpty, mark.count <= 6 else { return nil }
                    if mark.count == 1, UTF8Bytes.isLetter(mark[0]), UTF8Bytes.isLower(mark[0]) { return t.end }
                    if mark == [0xE2, 0x80, 0xA0] || mark == [0xE2, 0x80, 0xA1] { return t.end }
                    let plain = mark.allSatisfy { UTF8Bytes.isDigit($0) || $0 == 0x5B || $0 == 0x5D || $0 == 0x2C || $0 == 0x2A }
                    return plain && mark.count <= 4 ? t.end : nil
                }
                i = t.end
                continue
            }
            text.append(bytes[i])
            i += 1
        }
        return nil
    }

    /// The tag at `i` (a `<` before a letter or `/`): its name and where it ends, quoted
    /// attribute values read whole; nil when no `>` ends it.
    static func tag(_ bytes: [UInt8], at i: Int, within limit: Int = .max) -> Tag? {
        let n = limit == .max ? bytes.count : min(bytes.count, i + limit)
        var j = i + 1
        var closing = false
        if j < n, bytes[j] == 0x2F { closing = true; j += 1 }
        var name: [UInt8] = []
        while j < n, UTF8Bytes.isAlnum(bytes[j]) || bytes[j] == 0x2D || bytes[j] == 0x3A {
            name.append(UTF8Bytes.lower(bytes[j]))
            j += 1
        }
        guard !name.isEmpty else { return nil }
        let attributesStart = j
        while j < n {
            let b = bytes[j]
            if b == 0x3E {
                let selfClosing = j > i + 1 && bytes[j - 1] == 0x2F
                return Tag(name: String(decoding: name, as: UTF8.self), closing: closing, selfClosing: selfClosing,
                           end: j + 1, attributes: attributesStart..<j)
            }
            if (b == 0x22 || b == 0x27), j > attributesStart, bytes[j - 1] == 0x3D || (j >= 2 && bytes[j - 1] == 0x20 && bytes[j - 2] == 0x3D) {
                guard let close = bytes[(j + 1)...].firstIndex(of: b) else { return nil }
                j = close + 1
                continue
            }
            j += 1
        }
        return nil
    }

    /// The closing tag `</name` after `from`, any case, as a browser ends a script.
    static func closingTag(_ name: String, in bytes: [UInt8], from: Int) -> Tag? {
        let needle = Array(("</" + name).utf8)
        var i = from
        let n = bytes.count
        while i + needle.count <= n {
            guard let lt = bytes[i...].firstIndex(of: 0x3C) else { return nil }
            i = lt
            if i + needle.count <= n, (0..<needle.count).allSatisfy({ UTF8Bytes.lower(bytes[i + $0]) == needle[$0] }) {
                let after = i + needle.count
                if after >= n || !UTF8Bytes.isAlnum(bytes[after]) {
                    let end = bytes[after...].firstIndex(of: 0x3E).map { $0 + 1 } ?? n
                    return Tag(name: name, closing: true, selfClosing: false, end: end, attributes: after..<after)
                }
            }
            i += 1
        }
        return nil
    }

    /// The value of attribute `key` among `bytes[range]` (quoted or not; empty for a bare
    /// attribute), nil when the tag has none.
    static func attribute(_ key: String, in bytes: [UInt8], _ range: Range<Int>) -> [UInt8]? {
        let k = Array(key.utf8)
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, UTF8Bytes.isSpace(bytes[i]) || bytes[i] == 0x2F { i += 1 }
            let nameStart = i
            while i < range.upperBound, !UTF8Bytes.isSpace(bytes[i]), bytes[i] != 0x3D, bytes[i] != 0x2F { i += 1 }
            let nameEnd = i
            while i < range.upperBound, UTF8Bytes.isSpace(bytes[i]) { i += 1 }
            var value: Range<Int> = i..<i
            if i < range.upperBound, bytes[i] == 0x3D {
                i += 1
                while i < range.upperBound, UTF8Bytes.isSpace(bytes[i]) { i += 1 }
                if i < range.upperBound, bytes[i] == 0x22 || bytes[i] == 0x27 {
                    let q = bytes[i]
                    let start = i + 1
                    i = start
                    while i < range.upperBound, bytes[i] != q { i += 1 }
                    value = start..<i
                    i += 1
                } else {
                    let start = i
                    while i < range.upperBound, !UTF8Bytes.isSpace(bytes[i]) { i += 1 }
                    value = start..<i
                }
            }
            if nameEnd - nameStart == k.count, (0..<k.count).allSatisfy({ UTF8Bytes.lower(bytes[nameStart + $0]) == k[$0] }) {
                return Array(bytes[value])
            }
            if nameEnd == nameStart { i += 1 }
        }
        return nil
    }

    static func starts(_ bytes: [UInt8], _ i: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { l in (0..<count).allSatisfy { bytes[i + $0] == l[$0] } }
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
