import Testing
import Foundation
@testable import TalkShowCore
import TalkShowTestSupport

@Suite struct JSONWriterTests {
    /// The hand-written writer and Foundation's encoder agree value for value.
    @Test func factSheet_matchesFoundationsEncoder() throws {
        let text = "Acme Corp. (NYSE: ACME) said revenue rose 12% to $4.1 billion, while margin slipped to 31% from 34%.\n\nFed Funds Rate 3.64%\n\nAnalysts expect \"roughly\" 57 cents a share in Q2 2026.\tTabs\u{1} too."
        let sheet = FactExtractor().extract(Article(text: text))
        let fast = try JSONSerialization.jsonObject(with: Data(try StableJSON.string(sheet).utf8)) as? NSDictionary
        let slow = try JSONSerialization.jsonObject(with: try StableJSON.encode(sheet)) as? NSDictionary
        #expect(fast != nil)
        #expect(fast == slow)
    }

    @Test func keysAreSorted_andOutputIsStable() throws {
        let sheet = FactExtractor().extract(Article(text: "Revenue rose 9% to $2 billion in 2025."))
        let a = try StableJSON.string(sheet)
        #expect(a == (try StableJSON.string(sheet)))
        let keys = a.split(separator: "\n").filter { $0.hasPrefix("      \"") }.map { $0.split(separator: "\"")[1] }
        #expect(!keys.isEmpty)
    }

    @Test func numbers_printWithoutNeedlessFractions() {
        var w = JSONWriter(pretty: false)
        w.beginArray()
        for x in [14_300_000_000.0, -2.1, 0.57, 3.0] { w.element(); w.number(x) }
        w.endArray()
        #expect(w.string == "[14300000000,-2.1,0.57,3]")
    }
}

@Suite struct JSONNumberTests {
    /// Fixed-point printing of six-decimal values reads back as the same double.
    @Test func sixDecimalValues_printAsTheirShortestForm() {
        var g = SplitMix64(seed: 42)
        for _ in 0..<20_000 {
            let raw = Double(Int64(bitPattern: g.next() % 4_000_000_000_000) - 2_000_000_000_000) / 1_000_000
            let x = StableJSON.rounded(raw)
            var w = JSONWriter(pretty: false)
            w.number(x)
            #expect(Double(w.string) == x, "\(x) printed as \(w.string)")
            #expect(!w.string.contains("e"))
            if Double(w.string) != x { break }
        }
    }
}

@Suite struct FoundationNumberTests {
    /// What Foundation's encoder writes for a number: Swift's shortest form, less a ".0".
    static func expected(_ x: Double) -> String {
        var text = x.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    static func written(_ x: Double) -> String {
        var w = JSONWriter(pretty: false)
        w.style = .foundation
        w.number(x)
        return w.string
    }

    /// The fixed-point shortcut writes Swift's own bytes: rounded and raw values, integers,
    /// signs and zeros, at every magnitude, and at the edges where the shortest form turns
    /// exponential (below 1e-4, from 2^53 up).
    @Test func everyMagnitude_printsSwiftsShortestForm() {
        var g = SplitMix64(seed: 7)
        var values: [Double] = [0, -0.0, 1e-4, -1e-4, 9.9e-5, 0.000123, 1e15, -1e15, 1e15 - 1, 1e16, 9_007_199_254_740_992,
                                999_999_999.999999, 1e9, 1e9 + 0.5, 0.1 + 0.2, 1e-300, -2.5e-7, 123456789.123456]
        for _ in 0..<40_000 {
            let exponent = Double(Int(g.next() % 40)) - 20
            let mantissa = Double(g.next() % 1_000_000_007) / 1_000_000_007 * (g.next() % 2 == 0 ? 1 : -1)
            let raw = mantissa * pow(10, exponent)
            values.append(raw)
            values.append(StableJSON.rounded(raw))
            values.append(raw.rounded())
        }
        var mismatches = 0
        for x in values where Self.written(x) != Self.expected(x) {
            mismatches += 1
            if mismatches <= 5 { Issue.record("\(x): wrote \(Self.written(x)), Swift writes \(Self.expected(x))") }
        }
        #expect(mismatches == 0)
    }
}

@Suite struct JSONStringTests {
    /// Strings are escaped as Foundation escapes them wherever the byte to escape falls,
    /// inside or across the eight-byte blocks the writer passes over at once.
    @Test func everyEscapeAtEveryOffset_matchesFoundation() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var checked = 0
        for special in ["\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{1}", "\u{1F}", "\u{0}", "é", "/", "\u{7F}", "💹"] {
            for length in 0..<19 {
                for at in 0...length {
                    var text = String(repeating: "a", count: length)
                    text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: at))
                    var w = JSONWriter(pretty: false)
                    w.string(text)
                    #expect(w.string == String(decoding: try encoder.encode(text), as: UTF8.self), "\(special.debugDescription) at \(at) of \(length)")
                    checked += 1
                }
            }
        }
        #expect(checked > 2_000)
    }
}

