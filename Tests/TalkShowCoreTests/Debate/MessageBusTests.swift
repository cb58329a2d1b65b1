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
}
