/// The rules of the protocol as pure functions, so every rule is testable without tasks:
/// whom a panelist rebuts, on which claim, with which fact, and whether it concedes.
public enum DebateStateMachine {
    /// A rebuttal decided before it is worded.
    public struct RebuttalPlan: Sendable, Equatable {
        public var target: Int
        public var targetFact: Int
        public var targetMessage: String
        public var counterFact: Int?
        /// A second fact on the rebutter's side, for the sentence after the headline.
        public var supportFact: Int? = nil
        public var concedes: Bool
        /// Whether the counter fact points the same way as the claim: the rebutter has no
        /// figure on its own side of the target, or its answer is on the claim's side as the
        /// claimant reads it (two bears citing bad news); it agrees on the facts and differs on
        /// how far.
        public var agrees: Bool = false
    }

    /// The facts each seat has cited in `history`, each with the id of the latest message
    /// citing it, in order of first citation.
    public static func citations(_ history: [RoundRecord], factIndex: FactIndex, seats: Int) -> [[(fact: Int, message: String)]] {
        var out = [[(fact: Int, message: String)]](repeating: [], count: seats)
        for round in history {
            // By index: a message is read a field at a time, never copied whole.
            for i in round.messages.indices where round.messages[i].kind != .abstain && !round.messages[i].cites.isEmpty {
                let seat = round.messages[i].seat
                for id in round.messages[i].cites {
                    guard let f = factIndex[id] else { continue }
                    if let k = out[seat].firstIndex(where: { $0.fact == f }) { out[seat][k].message = round.messages[i].id }
                    else { out[seat].append((f, round.messages[i].id)) }
                }
            }
        }
        return out
    }

    /// Seat `i`'s rebuttal: the other seat and claim it disagrees with most, weighted by how
    /// much that seat leaned on the claim — score |x_i − x_j| × (½ + |c_j(f)| / max_f |c_j(f)|).
    /// A claim it disagrees with is one the target weighs towards its own side of seat `i`
    /// (a bearish target's bearish claim, seen from a bull). What a target argued (a claim it
    /// weighs towards its own side) comes before the line it named as what would change its
    /// mind, so the order is: argued and disagreed with, argued, disagreed with, any. Ties go
    /// to the lower seat, then the earlier citation. It concedes when
    /// the two stances are within its confidence radius.
    ///
    /// The counter fact is its own strongest amount (a figure, not a date) on its side of the
    /// target, outside the attacked claim's clause: one it has not cited yet when it has such
    /// an amount (a rebuttal brings something new rather than its headline again), from a
    /// clause no seat has cited yet (a line the show has not heard), else from one no seat
    /// before it in the round has answered with, when it can, else any;
    /// with no amount there, its most extreme fact, which may point the claim's way (`agrees`). The support fact, for the rebuttal's second sentence, is chosen
    /// the same way from a third clause; there may be none.
    ///
    /// `avoiding` lists the counter facts of the seats before it in this round: a fact it
    /// would answer with that one of them has answered with comes after its others. A seat
    /// that concedes to one on its own side, left with such an answer or one it has said, or
    /// with both past the neutral band, answers with a fresh amount of their side, agreeing.
    public static func planRebuttal(seat i: Int, stances x: [Double], history: [RoundRecord], readings: [StanceReading],
                                    factIndex: FactIndex, confidence: Double, clauseOf: [Int], amounts: [Bool],
                                    avoiding: [Int] = [], answered: [Int] = []) -> RebuttalPlan? {
        planRebuttal(seat: i, stances: x, cited: citations(history, factIndex: factIndex, seats: x.count), readings: readings,
                     confidence: confidence, clauseOf: clauseOf, amounts: amounts, avoiding: avoiding, answered: answered)
    }

