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
