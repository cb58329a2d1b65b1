import Testing
import Foundation
@testable import TalkShowCore
import TalkShowTestSupport

@Suite(.timeLimit(.minutes(1))) struct DebateEngineTests {
    static let text = """
    Harbor Freight Lines (NYSE: HFL) said revenue rose 14% to $2.3 billion in the second quarter, ahead of the $2.1 billion analysts expected.
    Operating margin slipped to 9% from 12% as fuel costs climbed, and the company cut its full-year outlook to $8.6 billion.
    Chief executive Lena Brandt said the carrier could add 1,200 trucks by 2027, though regulators opened an inquiry into driver hours.
    Shares fell 5.2% in early trading.
    """

    func context() -> DebateContext {
        DebateContext(sheet: FactExtractor().extract(Article(text: Self.text)), scenario: .builtIn)
    }

    @Test func debate_hasOneTakePerSeat_rebuttals_andTheFastPathsStances() async throws {
        let context = context()
        let outcome = try await DebateEngine.run(context, rounds: 2, clock: ManualClock())
        #expect(outcome.rounds.count == 3)
        #expect(outcome.rounds[0].messages.map(\.kind) == [.take, .take, .take, .take])
        #expect(outcome.rounds[0].messages.map(\.seat) == [0, 1, 2, 3])
        for r in outcome.rounds.dropFirst() { #expect(r.messages.allSatisfy { $0.kind == .rebuttal }) }
        #expect(outcome.stances == DebateEngine.stances(context, rounds: 2))
    }

    @Test func sameInput_givesByteIdenticalJSON_alsoEightAtOnce() async throws {
        let article = Article(text: Self.text)
        let first = try await ShowProducer.produceUntimed(article, scenario: .builtIn).json()
        let all = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try await ShowProducer.produceUntimed(article, scenario: .builtIn).json() } }
            var out: [String] = []
            for try await json in group { out.append(json) }
            return out
        }
        #expect(all.count == 8)
        #expect(all.allSatisfy { $0 == first })
    }

    @Test func seedChangesWording_notStances() async throws {
        let article = Article(text: Self.text)
        var other = Scenario.builtIn
        other.seed = 99
        let a = try await ShowProducer.produceUntimed(article, scenario: .builtIn)
        let b = try await ShowProducer.produceUntimed(article, scenario: other)
        #expect(a.verdict.stances == b.verdict.stances)
    }

    /// The rule-based speaker, awaited in its panelist's own task as any other speaker is.
    struct Awaited: MessageComposer {
        let speaker: VoiceComposer
        func compose(round: Int, seat: Int, stances: [Double], history: [RoundRecord]) async throws -> DebateMessage {
            await Task.yield()
            return try await speaker.compose(round: round, seat: seat, stances: stances, history: history)
        }
    }

    /// Seats that answer inside the bus's deliveries and seats that speak from their own
    /// tasks, alone or mixed in one panel, give the same debate.
    @Test(arguments: [[0, 1, 2, 3], [1, 3], [0]])
    func seatsAnsweringAtOnce_andSeatsInTheirOwnTasks_sayTheSameThings(_ awaited: [Int]) async throws {
        let context = context()
        let atOnce = try await DebateEngine.run(context, rounds: 2, clock: ManualClock())
        let composers = Dictionary(uniqueKeysWithValues: awaited.map { ($0, Awaited(speaker: VoiceComposer(context: context)) as any MessageComposer) })
        let tasked = try await DebateEngine.run(context, rounds: 2, clock: ManualClock(), composers: composers)
        #expect(atOnce.rounds == tasked.rounds)
        #expect(atOnce.stances == tasked.stances)
        #expect(atOnce.rounds.allSatisfy { r in r.messages.allSatisfy { $0.kind != .abstain } })
    }

    /// A panel whose every seat answers at once starts no timer, and the bus carries each
    /// round as: the round opened, the seats' messages in seat order, the round committed.
    @Test func seatsAnsweringAtOnce_postInSeatOrder_withNoTimer() async throws {
        let clock = ManualClock()
        let bus = MessageBus()
        let probe = try await bus.subscribe()
        let outcome = try await DebateEngine.run(context(), rounds: 1, clock: clock, bus: bus)
        #expect(clock.sleeperCount == 0)
        var kinds: [String] = []
        for await envelope in probe {
            switch envelope.event {
            case .roundOpened(let index, _): kinds.append("open \(index)")
            case .posted(let m): kinds.append("post \(m.round).\(m.seat)")
            case .roundCommitted(let record): kinds.append("commit \(record.index)")
            case .debateClosed: kinds.append("closed")
            case .failed, .deadline: kinds.append("fault")
            }
        }
        #expect(kinds == ["open 0", "post 0.0", "post 0.1", "post 0.2", "post 0.3", "commit 0",
                          "open 1", "post 1.0", "post 1.1", "post 1.2", "post 1.3", "commit 1", "closed"])
        #expect(outcome.rounds.count == 2)
    }

    @Test func throwingPanelist_abstains_andTheDebateEnds() async throws {
        let clock = ManualClock()
        let context = context()
        let outcome = try await DebateEngine.run(context, rounds: 1, clock: clock, composers: [1: ScriptedComposer(.fail, clock: clock)])
        #expect(outcome.rounds.count == 2)
        for r in outcome.rounds {
            #expect(r.messages[1].kind == .abstain)
            #expect(r.messages[1].text.contains("failed"))
            #expect(r.messages.filter { $0.kind != .abstain }.count == 3)
        }
        let verdict = VerdictWriter.verdict(context, rounds: outcome.rounds, finalStances: outcome.finalStances)
        #expect(verdict.stances.count == 4)
    }

    @Test func latePanelist_abstainsAtTheDeadline_onAManualClock() async throws {
        let clock = ManualClock()
        let context = context()
        let bus = MessageBus()
        let probe = try await bus.subscribe()
        let debate = Task {
            try await DebateEngine.run(context, rounds: 1, clock: clock, composers: [2: ScriptedComposer(.stall, clock: clock)], bus: bus)
        }
        var posted: [Int: Set<Int>] = [:]
        for await envelope in probe {
            switch envelope.event {
            case .posted(let m):
                posted[m.round, default: []].insert(m.seat)
                // Everyone else has spoken: now let the round's deadline pass.
                if posted[m.round]?.count == 3 {
                    while clock.sleeperCount < 2 { await Task.yield() }
                    clock.advance(by: .seconds(3))
                }
            default:
                continue
            }
        }
        let outcome = try await debate.value
        for r in outcome.rounds {
            #expect(r.messages[2].kind == .abstain)
            #expect(r.messages[2].text == "missed the deadline")
        }
        #expect(outcome.rounds[1].messages.filter { $0.kind == .rebuttal }.count == 3)
    }

    /// One timer serves every round: it calls no deadline for a round that closes in time;
    /// woken by an earlier round's deadline it sleeps on to the open round's; and it calls
    /// the deadline of each round a panelist is late for. (A stalled speaker stays stalled,
    /// so the seat is late from its first stalled round on.)
    @Test func panelistLateFromRoundOne_abstainsFromThatRoundOn() async throws {
        let clock = ManualClock()
        let context = context()
        let bus = MessageBus()
        let probe = try await bus.subscribe()
        let voice = VoiceComposer(context: context)
        // Round 0 closes at t = 1 (its deadline is t = 2), so round 1's deadline is t = 3.
        let slow = ScriptedComposer(.advanceIn(round: 0, by: .seconds(1), speaker: voice), clock: clock)
        let late = ScriptedComposer(.stallIn(round: 1, speaker: voice), clock: clock)
        let debate = Task {
            try await DebateEngine.run(context, rounds: 2, clock: clock, composers: [0: slow, 1: late], bus: bus)
        }
        var posted: [Int: Set<Int>] = [:]
        var deadlines: [Int] = []
        for await envelope in probe {
            switch envelope.event {
            case .posted(let m):
                posted[m.round, default: []].insert(m.seat)
                guard m.round >= 1, posted[m.round]?.count == 3 else { continue }
                if m.round == 1 {
                    // t = 2.5: past round 0's deadline, short of round 1's. The timer must
                    // sleep again with nothing published.
                    while clock.sleeperCount < 2 { await Task.yield() }
                    let published = await bus.published
                    clock.advance(by: .milliseconds(1500))
                    while clock.sleeperCount < 2 { await Task.yield() }
                    #expect(await bus.published == published)
                }
                while clock.sleeperCount < 2 { await Task.yield() }
                clock.advance(by: .seconds(3))
            case .deadline(let round):
                deadlines.append(round)
            default:
                continue
            }
        }
        let outcome = try await debate.value
        #expect(deadlines == [1, 2])
        #expect(posted[0] == [0, 1, 2, 3])
        #expect(outcome.rounds[0].messages[1].kind == .take)
        #expect(outcome.rounds[1].messages[1].text == "missed the deadline")
        #expect(outcome.rounds[2].messages[1].text == "missed the deadline")
        #expect(outcome.rounds[1].messages[0].kind == .rebuttal)
    }

    @Test func cancellation_endsADebateCleanly() async throws {
        let clock = ManualClock()
        let context = context()
        let debate = Task {
            try await DebateEngine.run(context, rounds: 1, clock: clock, composers: [0: ScriptedComposer(.stall, clock: clock)])
        }
        while clock.sleeperCount < 2 { await Task.yield() }
        debate.cancel()
        let result = await debate.result
        #expect(throws: CancellationError.self) { try result.get() }
    }
}

@Suite(.timeLimit(.minutes(1))) struct SeatCountTests {
    /// Any seat count from 2 to 8 debates, renders and reaches a verdict.
    @Test(arguments: [2, 3, 5, 8])
    func panelOfAnySize_debatesAndRendersAVerdict(_ seats: Int) async throws {
        let base = Scenario.builtIn.personas
        let names = ["Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal"]
        let personas = (0..<seats).map { i -> Persona in
            var p = base[i % base.count]
            p.name = names[i]
            p.trust = nil
            return p
        }
        let scenario = Scenario(name: "seats-\(seats)", rounds: 2, personas: personas)
        let t = try await ShowProducer.produceUntimed(Article(text: DebateEngineTests.text), scenario: scenario)
        #expect(t.rounds.count == 3)
        #expect(t.rounds.allSatisfy { $0.messages.count == seats })
        #expect(t.verdict.split.bullish + t.verdict.split.neutral + t.verdict.split.bearish == seats)
        #expect(t.verdict.stances.count == seats)
        #expect(t.ungroundedFigures.isEmpty)
        let text = TextRenderer.render(t)
        for name in names.prefix(seats) { #expect(text.contains(name)) }
        #expect(text.contains("PANEL VERDICT"))
    }
}
