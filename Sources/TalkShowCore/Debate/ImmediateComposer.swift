/// A `MessageComposer` that composes without suspending and in bounded time (the
/// rule-based `VoiceComposer`): its panelist answers a round inside the bus's delivery of
/// `roundOpened` instead of in a task of its own.
public protocol ImmediateComposer: MessageComposer {
    func composeNow(round: Int, seat: Int, stances: [Double], history: [RoundRecord]) -> DebateMessage
}

extension ImmediateComposer {
    /// `composeNow`, for a panelist that awaits its speaker in a task of its own.
    public func compose(round: Int, seat: Int, stances: [Double], history: [RoundRecord]) async throws -> DebateMessage {
        composeNow(round: round, seat: seat, stances: stances, history: history)
    }
}
