/// What speaks for a seat: given the round, the stances it is argued from and the committed
/// history, it returns the seat's message. The rule-based `VoiceComposer` is the product;
/// tests use scripted composers to drive faults.
public protocol MessageComposer: Sendable {
    nonisolated(nonsending) func compose(round: Int, seat: Int, stances: [Double], history: [RoundRecord]) async throws -> DebateMessage
}
