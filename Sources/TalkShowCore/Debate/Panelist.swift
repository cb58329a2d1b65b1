/// One seat of the panel. It learns of rounds and of what was said only through the bus,
/// which hands it events as a subscriber, and speaks only through the bus: on
/// `roundOpened` it composes its message from the committed history (earlier rounds only)
/// and posts it, or reports a failure.
///
/// With an `ImmediateComposer` the panelist answers `roundOpened` inside the delivery
/// (`respond(to:)`) and needs no task; any other composer is awaited in the panelist's own
/// task (`run`), so a slow or stalled speaker never holds up the bus.
public actor Panelist: BusSubscriber, MailboxReader {
    public let seat: Int
    public let name: String
    private let composer: any MessageComposer
    private let immediate: (any ImmediateComposer)?
    /// Whether the panelist answers inside the bus's deliveries: then `run` has nothing to do.
    public nonisolated let answersAtOnce: Bool
    private var history: [RoundRecord] = []
    var mailbox = Mailbox()

    /// The events a panelist acts on; the others on the bus are the moderator's.
    public static let hears: Set<BusEvent.Kind> = [.roundOpened, .roundCommitted, .debateClosed]

    public init(seat: Int, name: String, composer: any MessageComposer) {
        self.seat = seat
        self.name = name
        self.composer = composer
        immediate = composer as? any ImmediateComposer
        answersAtOnce = immediate != nil
    }

    /// A committed round is kept quietly: the panelist reads it when the next round opens,
    /// before it composes.
    public func receive(_ envelope: Envelope) {
        if case .roundCommitted = envelope.event { mailbox.deliver(envelope, quiet: true) } else { mailbox.deliver(envelope) }
    }

    public static var answers: Bool { true }

    public func respond(to envelope: Envelope) -> BusEvent? {
        guard let immediate else {
            receive(envelope)
            return nil
        }
        switch envelope.event {
        case .roundOpened(let index, let stances):
            return .posted(immediate.composeNow(round: index, seat: seat, stances: stances, history: history))
        case .roundCommitted(let record):
            history.append(record)
            return nil
        case .posted, .failed, .deadline, .debateClosed:
            return nil
        }
    }

    public func busClosed() { mailbox.close() }

    /// Acts on what the bus hands it (subscribe it first, to `hears`) until the debate or
    /// the bus closes. Returns at once when the panelist answers inside the deliveries.
    public func run(bus: MessageBus) async {
        guard !answersAtOnce else { return }
        while let envelope = await nextEvent(quiet: .max) {
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
