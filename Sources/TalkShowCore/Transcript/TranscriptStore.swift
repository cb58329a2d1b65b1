import Foundation

/// Why a transcript file could not be read.
public enum TranscriptError: Error, Equatable, Sendable, CustomStringConvertible {
    case corrupt(source: String, location: String)
    case futureVersion(source: String, found: Int, supported: Int)
    case noMigration(source: String, from: Int)
    case invalid(source: String, path: String, message: String)

    public var description: String {
        switch self {
        case .corrupt(let source, let location):
            return "\(source) is not a readable transcript: the JSON breaks \(location) (truncated or edited by hand?)"
        case .futureVersion(let source, let found, let supported):
            return "\(source) has transcript schema version \(found), newer than version \(supported) that this engine reads; update talkshow to replay it"
        case .noMigration(let source, let from):
            return "\(source) has transcript schema version \(from), which this engine cannot migrate to version \(Transcript.currentSchemaVersion)"
        case .invalid(let source, let path, let message):
            return "\(source): \(path): \(message)"
        }
    }
}

/// Saves and loads transcripts: atomic writes that never replace a file without `force`,
/// and loads that check the schema version first (older versions are migrated, newer
/// ones refused naming both versions) and name where a broken file breaks.
public enum TranscriptStore {
    /// Steps that bring a transcript object from version `n` to `n + 1`. Version 1 is the
    /// first schema, so there is none yet; the first schema change adds one and keeps a
    /// transcript of the old version as a test fixture.
    static let migrations: [Int: @Sendable (inout [String: Any]) -> Void] = [:]

    public static func save(_ transcript: Transcript, to path: String, force: Bool) throws {
        try AtomicFile.write(Data(transcript.jsonBytes()), to: path, force: force)
    }

    public static func load(_ path: String) throws -> Transcript {
        let bytes = try InputReader.read(path)
        return try decode(Data(bytes), source: path == "-" ? "standard input" : path)
    }

    public static func decode(_ data: Data, source: String) throws -> Transcript {
        // A transcript of this engine's schema, as saved, is read in one pass of the decoder.
        // Anything else (an older schema, a newer one, a broken file) takes the checked way
        // below, which migrates or says where and why the file cannot be read.
        if let transcript = try? JSONDecoder().decode(Transcript.self, from: data),
           transcript.schemaVersion == Transcript.currentSchemaVersion {
            return transcript
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw TranscriptError.corrupt(source: source, location: JSONLocation.describe(error, in: data))
        }
        guard var root = object as? [String: Any] else {
            throw TranscriptError.invalid(source: source, path: "transcript", message: "expected a JSON object")
        }
        guard let version = root["schemaVersion"] as? Int else {
            throw TranscriptError.invalid(source: source, path: "schemaVersion", message: "missing; is this a TalkShow transcript?")
        }
        if version > Transcript.currentSchemaVersion {
            throw TranscriptError.futureVersion(source: source, found: version, supported: Transcript.currentSchemaVersion)
        }
        var current = version
        while current < Transcript.currentSchemaVersion {
            guard let step = migrations[current] else { throw TranscriptError.noMigration(source: source, from: version) }
            step(&root)
            current += 1
            root["schemaVersion"] = current
        }
        let migrated = version == current ? data : try JSONSerialization.data(withJSONObject: root)
        do {
            return try JSONDecoder().decode(Transcript.self, from: migrated)
        } catch let issue as ScenarioIssue {
            throw TranscriptError.invalid(source: source, path: "scenario", message: issue.description)
        } catch DecodingError.keyNotFound(let key, let context) {
            throw TranscriptError.invalid(source: source, path: ScenarioIssue.path(context.codingPath, key.stringValue), message: "missing")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
            throw TranscriptError.invalid(source: source, path: ScenarioIssue.path(context.codingPath), message: context.debugDescription)
        } catch DecodingError.dataCorrupted(let context) {
            throw TranscriptError.invalid(source: source, path: ScenarioIssue.path(context.codingPath), message: context.debugDescription)
        }
    }
}
