/// Makes a template's verb agree with a plural subject filled into one of its slots, so a
/// voice written for "the company" also reads right for "analysts": "{who} offers" becomes
/// "{who} offer", "{who} has offered" becomes "{who} have offered". English third-person
/// forms only: the irregular ones from `grammar.json`, then -ies → -y, -sses/-shes/-ches/
/// -xes/-zes/-oes → without -es, and any other -s (not -ss) → without -s.
public struct VerbAgreement: Sendable {
    /// What `grammar.json` holds under `agreement`.
    struct File: Decodable {
        var irregular: [String: String]
        var adverbs: [String]
        var notVerbs: [String]
    }

    let irregular: [String: String]
    let adverbs: Set<String>
    let notVerbs: Set<String>

    init(_ file: File) {
        irregular = file.irregular
        adverbs = Set(file.adverbs)
        notVerbs = Set(file.notVerbs)
    }

    /// Whether `subject` reads as plural: its last word is a lowercase common noun in -s
    /// ("analysts", "the executives"). A capitalised last word is a name, read as singular
    /// ("Atlasline Airways"), and so is anything in -ss, -us, -is or a possessive.
    public static func isPlural(_ subject: String) -> Bool {
        guard let last = subject.split(separator: " ").last, let first = last.unicodeScalars.first,
              first.properties.isLowercase, last.count > 2, last.hasSuffix("s") else { return false }
        return !(last.hasSuffix("ss") || last.hasSuffix("us") || last.hasSuffix("is") || last.hasSuffix("'s") || last.hasSuffix("’s"))
    }

    /// `template` with the verb after every `{slot}` in its plural form. The verb is the
    /// first word after the slot and a space, past any of `adverbs`; a word that is not a
    /// third-person form (no -s, or one of `notVerbs`) is left as it is.
    public func plural(_ template: String, after slot: String) -> String {
        let marker = "{" + slot + "}"
        var out = ""
        var rest = Substring(template)
        while let range = rest.range(of: marker) {
            out += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            var skipped = 0
            var at = rest.startIndex
            while skipped < 3, at < rest.endIndex, rest[at] == " " {
                let wordStart = rest.index(after: at)
                let wordEnd = rest[wordStart...].firstIndex { !$0.isLetter && $0 != "'" && $0 != "’" } ?? rest.endIndex
                let word = String(rest[wordStart..<wordEnd])
                if adverbs.contains(word) { at = wordEnd; skipped += 1; continue }
                if let plural = Self.plural(of: word, irregular: irregular, notVerbs: notVerbs) {
                    out += rest[..<wordStart] + plural
                    rest = rest[wordEnd...]
                }
                break
            }
        }
        return out + rest
    }

    /// The plural of the third-person verb `word`, nil when `word` is not one.
    static func plural(of word: String, irregular: [String: String], notVerbs: Set<String>) -> String? {
        if let form = irregular[word] { return form }
        guard word.count > 2, word.hasSuffix("s"), !word.hasSuffix("ss"), !notVerbs.contains(word),
              word.allSatisfy({ $0.isLowercase }) else { return nil }
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        for ending in ["sses", "shes", "ches", "xes", "zes", "oes"] where word.hasSuffix(ending) {
            return String(word.dropLast(2))
        }
        return String(word.dropLast())
    }
}
