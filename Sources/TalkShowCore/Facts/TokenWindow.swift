/// A reader over the tokens `t[from..<to]` of one sentence (the figure and name grammars):
/// the word tests they share, by key, so no lowercase string is built to compare a word.
protocol TokenWindow {
    var p: UnsafeBufferPointer<UInt8> { get }
    var t: [Token] { get }
    var from: Int { get }
    var to: Int { get }
}

extension TokenWindow {
    /// Token `k` as a lowercase string, nil for a non-word or outside the window.
    func word(_ k: Int) -> String? {
        guard isWord(k) else { return nil }
        return UTF8Bytes.lowerString(p, t[k].start, t[k].end)
    }

    /// Whether token `k` is a word (what `word(k) != nil` tests).
    @inline(__always) func isWord(_ k: Int) -> Bool { k >= from && k < to && t[k].kind == .word }

    /// Whether token `k` is the word whose key is `key` (what `word(k) == …` tests).
    @inline(__always) func isWord(_ k: Int, _ key: WordKey) -> Bool { isWord(k) && t[k].fullKey == key }

    /// Whether token `k` is a word `table` holds exactly (what `word(k).map(list.contains)` tests).
    @inline(__always) func isWord(_ k: Int, in table: WordTable<Bool>) -> Bool {
        isWord(k) && table.exactValue(t[k].fullKey) != nil
    }

    /// The byte of token `k` when it is a symbol ("(", "$", "%"), nil otherwise.
    @inline(__always) func symbol(_ k: Int) -> UInt8? {
        k >= from && k < to && t[k].kind == .symbol ? p[t[k].start] : nil
    }
}
