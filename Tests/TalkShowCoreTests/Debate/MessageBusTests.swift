import Testing
@testable import TalkShowCore

@Suite struct MessageBusTests {
    @Test func everySubscriber_receivesEveryEventInOrder() async throws {
        let bus = MessageBus()
        let a = try await bus.subscribe()
        let b = try await bus.subscribe()
        for i in 0..<1_000 { try await bus.publish(.deadline(round: i)) }
        await bus.close()
        for stream in [a, b] {
            var expected = 0
            for await envelope in stream {
                guard case .deadline(let round) = envelope.event else { Issue.record("unexpected event"); continue }
                #expect(round == expected)
                #expect(envelope.sequence == expected)
                expected += 1
            }
            #expect(expected == 1_000)
        }
    }

    @Test func noEventIsLost_over100000Messages() async throws {
        let bus = MessageBus()
        let stream = try await bus.subscribe()
        async let count: Int = {
            var n = 0
            for await _ in stream { n += 1 }
            return n
        }()
        for i in 0..<100_000 { try await bus.publish(.deadline(round: i)) }
        await bus.close()
        #expect(await count == 100_000)
    }

    @Test func slowOrFinishedSubscriber_blocksNoOne() async throws {
        let bus = MessageBus()
        let neverRead = try await bus.subscribe()
        let finishesEarly = try await bus.subscribe()
        let reader = try await bus.subscribe()
        async let early: Int = {
            var n = 0
            for await _ in finishesEarly { n += 1; if n == 3 { break } }
            return n
        }()
        for i in 0..<10_000 { try await bus.publish(.deadline(round: i)) }
        await bus.close()
        var n = 0
        for await _ in reader { n += 1 }
        #expect(n == 10_000)
        #expect(await early == 3)
        _ = neverRead
    }

    @Test func publishingAfterClose_throws() async throws {
        let bus = MessageBus()
        await bus.close()
        await #expect(throws: MessageBus.BusError.closed) { try await bus.publish(.debateClosed) }
        await #expect(throws: MessageBus.BusError.closed) { _ = try await bus.subscribe() }
    }

    /// Records what the bus hands it.
    actor Recorder: BusSubscriber {
        var sequences: [Int] = []
        var rounds: [Int] = []
        var closed = 0
        func receive(_ envelope: Envelope) {
            sequences.append(envelope.sequence)
            if case .deadline(let round) = envelope.event { rounds.append(round) }
        }
        func busClosed() { closed += 1 }
    }

    /// Answers a deadline of a round under 100 with a deadline of its own, and records.
    actor Echo: BusSubscriber {
        let id: Int
        var heard: [Int] = []
        init(id: Int) { self.id = id }
        static var answers: Bool { true }
        func receive(_ envelope: Envelope) {}
        func respond(to envelope: Envelope) -> BusEvent? {
            guard case .deadline(let round) = envelope.event else { return nil }
            heard.append(round)
            return round < 100 ? .deadline(round: 100 + 10 * round + id) : nil
        }
    }

    @Test func responders_answerOnceTheEventHasReachedEverySubscriber_inSubscriberOrder() async throws {
        let bus = MessageBus()
        let first = Echo(id: 1), recorder = Recorder(), second = Echo(id: 2)
        try await bus.subscribe(first)
        try await bus.subscribe(recorder)
        try await bus.subscribe(second)
        let stream = try await bus.subscribe()
        try await bus.publish(.deadline(round: 3))
        try await bus.publish(.deadline(round: 4))
        await bus.close()
        var seen: [Int] = []
        for await envelope in stream {
            #expect(envelope.sequence == seen.count)
            if case .deadline(let round) = envelope.event { seen.append(round) }
        }
        #expect(seen == [3, 131, 132, 4, 141, 142])
        #expect(await first.heard == seen)
        #expect(await second.heard == seen)
        #expect(await recorder.sequences == Array(0..<6))
    }

    @Test func actorSubscribers_receiveEveryEventInOrder_andHearTheCloseOnce() async throws {
        let bus = MessageBus()
        let recorders = [Recorder(), Recorder(), Recorder(), Recorder()]
        for r in recorders { try await bus.subscribe(r) }
        for i in 0..<2_000 { try await bus.publish(.deadline(round: i)) }
        await bus.close()
        await bus.close()
        for r in recorders {
            #expect(await r.sequences == Array(0..<2_000))
            #expect(await r.closed == 1)
        }
    }

