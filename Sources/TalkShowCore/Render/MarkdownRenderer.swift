/// The show as Markdown: the same content and order as `TextRenderer`, with headings,
/// quoted headlines and italic metadata.
public enum MarkdownRenderer {
    public static func render(_ t: Transcript) -> String {
        blocks(t).joined()
    }

    /// The show in blocks, as `TextRenderer.blocks`.
    public static func blocks(_ t: Transcript) -> [String] {
        var blocks: [String] = []
        var out: [String] = []
        func cut() { blocks.append(out.joined(separator: "\n") + "\n"); out = [] }
        let v = t.verdict
        out.append("## What the panel thinks")
        out.append("")
        out.append(v.summary)
        out.append("")
        out.append("**Risk:** \(v.risk)" + credit(v.riskBy, seats: t.scenario.personas.count) + "  ")
        out.append("**Opportunity:** \(v.opportunity)" + credit(v.opportunityBy, seats: t.scenario.personas.count))
        for r in t.rounds {
            out.append("")
            out.append(r.index == 0 ? "### Opening takes" : (t.rounds.count > 2 ? "### Rebuttals, round \(r.index)" : "### Rebuttals"))
            for m in r.messages {
                out.append("")
                let title = t.scenario.personas.first { $0.name == m.speaker }?.title ?? ""
                defer { cut() }
                switch m.kind {
                case .take:
                    out.append("**\(m.speaker) — \(title)** · \(ConsensusRule.side(m.stanceBefore, band: t.scenario.verdict.neutralBand).rawValue) *(stance \(TextRenderer.signed(m.stanceBefore)))*  ")
                    out.append("\"\(m.headline)\"  ")
                    out.append(m.text)
                    if let c = m.counterpoint { out.append(""); out.append("*\(c)*") }
                case .rebuttal:
                    let concede = m.concedes == true ? " *(concedes part)*" : ""
                    out.append("**\(m.speaker) → \(m.target ?? "?")**\(concede) \"\(m.headline)\"" + (m.text.isEmpty ? "" : " \(m.text)"))
                case .abstain:
                    out.append("**\(m.speaker)** abstains (\(m.text)).")
                }
            }
        }
        if !out.isEmpty { cut() }
        out.append("")
        out.append("### Panel Verdict")
        out.append("")
        out.append("**\(TextRenderer.verdictLine(v))**")
        out.append("")
        let stances = t.scenario.personas.map { "\($0.name) \(TextRenderer.signed(v.stances[$0.name] ?? 0))" }.joined(separator: ", ")
        out.append("*Final stances (metadata): \(stances); spread \(TextRenderer.fixed(v.spread)) against a consensus spread of \(TextRenderer.fixed(t.scenario.verdict.consensusSpread)).*")
        cut()
        return blocks
    }

    static func credit(_ by: [String], seats: Int) -> String {
        by.isEmpty ? "" : " *(raised by \(TextRenderer.raisers(by, seats: seats)))*"
    }
}
