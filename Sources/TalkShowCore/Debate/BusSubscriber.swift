/// A listener the `MessageBus` hands every event to (of the kinds it subscribed to), in
/// publication order, by an awaited call to the actor: its executor is its mailbox.
///
/// The bus waits for `receive` before delivering the next event, so `receive` should only
/// record what it is handed and leave acting on it to the subscriber's own task (panelists
/// and the moderator keep a `Mailbox`), with the actor free meanwhile. A reader that works
/// at its own pace can take a stream instead (`MessageBus.subscribe()`), which buffers
/// without bound.
public protocol BusSubscriber: Actor {
    func receive(_ envelope: Envelope)
    /// The bus is closed: nothing more will be delivered.
    func busClosed()
}

extension BusSubscriber {
    public func busClosed() {}
}
