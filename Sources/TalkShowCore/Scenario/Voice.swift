/// A panelist's voice: for each reasoning move a list of sentence templates, expanded by a
/// seeded generator. Slots in braces are filled with phrases taken from the article:
/// `{subject}`, `{fact}`, `{a}`, `{b}`, `{topic}`, `{who}`, `{claim}`, `{target}`,
/// `{counter}`, `{strength}`, `{weakness}`. A move may also have templates that suit one
/// topic only (`byTopic.spending.analysis`), added to the move's list when the move's fact is
/// on that topic, and templates that suit one side only (`bySide.bullish.contrast`), added
/// when the move speaks from that side. A thesis that suits one topic only is kept by topic and
/// side (`headlineByTopic.revenue.bullish`): "demand is roaring" is said of sales, not of a
/// price target.
public struct Voice: Codable, Sendable, Equatable {
    public struct Headlines: Codable, Sendable, Equatable {
        public var bullish: [String]
        public var bearish: [String]
        public var neutral: [String]
    }

    public var headline: Headlines
    public var analysis: [String]
    public var contrast: [String]
    public var absence: [String]
    public var hedge: [String]
    public var counterpoint: [String]
    public var attack: [String]
    public var concede: [String]
    /// Optional: a rebuttal whose answer points the same way as the claim (the seat has no
    /// figure on its own side of the target): the facts agree, the seats differ on how far.
    /// Nil when the scenario gives none; the rebuttal then attacks or concedes.
    public var agree: [String]?
    public var byTopic: [String: [String: [String]]]?
    /// Templates said only on one side (`bullish`, `bearish`, `neutral`), by move: a growth
    /// bull's "growth wins that fight" is not said by the same voice turned bearish.
    public var bySide: [String: [String: [String]]]?
    /// Headlines that suit facts of one topic only, by topic and side: added to the side's own
    /// list when the fact the headline turns on is on that topic.
    public var headlineByTopic: [String: [String: [String]]]?

    public static let sides = ["bullish", "bearish", "neutral"]
    public static let moves = ["headline", "analysis", "contrast", "absence", "hedge", "counterpoint", "attack", "concede", "agree"]
    public static let slots = ["subject", "fact", "a", "b", "topic", "who", "claim", "target", "counter", "strength", "weakness"]

    public init(from decoder: Decoder) throws {
        let o = try StrictObject(decoder, allowed: Self.moves + ["byTopic", "bySide", "headlineByTopic"])
        headline = try o.decode(Headlines.self, "headline", expected: "an object with bullish, bearish and neutral lists")
        analysis = try Self.list(o, "analysis")
        contrast = try Self.list(o, "contrast")
        absence = try Self.list(o, "absence")
        hedge = try Self.list(o, "hedge")
        counterpoint = try Self.list(o, "counterpoint")
        attack = try Self.list(o, "attack")
        concede = try Self.list(o, "concede")
        if o.has("agree") { agree = try Self.list(o, "agree") }
        byTopic = try Self.keyedMoves(o, "byTopic", keys: Topic.allCases.map(\.rawValue), expected: "an object of topic ids to moves")
        bySide = try Self.keyedMoves(o, "bySide", keys: Self.sides, expected: "an object of sides (bullish, bearish, neutral) to moves")
        headlineByTopic = try Self.keyedMoves(o, "headlineByTopic", keys: Topic.allCases.map(\.rawValue), moves: Self.sides,
                                              expected: "an object of topic ids to sides (bullish, bearish, neutral)")
    }

    /// An optional object of keys (topics, sides) to moves (not `headline`; or, for headlines,
    /// sides) to templates, each key, move and template checked.
    static func keyedMoves(_ o: StrictObject, _ field: String, keys: [String], moves: [String] = Array(Self.moves.dropFirst()),
                           expected: String) throws -> [String: [String: [String]]]? {
        guard let keyed = try o.decodeIfPresent([String: [String: [String]]].self, field, expected: expected) else { return nil }
        for (key, byMove) in keyed.sorted(by: { $0.key < $1.key }) {
            guard keys.contains(key) else {
                throw ScenarioIssue.unknownKey(path: o.keyPath(field) + "." + key, suggestion: EditDistance.closest(to: key, among: keys))
            }
            for move in byMove.keys.sorted() where !moves.contains(move) {
                throw ScenarioIssue.unknownKey(path: o.keyPath(field) + ".\(key).\(move)", suggestion: EditDistance.closest(to: move, among: moves))
            }
            for (move, list) in byMove.sorted(by: { $0.key < $1.key }) {
                for (i, template) in list.enumerated() {
                    try Self.checkTemplate(template, path: o.keyPath(field) + ".\(key).\(move)[\(i)]")
                }
            }
        }
        return keyed
    }

    static func list(_ o: StrictObject, _ key: String) throws -> [String] {
        let list = try o.decode([String].self, key, expected: "a list of sentence templates")
        if list.isEmpty { throw ScenarioIssue.invalid(path: o.keyPath(key), message: "needs at least one template") }
        for (i, template) in list.enumerated() {
            try Self.checkTemplate(template, path: o.keyPath(key) + "[\(i)]")  // the path is built only for an error
        }
        return list
    }

