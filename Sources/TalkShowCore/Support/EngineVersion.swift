/// The engine's version, written into every transcript.
public enum EngineVersion {
    public static let current = "0.3.0"
}
