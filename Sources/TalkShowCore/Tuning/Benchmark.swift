import Foundation

/// `talkshow bench`: the engine's throughput measured in one run beside bare baselines, so
/// the figures mean something on a noisy shared machine.
public struct Benchmark: Sendable {
    public struct Result: Sendable {
        public var values: [(key: String, value: Double, unit: String)] = []
        public mutating func add(_ key: String, _ value: Double, _ unit: String) { values.append((key, value, unit)) }
        public func value(_ key: String) -> Double? { values.first { $0.key == key }?.value }
    }

    /// A measurement that found the engine misbehaving rather than slow.
    public enum BenchError: Error, Equatable, CustomStringConvertible {
        case messagesLost(expected: Int, received: Int)
        case replayDiffers(article: Int)
        public var description: String {
            switch self {
            case let .messagesLost(expected, received):
                "the bus delivered \(received) of \(expected) messages to a subscriber; this is a bug in MessageBus, please report it"
            case let .replayDiffers(article):
                "a debate on sample article \(article + 1) did not replay byte for byte; this is a bug in the engine's determinism, please report it"
            }
        }
    }

    public let articles: [String]
    public let quick: Bool
    public let jobs: Int
    public let executable: String?
    /// The parts to run, each once, in `Section` order whatever the order given.
    public let sections: Set<Section>

    public init(articles: [String], quick: Bool, jobs: Int, executable: String?, sections: Set<Section> = Set(Section.allCases)) {
        self.articles = articles
        self.quick = quick
        self.jobs = max(1, jobs)
        self.executable = executable
        self.sections = sections
    }

    var seconds: Double { quick ? 0.4 : 2.5 }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func elapsed(_ start: UInt64) -> Double { Double(now() - start) / 1e9 }

    /// The sample articles repeated to at least `bytes`.
    func corpus(_ bytes: Int) -> String {
        let blob = articles.joined(separator: "\n\n")
        var parts: [String] = []
        var size = 0
        while size < bytes { parts.append(blob); size += blob.utf8.count + 2 }
        return parts.joined(separator: "\n\n")
    }

    /// Words and digit runs in one plain pass: the bare cost of touching every byte.
    static func scan(_ bytes: [UInt8]) -> (Int, Int) {
        bytes.withUnsafeBytes { raw -> (Int, Int) in
            var words = 0, digits = 0
            var inWord = false, inDigits = false
            for b in raw {
                let space = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D
                if space { inWord = false } else if !inWord { inWord = true; words += 1 }
                let digit = b &- 0x30 < 10
                if digit { if !inDigits { inDigits = true; digits += 1 } } else { inDigits = false }
            }
            return (words, digits)
        }
    }

    /// The parts of a run, in the order they run; `sections` picks some (`bench --only`).
    public enum Section: String, CaseIterable, Sendable {
        /// `batchPeakRSSMB` (and `batchArticles`): a batch run as a child process.
        case batch
        /// `factsMBps` beside `scanMBps`, and `articleMBps`.
        case facts
        /// `sha256MBps`, `tokensMBps`, `sensesMBps`: the steps no fact reader can skip.
        case floors
        /// `debatesPerSecond` and `debatesPerSecondAllJobs` (with `jobs`).
        case debates
        /// The `debate*Micros` lines: where one debate's time goes.
        case phases
        /// `tuneEvalsPerSecond`.
        case tune
        /// `replayVerifyPerSecond`.
        case replay
        /// `busMessagesPerSecond` beside `busBaselineMessagesPerSecond`, and `busStreamMessagesPerSecond`.
        case bus
    }