@Suite struct JSONStagingTests {
    /// The writer gathers small pieces before it appends them; pieces of every size, at
    /// every fill of that room, deep indents and a key longer than the room hold the bytes
    /// Foundation writes.
    @Test func piecesOfEverySize_matchFoundation() throws {
        struct Item: Encodable { var n: Double; var s: String }
        struct Doc: Encodable {
            var items: [Item]
            var numbers: [Double]
            var strings: [String]
            var nested: [[[Int]]]
            enum CodingKeys: String, CodingKey {
                case items, numbers
                case strings = "strings_with_a_key_long_enough_to_cross_the_writers_room_for_small_pieces_strings_with_a_key_long_enough_to_cross_the_writers_room_for_small_pieces_strings_with_a_key_long_enough_to_cross_the_writers_room_for_small_pieces_strings_with_a_key_long_enough_to_cross_the_writers_room_for_small_pieces_end"
                case nested
            }
        }
        var g = SplitMix64(seed: 3)
        var doc = Doc(items: [], numbers: [], strings: [], nested: [])
        for length in 0..<700 {
            var text = String(repeating: "x", count: length)
            if length > 0 { text.insert("\"", at: text.index(text.startIndex, offsetBy: Int(g.next() % UInt64(length)))) }
            doc.strings.append(text)
            doc.numbers.append(Double(Int64(bitPattern: g.next() % 2_000_000_000) - 1_000_000_000) / 1000)
            doc.items.append(Item(n: Double(length) / 8, s: String(repeating: "y", count: length % 37)))
        }
        doc.nested = (0..<40).map { i in (0..<3).map { j in (0..<(i % 5)).map { $0 * 1_000_003 * (j + 1) - 7 } } }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = String(decoding: try encoder.encode(doc), as: UTF8.self)
        var w = JSONWriter(pretty: true)
        w.style = .foundation
        w.beginObject()
        w.key("items")
        w.beginArray()
        for item in doc.items {
            w.element(); w.beginObject()
            w.field("n", item.n)
            w.field("s", item.s)
            w.endObject()
        }
        w.endArray()
        w.key("nested")
        w.beginArray()
        for outer in doc.nested {
            w.element(); w.beginArray()
            for inner in outer {
                w.element(); w.beginArray()
                for x in inner { w.element(); w.int(x) }
                w.endArray()
            }
            w.endArray()
        }
        w.endArray()
        w.field("numbers", array: doc.numbers.map(Number.init))
        w.field("strings_with_a_key_long_enough_to_cross_the_writers_room_for_small_pieces_strings_with_a_key_long_enough_to_cross_the_writers_room_for_small_pieces_strings_with_a_key_long_enough_to_cross_the_writers_room_for_small_pieces_strings_with_a_key_long_enough_to_cross_the_writers_room_for_small_pieces_end", strings: doc.strings)
        w.endObject()
        let written = w.string
        #expect(written == expected)
        if written != expected, let at = zip(written.utf8, expected.utf8).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            Issue.record("first difference at byte \(at)")
        }
    }

    /// The deepest indent Foundation and the writer share (2 × 127 spaces) and a key longer
    /// than the writer's whole room, pretty and compact.
    @Test func deepIndentsAndAKeyLongerThanTheRoom_matchFoundation() throws {
        struct Leaf: Encodable {
            var value: Int
            enum CodingKeys: String, CodingKey {
                case value = "a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_end"
            }
        }
        #expect(Leaf.CodingKeys.value.rawValue.utf8.count > 512)
        // 125 arrays around an array of objects: their keys stand 127 levels deep.
        func encoded(_ depth: Int, _ pretty: Bool) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
            var value: any Encodable = [Leaf(value: -9_007_199_254_740_991), Leaf(value: 7)]
            for _ in 0..<depth { value = [AnyEncodable(value)] }
            return String(decoding: try encoder.encode(AnyEncodable(value)), as: UTF8.self)
        }
        for pretty in [true, false] {
            var w = JSONWriter(pretty: pretty)
            w.style = .foundation
            for _ in 0..<125 { w.beginArray(); w.element() }
            w.beginArray()
            for value in [-9_007_199_254_740_991, 7] {
                w.element(); w.beginObject()
                w.field("a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_a_key_longer_than_the_room_end", value)
                w.endObject()
            }
            w.endArray()
            for _ in 0..<125 { w.endArray() }
            #expect(w.string == (try encoded(125, pretty)), "pretty: \(pretty)")
        }
    }

    struct AnyEncodable: Encodable {
        let value: any Encodable
        init(_ value: any Encodable) { self.value = value }
        func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
    }

    struct Number: JSONWritable {
        var x: Double
        init(_ x: Double) { self.x = x }
        func write(to writer: inout JSONWriter) { writer.number(x) }
    }
}

