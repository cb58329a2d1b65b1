/// The only channel of a debate: the moderator and panelists publish events, and every
/// subscriber receives every event published after it subscribed, in publication order,
/// each with a sequence number.
///
/// Events are delivered one at a time to every subscriber in turn, by awaited calls: the
/// publisher that finds the bus idle delivers its event and whatever is published
/// meanwhile, so deliveries never overtake each other however many tasks publish at once.
/// A subscriber may answer an event as it is handed it (`BusSubscriber.respond(to:)`): the
/// answers are published at once, in subscriber order, and delivered after that event.
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
    /// The subscribers handed events by `respond(to:)`; each event reaches them after `listeners`.
    private var responders: [Listener] = []
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
        listeners.append(Listener(from: nextSequence, kinds: Self.mask(kinds), subscriber: StreamSubscriber(continuation: continuation)))
        return stream
    }

    /// Adds `subscriber`: it receives every event published from now on (of `kinds`, when
    /// given), in order.
    public func subscribe(_ subscriber: some BusSubscriber, to kinds: Set<BusEvent.Kind>? = nil) throws {
        guard state == .open else { throw BusError.closed }
        let listener = Listener(from: nextSequence, kinds: Self.mask(kinds), subscriber: subscriber)
        if type(of: subscriber).answers { responders.append(listener) } else { listeners.append(listener) }
    }

    /// Publishes `event` to every subscriber; returns its sequence number. The event is
    /// delivered before this returns unless another publisher's deliveries are under way,
    /// in which case that publisher delivers it next, in order.
    /// (Inlined: a call of its own measured a fifth slower per delivery.)
    @discardableResult @inline(__always)
    public nonisolated func publish(_ event: BusEvent) async throws -> Int {
        let (envelope, first) = try await admit(event)
        guard case .deliver(var next, var targets, var answering, var bit) = first else { return envelope.sequence }
        while true {
            for t in targets where t.from <= next.sequence && t.kinds & bit != 0 {
                await t.subscriber.receive(next)
            }
            if !answering.isEmpty { await answer(next, kinds: bit, from: answering) }
            switch await advance() {
            case .deliver(let e, let l, let a, let b):
                next = e
                targets = l
                answering = a
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

    /// Hands `envelope` to the responders whose kinds hold `bit` and publishes their
    /// answers. (A function of its own, so `publish` stays small where it is inlined.)
    @inline(never)
    private nonisolated func answer(_ envelope: Envelope, kinds bit: UInt, from responders: [Listener]) async {
        for t in responders where t.from <= envelope.sequence && t.kinds & bit != 0 {
            if let answer = await t.subscriber.respond(to: envelope) { await enqueue(answer: answer) }
        }
    }

    /// What the publisher that delivers is to do next.
    private enum Step: Sendable {
        /// Deliver the envelope to those of the listeners, then of the responders, whose
        /// kinds hold its kind's bit.
        case deliver(Envelope, [Listener], [Listener], UInt)
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
        return (envelope, .deliver(envelope, listeners, responders, 1 << event.kind.rawValue))
    }

    /// Publishes a subscriber's answer to the event being delivered: it goes after that
    /// event, in the order answers come (dropped once the bus is closing).
    private func enqueue(answer: BusEvent) {
        guard state == .open else { return }
        queue.append(Envelope(sequence: nextSequence, event: answer))
        nextSequence += 1
    }

    /// The next event for the delivering publisher, or the end of its turn.
    private func advance() -> Step {
        if head < queue.count {
            head += 1
            let envelope = queue[head - 1]
            return .deliver(envelope, listeners, responders, 1 << envelope.event.kind.rawValue)
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
        defer {
            listeners.removeAll()
            responders.removeAll()
        }
        return listeners + responders
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
