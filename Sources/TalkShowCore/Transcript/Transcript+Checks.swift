/// The transcript's own checks of the quality bars: every figure in its prose is a figure of
/// the article, headlines differ, and every rebuttal attacks a claim its target made and
/// shows it.
extension Transcript {
    /// The digit runs of `text`, normalised as the shared referee does ("1,400" → "1400",
    /// "3.50" → "3.5").
    public static func figures(in text: String) -> Set<String> {
        var out: Set<String> = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            var n = current.replacingOccurrences(of: ",", with: "")
            while n.hasSuffix(".") { n.removeLast() }
            if n.contains(".") {
                while n.hasSuffix("0") { n.removeLast() }
                if n.hasSuffix(".") { n.removeLast() }
            }
            out.insert(n)
            current = ""
        }
        for c in text {
            if c.isASCII && c.isNumber { current.append(c) }
            else if (c == "." || c == ","), !current.isEmpty { current.append(c) }
            else { flush() }
        }
        flush()
        return out
    }

    /// Every piece of generated prose: headlines, texts, counterpoints, summary, Risk, Opportunity.
    public var prose: [String] {
        var out = [verdict.summary, verdict.risk, verdict.opportunity]
        for r in rounds { for m in r.messages { out += [m.headline, m.text, m.counterpoint ?? ""] } }
        return out
    }

    /// Figures in the prose that the article does not state.
    public var ungroundedFigures: [String] {
        let allowed = Self.figures(in: article.text).union(Self.figures(in: scenario.personas.map(\.name).joined(separator: " ")))
        var out: [String] = []
        for s in prose { out += Self.figures(in: s).subtracting(allowed).sorted() }
        return out
    }

    public var headlinesDistinct: Bool {
        let takes = rounds.first?.messages.filter { $0.kind == .take } ?? []
        return Set(takes.map(\.headline)).count == takes.count
    }

    /// Whether `text` shows the fact: its figure, its words, or one of its capitalised words.
    public func shows(_ factID: String, in text: String) -> Bool {
        guard let f = facts.first(where: { $0.id == factID }) else { return false }
        let digits = Self.figures(in: f.text)
        if !digits.isEmpty { return !digits.isDisjoint(with: Self.figures(in: text)) }
        if text.lowercased().contains(f.text.lowercased()) { return true }
        let words = f.text.split(whereSeparator: { !$0.isLetter }).map(String.init)
            .filter { $0.count >= 3 && $0.first!.isUppercase && !["NASDAQ", "NYSE"].contains($0.uppercased()) }
        let present = Set(text.split(whereSeparator: { !$0.isLetter }).map(String.init))
        return words.contains { present.contains($0) }
    }

    /// Rebuttals and how many of them are valid: another seat, a claim it cited earlier,
    /// shown in the rebuttal, answered with a fact of the rebutter's own.
    public var rebuttalValidity: (valid: Int, total: Int) {
        var cited: [String: Set<String>] = [:]
        var valid = 0, total = 0
        for r in rounds {
            for m in r.messages where m.kind == .rebuttal {
                total += 1
                let body = m.headline + " " + m.text
                guard let target = m.target, target != m.speaker, let fact = m.targetFact,
                      cited[target]?.contains(fact) == true, shows(fact, in: body),
                      m.cites.contains(where: { $0 != fact && shows($0, in: body) }) else { continue }
                valid += 1
            }
            for m in r.messages { cited[m.speaker, default: []].formUnion(m.cites) }
        }
        return (valid, total)
    }
}
