/// Friedkin–Johnsen updates with bounded confidence, one per round:
///
///     x_i(r+1) = λ_i·x_i(0) + (1 − λ_i)·Σ_j W_ij(r)·x_j(r)
///
/// where λ_i is the persona's stubbornness and W_ij(r) spreads its trust over the seats whose
/// stance lies within its confidence radius ε_i of its own (itself included), normalised to
/// sum to 1; if those weights sum to zero the persona keeps its stance. Pure and O(n²) a step.
public struct StanceDynamics: Sendable {
    public let stubbornness: [Double]
    public let confidence: [Double]
    public let trust: [[Double]]

    public init(_ scenario: Scenario) {
        let n = scenario.personas.count
        stubbornness = scenario.personas.map(\.stubbornness)
        confidence = scenario.personas.map(\.confidence)
        trust = (0..<n).map { i in (0..<n).map { j in scenario.trust(i, j) } }
    }

    public init(stubbornness: [Double], confidence: [Double], trust: [[Double]]) {
        self.stubbornness = stubbornness
        self.confidence = confidence
        self.trust = trust
    }

    /// The influence weights W(r) for stances `x`.
    public func weights(_ x: [Double]) -> [[Double]] {
        (0..<x.count).map { i in
            var row = [Double](repeating: 0, count: x.count)
            weights(x, row: i, into: &row)
            return row
        }
    }

    /// Row `i` of W(r): trust over the seats within ε_i of seat i, normalised; all on itself
    /// when that trust sums to zero.
    func weights(_ x: [Double], row i: Int, into w: inout [Double]) {
        let n = x.count
        var sum = 0.0
        for j in 0..<n {
            if abs(x[i] - x[j]) <= confidence[i] {
                w[j] = trust[i][j]
                sum += trust[i][j]
            } else {
                w[j] = 0
            }
        }
        if sum > 0 {
            for j in 0..<n { w[j] /= sum }
        } else {
            for j in 0..<n { w[j] = 0 }
            w[i] = 1
        }
    }

    /// x(r+1) from x(r) and the opening stances x(0).
    public func step(_ x: [Double], opening x0: [Double]) -> [Double] {
        var next = x
        var row = [Double](repeating: 0, count: x.count)
        step(x, opening: x0, into: &next, row: &row)
        return next
    }

    /// One step into `next`, with `row` as scratch for a row of W.
    func step(_ x: [Double], opening x0: [Double], into next: inout [Double], row w: inout [Double]) {
        for i in 0..<x.count {
            weights(x, row: i, into: &w)
            var pulled = 0.0
            for j in 0..<x.count { pulled += w[j] * x[j] }
            next[i] = stubbornness[i] * x0[i] + (1 - stubbornness[i]) * pulled
        }
    }

    /// Every stance vector from x(0) through x(updates): `updates` steps.
    public func trajectory(from x0: [Double], updates: Int) -> [[Double]] {
        var out = [x0]
        out.reserveCapacity(updates + 1)
        for _ in 0..<updates { out.append(step(out[out.count - 1], opening: x0)) }
        return out
    }

    /// x(updates) alone: the last vector of `trajectory`, without keeping the ones before it.
    public func final(from x0: [Double], updates: Int) -> [Double] {
        var x = x0
        var next = x0
        var row = [Double](repeating: 0, count: x0.count)
        for _ in 0..<updates {
            step(x, opening: x0, into: &next, row: &row)
            swap(&x, &next)
        }
        return x
    }

    /// The closed-form equilibrium x* = (I − (I − Λ)W)⁻¹ Λ x(0) for a fixed W (every seat
    /// within every other's radius), by Gaussian elimination with partial pivoting.
    public func equilibrium(from x0: [Double]) -> [Double]? {
        let n = x0.count
        let w = weights([Double](repeating: 0, count: n))
        var a = [[Double]](repeating: [Double](repeating: 0, count: n + 1), count: n)
        for i in 0..<n {
            for j in 0..<n { a[i][j] = (i == j ? 1 : 0) - (1 - stubbornness[i]) * w[i][j] }
            a[i][n] = stubbornness[i] * x0[i]
        }
        for col in 0..<n {
            guard let pivot = (col..<n).max(by: { abs(a[$0][col]) < abs(a[$1][col]) }), abs(a[pivot][col]) > 1e-12 else { return nil }
            a.swapAt(col, pivot)
            for row in 0..<n where row != col {
                let f = a[row][col] / a[col][col]
                if f == 0 { continue }
                for k in col...n { a[row][k] -= f * a[col][k] }
            }
        }
        return (0..<n).map { a[$0][n] / a[$0][$0] }
    }
}
