/// A bus subscriber that keeps what it is handed in a `Mailbox` and acts on it in its own
/// task (panelists and the moderator): `receive` only records, so the bus is never held up.
protocol MailboxReader: BusSubscriber {
    var mailbox: Mailbox { get set }
}

extension MailboxReader {
    /// The next event, or nil once the bus is closed or the task is cancelled. A reader
    /// that waits sleeps through up to `quiet - 1` quiet deliveries (`Int.max`: through all).
    func nextEvent(quiet: Int = 1) async -> Envelope? {
        if let envelope = mailbox.take() { return envelope }
        if mailbox.isClosed || Task.isCancelled { return nil }
        return await withUnsafeContinuation { mailbox.wait($0, quiet: quiet) }
    }
}
