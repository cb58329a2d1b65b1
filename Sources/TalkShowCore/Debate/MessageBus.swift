/// The only channel of a debate: the moderator and panelists publish events, and every
/// subscriber receives every event published after it subscribed, in publication order,
/// each with a sequence number.
///
/// Events are delivered one at a time to every subscriber in turn, by awaited calls: the
/// publisher that finds the bus idle delivers its event and whatever is published
/// meanwhile, so deliveries never overtake each other however many tasks publish at once.
/// A `BusResponder` may answer an event as it is handed it: the answers are published
/// when the event has reached every subscriber, in subscriber order.
/// A stream subscription (`subscribe()`) buffers without bound, so a slow or finished
/// reader blocks no one. A subscription may name the kinds of event it wants; sequence
/// numbers stay bus-wide, so a filtered subscriber sees gaps. `close()` ends every
/// subscription after the events already published and returns once every subscriber has
/// been told; publishing afterwards throws.
public actor MessageBus {
    /// Why the bus refused a call.
    public enum BusError: Error, Equatable { case closed }

    private enum State { case open, closing, closed }

    private struct Listener: Sendable {
        /// The first sequence number it receives: events published earlier are not its.
        let from: Int
        /// The kinds of event it receives, one bit per `BusEvent.Kind`.
        let kinds: UInt
        let subscriber: any BusSubscriber
        /// The same subscriber when it may answer what it is handed.
        let responder: (any BusResponder)?
    }

    private static func mask(_ kinds: Set<BusEvent.Kind>?) -> UInt {
        guard let kinds else { return ~0 }
        return kinds.reduce(0) { $0 | 1 << $1.rawValue }
    }

    private var state = State.open
    /// Whether every subscriber has been told of the close, and who waits for that.
    private var told = false
    private var closeWaiters: [CheckedContinuation<Void, Never>] = []
    private var listeners: [Listener] = []
    private var nextSequence = 0
    /// Events published and not yet delivered; `queue[head...]` are still to go.
    private var queue: [Envelope] = []
    private var head = 0
    private var delivering = false

    public init() {}

    /// A new subscription as a stream: every event published from now on (of `kinds`, when
    /// given), in order. The stream ends when the bus closes, or when the task reading it is
    /// cancelled.
    public func subscribe(to kinds: Set<BusEvent.Kind>? = nil) throws -> AsyncStream<Envelope> {
        guard state == .open else { throw BusError.closed }
        let (stream, continuation) = AsyncStream<Envelope>.makeStream(bufferingPolicy: .unbounded)
        listeners.append(Listener(from: nextSequence, kinds: Self.mask(kinds), subscriber: StreamSubscriber(continuation: continuation),
                                  responder: nil))
        return stream
    }

    /// Adds `subscriber`: it receives every event published from now on (of `kinds`, when
    /// given), in order.
    public func subscribe(_ subscriber: some BusSubscriber, to kinds: Set<BusEvent.Kind>? = nil) throws {
        guard state == .open else { throw BusError.closed }
        listeners.append(Listener(from: nextSequence, kinds: Self.mask(kinds), subscriber: subscriber,
                                  responder: subscriber as? any BusResponder))
    }

    /// Publishes `event` to every subscriber; returns its sequence number. The event is
    /// delivered before this returns unless another publisher's deliveries are under way,
    /// in which case that publisher delivers it next, in order.
    @discardableResult
    public nonisolated func publish(_ event: BusEvent) async throws -> Int {
        let (envelope, first) = try await admit(event)
        guard case .deliver(var next, var targets, var bit) = first else { return envelope.sequence }
        var answers: [BusEvent] = []
        while true {
            for t in targets where t.from <= next.sequence && t.kinds & bit != 0 {
                if let responder = t.responder {
                    if let answer = await responder.respond(to: next) { answers.append(answer) }
                } else {
                    await t.subscriber.receive(next)
                }
            }
            let step = await advance(answering: answers)
            answers.removeAll(keepingCapacity: true)
            switch step {
            case .deliver(let e, let l, let b):
                next = e
                targets = l
                bit = b
            case .idle:
                return envelope.sequence
            case .finish(let l):
                for t in l { await t.subscriber.busClosed() }
                await allTold()
                return envelope.sequence
            }
        }
    }

    /// What the publisher that delivers is to do next.
    private enum Step: Sendable {
        /// Deliver the envelope to those of the listeners whose kinds hold its kind's bit.
        case deliver(Envelope, [Listener], UInt)
        case idle
        /// The bus was closed while delivering: tell these subscribers, then stop.
        case finish([Listener])
    }

    /// Stamps `event`; the caller delivers it if no one else is delivering.
    private func admit(_ event: BusEvent) throws -> (Envelope, Step) {
        guard state == .open else { throw BusError.closed }
        let envelope = Envelope(sequence: nextSequence, event: event)
        nextSequence += 1
        if delivering {
            queue.append(envelope)
            return (envelope, .idle)
        }
        delivering = true
        return (envelope, .deliver(envelope, listeners, 1 << event.kind.rawValue))
    }

    /// Publishes the answers subscribers gave to the event just delivered, in the order of
    /// the subscribers (dropped once the bus is closing), then gives the delivering
    /// publisher its next event, or the end of its turn.
    private func advance(answering answers: [BusEvent]) -> Step {
        if state == .open {
            for event in answers {
                queue.append(Envelope(sequence: nextSequence, event: event))
                nextSequence += 1
            }
        }
        if head < queue.count {
            head += 1
            let envelope = queue[head - 1]
            return .deliver(envelope, listeners, 1 << envelope.event.kind.rawValue)
        }
        queue.removeAll(keepingCapacity: true)
        head = 0
        delivering = false
        guard state == .closing else { return .idle }
        return .finish(finish())
    }

    /// Ends every subscription after the events already published; returns once every
    /// subscriber has been told (by this call, or by the publisher still delivering).
    public nonisolated func close() async {
        guard let listeners = await closing() else { return }
        for t in listeners { await t.subscriber.busClosed() }
        await allTold()
    }

    /// Marks the bus closed. Returns the subscribers for the caller to tell, or nil once
    /// another task (a delivering publisher, an earlier `close`) has told them.
    private func closing() async -> [Listener]? {
        if state == .open {
            state = .closing
            if !delivering { return finish() }
        }
        if !told { await withCheckedContinuation { closeWaiters.append($0) } }
        return nil
    }

    /// Every subscriber has been told the bus is closed: `close` calls waiting on that return.
    private func allTold() {
        told = true
        for waiter in closeWaiters { waiter.resume() }
        closeWaiters.removeAll()
    }

    private func finish() -> [Listener] {
        state = .closed
        defer { listeners.removeAll() }
        return listeners
    }

    public var isClosed: Bool { state != .open }
    public var published: Int { nextSequence }

    /// The subscriber behind `subscribe()`: hands each event to a stream's buffer.
    private actor StreamSubscriber: BusSubscriber {
        let continuation: AsyncStream<Envelope>.Continuation
        init(continuation: AsyncStream<Envelope>.Continuation) { self.continuation = continuation }
        func receive(_ envelope: Envelope) { continuation.yield(envelope) }
        func busClosed() { continuation.finish() }
    }
}
