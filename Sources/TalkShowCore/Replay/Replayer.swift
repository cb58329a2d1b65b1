/// Shows a saved transcript again, as saved, without recomputing anything: the whole
/// show at once, or message by message like a live programme.
public enum Replayer {
    public typealias Format = TranscriptFormat

    /// The show in `format`, in blocks: the panel summary first, then one block per message,
    /// then the verdict, so a player can pause between them.
    public static func blocks(_ t: Transcript, format: Format) -> [String] { format.blocks(t) }
}
