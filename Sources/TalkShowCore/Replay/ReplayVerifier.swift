/// Re-runs a saved debate from its embedded article text, scenario and seed, and reports
/// whether the engine still produces the same transcript — or the first message that
/// differs, saved and new side by side.
public enum ReplayVerifier {
    /// The outcome of a verification.
    public enum Result: Sendable, Equatable {
        case same(messages: Int)
        case different(where: String, saved: String, now: String)
    }

    /// Re-runs `saved` and compares the new transcript's bytes with `savedBytes` (the file as
    /// saved; by default `saved` encoded again). Parts are compared through their JSON, so
    /// a difference means a difference in the contract, not in unrounded internals.
    public static func verify(_ saved: Transcript, savedBytes: [UInt8]? = nil) async throws -> Result {
        let article = Article(text: saved.article.text)
        var now = try await ShowProducer.produce(article, scenario: saved.scenario)
        now.engineVersion = saved.engineVersion
        let messages = saved.rounds.reduce(0) { $0 + $1.messages.count }
        let original = savedBytes ?? saved.jsonBytes()
        if now.jsonBytes() == original { return .same(messages: messages) }
        func same<T: Encodable>(_ a: T, _ b: T) -> Bool {
            (try? StableJSON.string(a, pretty: false)) == (try? StableJSON.string(b, pretty: false))
        }
        if now.article != saved.article {
            return .different(where: "article", saved: saved.article.sha256, now: now.article.sha256)
        }
        for (a, b) in zip(saved.rounds, now.rounds) {
            for (m, n) in zip(a.messages, b.messages) where !same(m, n) {
                return .different(where: "message \(m.id) (round \(a.index), \(m.speaker))", saved: describe(m), now: describe(n))
            }
            if a.messages.count != b.messages.count {
                return .different(where: "round \(a.index)", saved: "\(a.messages.count) messages", now: "\(b.messages.count) messages")
            }
        }
        if saved.rounds.count != now.rounds.count {
            return .different(where: "rounds", saved: "\(saved.rounds.count) rounds", now: "\(now.rounds.count) rounds")
        }
        for (f, g) in zip(saved.facts, now.facts) where !same(f, g) {
            return .different(where: "fact \(f.id)", saved: "\(f.kind.rawValue) \(f.text)", now: "\(g.kind.rawValue) \(g.text)")
        }
        if saved.facts.count != now.facts.count {
            return .different(where: "facts", saved: "\(saved.facts.count) facts", now: "\(now.facts.count) facts")
        }
        if !same(saved.verdict, now.verdict) {
            return .different(where: "verdict", saved: "\(saved.verdict.kind.rawValue): \(saved.verdict.summary)",
                              now: "\(now.verdict.kind.rawValue): \(now.verdict.summary)")
        }
        if !same(saved.scenario, now.scenario) {
            return .different(where: "scenario", saved: saved.scenario.name, now: now.scenario.name)
        }
        return .different(where: "transcript bytes (layout or a field outside messages, facts and verdict)",
                          saved: "\(original.count) bytes", now: "\(now.jsonBytes().count) bytes")
    }

    static func describe(_ m: DebateMessage) -> String {
        var parts = ["[\(m.kind.rawValue)] \(m.headline)"]
        if !m.text.isEmpty { parts.append(m.text) }
        if let c = m.counterpoint { parts.append(c) }
        parts.append("cites \(m.cites.joined(separator: ",")); stance \(m.stanceBefore) → \(m.stanceAfter)")
        return parts.joined(separator: " | ")
    }
}
