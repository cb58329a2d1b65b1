/// One seat of the panel. It learns of rounds and of what was said only through its bus
/// subscription, and speaks only by publishing: on `roundOpened` it composes its message
/// from the committed history (earlier rounds only) and posts it, or reports a failure.
public actor Panelist {
    public let seat: Int
    public let name: String
    private let composer: any MessageComposer
    private var history: [RoundRecord] = []

    /// The events a panelist acts on; the others on the bus are the moderator's.
    public static let hears: Set<BusEvent.Kind> = [.roundOpened, .roundCommitted, .debateClosed]

    public init(seat: Int, name: String, composer: any MessageComposer) {
        self.seat = seat
        self.name = name
        self.composer = composer
    }

    /// Listens until the debate closes or the task is cancelled.
    public func run(bus: MessageBus, subscription: AsyncStream<Envelope>) async {
        for await envelope in subscription {
            switch envelope.event {
            case .roundOpened(let index, let stances):
                do {
                    let message = try await composer.compose(round: index, seat: seat, stances: stances, history: history)
                    try await bus.publish(.posted(message))
                } catch is CancellationError {
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