@Suite struct ConcurrentJSONTests {
    @Test func jobs_giveTheSameBytes() async throws {
        let text = Array(repeating: FigureCases.all.map(\.0).joined(separator: " "), count: 150).joined(separator: "\n\n")
        let sheet = FactExtractor().extract(Article(text: text))
        #expect(sheet.facts.count > 15_000)
        var w = JSONWriter(pretty: true)
        sheet.write(to: &w)
        let one = w.bytes
        var three: [UInt8] = []
        await sheet.writeJSON(jobs: 3) { three += $0 }
        #expect(three == one)
        var compact: [UInt8] = []
        await sheet.writeJSON(pretty: false, jobs: 2) { compact += $0 }
        #expect(compact == { var c = JSONWriter(pretty: false); sheet.write(to: &c); return c.bytes }())
        let empty = FactExtractor().extract(Article(text: "Nothing here has a figure or a name at all, really."))
        var e = JSONWriter(pretty: true)
        empty.write(to: &e)
        var none: [UInt8] = []
        await empty.writeJSON(jobs: 2) { none += $0 }
        #expect(none == e.bytes)
    }
}

@Suite struct TranscriptWriterTests {
    /// The hand-written transcript writer gives Foundation's bytes, on every sample article
    /// with every bundled scenario (saved transcripts replay byte for byte through it).
    @Test func sampleTranscripts_matchFoundationsBytes() async throws {
        let dir = Corpus.packageRoot.appendingPathComponent("Scenarios")
        let scenarios = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { try Scenario.decode(Data(contentsOf: dir.appendingPathComponent($0)), source: $0) }
        var compared = 0
        for (_, text) in Corpus.sampleArticles() {
            for s in scenarios {
                let t = try await ShowProducer.produceUntimed(Article(text: text), scenario: s)
                let foundation = String(decoding: try StableJSON.encode(t), as: UTF8.self)
                #expect(try StableJSON.string(t) == foundation)
                compared += 1
            }
        }
        #expect(compared >= 40)
    }

