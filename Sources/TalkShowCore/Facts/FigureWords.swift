/// The words the figure grammar tests tokens against, as `WordKey`s and key tables built
/// once, so `FigureReader` compares a token's key instead of building a lowercase string.
struct FigureWords: Sendable {
    /// Words that may stand between a direction verb and its figure ("rose more than 4%").
    let directionGap: WordTable<Bool>
    let approximately: WordTable<Bool>
    let atLeast: WordTable<Bool>
    let atMost: WordTable<Bool>
    /// Verbs that, right before an amount of money, mean raising capital, not a rise.
    let fundraising: WordTable<Bool>
    let by = WordKey("by"), to = WordKey("to"), a = WordKey("a"), an = WordKey("an")
    let percent = WordKey("percent"), pct = WordKey("pct"), per = WordKey("per"), cent = WordKey("cent")
    let percentage = WordKey("percentage"), basis = WordKey("basis"), bps = WordKey("bps"), bp = WordKey("bp")
    let p = WordKey("p"), cents = WordKey("cents"), pence = WordKey("pence")

    init() {
        func table(_ words: Set<String>) -> WordTable<Bool> { WordTable(words.sorted().map { ($0, true) }) }
        directionGap = table(FigureReader.directionGap)
        approximately = table(FigureReader.approximately)
        atLeast = table(FigureReader.atLeast)
        atMost = table(FigureReader.atMost)
        fundraising = table(FigureReader.fundraising)
    }
}
