/// Stages one debate: a bus, a panelist actor per seat and a moderator, run as structured
/// child tasks (none when every seat answers inside the bus's deliveries, as rule-based
/// panelists do). The result depends only on the context and the seed, never on scheduling.
public enum DebateEngine {
    /// The committed rounds and the stance trajectory of one debate.
    public struct Outcome: Sendable {
        public var rounds: [RoundRecord]
        public var stances: [[Double]]
        public var finalStances: [Double] { stances.last ?? [] }
    }

    /// Runs the debate of `context` with `rounds` rebuttal rounds. `composers` replaces the
    /// rule-based speaker of some seats (tests drive faults with it).
    /// `bus` may be given so a test can listen in; it must be new.
    public static func run<C: Clock>(_ context: DebateContext, rounds: Int, clock: C,
                                     composers: [Int: any MessageComposer] = [:], bus: MessageBus = MessageBus()) async throws -> Outcome where C.Duration == Duration {
        let scenario = context.scenario
        let names = scenario.personas.map(\.name)
        let voice = VoiceComposer(context: context)
        let panelists = names.indices.map { Panelist(seat: $0, name: names[$0], composer: composers[$0] ?? voice) }
        for p in panelists { try await bus.subscribe(p, to: Panelist.hears) }
        let moderator = Moderator(bus: bus, clock: clock, seats: names, deadlineSeconds: scenario.roundDeadlineSeconds,
                                  dynamics: StanceDynamics(scenario))
        try await bus.subscribe(moderator, to: Moderator<C>.hears)
        let opening = context.openingStances
        guard panelists.contains(where: { !$0.answersAtOnce }) else {
            // Every seat answers inside the bus's deliveries, so no one can miss a deadline:
            // the moderator runs the rounds in this task, with no timer, on this thread.
            do {
                let (records, stances) = try await moderator.run(rounds: rounds, opening: opening, keepsTime: false)
                return Outcome(rounds: records, stances: stances)
            } catch {
                await bus.close()
                throw error
            }
        }
        return try await withThrowingTaskGroup(of: Outcome?.self) { group in
            for p in panelists where !p.answersAtOnce {
                group.addTask {
                    await p.run(bus: bus)
                    return nil
                }
            }
            group.addTask {
                let (records, stances) = try await moderator.run(rounds: rounds, opening: opening)
                return Outcome(rounds: records, stances: stances)
            }
            var outcome: Outcome? = nil
            do {
                while let result = try await group.next() {
                    if let result {
                        outcome = result
                        group.cancelAll()
                    }
                }
            } catch {
                group.cancelAll()
                await bus.close()
                throw error
            }
            guard let outcome else { throw CancellationError() }
            return outcome
        }
    }

    /// The fast path tuning uses: the same stances, without bus, actors or text.
    public static func stances(_ context: DebateContext, rounds: Int) -> [[Double]] {
        StanceDynamics(context.scenario).trajectory(from: context.openingStances, updates: rounds + 1)
    }
}
