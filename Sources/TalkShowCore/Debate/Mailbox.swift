/// The events a `BusSubscriber` actor has been handed and not yet read, and the reader
/// waiting for the next one: how a panelist or the moderator reads the bus without a
/// stream's task wake-ups. It lives in the subscriber's actor state, so `deliver`, `close`
/// and the reader's `take` are never concurrent.
///
/// An event may be delivered quietly: it is kept, and wakes the waiting reader only once
/// as many quiet events as the reader asked for have come (a panelist's record of a
/// committed round waits for the next round to open; the moderator wakes once every seat
/// could have answered). Each wake-up of a reader is a task resumed on the shared pool,
/// so fewer of them keep a debate on fewer threads.
struct Mailbox: Sendable {
    private var events: [Envelope] = []
    private var head = 0
    private var waiter: UnsafeContinuation<Envelope?, Never>?
    /// Quiet events that still do not wake the waiting reader.
    private var quietLeft = 0
    /// No more events will come: the bus closed.
    private(set) var isClosed = false
    /// Whether a reader waits for a delivery.
    var isWaiting: Bool { waiter != nil }

    /// Keeps `envelope` and wakes the waiting reader with the first event kept, unless the
    /// event is `quiet` and the reader asked to sleep through more quiet events.
    mutating func deliver(_ envelope: Envelope, quiet: Bool = false) {
        guard !isClosed else { return }
        events.append(envelope)
        guard let waiter else { return }
        if quiet {
            quietLeft -= 1
            if quietLeft > 0 { return }
        }
        self.waiter = nil
        waiter.resume(returning: take())
    }

    /// Ends the mailbox after the events kept: a waiting reader gets the first of them, or
    /// nil when none is kept.
    mutating func close() {
        isClosed = true
        if let waiter {
            self.waiter = nil
            waiter.resume(returning: take())
        }
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

    /// Waits in `waiter` for the next delivery that is not quiet, or the `quiet`-th quiet
    /// one; the caller checked `take()` and `isClosed` first, in the same actor turn.
    mutating func wait(_ continuation: UnsafeContinuation<Envelope?, Never>, quiet: Int) {
        precondition(waiter == nil, "one reader per mailbox")
        waiter = continuation
        quietLeft = quiet
    }
}
