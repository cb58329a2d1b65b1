/// One seat's facts, best first three ways: for (highest value first), against (lowest
/// first), and by weight either way; and the casting of the opening headlines, so that four
/// seats do not all lead with the one fact they all weigh most.
struct FactRanking: Sendable {
    var positives: [Int] = []
    var negatives: [Int] = []
    var weighty: [Int] = []

    /// The facts of `values` that `counts` keeps and that add something. Ties go to the
    /// earlier fact.
    init(_ values: [Double], counts: (Int) -> Bool) {
        // One sort by (−|value|, index), so ties go to the earlier fact: for a positive
        // value −|v| is −v and for a negative one it is v, so the facts for and against
        // are that order's positives and negatives as they come.
        var keyed: [(Double, Int)] = []
        keyed.reserveCapacity(values.count)
        for i in values.indices where values[i] != 0 && counts(i) { keyed.append((-abs(values[i]), i)) }
        keyed.sort { $0 < $1 }
        weighty.reserveCapacity(keyed.count)
        positives.reserveCapacity(keyed.count)
        negatives.reserveCapacity(keyed.count)
        for (_, i) in keyed {
            if values[i] > 0 { positives.append(i) } else { negatives.append(i) }
            weighty.append(i)
        }
    }

    /// The fact each seat's headline leads with, from its list (the facts on its side, best
    /// first), so that no two seats lead with one clause while a seat has another to lead
    /// with. Seats pick in turns, best pick first: at each depth of the lists, the seats
    /// still without a lead take their fact at that depth, the seat weighing its fact most
    /// first (seat order breaks ties), unless an earlier pick took the fact's clause. A seat
    /// whose every fact was taken leads with its first, as it would alone; an empty list
    /// leads with nothing.
    static func leads(_ lists: [[Int]], values: [[Double]], clauseOf: [Int]) -> [Int?] {
        var leads = [Int?](repeating: nil, count: lists.count)
        var taken: [Int] = []
        let depth = lists.map(\.count).max() ?? 0
        var picks: [(weight: Double, seat: Int, fact: Int)] = []
        var open = lists.count
        for d in 0..<depth where open > 0 {
            picks.removeAll(keepingCapacity: true)
            for s in lists.indices where leads[s] == nil && d < lists[s].count {
                picks.append((abs(values[s][lists[s][d]]), s, lists[s][d]))
            }
            picks.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.seat < $1.seat }
            for pick in picks where !taken.contains(clauseOf[pick.fact]) {
                leads[pick.seat] = pick.fact
                taken.append(clauseOf[pick.fact])
                open -= 1
            }
        }
        for s in lists.indices where leads[s] == nil { leads[s] = lists[s].first }
        return leads
    }
}

extension FactRanking {
    /// The clauses each seat's opening take leaves to the others, so that one line is not
    /// the whole panel's: a clause is held by at most `quota` seats. Each seat wishes for
    /// clauses in the order of `wishes` (its cast lead and counter first); at each depth of
    /// the lists the seats still holding fewer than `perSeat` clauses take their next wish,
    /// the seat weighing its fact most first (seat order breaks ties), while fewer than
    /// `quota` seats hold it. A seat's crowded clauses are those held by `quota` others: it
    /// says one only when it has nothing fresh to say instead.
    static func crowded(_ wishes: [[Int]], values: [[Double]], clauseOf: [Int], quota: Int, perSeat: Int) -> [[Int]] {
        var holdings = [[Int]](repeating: [], count: wishes.count)
        func holders(_ c: Int) -> Int { holdings.reduce(0) { $0 + ($1.contains(c) ? 1 : 0) } }
        var picks: [(weight: Double, seat: Int, fact: Int)] = []
        for d in 0..<(wishes.map(\.count).max() ?? 0) {
            picks.removeAll(keepingCapacity: true)
            for s in wishes.indices where d < wishes[s].count && holdings[s].count < perSeat {
                picks.append((abs(values[s][wishes[s][d]]), s, wishes[s][d]))
            }
            // A seat that is full or has run out of wishes stays so at every later depth.
            if picks.isEmpty { break }
            picks.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.seat < $1.seat }
            for pick in picks {
                let c = clauseOf[pick.fact]
                guard !holdings[pick.seat].contains(c), holders(c) < quota else { continue }
                holdings[pick.seat].append(c)
            }
        }
        var full: [Int] = []
        for h in holdings { for c in h where !full.contains(c) && holders(c) >= quota { full.append(c) } }
        return holdings.map { mine in full.filter { !mine.contains($0) } }
    }

    /// What a seat wishes to say in its opening, best first, one fact a clause: its lead and
    /// its counter, then two facts of its side to one against it; at most `limit`.
    static func wishes(lead: Int?, counter: Int?, side: [Int], against: [Int], clauseOf: [Int], limit: Int = .max) -> [Int] {
        var out: [Int] = [], clauses: [Int] = []
        func wish(_ f: Int) {
            guard out.count < limit, !clauses.contains(clauseOf[f]) else { return }
            out.append(f)
            clauses.append(clauseOf[f])
        }
        if let lead { wish(lead) }
        if let counter { wish(counter) }
        var i = 0, j = 0
        while out.count < limit && (i < side.count || j < against.count) {
            for _ in 0..<2 where i < side.count { wish(side[i]); i += 1 }
            if j < against.count { wish(against[j]); j += 1 }
        }
        return out
    }
}
