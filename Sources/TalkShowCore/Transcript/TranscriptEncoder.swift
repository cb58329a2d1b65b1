/// Writes the JSON of many transcripts staged with one scenario, as a batch does: the
/// scenario, about half of every transcript's bytes, is written once and copied after.
/// A transcript of another scenario is written in full, so the bytes are always those of
/// `Transcript.jsonBytes`.
public struct TranscriptEncoder: Sendable {
    public let scenario: Scenario
    private let pretty: [UInt8]
    private let compact: [UInt8]

    public init(scenario: Scenario) {
        self.scenario = scenario
        pretty = Self.written(scenario, pretty: true)
        compact = Self.written(scenario, pretty: false)
    }

    /// The scenario as the transcript writer writes it: a field of the top-level object.
    private static func written(_ scenario: Scenario, pretty: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, style: .foundation, valueAtDepth: 1, capacity: 32 * 1024)
        scenario.write(to: &w)
        return w.bytes
    }

    public func jsonBytes(_ transcript: Transcript, pretty: Bool = true) -> [UInt8] {
        guard transcript.scenario == scenario else { return transcript.jsonBytes(pretty: pretty) }
        return transcript.jsonBytes(pretty: pretty, scenarioJSON: pretty ? self.pretty : compact)
    }
}
