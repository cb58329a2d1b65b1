/// Runs the rounds of a debate over the bus: opens each round with the stances it is
/// argued from, waits for one message per seat until the round's deadline on the injected
/// clock, commits the messages in seat order (a seat that failed or was late abstains),
/// updates the stances once (Friedkin–Johnsen with bounded confidence) and goes on.
/// Arrival order never reaches the result.
public actor Moderator<C: Clock>: BusSubscriber where C.Duration == Duration {
    private let bus: MessageBus
    private let clock: C
    private let seats: [String]
    private let deadline: Duration
    private let dynamics: StanceDynamics
    private var mailbox = Mailbox()

    /// The events the moderator acts on; the others on the bus are the panelists'.
    public static var hears: Set<BusEvent.Kind> { [.posted, .failed, .deadline] }

    public init(bus: MessageBus, clock: C, seats: [String], deadlineSeconds: Double, dynamics: StanceDynamics) {
        self.bus = bus
        self.clock = clock
        self.seats = seats
        self.deadline = .milliseconds(Int64((deadlineSeconds * 1000).rounded()))
        self.dynamics = dynamics
    }

    public func receive(_ envelope: Envelope) { mailbox.deliver(envelope) }
    public func busClosed() { mailbox.close() }

    /// The next event, or nil once the bus is closed or the task is cancelled.
    private func next() async -> Envelope? {
        if let envelope = mailbox.take() { return envelope }
        if mailbox.isClosed || Task.isCancelled { return nil }
        return await withUnsafeContinuation { mailbox.wait($0) }
    }

    /// Wakes a wait in `next()` with nil: the round's timer calls it when cancelled, which
    /// is how a cancelled debate stops waiting. After a round that ended normally nothing
    /// waits, and this does nothing.
    private func interrupt() { mailbox.interrupt() }

    /// The committed rounds and the stance trajectory x(0) … x(rounds + 1). Subscribe the
    /// moderator to the bus first, to `hears`.
    public func run(rounds: Int, opening x0: [Double]) async throws -> (rounds: [RoundRecord], stances: [[Double]]) {
        var records: [RoundRecord] = []
        var stances = [x0]
        for r in 0...rounds {
            try Task.checkCancellation()
            let x = stances[r]
            try await bus.publish(.roundOpened(index: r, stances: x))
            var inbox = [DebateMessage?](repeating: nil, count: seats.count)
            var answered = 0
            let timerBus = bus
            let clock = self.clock
            let until = clock.now.advanced(by: deadline)
            let seatCount = seats.count
            let names = seats
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    do {
                        try await clock.sleep(until: until, tolerance: nil)
                        _ = try? await timerBus.publish(.deadline(round: r))
                    } catch {
                        await self.interrupt()
                    }
                }
                waiting: while answered < seatCount {
                    guard let envelope = await self.next() else { throw CancellationError() }
                    switch envelope.event {
                    case .posted(let m) where m.round == r && m.seat >= 0 && m.seat < seatCount && inbox[m.seat] == nil:
                        inbox[m.seat] = m
                        answered += 1
                    case .failed(let round, let seat, let reason) where round == r && seat >= 0 && seat < seatCount && inbox[seat] == nil:
                        inbox[seat] = .abstention(round: r, seat: seat, speaker: names[seat], reason: "failed: \(reason)")
                        answered += 1
                    case .deadline(let round) where round == r:
                        break waiting
                    default:
                        continue
                    }
                    try Task.checkCancellation()
                }
                group.cancelAll()
            }
            let next = dynamics.step(x, opening: x0)
            stances.append(next)
            var messages: [DebateMessage] = []
            for seat in seats.indices {
                var m = inbox[seat] ?? .abstention(round: r, seat: seat, speaker: seats[seat], reason: "missed the deadline")
                m.id = DebateMessage.id(round: r, seat: seat)
                m.stanceBefore = x[seat]
                m.stanceAfter = next[seat]
                messages.append(m)
            }
            let record = RoundRecord(index: r, messages: messages)
            records.append(record)
            try await bus.publish(.roundCommitted(record))
        }
        try await bus.publish(.debateClosed)
        await bus.close()
        return (records, stances)
    }
}
