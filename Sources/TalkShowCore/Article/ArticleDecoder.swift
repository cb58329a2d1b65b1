/// Turns the bytes of an article file into `article.text`: UTF-8 checked, BOM dropped,
/// CRLF and lone CR turned into LF, HTML and Markdown reduced to plain text.
///
/// Decoding plain text is idempotent, so a transcript that stores `article.text` can be
/// re-run through the text path and give the same bytes. O(n) in the input.
public enum ArticleDecoder {
    public static func decode(_ input: [UInt8], format: InputFormat, source: String = "input") throws -> String {
        var bytes = input
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        try checkEncoding(bytes, source: source)
        bytes = normalizeNewlines(bytes)
        switch format {
        case .text: break
        case .html: bytes = HTMLText.plainText(bytes)
        case .markdown: bytes = MarkdownText.plainText(bytes)
        }
        if bytes.allSatisfy({ UTF8Bytes.isSpace($0) }) { throw ArticleError.empty(source: source) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Rejects control bytes that text never holds and invalid UTF-8, naming the offset.
    static func checkEncoding(_ bytes: [UInt8], source: String) throws {
        if bytes.isEmpty { throw ArticleError.empty(source: source) }
        try bytes.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let b = p[i]
                if b < 0x80 {
                    if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C {
                        throw ArticleError.binary(source: source, offset: i)
                    }
                    i += 1
                    continue
                }
                let length: Int
                let minimum: UInt32
                var scalar: UInt32
                switch b {
                case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
                default: throw ArticleError.invalidUTF8(source: source, offset: i)
                }
                if i + length > n { throw ArticleError.invalidUTF8(source: source, offset: i) }
                for k in 1..<length {
                    let c = p[i + k]
                    if c & 0xC0 != 0x80 { throw ArticleError.invalidUTF8(source: source, offset: i) }
                    scalar = scalar << 6 | UInt32(c & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                    throw ArticleError.invalidUTF8(source: source, offset: i)
                }
                i += length
            }
        }
    }

    static func normalizeNewlines(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x0D) || bytes.contains(0x0C) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else if b == 0x0C {
                out.append(0x0A)
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }
}
