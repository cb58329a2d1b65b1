import TalkShowCore

/// A test-only speaker for one seat: it throws, or stalls until cancelled (in every round,
/// or from one round on while `speaker` speaks before), or lets time pass in a round, so
/// tests can drive abstentions and deadlines without sleeping.
public struct ScriptedComposer: MessageComposer {
    public enum Behaviour: Sendable {
        case fail, stall
        case stallIn(round: Int, speaker: any MessageComposer)
        /// Moves the clock on by `by` before speaking in `round`: time passes during a round.
        case advanceIn(round: Int, by: Duration, speaker: any MessageComposer)
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

    public func compose(round: Int, seat: Int, stances: [Double], history: [RoundRecord]) async throws -> DebateMessage {
        switch behaviour {
        case .fail:
            throw Failure()
        case .stall:
            try await clock.sleep(until: .distantFuture)
            throw Failure()
        case .advanceIn(let slow, let duration, let speaker):
            if round == slow { clock.advance(by: duration) }
            return try await speaker.compose(round: round, seat: seat, stances: stances, history: history)
        case .stallIn(let stalled, let speaker):
            guard round == stalled else {
                return try await speaker.compose(round: round, seat: seat, stances: stances, history: history)
            }
            try await clock.sleep(until: .distantFuture)
            throw Failure()
        }
    }
}
