/// The forms a transcript is written in: its JSON record, Markdown, or plain text. The
/// debate, batch and replay commands all write a transcript through this one switch.
public enum TranscriptFormat: String, Sendable, CaseIterable {
    case json, markdown, text

    /// The whole transcript in this form, as a file or standard output takes it.
    public func bytes(_ t: Transcript) -> [UInt8] { bytes(t, encoder: nil) }

    /// The same, with the JSON written by `encoder` when given: a batch shares one scenario,
    /// whose bytes it writes once.
    func bytes(_ t: Transcript, encoder: TranscriptEncoder?) -> [UInt8] {
        switch self {
        case .json: encoder.map { $0.jsonBytes(t) } ?? t.jsonBytes()
        case .markdown: Array(MarkdownRenderer.render(t).utf8)
        case .text: Array(TextRenderer.render(t).utf8)
        }
    }

    /// The show in this form in blocks, as a replay plays it: the panel summary first, then
    /// one block per message, then the verdict (JSON is one block).
    public func blocks(_ t: Transcript) -> [String] {
        switch self {
        case .text: TextRenderer.blocks(t)
        case .markdown: MarkdownRenderer.blocks(t)
        case .json: [String(decoding: t.jsonBytes(), as: UTF8.self)]
        }
    }
}
