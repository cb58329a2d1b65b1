import Testing
@testable import TalkShowCore

/// The look-up tables answer exactly what was put in them, through every growth of their
/// slots and of the bit set that answers missing keys.
@Suite struct WordTableTests {
    @Test func keyTable_findsEveryKeyPutIn_andNoOther() {
        var table = KeyTable<Int>()
        var g = SplitMix64(seed: 7)
        var inserted: [WordKey] = []
        for i in 0..<5_000 {
            let key = WordKey("w\(g.next())")
            table[key] = i
            inserted.append(key)
            // Every key stays findable while the table grows under it.
            if i.isMultiple(of: 997) { #expect(inserted.allSatisfy { table[$0] != nil }) }
        }
        for (i, key) in inserted.enumerated() { #expect(table[key] == i) }
        var found = 0
        for _ in 0..<5_000 where table[WordKey("x\(g.next())")] != nil { found += 1 }
        #expect(found == 0)
        #expect(table[WordKey.none] == nil)
    }

    @Test func wordTable_readsWordsStemsAndPhrases_anyCase() {
        let table = WordTable([("revenue", 1), ("monetiz*", 2), ("capital expenditure", 3), ("cost*", 4), ("costly", 5)])
        #expect(table.value("Revenue") == 1)
        #expect(table.value("monetization") == 2)
        #expect(table.value("costs") == 4)
        #expect(table.value("costly") == 5)
        #expect(table.exactValue(WordKey("Capital Expenditure")) == 3)
        #expect(table.value("Capital Expenditure") == 3)
        // Bytes that hold a phrase are read as the phrase, as strings are.
        let bytes = Array("rose on capital  expenditure".utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(table.value(b, 8, b.count) == 3)
            #expect(table.value(b, 0, 4) == nil)
        }
        #expect(table.value("profit") == nil)
        #expect(table.value("cos") == nil)
    }

    /// The longest stem that prefixes `word`, ASCII case folded (as `WordKey` folds), read the plain way.
    static func longestStem(_ word: String, _ stems: [(String, Int)]) -> Int? {
        let lowered = word.utf8.map(UTF8Bytes.lower)
        return stems.filter { lowered.starts(with: Array($0.0.utf8)) }.max { $0.0.utf8.count < $1.0.utf8.count }?.1
    }

    /// Every word finds its longest stem through the check of the stems' first units, with
    /// stems of any bytes and words of any case, and again after a short stem added last
    /// shortens that check.
    @Test func stems_findTheLongestStemOfEveryWord() {
        var g = SplitMix64(seed: 11)
        let alphabet = Array("abcdeAB'-1é".utf8)
        func word(_ length: Int) -> String {
            String(decoding: (0..<length).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] }, as: UTF8.self)
        }
        for shortStemLast in [false, true] {
            var stems: [(String, Int)] = []
            for i in 0..<40 { stems.append((word(3 + Int(g.next() % 3)).lowercased(), i)) }
            if shortStemLast { stems.append(("1a", 99)) }
            var seen = Set<String>()
            stems = stems.filter { seen.insert($0.0).inserted }
            let table = WordTable(stems.map { ($0.0 + "*", $0.1) })
            var matched = 0
            for _ in 0..<5_000 {
                // Half the words start with a stem, some of it uppercased.
                var w = word(1 + Int(g.next() % 8))
                if g.next() % 2 == 0 {
                    let stem = stems[Int(g.next() % UInt64(stems.count))].0
                    w = (g.next() % 3 == 0 ? stem.uppercased() : stem) + w
                }
                let expected = Self.longestStem(w, stems)
                #expect(table.value(w) == expected, "\(w)")
                if expected != nil { matched += 1 }
            }
            #expect(matched > 1_000)
        }
    }
}