    public func run(progress: @Sendable (String) -> Void) async throws -> Result {
        var result = Result()
        // Peak memory of a batch run as a child process, measured first: the kernel's figure
        // for a child counts what it shared with this process before exec, so this process
        // must still be small.
        if sections.contains(.batch), let executable {
            let count = quick ? 300 : 10_000
            progress("batch of \(count) articles in a child process")
            result.add("batchArticles", Double(count), "")
            result.add("batchPeakRSSMB", try batchPeakRSS(executable, count: count), "MB")
        }
        if sections.contains(.facts) || sections.contains(.floors) {
            let text = corpus(quick ? 512 * 1024 : 4 * 1024 * 1024)
            progress("facts over \(String(format: "%.1f", Double(text.utf8.count) / 1_048_576)) MB")
            if sections.contains(.facts) { measureFacts(text, into: &result) }
            if sections.contains(.floors) { measureFloors(text, into: &result) }
        }
        // The parts below that read whole debates share the parsed articles.
        let debating = !sections.isDisjoint(with: [.debates, .phases, .tune, .replay])
        let parsed = debating ? articles.map { Article(text: $0) } : []
        let scenario = Scenario.builtIn
        let encoder = TranscriptEncoder(scenario: scenario)
        if sections.contains(.debates) {
            progress("debates, one job and \(jobs) jobs, alternating")
            try await measureDebates(parsed, scenario: scenario, encoder: encoder, into: &result)
        }
        if sections.contains(.phases) {
            progress("where a debate's time goes")
            for (key, micros) in try await debatePhases(parsed, scenario: scenario, encoder: encoder) {
                result.add(key, micros, "µs/debate")
            }
        }
        if sections.contains(.tune) {
            progress("tuning evaluations")
            measureTuning(parsed, scenario: scenario, into: &result)
        }
        if sections.contains(.replay) {
            progress("replay --verify")
            try await measureReplay(parsed, scenario: scenario, encoder: encoder, into: &result)
        }
        if sections.contains(.bus) {
            progress("message bus")
            try await measureBus(into: &result)
        }
        return result
    }

    /// Keeps a result the optimizer would otherwise find unused.
    @inline(never) static func keep(_ value: Int) {
        if value == 42 { FileHandle.standardError.write(Data()) }
    }

    /// Facts against a bare scan of the same bytes, best of three.
    func measureFacts(_ text: String, into result: inout Result) {
        let bytes = Array(text.utf8)
        let mb = Double(bytes.count) / 1_048_576
        var factsBest = Double.infinity, scanBest = Double.infinity, articleBest = Double.infinity
        var sink = 0
        for _ in 0..<3 {
            var t = Self.now()
            let article = Article(text: text)
            let read = Self.elapsed(t)
            articleBest = min(articleBest, read)
            let sheet = FactExtractor().extract(article)
            factsBest = min(factsBest, Self.elapsed(t))
            sink &+= sheet.facts.count
            t = Self.now()
            let (w, d) = Self.scan(bytes)
            scanBest = min(scanBest, Self.elapsed(t))
            sink &+= w &+ d
        }
        Self.keep(sink)
        result.add("factsMBps", mb / factsBest, "MB/s")
        result.add("scanMBps", mb / scanBest, "MB/s")
        result.add("articleMBps", mb / articleBest, "MB/s")
    }

    /// Steps no fact reader can skip, each timed alone over the same text as the facts: its
    /// digest, and cutting every sentence into tokens, then also reading each token's lexicon
    /// senses. Their speeds bound what `factsMBps` can reach.
    func measureFloors(_ text: String, into result: inout Result) {
        let article = Article(text: text)
        let mb = Double(article.bytes.count) / 1_048_576
        let lexicon = FactLexicon.shared
        var digestBest = Double.infinity, tokensBest = Double.infinity, sensesBest = Double.infinity
        var tokens: [Token] = [], senses: [Sense] = []
        var sink = 0
        for _ in 0..<3 {
            var t = Self.now()
            sink &+= SHA256.hex(article.bytes).utf8.count
            digestBest = min(digestBest, Self.elapsed(t))
            for withSenses in [false, true] {
                t = Self.now()
                article.bytes.withUnsafeBufferPointer { p in
                    for sentence in article.sentences {
                        Tokenizer.tokens(p, sentence.start, sentence.end, into: &tokens)
                        if withSenses { lexicon.senses(p, tokens, into: &senses) }
                        sink &+= tokens.count
                    }
                }
                if withSenses { sensesBest = min(sensesBest, Self.elapsed(t)) } else { tokensBest = min(tokensBest, Self.elapsed(t)) }
            }
        }
        Self.keep(sink)
        result.add("sha256MBps", mb / digestBest, "MB/s")
        result.add("tokensMBps", mb / tokensBest, "MB/s")
        result.add("sensesMBps", mb / sensesBest, "MB/s")
    }

