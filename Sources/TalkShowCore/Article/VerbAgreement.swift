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
        var prepositions: [String]
    }

    let irregular: [String: String]
    let adverbs: Set<String>
    let notVerbs: Set<String>
    /// Words after which a slot is a preposition's object, not the verb's subject ("No
    /// figure on {topic} is a gap").
    let prepositions: Set<String>

    init(_ file: File) {
        irregular = file.irregular
        adverbs = Set(file.adverbs)
        notVerbs = Set(file.notVerbs)
        prepositions = Set(file.prepositions)
    }

    /// Whether `subject` reads as plural: its last word is a lowercase common noun in -s
    /// ("analysts", "the executives"). A capitalised last word is a name, read as singular
    /// ("Acme Airways"), and so is anything in -ss, -us, -is or a possessive. A subject with a
    /// prepositional phrase after its head is read on the head: "analysts at Brookmere
    /// Securities" is plural, "the chief of Acme Analysts" singular.
    public static func isPlural(_ subject: String) -> Bool {
        let words = subject.split(separator: " ")
        // The head stands before the first preposition, past a participle ("economists surveyed
        // by X"); "than" compares ("more than 200 analysts"), it opens no phrase after the head.
        if words.count > 2, let at = words.indices.dropFirst().first(where: { words[$0] != "than" && GrammarLexicon.shared.agreement.prepositions.contains(String(words[$0])) }) {
            var head = at - 1
            while head > 0, words[head].count > 4, words[head].hasSuffix("ed") { head -= 1 }
            return isPluralHead(String(words[head]))
        }
        return isPluralHead(subject)
    }

    private static func isPluralHead(_ subject: String) -> Bool {
        let u = subject.utf8
        let start = u.lastIndex(of: 0x20).map { u.index(after: $0) } ?? u.startIndex
        let last = u[start...]
        guard last.count > 2, let first = last.first, UTF8Bytes.isLower(first), last.last == 0x73 else { return false }
        let before = last[last.index(last.endIndex, offsetBy: -2)]
        // -ss, -us, -is, -'s and -’s (whose last byte before the s is 0x99).
        return before != 0x73 && before != 0x75 && before != 0x69 && before != 0x27 && before != 0x99
    }

    /// `template` with the verb after every `{slot}` in its plural form, where the slot is no
    /// preposition's object. The verb is the first word after the slot and a space, past any of `adverbs`; a word that is not a
    /// third-person form (no -s, or one of `notVerbs`) is left as it is. Words are read as
    /// ASCII letters and apostrophes.
    public func plural(_ template: String, after slot: String) -> String {
        let marker = Array("{\(slot)}".utf8)
        var template = template
        return template.withUTF8 { b in
            var out: [UInt8] = []
            out.reserveCapacity(b.count + 8)
            var copied = 0
            var i = 0
            while i + marker.count <= b.count {
                guard b[i] == marker[0], marker.indices.allSatisfy({ b[i + $0] == marker[$0] }) else { i += 1; continue }
                // The word before the slot: after a preposition the slot is no subject.
                var pe = i
                while pe > 0, b[pe - 1] == 0x20 { pe -= 1 }
                var ps = pe
                while ps > 0, UTF8Bytes.isLetter(b[ps - 1]) { ps -= 1 }
                i += marker.count
                if ps < pe, prepositions.contains(String(decoding: UnsafeBufferPointer(rebasing: b[ps..<pe]), as: UTF8.self).lowercased()) { continue }
                var at = i
                var skipped = 0
                while skipped < 3, at < b.count, b[at] == 0x20 {
                    let ws = at + 1
                    var we = ws
                    while we < b.count, UTF8Bytes.isLetter(b[we]) || b[we] == 0x27 { we += 1 }
                    let word = String(decoding: UnsafeBufferPointer(rebasing: b[ws..<we]), as: UTF8.self)
                    if adverbs.contains(word) { at = we; skipped += 1; continue }
                    if let plural = Self.plural(of: word, irregular: irregular, notVerbs: notVerbs) {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<ws]))
                        out.append(contentsOf: plural.utf8)
                        copied = we
                    }
                    break
                }
            }
            if copied == 0 { return String(decoding: b, as: UTF8.self) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The plural of the third-person verb `word`, nil when `word` is not one.
    static func plural(of word: String, irregular: [String: String], notVerbs: Set<String>) -> String? {
        if let form = irregular[word] { return form }
        guard word.utf8.count > 2, word.utf8.last == 0x73, !word.hasSuffix("ss"), !notVerbs.contains(word),
              word.utf8.allSatisfy(UTF8Bytes.isLower) else { return nil }
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        for ending in ["sses", "shes", "ches", "xes", "zes", "oes"] where word.hasSuffix(ending) {
            return String(word.dropLast(2))
        }
        return String(word.dropLast())
    }
}
