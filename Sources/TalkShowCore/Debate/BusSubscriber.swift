/// A listener the `MessageBus` hands every event to (of the kinds it subscribed to), in
/// publication order, by an awaited call to the actor: its executor is its mailbox.
///
/// The bus waits for `receive` before delivering the next event, so `receive` should only
/// record what it is handed and leave acting on it to the subscriber's own task (panelists
/// and the moderator keep a `Mailbox`), with the actor free meanwhile. A reader that works
/// at its own pace can take a stream instead (`MessageBus.subscribe()`), which buffers
/// without bound.
///
/// A subscriber that sets `answers` may instead answer what it is handed (`respond(to:)`,
/// which the bus then calls in place of `receive`) with an event of its own, which the bus
/// publishes for it at once, to be delivered after the event in hand: a rule-based
/// panelist answers `roundOpened` with its message inside the delivery, with no task of its
/// own to wake, so a healthy debate runs on one thread from start to end. Like `receive`,
/// `respond` must not wait.
public protocol BusSubscriber: Actor {
    func receive(_ envelope: Envelope)
    /// Records `envelope` and returns the event to publish in answer, if any; by default
    /// `receive` and no answer.
    func respond(to envelope: Envelope) -> BusEvent?
    /// Whether the bus hands this subscriber's events to `respond(to:)`; by default false,
    /// and the bus calls `receive`.
    static var answers: Bool { get }
    /// The bus is closed: nothing more will be delivered.
    func busClosed()
}

extension BusSubscriber {
    public func respond(to envelope: Envelope) -> BusEvent? {
        receive(envelope)
        return nil
    }

    public func busClosed() {}

    public static var answers: Bool { false }
}
