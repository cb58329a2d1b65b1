/// A listener the `MessageBus` hands every event to (of the kinds it subscribed to), in
/// publication order, by an awaited call to the actor: its executor is its mailbox.
///
/// The bus waits for `receive` before delivering the next event, so `receive` should only
/// record what it is handed. A listener that needs time to act on an event (a panelist
/// composing its message) reads a stream instead (`MessageBus.subscribe()`), which buffers
/// without bound and never holds the bus up.
public protocol BusSubscriber: Actor {
    func receive(_ envelope: Envelope)
    /// The bus is closed: nothing more will be delivered.
    func busClosed()
}

extension BusSubscriber {
    public func busClosed() {}
}