    @Test func aLateSubscriber_receivesOnlyWhatIsPublishedAfterIt() async throws {
        let bus = MessageBus()
        let early = Recorder(), late = Recorder()
        try await bus.subscribe(early)
        for i in 0..<10 { try await bus.publish(.deadline(round: i)) }
        try await bus.subscribe(late)
        for i in 10..<20 { try await bus.publish(.deadline(round: i)) }
        await bus.close()
        #expect(await early.sequences == Array(0..<20))
        #expect(await late.sequences == Array(10..<20))
    }

    @Test func concurrentPublishers_areDeliveredInSequenceOrder_toEverySubscriber() async throws {
        let bus = MessageBus()
        let recorders = [Recorder(), Recorder(), Recorder()]
        for r in recorders { try await bus.subscribe(r) }
        let stream = try await bus.subscribe()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for p in 0..<8 {
                group.addTask {
                    for i in 0..<500 { try await bus.publish(.deadline(round: p * 1_000 + i)) }
                }
            }
            try await group.waitForAll()
        }
        await bus.close()
        var streamed: [Int] = []
        for await e in stream { streamed.append(e.sequence) }
        #expect(streamed == Array(0..<4_000))
        let reference = await recorders[0].rounds
        for r in recorders {
            #expect(await r.sequences == Array(0..<4_000))
            #expect(await r.rounds == reference)
            #expect(await r.closed == 1)
        }
        // Each publisher's own events keep its order.
        for p in 0..<8 {
            let own = reference.filter { $0 / 1_000 == p }
            #expect(own == Array(p * 1_000..<p * 1_000 + 500))
        }
    }

    @Test func closeDuringDelivery_deliversWhatWasPublished_thenEnds() async throws {
        let bus = MessageBus()
        let recorder = Recorder()
        try await bus.subscribe(recorder)
        let stream = try await bus.subscribe()
        var accepted = 0
        var closedWhenCloseReturned = -1
        try await withThrowingTaskGroup(of: (accepted: Int, closed: Int).self) { group in
            // Publishers go on until the bus refuses them, so the close lands mid-stream.
            for p in 0..<4 {
                group.addTask {
                    var n = 0
                    while true {
                        do { try await bus.publish(.deadline(round: p * 1_000_000 + n)); n += 1 } catch { break }
                    }
                    return (n, -1)
                }
            }
            group.addTask {
                while await bus.published < 1_000 { await Task.yield() }
                await bus.close()
                return (0, await recorder.closed)
            }
            for try await r in group {
                accepted += r.accepted
                if r.closed >= 0 { closedWhenCloseReturned = r.closed }
            }
        }
        var streamed = 0
        for await _ in stream { streamed += 1 }
        #expect(accepted >= 1_000)
        #expect(await bus.published == accepted)
        #expect(streamed == accepted)
        #expect(await recorder.sequences == Array(0..<accepted))
        // `close` returns only once every subscriber has been told.
        #expect(closedWhenCloseReturned == 1)
        #expect(await recorder.closed == 1)
        await #expect(throws: MessageBus.BusError.closed) { try await bus.publish(.debateClosed) }
    }

    @Test func aSecondClose_waitsForTheFirst_andEveryCloseReturns() async throws {
        let bus = MessageBus()
        let recorders = [Recorder(), Recorder()]
        for r in recorders { try await bus.subscribe(r) }
        for i in 0..<100 { try await bus.publish(.deadline(round: i)) }
        await withTaskGroup(of: [Int].self) { group in
            for _ in 0..<3 {
                group.addTask {
                    await bus.close()
                    var told: [Int] = []
                    for r in recorders { told.append(await r.closed) }
                    return told
                }
            }
            for await told in group { #expect(told == [1, 1]) }
        }
    }

    @Test func aFilteredSubscription_receivesOnlyItsKinds_withBusWideSequenceNumbers() async throws {
        let bus = MessageBus()
        let deadlines = try await bus.subscribe(to: [.deadline])
        let everything = try await bus.subscribe()
        let recorder = Recorder()
        try await bus.subscribe(recorder, to: [.deadline, .debateClosed])
        for i in 0..<10 {
            try await bus.publish(.deadline(round: i))
            try await bus.publish(.failed(round: i, seat: 0, reason: "test"))
        }
        try await bus.publish(.debateClosed)
        await bus.close()
        var seen: [Int] = []
        for await e in deadlines { seen.append(e.sequence) }
        #expect(seen == Array(stride(from: 0, to: 20, by: 2)))
        var all = 0
        for await _ in everything { all += 1 }
        #expect(all == 21)
        #expect(await recorder.sequences == Array(stride(from: 0, to: 20, by: 2)) + [20])
    }
}
