import Foundation
import Testing
@testable import TalkShowCore
import TalkShowTestSupport

/// Debates over generated prose: sentences built from news words, figures, names and the
/// punctuation the phrase rules read (commas, dashes, colons, quotes), so every rule meets
/// shapes no sample article has. Each debate must finish with every figure it says grounded.
@Suite struct GeneratedProseTests {
    static let pieces: [String] = [
        "Quillon", "Quillon Corp", "Ardent Labs", "CFO Dana Ortiz", "analysts", "Wall Street", "the company", "shares",
        "said", "said on Tuesday", "saying", "noting that", "expects", "rose", "fell", "eased to", "dropped", "could reach",
        "revenue", "net income", "margin", "costs", "a regional lender with", "which excludes fuel", "the gap between",
        "$4.2 billion", "$88 million", "12%", "3.4%", "0.5%", "$1.69 per share", "40,000 units", "2027", "May", "Q3",
        "up from", "down from", "compared with", "and", "but", "while", "as", "because", "after", "a", "the", "its", "of", "in",
        ",", ",", ",", " —", ":", "(NASDAQ: QLN)", "\"", "’s", "What happened:", "per", "each", "increase", "total",
    ]

    static func article(_ g: inout SplitMix64) -> String {
        var text = ""
        for _ in 0..<(2 + Int(g.next() % 8)) {
            var sentence: [String] = []
            for _ in 0..<(3 + Int(g.next() % 30)) { sentence.append(pieces[Int(g.next() % UInt64(pieces.count))]) }
            var s = sentence.joined(separator: " ")
            s = s.replacingOccurrences(of: " ,", with: ",")
            text += s.prefix(1).uppercased() + s.dropFirst() + ". "
        }
        return text
    }

    @Test func debatesOverGeneratedProse_finishAndStayGrounded() async throws {
        var g = SplitMix64(seed: 19)
        var debates = 0
        for _ in 0..<150 {
            let text = Self.article(&g)
            let sheet = FactExtractor().extract(Article(text: text))
            let context = DebateContext(sheet: sheet, scenario: .builtIn)
            let outcome = try await DebateEngine.run(context, rounds: 1, clock: ContinuousClock())
            let digits = Set(text.split(whereSeparator: { !$0.isNumber }).map(String.init))
            for round in outcome.rounds {
                for m in round.messages where m.kind != .abstain {
                    let said = m.headline + " " + m.text + " " + (m.counterpoint ?? "")
                    for run in said.split(whereSeparator: { !$0.isNumber }) where !digits.contains(String(run)) {
                        Issue.record("\(run) is not a figure of: \(text)\n→ \(said)")
                    }
                }
            }
            debates += 1
        }
        #expect(debates == 150)
    }
}
