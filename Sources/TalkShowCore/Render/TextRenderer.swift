import Foundation

/// The show as plain text, in the layout readers know from LLM panels: what the panel
/// thinks, Risk and Opportunity, each opening take (quoted headline, analysis,
/// counterpoint), the rebuttals, and the Panel Verdict. Stances and spread appear only as
/// labelled metadata.
public enum TextRenderer {
    public static func render(_ t: Transcript) -> String {
        blocks(t).joined()
    }

    /// The show in blocks: the summary and header, one block per message (with the round
    /// heading before its first message), and the verdict.
    public static func blocks(_ t: Transcript) -> [String] {
        var blocks: [String] = []
        var out: [String] = []
        func cut() { blocks.append(out.joined(separator: "\n") + "\n"); out = [] }
        let v = t.verdict
        out.append("WHAT THE PANEL THINKS")
        out.append(v.summary)
        out.append("Risk: \(v.risk)" + credit(v.riskBy, seats: t.scenario.personas.count))
        out.append("Opportunity: \(v.opportunity)" + credit(v.opportunityBy, seats: t.scenario.personas.count))
        out.append("")
        out.append("AI TALK SHOW")
        out.append("\(t.scenario.personas.count) rule-based panelists discuss this article")
        for r in t.rounds {
            out.append("")
            out.append(r.index == 0 ? "OPENING TAKES" : (t.rounds.count > 2 ? "REBUTTALS, ROUND \(r.index)" : "REBUTTALS"))
            for m in r.messages {
                out.append("")
                let title = t.scenario.personas.first { $0.name == m.speaker }?.title ?? ""
                defer { cut() }
                switch m.kind {
                case .take:
                    out.append("\(m.speaker) — \(title) · \(side(m.stanceBefore, t)) (stance \(signed(m.stanceBefore)))")
                    out.append("\"\(m.headline)\"")
                    out.append(m.text)
                    if let c = m.counterpoint { out.append(c) }
                case .rebuttal:
                    let concede = m.concedes == true ? " · concedes part" : ""
                    out.append("\(m.speaker) → \(m.target ?? "?")\(concede) (stance \(signed(m.stanceBefore)) → \(signed(m.stanceAfter)))")
                    out.append("\"\(m.headline)\"")
                    if !m.text.isEmpty { out.append(m.text) }
                case .abstain:
                    out.append("\(m.speaker) abstains (\(m.text))")
                }
            }
        }
        if !out.isEmpty { cut() }
        out.append("")
        out.append("PANEL VERDICT")
        out.append(verdictLine(v))
        let stances = t.scenario.personas.map { "\($0.name) \(signed(v.stances[$0.name] ?? 0))" }.joined(separator: ", ")
        out.append("Final stances (metadata): \(stances); spread \(fixed(v.spread)) against a consensus spread of \(fixed(t.scenario.verdict.consensusSpread)).")
        out.append(v.summary)
        cut()
        return blocks
    }

    public static func verdictLine(_ v: Verdict) -> String {
        switch v.kind {
        case .consensus: return "Consensus, \(v.side?.rawValue ?? "neutral") — \(v.split.phrase)"
        case .noConsensus:
            let seats = v.split.bullish + v.split.neutral + v.split.bearish
            guard seats > 1, let side = v.split.onlySide else { return "No consensus — \(v.split.phrase)" }
            return "No consensus — all \(seats) \(side), but \(fixed(v.spread)) apart on how \(side)"
        }
    }

    static func credit(_ by: [String], seats: Int) -> String {
        by.isEmpty ? "" : " (raised by \(raisers(by, seats: seats)))"
    }

    /// Who raised a Risk or an Opportunity, as a reader says it: "Greta", "Greta and Dex",
    /// "Greta, Rowan and Dex", or "the whole panel" when every seat of three or more did.
    static func raisers(_ by: [String], seats: Int) -> String {
        if by.count == seats, seats > 2 { return "the whole panel" }
        guard by.count > 1 else { return by.first ?? "" }
        return by.dropLast().joined(separator: ", ") + " and " + by[by.count - 1]
    }

    static func side(_ x: Double, _ t: Transcript) -> String {
        ConsensusRule.side(x, band: t.scenario.verdict.neutralBand).rawValue
    }

    public static func signed(_ x: Double) -> String {
        let s = String(format: "%.2f", x)
        return x >= 0 ? "+" + s : s.replacingOccurrences(of: "-", with: "−")
    }

    static func fixed(_ x: Double) -> String { String(format: "%.2f", x) }
}
