import Foundation
import TalkShowCore

/// `talkshow replay`: shows a saved transcript again, verifies it, or plays it like a show.
enum ReplayCommand {
    static let spec = CommandSpec(
        name: "replay",
        abstract: "Show a saved debate again, or verify that the engine still produces it byte for byte.",
        arguments: [.init(name: "TRANSCRIPT", help: "A transcript saved with 'talkshow debate --format json --output FILE', or - for standard input.")],
        options: [
            .init(name: "--format", value: "text|markdown|json", help: "Output format.", allowed: ["text", "markdown", "json"], defaultValue: "text"),
            .init(name: "--verify", value: nil, help: "Re-run the debate from the embedded article, scenario and seed; print OK or the first difference (exit 1)."),
            .init(name: "--pace", value: "SECONDS", help: "Play the show message by message, pausing SECONDS between messages."),
            .init(name: "--step", value: nil, help: "Play the show message by message, waiting for Enter between messages."),
        ],
        discussion: "Without --verify nothing is recomputed: the show is printed from the file as saved.")

    static func run(_ args: ParsedArguments, output: inout Output) async throws {
        let path = args.positionals[0]
        let bytes = try InputReader.read(path)
        let transcript = try TranscriptStore.decode(Data(bytes), source: path == "-" ? "standard input" : path)
        if args.flag("--verify") {
            switch try await ReplayVerifier.verify(transcript, savedBytes: bytes) {
            case .same(let messages):
                output.write("OK: \(path) reproduces byte for byte (\(messages) messages, engine \(EngineVersion.current))\n")
            case .different(let place, let saved, let now):
                output.write("DIFFERENT: \(path): first difference at \(place)\n  saved: \(saved)\n  now:   \(now)\n")
                if transcript.engineVersion != EngineVersion.current {
                    output.write("  saved by engine \(transcript.engineVersion), this is engine \(EngineVersion.current): "
                                 + "the engine's output changed between them; debate the article again to keep the new output\n")
                }
                output.flush()
                exit(ExitCode.failure.rawValue)
            }
            return
        }
        let format = Replayer.Format(rawValue: args.value("--format") ?? "text") ?? .text
        if format == .json {
            output.write(bytes: bytes)
            return
        }
        let blocks = Replayer.blocks(transcript, format: format)
        let pace = try args.value("--pace").map { value -> Double in
            guard let s = Double(value), s >= 0, s <= 3600 else { throw CLIError.usage("--pace \(value): give seconds from 0 to 3600") }
            return s
        }
        if args.flag("--step") && pace != nil { throw CLIError.usage("use either --pace or --step, not both") }
        guard pace != nil || args.flag("--step") else {
            output.write(blocks.joined())
            return
        }
        for (i, block) in blocks.enumerated() {
            FileHandle.standardOutput.write(Data(block.utf8))
            guard i < blocks.count - 1 else { break }
            if let pace {
                try await Task.sleep(for: .milliseconds(Int64(pace * 1000)))
            } else {
                FileHandle.standardError.write(Data("[Enter for the next message]".utf8))
                if readLine() == nil { break }
            }
        }
    }
}
