/// The only channel of a debate: the moderator and panelists publish events, and every
/// subscriber receives every event published after it subscribed, in publication order,
/// each with a sequence number.
///
/// Each subscription buffers without bound, so a slow or finished subscriber blocks no
/// one. `close()` finishes every subscription; publishing afterwards throws.
public actor MessageBus {
    /// Why the bus refused a call.
    public enum BusError: Error, Equatable { case closed }

    private enum State { case open, closed }

    private var state = State.open
    private var subscribers: [AsyncStream<Envelope>.Continuation] = []
    private var nextSequence = 0

    public init() {}

    /// A new subscription: every event published from now on, in order.
    public func subscribe() throws -> AsyncStream<Envelope> {
        guard state == .open else { throw BusError.closed }
        let (stream, continuation) = AsyncStream<Envelope>.makeStream(bufferingPolicy: .unbounded)
        subscribers.append(continuation)
        return stream
    }

    /// Publishes `event` to every subscriber; returns its sequence number.
    @discardableResult
    public func publish(_ event: BusEvent) throws -> Int {
        guard state == .open else { throw BusError.closed }
        let envelope = Envelope(sequence: nextSequence, event: event)
        nextSequence += 1
        for s in subscribers { s.yield(envelope) }
        return envelope.sequence
    }

    /// Ends every subscription after the events already published.
    public func close() {
        guard state == .open else { return }
        state = .closed
        for s in subscribers { s.finish() }
        subscribers.removeAll()
    }

    public var isClosed: Bool { state == .closed }
    public var published: Int { nextSequence }
}
