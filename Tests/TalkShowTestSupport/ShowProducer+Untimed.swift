import TalkShowCore

extension ShowProducer {
    /// `produce` on a clock that never moves, so no round deadline passes however busy the
    /// machine is. Tests run in parallel on few cores, and a debate starved for the two
    /// seconds of a real deadline would let its panelists abstain: a test that checks what
    /// a debate says must not depend on that.
    public static func produceUntimed(_ article: Article, scenario: Scenario) async throws -> Transcript {
        try await produce(article, scenario: scenario, clock: ManualClock())
    }
}
