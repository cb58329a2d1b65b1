/// Writes the JSON of many transcripts staged with one scenario value, as a batch does: the
/// scenario, about half of every transcript's bytes, is written once and copied after.
///
/// Only for transcripts staged with this very value: `==` is the guard against another
/// scenario, and it is looser than the bytes (it takes -0.0 for 0 and a composed accent for
/// a decomposed one), so the encoder stays inside the engine, where batch and bench hand it
/// the scenario they stage every debate with.
struct TranscriptEncoder: Sendable {
    let scenario: Scenario
    private let pretty: [UInt8]
    private let compact: [UInt8]

    init(scenario: Scenario) {
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

    func jsonBytes(_ transcript: Transcript, pretty: Bool = true) -> [UInt8] {
        guard transcript.scenario == scenario else { return transcript.jsonBytes(pretty: pretty) }
        return transcript.jsonBytes(pretty: pretty, scenarioJSON: scenarioJSON(pretty: pretty))
    }

    /// The scenario's bytes as spliced into a transcript.
    func scenarioJSON(pretty: Bool) -> [UInt8] { pretty ? self.pretty : compact }
}
