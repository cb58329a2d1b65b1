/// What travels on the `MessageBus`: the moderator opening, committing and ending rounds,
/// panelists posting (or failing), and the round timer firing.
public enum BusEvent: Sendable {
    /// Round `index` is open; `stances` are x(index), the stances it is argued from.
    case roundOpened(index: Int, stances: [Double])
    /// (Held in a box, so an event stays a few words long however long the message.)
    indirect case posted(DebateMessage)
    case failed(round: Int, seat: Int, reason: String)
    case deadline(round: Int)
    /// The round's messages in seat order, as every panelist must remember them.
    case roundCommitted(RoundRecord)
    case debateClosed

    /// Which case an event is, without its payload: what a subscription filters on.
    public enum Kind: Int, Sendable, CaseIterable {
        case roundOpened, posted, failed, deadline, roundCommitted, debateClosed
    }

    public var kind: Kind {
        switch self {
        case .roundOpened: .roundOpened
        case .posted: .posted
        case .failed: .failed
        case .deadline: .deadline
        case .roundCommitted: .roundCommitted
        case .debateClosed: .debateClosed
        }
    }
}

/// An event with its bus-wide sequence number. The event is held by reference, so the
/// envelope copied into every mailbox is two words long whatever the event carries.
public struct Envelope: Sendable {
    public let sequence: Int
    private let box: Box
    public var event: BusEvent { box.event }

    public init(sequence: Int, event: BusEvent) {
        self.sequence = sequence
        self.box = Box(event)
    }

    final class Box: Sendable {
        let event: BusEvent
        init(_ event: BusEvent) { self.event = event }
    }
}
