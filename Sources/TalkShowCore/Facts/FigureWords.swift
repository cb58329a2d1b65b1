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
    let from = WordKey("from"), between = WordKey("between"), up = WordKey("up"), down = WordKey("down")
    let and = WordKey("and"), times = WordKey("times"), the = WordKey("the"), one = WordKey("one")
    let with = WordKey("with"), of = WordKey("of"), its = WordKey("its"), their = WordKey("their"), or = WordKey("or")
    let forWord = WordKey("for"), at = WordKey("at")
    /// Nouns after "4x" or "4 times" that make it a valuation multiple ("25x earnings").
    let multipleNouns: WordTable<Bool>
    /// Words that may stand between "times" and such a noun ("expected", "forward").
    let multipleLead: WordTable<Bool>
    /// Nouns after "per" or "a" that make a money figure a rate ("$1.69 per share").
    let rateNouns: WordTable<Bool>
    /// Words after "a <noun>" that make it a time, not a rate ("a year earlier").
    let notRate: WordTable<Bool>
    /// Words before a period noun that belong to the period ("11 consecutive days").
    let periodLead: WordTable<Bool>
    /// Words that set a figure against an earlier one ("…, compared with an earlier range of …";
    /// "with" or "to" may follow).
    let comparedWith: WordTable<Bool>
    /// Words that date a figure set against as an earlier estimate ("prior", "previous").
    let earlier: WordTable<Bool>
    /// Comparatives right after a figure that say which way it moved ("were marked 3.7% lower").
    let comparatives: WordTable<Direction>
    /// How many words may stand between the dating word and "of" ("earlier revenue range of").
    static let revisionNounReach = 3

    init() {
        directionGap = WordTable(words: ["by", "more", "than", "about", "nearly", "roughly", "almost", "around", "approximately", "another",
                              "some", "over", "a", "an", "just", "only", "as", "much", "an additional", "additional", "sharply",
                              "slightly", "to"])
        approximately = WordTable(words: ["about", "around", "roughly", "nearly", "almost", "approximately", "some", "circa", "~"])
        atLeast = WordTable(words: ["more than", "over", "at least", "upwards of", "above", "north of", "greater than"])
        atMost = WordTable(words: ["up to", "less than", "under", "below", "at most", "fewer than", "as much as"])
        fundraising = WordTable(words: ["raised", "raise", "raises", "raising"])
        multipleNouns = WordTable(words: ["earnings", "sales", "revenue", "book", "ebitda", "forward", "cash"])
        multipleLead = WordTable(words: ["expected", "forward", "trailing", "projected", "estimated", "adjusted", "its", "their",
                                  "this", "next", "year's", "annual"])
        rateNouns = WordTable(words: ["share", "gallon", "barrel", "ton", "tonne", "ounce", "unit", "month", "year", "week", "day", "hour",
                           "user", "person", "employee", "subscriber", "customer", "kilowatt-hour", "megawatt-hour", "pound",
                           "seat", "vehicle", "device", "head"])
        notRate = WordTable(words: ["earlier", "ago", "before", "later", "prior", "after", "on"])
        periodLead = WordTable(words: ["consecutive", "straight", "trading", "full", "calendar", "fiscal", "business", "more", "past",
                            "previous", "last", "next"])
        comparedWith = WordTable(words: ["compared", "versus", "against"])
        comparatives = WordTable([("higher", .up), ("lower", .down)])
        earlier = WordTable(words: ["earlier", "prior", "previous", "initial", "original", "old", "february", "march", "april", "may",
                                    "june", "july", "august", "september", "october", "november", "december", "january"])
    }
}
