import TalkShowCore

/// A test-only speaker for one seat: it throws, or stalls until cancelled (in every round,
/// or in one round while `speaker` speaks in the others), so tests can drive abstentions
/// without sleeping.
public struct ScriptedComposer: MessageComposer {
    public enum Behaviour: Sendable {
        case fail, stall
        case stallIn(round: Int, speaker: any MessageComposer)
    }
    public struct Failure: Error, CustomStringConvertible {
        public var description: String { "scripted failure" }
    }

    public let behaviour: Behaviour
    public let clock: ManualClock

    public init(_ behaviour: Behaviour, clock: ManualClock) {
        self.behaviour = behaviour
        self.clock = clock
    }

    public nonisolated(nonsending) func compose(round: Int, seat: Int, stances: [Double], history: [RoundRecord]) async throws -> DebateMessage {
        switch behaviour {
        case .fail:
            throw Failure()
        case .stall:
            try await clock.sleep(until: .distantFuture)
            throw Failure()
        case .stallIn(let stalled, let speaker):
            guard round == stalled else {
                return try await speaker.compose(round: round, seat: seat, stances: stances, history: history)
            }
            try await clock.sleep(until: .distantFuture)
            throw Failure()
        }
    }
}
