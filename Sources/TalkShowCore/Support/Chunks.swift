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
}
