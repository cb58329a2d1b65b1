import Testing
import Foundation
@testable import TalkShowCore
import TalkShowTestSupport

/// The debate on every real article of the shared corpus, with the built-in scenario:
/// structure, grounding, visible citations, real rebuttals, and the fast path's stances.
@Suite(.enabled(if: Corpus.isAvailable, Comment(rawValue: Corpus.skipMessage)))
struct CorpusDebateTests {
    static func digitRuns(_ s: String) -> Set<String> {
        var out: Set<String> = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            var n = current.replacingOccurrences(of: ",", with: "")
            while n.hasSuffix(".") || n.hasSuffix(",") { n.removeLast() }
            if n.contains(".") { while n.hasSuffix("0") { n.removeLast() }; if n.hasSuffix(".") { n.removeLast() } }
            out.insert(n)
            current = ""
        }
        for c in s {
            if c.isASCII && c.isNumber { current.append(c) }
            else if (c == "." || c == ","), !current.isEmpty { current.append(c) }
            else { flush() }
        }
        flush()
        return out
    }

    @Test func everyCorpusDebate_isGroundedAndWellFormed() async throws {
        for (name, text) in Corpus.articles() {
            let article = Article(text: text)
            let t = try await ShowProducer.produceUntimed(article, scenario: .builtIn)
            let allowed = Self.digitRuns(article.text)
            var prose = [t.verdict.summary, t.verdict.risk, t.verdict.opportunity]
            for r in t.rounds { for m in r.messages { prose += [m.headline, m.text, m.counterpoint ?? ""] } }
            for s in prose {
                let stray = Self.digitRuns(s).subtracting(allowed)
                #expect(stray.isEmpty, "\(name): figure(s) \(stray) not in the article: \(s)")
            }
            #expect(t.rounds.count >= 2, "\(name)")
            #expect(t.rounds[0].messages.filter { $0.kind == .take }.count == t.scenario.personas.count, "\(name)")
            #expect(Set(t.rounds[0].messages.map(\.headline)).count == t.scenario.personas.count, "\(name): headlines repeat")
            let facts = Dictionary(uniqueKeysWithValues: t.facts.map { ($0.id, $0) })
            for m in t.rounds[0].messages {
                let body = [m.headline, m.text, m.counterpoint ?? ""].joined(separator: " ")
                let shown = Set(m.cites).filter { id in
                    guard let f = facts[id] else { return false }
                    let digits = Self.digitRuns(f.text)
                    if !digits.isEmpty { return !digits.isDisjoint(with: Self.digitRuns(body)) }
                    // A name shows as itself or as one of its capitalised words ("Northwind" for "Northwind Robotics").
                    if body.lowercased().contains(f.text.lowercased()) { return true }
                    let words = f.text.split(whereSeparator: { !$0.isLetter }).map(String.init)
                        .filter { $0.count >= 3 && $0.first!.isUppercase && !["NASDAQ", "NYSE"].contains($0.uppercased()) }
                    let bodyWords = Set(body.split(whereSeparator: { !$0.isLetter }).map(String.init))
                    return words.contains { bodyWords.contains($0) }
                }
                #expect(shown.count >= 2, "\(name): \(m.speaker)'s take shows \(shown.count) cited facts")
            }
            var cited: [String: Set<String>] = [:]
            for r in t.rounds {
                for m in r.messages where m.kind == .rebuttal {
                    #expect(m.target != nil && m.target != m.speaker, "\(name): \(m.id) rebuts no one else")
                    #expect(cited[m.target ?? ""]?.contains(m.targetFact ?? "") == true, "\(name): \(m.id) attacks an uncited claim")
                }
                for m in r.messages { cited[m.speaker, default: []].formUnion(m.cites) }
            }
            let context = DebateContext(sheet: FactExtractor().extract(article), scenario: .builtIn)
            let fast = DebateEngine.stances(context, rounds: t.scenario.rounds).last!
            let full = t.scenario.personas.map { t.verdict.stances[$0.name]! }
            for (a, b) in zip(fast, full) { #expect(abs(StableJSON.rounded(a) - b) < 1e-12, "\(name): fast path differs") }
            let quick = PanelEvaluator.evaluate(context.sheet, .builtIn)
            #expect(quick.kind == t.verdict.kind && quick.side == t.verdict.side, "\(name): fast path verdict differs")
            #expect(abs(StableJSON.rounded(quick.spread) - t.verdict.spread) < 1e-12, "\(name): fast path spread differs")
        }
    }
}
