import Foundation
import Testing
@testable import TalkShowCore

/// The byte-level money rules give exactly what the regular expressions they stand in
/// front of give, on plain phrases and on awkward ones.
@Suite struct MoneyPatternTests {
    static let phrases = [
        "revenue rose to $14.3 billion", "capex of $115 billion to $135 billion next year",
        "a $5-10 billion buyback", "US$1.2 trillion in assets", "HK$3 million fine", "€2 billion deal",
        "£450 million charge", "C$ 4 billion", "$1,400 million", "$5. billion", "$5, billion",
        "$3 billions", "$3 Billion", "S$2 million and NZ$3 million", "$1.5 billion–$2 billion",
        "$115 billion - $135 billion", "$115 billion – $135 billion", "costs $4 billion to run",
        "$4.2 billion to $4.8 billion", "$4–5 billion", "$4-5 million in 2025", "x$5 billion",
        "$12,000 million", "$0.5 billion", "$٣ billion", "¥5 billion", "$5 billion café",
        "no money here", "", "$", "$5", "$5 ", "$5 bill", "US$ 5 billion", "$1.2.3 billion",
        "the company’s $4 billion to $5 billion plan", "Acme’s $5–10 billion — a buyback", "$3 billion—and more",
        "$5 billion ٣", "Café’s €2 billion – €3 billion", "“$7 billion” – $8 billion", "$9 billion\u{00A0}to $10 billion",
        "$1 billion – ４ billion", "naïve $2 million-$3 million",
    ]

    static func regex(_ rule: Int, _ s: String) -> String {
        let (re, template) = Phrasebook.moneyRules[rule]
        return re.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: template)
    }

    @Test func scalesMarkedByHand_equalTheExpression() {
        for p in Self.phrases {
            if let marked = MoneyPattern.markScales(p) { #expect(marked == Self.regex(2, p), "\(p)") }
        }
        #expect(MoneyPattern.markScales("$٣ billion") == nil)
        #expect(MoneyPattern.markScales("$14.3 billion") == "$14.3#billion")
        // Text outside ASCII that holds no digit is read by hand too.
        #expect(MoneyPattern.markScales("Acme’s $2 billion — and more") == "Acme’s $2#billion — and more")
        #expect(MoneyPattern.markScales("$1 billion – ４ billion") == nil)
    }

    @Test func rangeGates_letThroughEveryPhraseTheExpressionsChange() {
        for p in Self.phrases {
            if Self.regex(0, p) != p { #expect(MoneyPattern.mayHoldScaledRange(p), "\(p)") }
            if Self.regex(1, p) != p { #expect(MoneyPattern.mayHoldDashedRange(p), "\(p)") }
        }
        #expect(!MoneyPattern.mayHoldScaledRange("revenue rose to $14.3 billion"))
        #expect(!MoneyPattern.mayHoldDashedRange("revenue rose to $14.3 billion"))
    }

    @Test func percentsShortenedByHand_equalTheExpression() {
        let percents = [
            "up 12 percent", "up 12 per cent", "12percent", "12  percent", "a 5 percentage point rise", "5 per cents",
            "5 percent_x", "5 percent, and 7 per cent.", "percent", "5 percent", "x 5 percent’s", "٣ percent",
            "4 percent—a record", "rose 3 percent in Q1 and 4 percent in Q2", "cut by 10 percent9", "3 percentile",
            "Percent 5", "5 Percent", "the percent of 5 per cent", " percent", "5 per  cent", "9 percent é",
        ]
        for p in percents + Self.phrases {
            if let short = MoneyPattern.shortenPercents(p) { #expect(short == Self.regex(3, p), "\(p)") }
        }
        #expect(MoneyPattern.shortenPercents("up 12 percent") == "up 12%")
        #expect(MoneyPattern.shortenPercents("٣ percent") == nil)
    }

    @Test func rangesJoinedByHand_equalTheExpressions() {
        let ranges = [
            "$1 billion to $2 billion", "$1 billion to 2 billion", "$1 billion - $2 billion", "$1 billion – $2 billion",
            "$1 billion to €2 billion", "$1 billion to $2 million", "US$1 billion to US$2 billion", "US$1 billion to $2 billion",
            "$1 billion to $2 billions", "$1 billion to $ 2 billion", "$1 billion  to $2 billion", "$1,5 billion to $2, billion",
            "$1 billion to $2 billion and $3 billion to $4 billion", "S$1 million to S$2 million", "$1 billion to $$2 billion",
            "$1 billion to $2.5.1 billion", "$1 billion to$2 billion", "HK$3 billion to HK$ billion", "£1 billion to £2 billion",
            "$5-10 billion", "$5–10 billion", "$5 -10 billion", "$5-$10 billion", "$5-10  billion", "$5-10 billions",
            "$5.5-10.25 million and €1-2 trillion", "$5-10billion", "$5—10 billion", "A$5-10 million to A$20 million",
            "$1 billion to $2 billion–$3 billion", "$5-10 billion to $12 billion",
        ]
        for p in ranges + Self.phrases {
            if let joined = MoneyPattern.joinScaledRanges(p) { #expect(joined == Self.regex(0, p), "\(p)") }
            if let joined = MoneyPattern.joinDashedRanges(p) { #expect(joined == Self.regex(1, p), "\(p)") }
        }
        #expect(MoneyPattern.joinScaledRanges("capex of $115 billion to $135 billion") == "capex of $115–135#billion")
        #expect(MoneyPattern.joinDashedRanges("a $5-10 billion buyback") == "a $5–10#billion buyback")
        #expect(MoneyPattern.joinScaledRanges("$٣ billion to $4 billion") == nil)
    }
}
