/// Splits `0..<count` into at most `chunks` consecutive ranges, runs `work` on each in a child
/// task, and returns the results in range order — so the joined result never depends on how
/// many chunks ran or in what order they finished.
public enum Chunks {
    public static func map<T: Sendable>(count: Int, chunks: Int, _ work: @escaping @Sendable (_ range: Range<Int>, _ index: Int) -> T) async -> [T] {
        let chunks = max(1, chunks)
        let size = max(1, (count + chunks - 1) / chunks)
        return await withTaskGroup(of: (Int, T).self) { group in
            for c in 0..<chunks where c * size < count {
                let range = (c * size)..<min(count, (c + 1) * size)
                group.addTask { (c, work(range, c)) }
            }
            var parts: [(Int, T)] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// The parts concatenated in order and `parts` left empty. Elements are moved, not
    /// copied: a long article's facts are neither retained nor released on the way. Each
    /// moved-from slot is refilled with `blank` (a value holding no references, such as one
    /// of empty strings) before its part is freed.
    public static func joined<T>(_ parts: inout [[T]], blank: T) -> [T] {
        let total = parts.reduce(0) { $0 + $1.count }
        let out = [T](unsafeUninitializedCapacity: total) { buffer, count in
            for i in parts.indices {
                parts[i].withUnsafeMutableBufferPointer { part in
                    guard let source = part.baseAddress, let target = buffer.baseAddress else { return }
                    (target + count).moveInitialize(from: source, count: part.count)
                    source.initialize(repeating: blank, count: part.count)
                    count += part.count
                }
                parts[i] = []
            }
        }
        parts = []
        return out
    }
}
