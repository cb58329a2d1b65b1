import Testing
@testable import TalkShowCore

@Suite(.timeLimit(.minutes(1))) struct MailboxTests {
    /// A mailbox reader the test hands events to, quietly or not.
    actor Reader: MailboxReader {
        var mailbox = Mailbox()
        func receive(_ envelope: Envelope) { mailbox.deliver(envelope) }
        func hand(_ round: Int, quiet: Bool) {
            mailbox.deliver(Envelope(sequence: round, event: .deadline(round: round)), quiet: quiet)
        }
        func close() { mailbox.close() }
        var isWaiting: Bool { mailbox.isWaiting }
        /// Waits through `quiet - 1` quiet deliveries, then reads what was kept.
        func read(quiet: Int) async -> [Int] {
            var rounds: [Int] = []
            guard let first = await nextEvent(quiet: quiet) else { return [] }
            rounds.append(first.sequence)
            while let next = mailbox.take() { rounds.append(next.sequence) }
            return rounds
        }
    }

    func waiting(_ reader: Reader) async {
        while await !reader.isWaiting { await Task.yield() }
    }

    @Test func aReaderSleepsThroughQuietDeliveries_untilTheOneItAskedFor() async {
        let reader = Reader()
        async let read = reader.read(quiet: 3)
        await waiting(reader)
        await reader.hand(0, quiet: true)
        await reader.hand(1, quiet: true)
        #expect(await reader.isWaiting)
        await reader.hand(2, quiet: true)
        #expect(await read == [0, 1, 2])
    }

    @Test func aDeliveryThatIsNotQuiet_wakesTheReaderAtOnce_withTheFirstKept() async {
        let reader = Reader()
        async let read = reader.read(quiet: .max)
        await waiting(reader)
        await reader.hand(0, quiet: true)
        #expect(await reader.isWaiting)
        await reader.hand(1, quiet: false)
        #expect(await read == [0, 1])
    }

    @Test func closing_wakesTheReader_withTheEventsKeptFirst() async {
        let reader = Reader()
        async let read = reader.read(quiet: .max)
        await waiting(reader)
        await reader.hand(0, quiet: true)
        await reader.close()
        #expect(await read == [0])
        let empty = Reader()
        async let none = empty.read(quiet: .max)
        await waiting(empty)
        await empty.close()
        #expect(await none == [])
    }
}
