/// HTML character references: the named ones news pages use, and numeric ones.
enum Entities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–",
        "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "copy": "©", "reg": "®", "trade": "™",
        "bull": "•", "middot": "·", "laquo": "«", "raquo": "»", "minus": "−", "times": "×",
        "deg": "°", "percnt": "%", "dollar": "$", "thinsp": " ", "ensp": " ", "emsp": " ",
        "shy": "", "zwj": "", "zwnj": "", "lrm": "", "rlm": "", "sbquo": "‚", "bdquo": "„",
        "prime": "′", "Prime": "″", "frac12": "½", "frac14": "¼", "frac34": "¾", "sect": "§",
        "para": "¶", "eacute": "é", "Eacute": "É", "egrave": "è", "aacute": "á", "agrave": "à",
        "ouml": "ö", "uuml": "ü", "auml": "ä", "Ouml": "Ö", "Uuml": "Ü", "Auml": "Ä", "szlig": "ß",
        "ccedil": "ç", "ntilde": "ñ", "oacute": "ó", "iacute": "í", "uacute": "ú",
    ]

    /// The decoded bytes and the length of the reference at `i`, or nil when `&` starts none.
    static func decode(_ bytes: [UInt8], _ i: Int) -> ([UInt8], Int)? {
        var j = i + 1
        let limit = min(bytes.count, i + 12)
        if j < limit, bytes[j] == 0x23 /* # */ {
            j += 1
            var hex = false
            if j < limit, bytes[j] | 0x20 == 0x78 { hex = true; j += 1 }
            var value: UInt32 = 0
            let start = j
            while j < limit, let d = digit(bytes[j], hex: hex) {
                value = value &* (hex ? 16 : 10) &+ d
                j += 1
            }
            guard j > start, j < bytes.count, bytes[j] == 0x3B else { return nil }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            let decoded: [UInt8] = value == 0xA0 ? [0x20] : Array(String(Character(scalar)).utf8)
            return (decoded, j + 1 - i)
        }
        let start = j
        while j < limit, UTF8Bytes.isAlnum(bytes[j]) { j += 1 }
        guard j > start, j < bytes.count, bytes[j] == 0x3B else { return nil }
        let name = String(decoding: bytes[start..<j], as: UTF8.self)
        guard let text = named[name] else { return nil }
        return (Array(text.utf8), j + 1 - i)
    }

    private static func digit(_ b: UInt8, hex: Bool) -> UInt32? {
        if UTF8Bytes.isDigit(b) { return UInt32(b - 0x30) }
        if hex, (0x61...0x66).contains(b | 0x20) { return UInt32((b | 0x20) - 0x61 + 10) }
        return nil
    }
}
