/// What a panelist said in one round: a take (round 0), a rebuttal, or an abstention.
/// `stanceBefore` is the speaker's stance x(r) the round was argued from and `stanceAfter`
/// its stance x(r+1) after the round's update: labelled metadata, never prose.
public struct DebateMessage: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case take, rebuttal, abstain }

    public var id: String
    public var round: Int
    public var seat: Int
    public var speaker: String
    public var kind: Kind
    public var headline: String
    public var text: String
    public var counterpoint: String?
    public var cites: [String]
    public var target: String?
    public var targetMessage: String?
    public var targetFact: String?
    public var concedes: Bool?
    public var stanceBefore: Double
    public var stanceAfter: Double

    public init(id: String, round: Int, seat: Int, speaker: String, kind: Kind, headline: String, text: String,
                counterpoint: String? = nil, cites: [String] = [], target: String? = nil, targetMessage: String? = nil,
                targetFact: String? = nil, concedes: Bool? = nil, stanceBefore: Double = 0, stanceAfter: Double = 0) {
        self.id = id
        self.round = round
        self.seat = seat
        self.speaker = speaker
        self.kind = kind
        self.headline = headline
        self.text = text
        self.counterpoint = counterpoint
        self.cites = cites
        self.target = target
        self.targetMessage = targetMessage
        self.targetFact = targetFact
        self.concedes = concedes
        self.stanceBefore = stanceBefore
        self.stanceAfter = stanceAfter
    }

    public static func id(round: Int, seat: Int) -> String { "m\(round)-\(seat + 1)" }

    /// The message a seat gets when it throws or misses the round's deadline.
    public static func abstention(round: Int, seat: Int, speaker: String, reason: String) -> DebateMessage {
        DebateMessage(id: id(round: round, seat: seat), round: round, seat: seat, speaker: speaker, kind: .abstain,
                      headline: "", text: reason)
    }
}

/// One round as committed by the moderator: its messages in seat order.
public struct RoundRecord: Codable, Sendable, Equatable {
    public var index: Int
    public var messages: [DebateMessage]
}

extension DebateMessage: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("cites", strings: cites)
        if let concedes { w.field("concedes", concedes) }
        w.field("counterpoint", counterpoint, keepNull: false)
        w.field("headline", headline)
        w.field("id", id)
        w.field("kind", kind.rawValue)
        w.field("round", round)
        w.field("seat", seat)
        w.field("speaker", speaker)
        w.field("stanceAfter", stanceAfter)
        w.field("stanceBefore", stanceBefore)
        w.field("target", target, keepNull: false)
        w.field("targetFact", targetFact, keepNull: false)
        w.field("targetMessage", targetMessage, keepNull: false)
        w.field("text", text)
        w.endObject()
    }
}

extension RoundRecord: JSONWritable {
    public func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("index", index)
        w.field("messages", array: messages)
        w.endObject()
    }
}
