/// The events a `BusSubscriber` actor has been handed and not yet read, and the reader
/// waiting for the next one: how a panelist or the moderator reads the bus without a
/// stream's task wake-ups. It lives in the subscriber's actor state, so `deliver`, `close`
/// and the reader's `take` are never concurrent.
struct Mailbox: Sendable {
    private var events: [Envelope] = []
    private var head = 0
    private var waiter: UnsafeContinuation<Envelope?, Never>?
    /// No more events will come: the bus closed.
    private(set) var isClosed = false

    /// Hands `envelope` to the waiting reader, or keeps it for the next `take`.
    mutating func deliver(_ envelope: Envelope) {
        guard !isClosed else { return }
        if let waiter {
            self.waiter = nil
            waiter.resume(returning: envelope)
        } else {
            events.append(envelope)
        }
    }

    /// Ends the mailbox after the events kept: a waiting reader gets nil.
    mutating func close() {
        isClosed = true
        interrupt()
    }

    /// Wakes a waiting reader with nil, without closing: the reader decides what that means.
    mutating func interrupt() {
        if let waiter {
            self.waiter = nil
            waiter.resume(returning: nil)
        }
    }

    /// The next kept event, if any.
    mutating func take() -> Envelope? {
        guard head < events.count else { return nil }
        let envelope = events[head]
        head += 1
        if head == events.count {
            events.removeAll(keepingCapacity: true)
            head = 0
        }
        return envelope
    }

    /// Waits in `waiter` for the next delivery; the caller checked `take()` and `isClosed`
    /// first, in the same actor turn.
    mutating func wait(_ continuation: UnsafeContinuation<Envelope?, Never>) {
        precondition(waiter == nil, "one reader per mailbox")
        waiter = continuation
    }
}