    /// Whole debates, one job and all jobs. They alternate in short slices, so a change in
    /// the machine's speed (it is shared) weighs on both figures alike.
    func measureDebates(_ parsed: [Article], scenario: Scenario, encoder: TranscriptEncoder, into result: inout Result) async throws {
        var n = 0, oneSeconds = 0.0
        var all = 0, allSeconds = 0.0
        var sink = 0
        let slices = 5
        let slice = seconds / Double(slices)
        for _ in 0..<slices {
            var t = Self.now()
            while Self.elapsed(t) < slice {
                let transcript = try await ShowProducer.produce(parsed[n % parsed.count], scenario: scenario)
                sink &+= encoder.jsonBytes(transcript).count
                n += 1
            }
            oneSeconds += Self.elapsed(t)
            t = Self.now()
            let offset = all
            all += try await withThrowingTaskGroup(of: Int.self) { group in
                for j in 0..<jobs {
                    group.addTask {
                        var k = 0
                        let start = Self.now()
                        while Self.elapsed(start) < slice {
                            let transcript = try await ShowProducer.produce(parsed[(k * jobs + j + offset) % parsed.count], scenario: scenario)
                            _ = encoder.jsonBytes(transcript)
                            k += 1
                        }
                        return k
                    }
                }
                var total = 0
                for try await k in group { total += k }
                return total
            }
            allSeconds += Self.elapsed(t)
        }
        Self.keep(sink)
        result.add("debatesPerSecond", Double(n) / oneSeconds, "debates/s")
        result.add("debatesPerSecondAllJobs", Double(all) / allSeconds, "debates/s")
        result.add("jobs", Double(jobs), "")
    }

    /// Tuning's evaluations: stances and verdict, facts cached. As the tuner does: facts read
    /// once, the candidate scenario made ready once per pass over the cases, then every case
    /// evaluated.
    func measureTuning(_ parsed: [Article], scenario: Scenario, into result: inout Result) {
        let sheets = parsed.map { ScoringSheet(FactExtractor().extract($0)) }
        var n = 0, sink = 0
        let t = Self.now()
        while Self.elapsed(t) < seconds {
            let panel = PanelEvaluator.Panel(scenario)
            for s in sheets { sink &+= PanelEvaluator.evaluate(s, panel).stances.count; n += 1 }
        }
        Self.keep(sink)
        result.add("tuneEvalsPerSecond", Double(n) / Self.elapsed(t), "evals/s")
    }

    /// `replay --verify` of saved transcripts: the JSON read back, the debate run again, the
    /// bytes compared.
    func measureReplay(_ parsed: [Article], scenario: Scenario, encoder: TranscriptEncoder, into result: inout Result) async throws {
        var saved: [[UInt8]] = []
        for article in parsed { saved.append(encoder.jsonBytes(try await ShowProducer.produce(article, scenario: scenario))) }
        var n = 0
        let start = Self.now()
        while Self.elapsed(start) < seconds / 2 {
            let bytes = saved[n % saved.count]
            let transcript = try TranscriptStore.decode(Data(bytes), source: "bench transcript \(n % saved.count)")
            guard case .same = try await ReplayVerifier.verify(transcript, savedBytes: bytes) else {
                throw BenchError.replayDiffers(article: n % saved.count)
            }
            n += 1
        }
        result.add("replayVerifyPerSecond", Double(n) / Self.elapsed(start), "replays/s")
    }

    /// The bus against bare awaited actor calls. Bus and baseline alternate in five rounds,
    /// like the debates, and each figure is messages over the summed time of its rounds.
    func measureBus(into result: inout Result) async throws {
        let messages = quick ? 20_000 : 200_000
        var busSeconds = 0.0, baselineSeconds = 0.0
        for _ in 0..<5 {
            busSeconds += try await busTime(messages / 5)
            baselineSeconds += await baselineTime(messages / 5)
        }
        result.add("busMessagesPerSecond", Double(messages) / busSeconds, "messages/s")
        result.add("busBaselineMessagesPerSecond", Double(messages) / baselineSeconds, "messages/s")
        result.add("busStreamMessagesPerSecond", try await busStreamRate(messages), "messages/s")
    }

