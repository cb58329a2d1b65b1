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
        #expect(table.value("profit") == nil)
        #expect(table.value("cos") == nil)
    }
}
