/// Runs the rounds of a debate over the bus: opens each round with the stances it is
/// argued from, waits for one message per seat until the round's deadline on the injected
/// clock, commits the messages in seat order (a seat that failed or was late abstains),
/// updates the stances once (Friedkin–Johnsen with bounded confidence) and goes on.
/// Arrival order never reaches the result.
public actor Moderator<C: Clock>: BusSubscriber, MailboxReader where C.Duration == Duration {
    private let bus: MessageBus
    private let clock: C
    private let seats: [String]
    private let deadline: Duration
    private let dynamics: StanceDynamics
    var mailbox = Mailbox()
    /// The open round and when its deadline falls, for the timer.
    private var roundDeadline: (round: Int, at: C.Instant)?
    /// The timer waiting for a round to open, and whether the debate is over.
    private var timerWaiter: UnsafeContinuation<Void, Never>?
    private var timerStopped = false

    /// The events the moderator acts on; the others on the bus are the panelists'.
    public static var hears: Set<BusEvent.Kind> { [.posted, .failed, .deadline] }

    public init(bus: MessageBus, clock: C, seats: [String], deadlineSeconds: Double, dynamics: StanceDynamics) {
        self.bus = bus
        self.clock = clock
        self.seats = seats
        self.deadline = .milliseconds(Int64((deadlineSeconds * 1000).rounded()))
        self.dynamics = dynamics
    }

    /// Posted messages are kept quietly: the moderator wakes once as many have come as seats
    /// still owe, or for anything else (a failure, the deadline).
    public func receive(_ envelope: Envelope) {
        if case .posted = envelope.event { mailbox.deliver(envelope, quiet: true) } else { mailbox.deliver(envelope) }
    }
    public func busClosed() { mailbox.close() }

    /// Wakes a wait in `nextEvent()` with nil: the timer calls it when cancelled, which is how
    /// a cancelled debate stops waiting. At the end of a debate nothing waits, and this
    /// does nothing.
    private func interrupt() { mailbox.interrupt() }

    /// One timer for the whole debate: it sleeps until the open round's deadline, and when
    /// that passes with the round still open, publishes `deadline`. A round that closes
    /// sooner just moves the time it sleeps to, so no task is started per round.
    private func keepTime() async {
        var fired = -1
        while !timerStopped {
            guard let (round, at) = roundDeadline, round > fired else {
                await withUnsafeContinuation { timerWaiter = $0 }
                continue
            }
            if clock.now < at {
                do {
                    try await clock.sleep(until: at, tolerance: nil)
                } catch {
                    interrupt()
                    return
                }
                continue
            }
            fired = round
            _ = try? await bus.publish(.deadline(round: round))
        }
    }

    /// Starts the deadline of `round`, waking the timer if it waits for one.
    private func open(_ round: Int) {
        roundDeadline = (round, clock.now.advanced(by: deadline))
        wakeTimer()
    }

    private func stopTimer() {
        timerStopped = true
        wakeTimer()
    }

    private func wakeTimer() {
        if let waiter = timerWaiter {
            timerWaiter = nil
            waiter.resume()
        }
    }

    /// The committed rounds and the stance trajectory x(0) … x(rounds + 1). Subscribe the
    /// moderator to the bus first, to `hears`. A moderator runs one debate: call this once.
    /// Without `keepsTime` no timer runs and no deadline is called: for a panel whose every
    /// seat answers inside the bus's deliveries, where no one can be late.
    public func run(rounds: Int, opening x0: [Double], keepsTime: Bool = true) async throws -> (rounds: [RoundRecord], stances: [[Double]]) {
        guard keepsTime else { return try await runRounds(rounds, opening: x0) }
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await self.keepTime() }
            defer {
                stopTimer()
                group.cancelAll()
            }
            return try await runRounds(rounds, opening: x0)
        }
    }

    private func runRounds(_ rounds: Int, opening x0: [Double]) async throws -> (rounds: [RoundRecord], stances: [[Double]]) {
        var records: [RoundRecord] = []
        var stances = [x0]
        let seatCount = seats.count
        for r in 0...rounds {
            try Task.checkCancellation()
            let x = stances[r]
            // The deadline is set before the round is announced, so whoever sees
            // `roundOpened(r)` knows the timer keeps round r's time.
            open(r)
            try await bus.publish(.roundOpened(index: r, stances: x))
            var inbox = [DebateMessage?](repeating: nil, count: seatCount)
            var answered = 0
            waiting: while answered < seatCount {
                guard let envelope = await nextEvent(quiet: seatCount - answered) else {
                    if mailbox.isClosed { throw MessageBus.BusError.closed }
                    throw CancellationError()
                }
                switch envelope.event {
                case .posted(let m) where m.round == r && m.seat >= 0 && m.seat < seatCount && inbox[m.seat] == nil:
                    inbox[m.seat] = m
                    answered += 1
                case .failed(let round, let seat, let reason) where round == r && seat >= 0 && seat < seatCount && inbox[seat] == nil:
                    inbox[seat] = .abstention(round: r, seat: seat, speaker: seats[seat], reason: "failed: \(reason)")
                    answered += 1
                case .deadline(let round) where round == r:
                    break waiting
                default:
                    continue
                }
                try Task.checkCancellation()
            }
            // The round is over: its deadline must not be called after this.
            roundDeadline = nil
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
