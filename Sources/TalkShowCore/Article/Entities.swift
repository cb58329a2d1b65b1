/// HTML character references: the named ones news pages use, and numeric ones (Windows-1252
/// for 128–159, a space for controls, nothing for marks of no width).
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
        "AMP": "&", "LT": "<", "GT": ">", "QUOT": "\"", "lsaquo": "‹", "rsaquo": "›", "larr": "←", "rarr": "→",
        "uarr": "↑", "darr": "↓", "harr": "↔", "plusmn": "±", "divide": "÷", "le": "≤", "ge": "≥", "ne": "≠",
        "asymp": "≈", "infin": "∞", "micro": "µ", "ordm": "º", "ordf": "ª", "sup1": "¹", "sup2": "²", "sup3": "³",
        "dagger": "†", "Dagger": "‡", "permil": "‰", "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô",
        "ucirc": "û", "atilde": "ã", "otilde": "õ", "aring": "å", "Aring": "Å", "aelig": "æ", "oslash": "ø",
        "Oslash": "Ø", "euml": "ë", "iuml": "ï", "yuml": "ÿ", "Ccedil": "Ç", "Ntilde": "Ñ", "Oacute": "Ó",
        "Aacute": "Á", "Iacute": "Í", "Uacute": "Ú", "igrave": "ì", "ograve": "ò", "ugrave": "ù", "yacute": "ý",
        "curren": "¤", "brvbar": "¦", "uml": "¨", "not": "¬", "macr": "¯", "acute": "´", "cedil": "¸", "iquest": "¿",
        "iexcl": "¡", "loz": "◊", "check": "✓", "star": "☆", "hyphen": "-", "dash": "‐", "zwsp": "", "ZeroWidthSpace": "",
        "NewLine": " ", "Tab": " ", "colon": ":", "comma": ",", "period": ".", "excl": "!", "quest": "?", "num": "#",
        "lpar": "(", "rpar": ")", "sol": "/", "bsol": "\\", "ast": "*", "plus": "+", "equals": "=", "commat": "@",
    ]
    /// What the numbers 128–159 stand for in pages that wrote Windows-1252 bytes as
    /// references (`&#146;` is a right quote), as browsers read them.
    static let windows1252: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// The decoded bytes and the length of the reference at `i`, or nil when `&` starts none.
    static func decode(_ bytes: [UInt8], _ i: Int) -> ([UInt8], Int)? {
        var j = i + 1
        let limit = min(bytes.count, i + 32)
        if j < limit, bytes[j] == 0x23 /* # */ {
            j += 1
            var hex = false
            if j < limit, bytes[j] | 0x20 == 0x78 { hex = true; j += 1 }
            var value: UInt32 = 0
            let start = j
            while j < limit, let d = digit(bytes[j], hex: hex) {
                value = min(value &* (hex ? 16 : 10) &+ d, 0x110000)
                j += 1
            }
            guard j > start, j < bytes.count, bytes[j] == 0x3B else { return nil }
            // A space for the spaces and the controls text never holds (a NUL among them); nothing for
            // a mark of no width; Windows-1252 for 128–159.
            if value == 0xA0 || value == 0x202F || (0x2000...0x200A).contains(value) || value < 0x20 || value == 0x7F {
                return ([0x20], j + 1 - i)
            }
            if value == 0x200B || value == 0x200C || value == 0x200D || value == 0xFEFF || value == 0xAD { return ([], j + 1 - i) }
            if (0x80...0x9F).contains(value) { value = windows1252[Int(value - 0x80)] }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            return (Array(String(Character(scalar)).utf8), j + 1 - i)
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
