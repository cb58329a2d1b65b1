/// The whole pipeline for one article: facts, stances, the debate over the bus, the
/// verdict, and the transcript that records them.
public enum ShowProducer {
    public static func produce<C: Clock>(_ article: Article, scenario: Scenario, clock: C,
                                         composers: [Int: any MessageComposer] = [:]) async throws -> Transcript where C.Duration == Duration {
        let sheet = FactExtractor().extract(article)
        let context = DebateContext(sheet: sheet, scenario: scenario)
        let outcome = try await DebateEngine.run(context, rounds: scenario.rounds, clock: clock, composers: composers)
        let verdict = VerdictWriter.verdict(context, rounds: outcome.rounds, finalStances: outcome.finalStances)
        return Transcript(article: article, scenario: scenario, facts: sheet.facts, rounds: outcome.rounds, verdict: verdict)
    }

    public static func produce(_ article: Article, scenario: Scenario) async throws -> Transcript {
        try await produce(article, scenario: scenario, clock: ContinuousClock())
    }
}