    /// One job's debates timed stage by stage (the steps of `ShowProducer.produce`), in
    /// microseconds per debate: facts, the context (the personas' readings), the rounds over
    /// the bus (with the phrases the seats ask for, each made once when first asked), the
    /// verdict with the transcript, and the JSON.
    /// `debateEngineMicros` is the rounds again with every seat abstaining at once: what the
    /// actors, the bus and the moderator cost without a word composed.
    func debatePhases(_ articles: [Article], scenario: Scenario, encoder: TranscriptEncoder) async throws -> [(String, Double)] {
        var facts = 0.0, context = 0.0, rounds = 0.0, engine = 0.0, verdict = 0.0, encode = 0.0
        let silent = Dictionary(uniqueKeysWithValues: scenario.personas.indices.map { ($0, SilentComposer() as any MessageComposer) })
        var count = 0, sink = 0
        let start = Self.now()
        while Self.elapsed(start) < seconds / 2 {
            for article in articles {
                var t = Self.now()
                let sheet = FactExtractor().extract(article)
                facts += Self.elapsed(t); t = Self.now()
                let debate = DebateContext(sheet: sheet, scenario: scenario)
                context += Self.elapsed(t); t = Self.now()
                let outcome = try await DebateEngine.run(debate, rounds: scenario.rounds, clock: ContinuousClock())
                rounds += Self.elapsed(t); t = Self.now()
                sink &+= try await DebateEngine.run(debate, rounds: scenario.rounds, clock: ContinuousClock(), composers: silent).rounds.count
                engine += Self.elapsed(t); t = Self.now()
                let v = VerdictWriter.verdict(debate, rounds: outcome.rounds, finalStances: outcome.finalStances)
                let transcript = Transcript(article: article, scenario: scenario, facts: sheet.facts, rounds: outcome.rounds, verdict: v)
                verdict += Self.elapsed(t); t = Self.now()
                sink &+= encoder.jsonBytes(transcript).count
                encode += Self.elapsed(t)
                count += 1
            }
        }
        let scale = 1e6 / Double(max(1, count))
        Self.keep(sink)
        return [("debateFactsMicros", facts * scale), ("debateContextMicros", context * scale),
                ("debateRoundsMicros", rounds * scale), ("debateEngineMicros", engine * scale),
                ("debateVerdictMicros", verdict * scale), ("debateEncodeMicros", encode * scale)]
    }

    /// A seat that abstains at once: the engine's own cost, with nothing composed.
    /// It answers inside the bus's deliveries, as the rule-based speaker does.
    struct SilentComposer: ImmediateComposer {
        func composeNow(round: Int, seat: Int, stances: [Double], history: [RoundRecord]) -> DebateMessage {
            DebateMessage.abstention(round: round, seat: seat, speaker: "seat \(seat)", reason: "silent")
        }
    }

    /// Seconds to carry `messages` through the bus to four counting actors, as the baseline.
    func busTime(_ messages: Int) async throws -> Double {
        let bus = MessageBus()
        let counters = (0..<4).map { _ in Counter() }
        for c in counters { try await bus.subscribe(c) }
        let start = Self.now()
        for i in 0..<messages { try await bus.publish(.deadline(round: i)) }
        await bus.close()
        let seconds = Self.elapsed(start)
        for c in counters {
            let count = await c.count
            if count != messages { throw BenchError.messagesLost(expected: messages, received: count) }
        }
        return seconds
    }

    /// Messages per second through the bus to four stream subscriptions read by their own
    /// tasks, as the debate's panelists and moderator read it.
    func busStreamRate(_ messages: Int) async throws -> Double {
        let bus = MessageBus()
        var streams: [AsyncStream<Envelope>] = []
        for _ in 0..<4 { streams.append(try await bus.subscribe()) }
        let start = Self.now()
        try await withThrowingTaskGroup(of: Int.self) { group in
            for s in streams {
                group.addTask {
                    var k = 0
                    for await _ in s { k += 1 }
                    return k
                }
            }
            for i in 0..<messages { try await bus.publish(.deadline(round: i)) }
            await bus.close()
            for try await k in group where k != messages { throw BenchError.messagesLost(expected: messages, received: k) }
        }
        return Double(messages) / Self.elapsed(start)
    }

    /// A subscriber of the bus and of the baseline: an actor that counts what it is handed.
    actor Counter: BusSubscriber {
        var count = 0
        func receive(_ e: Envelope) { count += 1 }
    }

    /// Seconds to hand `messages` to four counting actors with bare awaited calls.
    func baselineTime(_ messages: Int) async -> Double {
        let counters = (0..<4).map { _ in Counter() }
        let start = Self.now()
        for i in 0..<messages {
            let e = Envelope(sequence: i, event: .deadline(round: i))
            for c in counters { await c.receive(e) }
        }
        return Self.elapsed(start)
    }

    func batchPeakRSS(_ executable: String, count: Int) throws -> Double {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("talkshow-bench-\(UUID().uuidString)")
        let inputs = dir.appendingPathComponent("in"), outputs = dir.appendingPathComponent("out")
        try fm.createDirectory(at: inputs, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: dir) }
        for i in 0..<count {
            try Data(articles[i % articles.count].utf8).write(to: inputs.appendingPathComponent(String(format: "a%05d.txt", i)))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["batch", inputs.path, "--output", outputs.path, "--jobs", String(jobs)]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