    /// `planRebuttal` from the round's `citations`, read once for every seat that plans.
    /// `citable`, when given, says which facts have a phrase worth saying (`DebateContext.citable`):
    /// an answer that is no amount is one of those, while one is left. `band` is the scenario's
    /// neutral band: two seats past it on one side are on that side.
    static func planRebuttal(seat i: Int, stances x: [Double], cited: [[(fact: Int, message: String)]], readings: [StanceReading],
                             confidence: Double, clauseOf: [Int], amounts: [Bool], avoiding: [Int], answered: [Int] = [],
                             citable: [Bool] = [], band: Double = .infinity) -> RebuttalPlan? {
        func sayable(_ f: Int) -> Bool { citable.isEmpty || citable[f] }
        // What the target argued (a claim it weighs towards its own side, not the line it named
        // as what would change its mind) comes first, one it disagrees with before others;
        // then a claim it disagrees with; then any. Of claims alike, one no seat before it in
        // the round has answered (`answered`, their target facts) comes first: three seats
        // facing one bull take up three of its points, not one three times.
        var best: (rank: Int, score: Double, j: Int, k: Int)? = nil
        for j in 0..<x.count where j != i && !cited[j].isEmpty {
            let values = readings[j].factValues
            let top = cited[j].map { abs(values[$0.fact]) }.max() ?? 0
            let away = x[j] - x[i]
            for (k, c) in cited[j].enumerated() {
                let salience = top > 0 ? abs(values[c.fact]) / top : 0
                let score = abs(x[i] - x[j]) * (0.5 + salience)
                let opposes = away != 0 && values[c.fact] * away > 0
                let argued = x[j] == 0 || values[c.fact] * x[j] > 0
                let fresh = !answered.contains { clauseOf[$0] == clauseOf[c.fact] }
                let rank = (argued ? 4 : 0) + (opposes ? 2 : 0) + (fresh ? 1 : 0)
                if let b = best, b.rank > rank || (b.rank == rank && score <= b.score + 1e-12) { continue }
                best = (rank, score, j, k)
            }
        }
        guard let best else { return nil }
        let claim = cited[best.j][best.k]
        let mine = readings[i].factValues
        let wantsLower = x[i] < x[best.j] || (x[i] == x[best.j] && readings[best.j].factValues[claim.fact] > 0)
        let said = cited[i]
        // The clauses any seat has cited: a line the show has not heard yet answers best.
        var heard: [Int] = []
        for seat in cited { for c in seat where !heard.contains(clauseOf[c.fact]) { heard.append(clauseOf[c.fact]) } }
        // Whether fact `f` weighs further its way (lower or higher) than `g`, or `g` is none.
        func better(_ f: Int, than g: Int?, lower: Bool) -> Bool { g.map { lower ? mine[f] < mine[$0] : mine[f] > mine[$0] } ?? true }
        // Whether it has cited `f`, and whether a seat before it in the round answered from `f`'s clause.
        func hasSaid(_ f: Int) -> Bool { said.contains { $0.fact == f } }
        func avoided(_ f: Int) -> Bool { avoiding.contains { clauseOf[$0] == clauseOf[f] } }
        /// Its strongest amount on its side outside clauses `c1` and `c2`: one it has not
        /// cited and no seat before it has answered with, else one it has not cited, else any
        /// (one pass, no list built).
        func strongest(outside c1: Int, _ c2: Int, lower wantsLower: Bool = wantsLower) -> Int? {
            var unheard: Int? = nil, new: Int? = nil, fresh: Int? = nil, any: Int? = nil
            func beats(_ f: Int, _ g: Int?) -> Bool { better(f, than: g, lower: wantsLower) }
            for f in mine.indices where amounts[f] && (wantsLower ? mine[f] < 0 : mine[f] > 0) && clauseOf[f] != c1 && clauseOf[f] != c2 {
                if beats(f, any) { any = f }
                guard !hasSaid(f) else { continue }
                if beats(f, fresh) { fresh = f }
                guard !avoided(f) else { continue }
                if beats(f, new) { new = f }
                if beats(f, unheard), !heard.contains(clauseOf[f]) { unheard = f }
            }
            return unheard ?? new ?? fresh ?? any
        }
        let claimClause = clauseOf[claim.fact]
        var counter = strongest(outside: claimClause, claimClause)
        if counter == nil {
            // With no amount on its side, its most extreme sayable fact: one no seat before it
            // in the round has answered with, and it has not said, when it has one.
            var fresh: Int? = nil, any: Int? = nil
            for f in mine.indices where f != claim.fact && clauseOf[f] != claimClause && mine[f] != 0 && sayable(f) {
                if better(f, than: any, lower: wantsLower) { any = f }
                if better(f, than: fresh, lower: wantsLower), !avoided(f), !hasSaid(f) { fresh = f }
            }
            counter = fresh ?? any
        }
        if counter == nil {
            counter = mine.indices.first { $0 != claim.fact && clauseOf[$0] != claimClause && amounts[$0] }
                ?? mine.indices.first { $0 != claim.fact && clauseOf[$0] != claimClause && sayable($0) }
                ?? mine.indices.first { $0 != claim.fact && clauseOf[$0] != claimClause }
        }
        // A seat that concedes to one on its own side (both past `band`), or whose answer the
        // seats before it in the round have given or it has said itself, agrees instead with a
        // line of their side that it has not said and no seat before it has answered with:
        // a bear at −0.9 does not answer a fellow bear that "the upside outweighs it", and
        // three bears conceding to a fourth do not all answer with the article's one good line.
        var direction = wantsLower
        let concedes = abs(x[i] - x[best.j]) <= confidence
        let sameSide = x[i] > band && x[best.j] > band || x[i] < -band && x[best.j] < -band
        if concedes, x[i] * x[best.j] > 0, let c = counter,
           sameSide || avoided(c) || hasSaid(c),
           let own = strongest(outside: claimClause, claimClause, lower: x[i] < 0), !avoided(own), !hasSaid(own) {
            counter = own
            direction = x[i] < 0
        }
        let support = counter.flatMap { strongest(outside: claimClause, clauseOf[$0], lower: direction) }
        // The answer agrees when it points the claim's way: against the speaker's own pull
        // (a fallback), or on the same side as the claim, as two bears citing bad news do.
        // The claim's side is the claimant's reading of it (a bull's capex is good news to it).
        let claimValue = readings[best.j].factValues[claim.fact] != 0 ? readings[best.j].factValues[claim.fact] : mine[claim.fact]
        let agrees = counter.map { (wantsLower ? mine[$0] > 0 : mine[$0] < 0) || mine[$0] * claimValue > 0 } ?? false
        return RebuttalPlan(target: best.j, targetFact: claim.fact, targetMessage: claim.message, counterFact: counter,
                            supportFact: support, concedes: concedes, agrees: agrees)
    }
}