    /// Rejects unknown slots and digits (a template must not bring figures of its own).
    /// Read over bytes where that is the same as by Characters: no ASCII digit, no scalar
    /// outside ASCII with a numeric value, and every brace between ASCII bytes (a whole
    /// Character); any other template is read by Characters (`checkTemplateByCharacters`).
    static func checkTemplate(_ template: String, path: @autoclosure () -> String) throws {
        var copy = template
        let checked = try copy.withUTF8 { t -> Bool in
            var outsideASCII = false
            for i in t.indices {
                let b = t[i]
                if b >= 0x80 { outsideASCII = true; continue }
                if UTF8Bytes.isDigit(b) { return false }
                if b == 0x7B || b == 0x7D, !UTF8Bytes.hasASCIINeighbours(t, i) { return false }
            }
            if outsideASCII, template.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.numericType != nil }) { return false }
            var i = 0
            while let open = t[i...].firstIndex(of: 0x7B) {
                guard let close = t[open...].firstIndex(of: 0x7D) else { throw Self.unclosed(path()) }
                try Self.checkSlot(String(decoding: UnsafeBufferPointer(rebasing: t[(open + 1)..<close]), as: UTF8.self), path: path())
                i = close + 1
            }
            return true
        }
        if !checked { try checkTemplateByCharacters(template, path: path()) }
    }

    /// `checkTemplate` by Characters: the definition the byte reading follows.
    static func checkTemplateByCharacters(_ template: String, path: String) throws {
        if template.contains(where: \.isNumber) {
            throw ScenarioIssue.invalid(path: path, message: "templates may not contain digits: every figure must come from the article")
        }
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { throw unclosed(path) }
            try checkSlot(String(rest[rest.index(after: open)..<close]), path: path)
            rest = rest[rest.index(after: close)...]
        }
    }

    static func unclosed(_ path: String) -> ScenarioIssue {
        ScenarioIssue.invalid(path: path, message: "unclosed '{' in template")
    }

    static func checkSlot(_ slot: String, path: @autoclosure () -> String) throws {
        if !slots.contains(slot) {
            let path = path()
            let hint = EditDistance.closest(to: slot, among: slots).map { "; did you mean {\($0)}?" } ?? ""
            throw ScenarioIssue.invalid(path: path, message: "unknown slot {\(slot)}\(hint)")
        }
    }

    /// The templates of `move`: its own list, then those kept for each of `topics` (in
    /// order, each template once), then those kept for `side` (`bullish`, `bearish`, `neutral`).
    public func templates(_ move: String, topics: [Topic], side: String? = nil) -> [String] {
        var list = baseTemplates(move)
        if let byTopic {
            // A template kept for two of the fact's topics is offered once, not twice as often.
            let own = list.count
            for (i, topic) in topics.enumerated() where !topics[..<i].contains(topic) {
                guard let keyed = byTopic[topic.rawValue]?[move] else { continue }
                if list.count == own { list += keyed; continue }
                for t in keyed where !list[own...].contains(t) { list.append(t) }
            }
        }
        if let side, let extra = bySide?[side]?[move] { list += extra }
        return list
    }

    /// The headlines said from `side` of a fact on `topics`: the side's own list, then those
    /// kept for each topic and that side (each template once).
    public func headlines(_ side: String, topics: [Topic]) -> [String] {
        var list = side == "bullish" ? headline.bullish : side == "bearish" ? headline.bearish : headline.neutral
        guard let headlineByTopic else { return list }
        let own = list.count
        for (i, topic) in topics.enumerated() where !topics[..<i].contains(topic) {
            for t in headlineByTopic[topic.rawValue]?[side] ?? [] where !list[own...].contains(t) { list.append(t) }
        }
        return list
    }

    /// `templates(_:topics:side:)` for at most one topic.
    public func templates(_ move: String, topic: Topic?, side: String? = nil) -> [String] {
        templates(move, topics: topic.map { [$0] } ?? [], side: side)
    }

    func baseTemplates(_ move: String) -> [String] {
        switch move {
        case "analysis": return analysis
        case "contrast": return contrast
        case "absence": return absence
        case "hedge": return hedge
        case "counterpoint": return counterpoint
        case "attack": return attack
        case "concede": return concede
        case "agree": return agree ?? []
        default: return analysis
        }
    }
}

extension Voice.Headlines {
    public init(from decoder: Decoder) throws {
        let o = try StrictObject(decoder, allowed: ["bullish", "bearish", "neutral"])
        bullish = try Voice.list(o, "bullish")
        bearish = try Voice.list(o, "bearish")
        neutral = try Voice.list(o, "neutral")
    }
}

extension Voice: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("absence", strings: absence)
        if let agree { w.field("agree", strings: agree) }
        w.field("analysis", strings: analysis)
        w.field("attack", strings: attack)
        func keyedMoves(_ w: inout JSONWriter, _ moves: [String: [String]]) {
            w.object(moves) { w, list in
                w.beginArray()
                for s in list { w.element(); w.string(s) }
                w.endArray()
            }
        }
        if let bySide { w.field("bySide", object: bySide, keyedMoves) }
        if let byTopic { w.field("byTopic", object: byTopic, keyedMoves) }
        w.field("concede", strings: concede)
        w.field("contrast", strings: contrast)
        w.field("counterpoint", strings: counterpoint)
        w.key("headline")
        w.beginObject()
        w.field("bearish", strings: headline.bearish)
        w.field("bullish", strings: headline.bullish)
        w.field("neutral", strings: headline.neutral)
        w.endObject()
        if let headlineByTopic { w.field("headlineByTopic", object: headlineByTopic, keyedMoves) }
        w.field("hedge", strings: hedge)
        w.endObject()
    }
}
