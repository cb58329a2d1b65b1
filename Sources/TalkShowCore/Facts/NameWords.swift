/// The words the name grammar tests tokens against, as `WordKey`s and key tables built once,
/// so `EntityReader` compares a token's key instead of building a lowercase string.
struct NameWords: Sendable {
    /// Function words that may be capitalised mid-sentence in titles without being names.
    let functionWords: WordTable<Bool>
    /// Words that join two capitalised words into one name ("Bank of America").
    let joiners: WordTable<Bool>
    /// Corporate suffixes written as the next word ("Acme Inc").
    let suffixWords: WordTable<Bool>
    /// Words after a name that make it a listed company ("Acme shares").
    let stockWords: WordTable<Bool>
    let possessiveStockWords: WordTable<Bool>
    /// Articles before a title in an apposition ("Dana Ortiz, the chief executive").
    let articles: WordTable<Bool>
    /// Verbs after a single capitalised word that make it an organisation ("Acme reported").
    let reportingVerbs: WordTable<Bool>
    /// The reporting verbs that follow a common noun as readily as a name ("Traffic is …").
    let copulas: WordTable<Bool>

    init() {
        functionWords = WordTable(words: ["the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "and",
                               "or", "but", "in", "on", "at", "for", "with", "of", "to", "from", "by", "as", "if", "when",
                               "while", "after", "before", "is", "are"])
        joiners = WordTable(words: ["of", "de"])
        suffixWords = WordTable(words: ["inc", "corp", "co", "ltd", "plc", "llc"])
        stockWords = WordTable(words: ["shares", "stock", "stocks"])
        possessiveStockWords = WordTable(words: ["shares", "stock"])
        articles = WordTable(words: ["a", "an", "the"])
        copulas = WordTable(words: ["was", "is", "has"])
        reportingVerbs = WordTable(words: ["was", "is", "has", "reported", "posted", "announced", "unveiled", "launched", "beat", "missed"])
    }
}
