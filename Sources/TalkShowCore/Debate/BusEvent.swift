/// What travels on the `MessageBus`: the moderator opening, committing and ending rounds,
/// panelists posting (or failing), and the round timer firing.
public enum BusEvent: Sendable {
    /// Round `index` is open; `stances` are x(index), the stances it is argued from.
    case roundOpened(index: Int, stances: [Double])
    case posted(DebateMessage)
    case failed(round: Int, seat: Int, reason: String)
    case deadline(round: Int)
    /// The round's messages in seat order, as every panelist must remember them.
    case roundCommitted(RoundRecord)
    case debateClosed
}

/// An event with its bus-wide sequence number.
public struct Envelope: Sendable {
    public var sequence: Int
    public var event: BusEvent
}
