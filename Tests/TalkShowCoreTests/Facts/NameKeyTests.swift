import Testing
@testable import TalkShowCore

/// A name's key is equal exactly where its strings are equal, read over bytes or from a string.
@Suite struct NameKeyTests {
    static func key(_ text: String) -> NameKey {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { NameKey.of($0, 0, $0.count) }
    }

    @Test func equalStrings_haveEqualKeys_andOthersDoNot() {
        let names = ["Acme Corp", "acme corp", "ACME", "Acme", "Acme Corp.", "Zoë Park", "Zoe\u{308} Park", "Renée", "Rene\u{301}e",
                     "\u{212A}elvin Labs", "Kelvin Labs", "O’Neil", "O'Neil", "Dana Ortiz", "Dana  Ortiz", "Dana\u{A0}Ortiz", ""]
        for a in names {
            for b in names {
                #expect((Self.key(a) == Self.key(b)) == (a == b), "\(a) / \(b)")
                #expect((NameKey.of(a) == Self.key(b)) == (a == b), "\(a) / \(b)")
            }
        }
    }

    /// The key of a slice is the key of that slice's text alone.
    @Test func aSlice_hasTheKeyOfItsText() {
        let text = "Shares of Zoë Park Inc. rose"
        let bytes = Array(text.utf8)
        let start = Array("Shares of ".utf8).count, end = start + Array("Zoë Park".utf8).count
        bytes.withUnsafeBufferPointer { p in
            #expect(NameKey.of(p, start, end) == NameKey.of("Zoë Park"))
            #expect(NameKey.of(p, start, end) != NameKey.of("Zoë Park Inc."))
        }
    }

    /// The kinds a name gives its words (a person's surname, the first word of an organisation
    /// with a corporate suffix and its words but the last), read over bytes for an ASCII name, are those the name's
    /// string split at spaces gives.
    @Test func wordKinds_areThoseOfTheNameSplitAtSpaces() {
        let extractor = FactExtractor()
        let lexicon = extractor.lexicon
        let names = ["Dana Ortiz", "Dana  Ortiz", "Ortiz", "Acme Corp", "Acme  Robotics Inc", "AB Corp", "ABC Corp", "The Acme Corp",
                     "Zoë Park Inc", "Renée Ortiz", " Acme Corp ", "Acme Corp.", "North Star Holdings", "Kelvin Labs Ltd"]
        for name in names {
            for kind in [FactKind.person, .organization] {
                let article = Article(text: name)
                let entity = EntityReader.Entity(kind: kind, first: 0, last: 0, start: 0, end: article.bytes.count)
                var evidence = FactExtractor.NameEvidence()
                article.bytes.withUnsafeBufferPointer { extractor.wordKinds(of: entity, article, $0, into: &evidence) }
                // The string reading this stands in for.
                var expected: [(NameKey, FactKind)] = []
                let words = name.split(separator: " ")
                if kind == .person, let last = words.last, words.count > 1 { expected.append((NameKey.of(String(last)), .person)) }
                if kind == .organization, let first = words.first, words.count > 1, first.count > 2,
                   lexicon.corporateSuffixes.value(String(words.last!)) != nil, lexicon.nonEntity.value(String(first)) == nil {
                    expected.append((NameKey.of(String(first)), .organization))
                    if words.count > 2 { expected.append((NameKey.of(words.dropLast().joined(separator: " ")), .organization)) }
                }
                #expect(evidence.kinds.map(\.0) == expected.map(\.0) && evidence.kinds.map(\.1) == expected.map(\.1), "\(name) \(kind)")
            }
        }
        // Some of these give their words a kind, so the comparison is not of empty lists only.
        var given = 0
        for name in ["Dana Ortiz", "Acme Corp"] {
            let article = Article(text: name)
            var evidence = FactExtractor.NameEvidence()
            let entity = EntityReader.Entity(kind: name == "Acme Corp" ? .organization : .person, first: 0, last: 0, start: 0, end: article.bytes.count)
            article.bytes.withUnsafeBufferPointer { extractor.wordKinds(of: entity, article, $0, into: &evidence) }
            given += evidence.kinds.count
        }
        #expect(given == 2)
    }
}
