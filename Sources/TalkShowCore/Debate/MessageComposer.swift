/// What speaks for a seat: given the round, the stances it is argued from and the committed
/// history, it returns the seat's message. The rule-based `VoiceComposer` is the product;
/// tests use scripted composers to drive faults. `compose` runs in the panelist's own task,
/// so the panelist goes on receiving the bus's events while a slow speaker works; an
/// `ImmediateComposer` is asked inside the bus's delivery instead.
public protocol MessageComposer: Sendable {
    func compose(round: Int, seat: Int, stances: [Double], history: [RoundRecord]) async throws -> DebateMessage
}