    /// Awkward values: tiny and huge numbers, control characters, quotes, slashes, non-ASCII
    /// text, empty lists and objects, run-time keys that differ only in case.
    @Test func awkwardValues_matchFoundationsBytes() async throws {
        var scenario = Scenario.builtIn
        scenario.personas[0].bias = 0.00001
        scenario.personas[1].bias = -0.1 + 0.30000000000000004 - 0.2
        scenario.personas[0].trust = ["dex": 1, "Dex": 0.5, "a_b": 0.25, "aB": 0.125, "Émile": 1e-7]
        scenario.personas[1].weights.kinds = [:]
        scenario.personas[2].voice.byTopic = ["risk": ["analysis": []]]
        scenario.name = "quotes \" back\\slash / tab\t nl\n ctl\u{1} del\u{7F} é 💹"
        let t = try await ShowProducer.produceUntimed(Article(text: "Revenue rose 12% to $1,000,000,000,000,000 while costs hit $0.00001 per unit."), scenario: scenario)
        var odd = t
        odd.verdict.spread = 1e15
        odd.verdict.stances = ["x": 123456789.123456, "y": 1e-300, "z": -0.0]
        for value in [t, odd] {
            let foundation = String(decoding: try StableJSON.encode(value), as: UTF8.self)
            #expect(try StableJSON.string(value) == foundation)
            #expect(try StableJSON.string(value, pretty: false) == String(decoding: try StableJSON.encode(value, pretty: false), as: UTF8.self))
        }
    }

    /// A batch's encoder writes the scenario once and copies it: the spliced bytes must be
    /// the transcript's own, pretty and compact, for every bundled scenario; a transcript of
    /// another scenario is written in full.
    @Test func transcriptEncoder_givesTheTranscriptsOwnBytes() async throws {
        let dir = Corpus.packageRoot.appendingPathComponent("Scenarios")
        let scenarios = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { try Scenario.decode(Data(contentsOf: dir.appendingPathComponent($0)), source: $0) }
        var spliced = 0
        for (_, text) in Corpus.sampleArticles().prefix(3) {
            for s in scenarios + [.builtIn] {
                let encoder = TranscriptEncoder(scenario: s)
                let t = try await ShowProducer.produceUntimed(Article(text: text), scenario: s)
                for pretty in [true, false] {
                    #expect(t.jsonBytes(pretty: pretty, scenarioJSON: encoder.scenarioJSON(pretty: pretty)) == t.jsonBytes(pretty: pretty))
                    #expect(encoder.jsonBytes(t, pretty: pretty) == t.jsonBytes(pretty: pretty))
                    spliced += 1
                }
            }
        }
        #expect(spliced >= 6 * (scenarios.count + 1))
        var tuned = Scenario.builtIn
        tuned.personas[0].bias += 0.25
        let t = try await ShowProducer.produceUntimed(Article(text: "Revenue rose 12% to $4.1 billion."), scenario: tuned)
        #expect(TranscriptEncoder(scenario: .builtIn).jsonBytes(t) == t.jsonBytes())
    }

    /// `takeBytes` gives what `bytes` gives, staged pieces included, and leaves the writer empty.
    @Test func takeBytes_givesTheBytesAndEmptiesTheWriter() {
        func written() -> JSONWriter {
            var w = JSONWriter(pretty: true)
            w.beginObject()
            w.field("long", String(repeating: "x", count: 3_000))
            w.field("n", 7)
            w.endObject()
            return w
        }
        var a = written(), b = written()
        let taken = a.takeBytes()
        #expect(taken == b.bytes)
        #expect(taken.count > 3_000)
        #expect(a.bytes.isEmpty)
    }
}
