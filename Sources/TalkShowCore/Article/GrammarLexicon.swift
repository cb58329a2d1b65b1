import Foundation

/// The words the Article stage reads prose with: verbs (to tell a sentence from a heading),
/// abbreviations that do not end a sentence, boilerplate cues, and function words that
/// start sentences. Loaded once from the embedded `grammar.json` and `entities.json`.
public final class GrammarLexicon: Sendable {
    public let verbs: WordTable<Bool>
    public let abbreviations: WordTable<Bool>
    /// Abbreviations (titles, `e.g.`, `vs.`) after which a sentence never ends.
    public let tightAbbreviations: WordTable<Bool>
    public let sentenceStarters: WordTable<Bool>
    public let lineStarts: [[UInt8]]
    public let lineContains: [[UInt8]]
    public let shareWords: WordTable<Bool>
    /// Long phrases and their short forms ("capital expenditures" → "capex"), longest first.
    public let shortenings: [(String, String)]
    /// The `shortenings` targets lowercased, grouped by first byte: one pass over a phrase
    /// tells whether any of them occurs in it.
    let shorteningsByFirstByte: [[[UInt8]]]
    /// `lineContains` cues grouped by their first byte, so a scan looks only at cues that can start at a position.
    public let containsByFirstByte: [[[UInt8]]]
    /// Which byte pairs start a `lineContains` cue: 256 bits per first byte (every second
    /// byte for a one-byte cue), so a scan skips the positions no cue can start at.
    let containsPairs: [UInt64]
    /// `lineStarts` cues grouped by their first byte, in file order.
    public let lineStartsByFirstByte: [[[UInt8]]]
    /// The length in bytes of the longest `lineStarts` cue.
    public let longestLineStart: Int

    struct File: Decodable {
        struct Boilerplate: Decodable {
            var lineStarts: [String]
            var lineContains: [String]
            var shareWords: [String]
        }
        var verbs: [String]
        var abbreviations: [String]
        var boilerplate: Boilerplate
        var sentenceStarters: [String]
        var shortenings: [String: String]
    }

    static let tight: [String] = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "capt.",
        "sgt.", "e.g.", "i.e.", "vs.", "v.", "no.", "nos.", "approx.", "fig.", "jr.", "sr.",
    ]

    public static let shared: GrammarLexicon = {
        let file = try! JSONDecoder().decode(File.self, from: Data(PackageResources.grammar_json))
        return GrammarLexicon(file: file, starters: file.sentenceStarters)
    }()

    /// Whether a `lineContains` cue can start with `first` followed by `second`.
    @inline(__always) func containsCanStart(_ first: UInt8, _ second: UInt8) -> Bool {
        containsPairs[Int(first) * 4 + Int(second >> 6)] & (1 << UInt64(second & 63)) != 0
    }

    /// Whether any `shortenings` target occurs in `text`, ASCII letters folded (as the
    /// shortenings are applied).
    public func mayHoldShortening(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { t in
            for i in t.indices {
                for target in shorteningsByFirstByte[Int(UTF8Bytes.lower(t[i]))] where i + target.count <= t.count {
                    var k = 1
                    while k < target.count, UTF8Bytes.lower(t[i + k]) == target[k] { k += 1 }
                    if k == target.count { return true }
                }
            }
            return false
        }
    }

    init(file: File, starters: [String]) {
        verbs = WordTable(file.verbs.map { ($0, true) })
        abbreviations = WordTable(file.abbreviations.map { ($0, true) })
        tightAbbreviations = WordTable(Self.tight.map { ($0, true) })
        sentenceStarters = WordTable(starters.map { ($0, true) })
        lineStarts = file.boilerplate.lineStarts.map { Array($0.lowercased().utf8) }
        lineContains = file.boilerplate.lineContains.map { Array($0.lowercased().utf8) }
        shareWords = WordTable(file.boilerplate.shareWords.map { ($0, true) })
        var index = [[[UInt8]]](repeating: [], count: 256)
        for cue in lineContains where !cue.isEmpty { index[Int(cue[0])].append(cue) }
        containsByFirstByte = index
        var pairs = [UInt64](repeating: 0, count: 256 * 4)
        for cue in lineContains where !cue.isEmpty {
            let row = Int(cue[0]) * 4
            if cue.count == 1 {
                for w in 0..<4 { pairs[row + w] = .max }
            } else {
                pairs[row + Int(cue[1] >> 6)] |= 1 << UInt64(cue[1] & 63)
            }
        }
        containsPairs = pairs
        var starts = [[[UInt8]]](repeating: [], count: 256)
        for cue in lineStarts where !cue.isEmpty { starts[Int(cue[0])].append(cue) }
        lineStartsByFirstByte = starts
        longestLineStart = lineStarts.map(\.count).max() ?? 0
        shortenings = file.shortenings.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }.map { ($0.key, $0.value) }
        var targets = [[[UInt8]]](repeating: [], count: 256)
        for (long, _) in shortenings where !long.isEmpty {
            let lowered = long.utf8.map(UTF8Bytes.lower)
            targets[Int(lowered[0])].append(lowered)
        }
        shorteningsByFirstByte = targets
    }
}
