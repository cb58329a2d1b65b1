/// One seat of the panel. It learns of rounds and of what was said only through the bus,
/// which hands it events as a subscriber, and speaks only by publishing: on `roundOpened`
/// it composes its message from the committed history (earlier rounds only) and posts it,
/// or reports a failure.
public actor Panelist: BusSubscriber, MailboxReader {
    public let seat: Int
    public let name: String
    private let composer: any MessageComposer
    private var history: [RoundRecord] = []
    var mailbox = Mailbox()

    /// The events a panelist acts on; the others on the bus are the moderator's.
    public static let hears: Set<BusEvent.Kind> = [.roundOpened, .roundCommitted, .debateClosed]

    public init(seat: Int, name: String, composer: any MessageComposer) {
        self.seat = seat
        self.name = name
        self.composer = composer
    }

    public func receive(_ envelope: Envelope) { mailbox.deliver(envelope) }
    public func busClosed() { mailbox.close() }

    /// Acts on what the bus hands it (subscribe it first, to `hears`) until the debate or
    /// the bus closes.
    public func run(bus: MessageBus) async {
        while let envelope = await nextEvent() {
            switch envelope.event {
            case .roundOpened(let index, let stances):
                do {
                    let message = try await composer.compose(round: index, seat: seat, stances: stances, history: history)
                    try await bus.publish(.posted(message))
                } catch is CancellationError where Task.isCancelled {
                    return
                } catch {
                    _ = try? await bus.publish(.failed(round: index, seat: seat, reason: "\(error)"))
                }
            case .roundCommitted(let record):
                history.append(record)
            case .debateClosed:
                return
            case .posted, .failed, .deadline:
                continue
            }
        }
    }
}
