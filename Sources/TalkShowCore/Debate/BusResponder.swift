/// A bus subscriber that may answer what it is handed with an event of its own, which the
/// bus publishes for it as soon as the event in hand has reached every subscriber: a
/// rule-based panelist answers `roundOpened` with its message inside the delivery, with no
/// task of its own to wake, so a healthy debate runs on one thread from start to end.
///
/// `respond` is called instead of `receive` and, like it, must not wait: the bus waits for
/// it before delivering the next event.
public protocol BusResponder: BusSubscriber {
    /// Records `envelope` as `receive` would, and returns the event to publish in answer.
    func respond(to envelope: Envelope) -> BusEvent?
}
