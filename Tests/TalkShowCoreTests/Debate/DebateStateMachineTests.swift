import Testing
@testable import TalkShowCore

@Suite struct DebateStateMachineTests {
    func reading(_ values: [Double]) -> StanceReading {
        StanceReading(persona: "p", contributions: [], factValues: values, bias: 0, raw: 0, stance: 0)
    }

    func history(_ cites: [[String]]) -> [RoundRecord] {
        [RoundRecord(index: 0, messages: cites.enumerated().map { seat, ids in
            DebateMessage(id: DebateMessage.id(round: 0, seat: seat), round: 0, seat: seat, speaker: "s\(seat)", kind: .take,
                          headline: "", text: "", cites: ids)
        })]
    }

    let index: FactIndex = ["f1": 0, "f2": 1, "f3": 2, "f4": 3]
    let clauses = [0, 10, 20, 30]
    let amounts = [true, true, true, true]

    @Test func rebuttal_targetsTheFurthestSeatOnItsMostSalientClaim() throws {
        let readings = [reading([-0.3, -0.2, 0.1, -0.4]), reading([0.1, 0.5, 0, 0]), reading([0, 0, 0.2, 0]), reading([0.6, 0, 0, 0.1])]
        let plan = try #require(DebateStateMachine.planRebuttal(
            seat: 1, stances: [-0.5, 0.4, 0.1, 0.7], history: history([["f1"], ["f2"], ["f3"], ["f1", "f4"]]),
            readings: readings, factIndex: index, confidence: 0.3, clauseOf: clauses, amounts: amounts))
        #expect(plan.target == 0)
        #expect(plan.targetFact == 0)
        #expect(plan.concedes == false)
        #expect(plan.counterFact == 1)
    }

    /// With no amount on its side, a rebuttal answers with a name whose phrase says something,
    /// not one with nothing to cite ("according to Acme" cut to "Acme"), while one is left.
    @Test func rebuttal_answersWithACitableName() {
        let names = [true, false, false, false]
        let readings = [reading([0.5, 0, 0, 0]), reading([-0.1, 0, -0.4, -0.2])]
        let cited = DebateStateMachine.citations(history([["f1"], []]), factIndex: index, seats: 2)
        let any = DebateStateMachine.planRebuttal(seat: 1, stances: [0.5, -0.4], cited: cited, readings: readings,
                                                  confidence: 0.3, clauseOf: clauses, amounts: names, avoiding: [])
        #expect(any?.counterFact == 2)
        let sayable = DebateStateMachine.planRebuttal(seat: 1, stances: [0.5, -0.4], cited: cited, readings: readings,
                                                      confidence: 0.3, clauseOf: clauses, amounts: names, avoiding: [],
                                                      citable: [true, true, false, true])
        #expect(sayable?.counterFact == 3)
    }

    /// A claim the target weighs towards the rebutter's own side is no claim to attack: the
    /// furthest seat made only such a claim, so the rebuttal goes to a nearer seat.
    @Test func rebuttal_passesOverAClaimOnItsOwnSide() throws {
        let readings = [reading([0.3, -0.2, 0.1, -0.4]), reading([0.1, 0.5, 0, 0]), reading([0, 0, 0.2, 0]), reading([0.6, 0, 0, 0.1])]
        let plan = try #require(DebateStateMachine.planRebuttal(
            seat: 1, stances: [-0.5, 0.4, 0.1, 0.7], history: history([["f1"], ["f2"], ["f3"], ["f1", "f4"]]),
            readings: readings, factIndex: index, confidence: 0.3, clauseOf: clauses, amounts: amounts))
        #expect(plan.target == 3)
        #expect(plan.targetFact == 0)
        #expect(plan.concedes)
        // With no seat making a claim it disagrees with, the furthest seat's claim still counts.
        let onlyAgreeing = try #require(DebateStateMachine.planRebuttal(
            seat: 1, stances: [-0.5, 0.4, 0.1, 0.7], history: history([["f1"], ["f2"], [], []]),
            readings: readings, factIndex: index, confidence: 0.3, clauseOf: clauses, amounts: amounts))
        #expect(onlyAgreeing.target == 0)
    }

    /// Among seats on its own side, a rebuttal answers what the target argued (a claim it
    /// weighs towards its own side), not the line it named as what would change its mind.
    @Test func rebuttal_answersWhatTheTargetArgued_notItsFlipLine() throws {
        // Seat 0 (−0.4) cites f2, its bearish claim, and f1, good news it would change its mind
        // on; seat 1 (−0.9) is the deeper bear.
        let readings = [reading([0.6, -0.3, 0, 0]), reading([-0.2, -0.4, -0.3, -0.1])]
        let plan = try #require(DebateStateMachine.planRebuttal(
            seat: 1, stances: [-0.4, -0.9], history: history([["f2", "f1"], ["f3"]]),
            readings: readings, factIndex: index, confidence: 0.3, clauseOf: clauses, amounts: amounts))
        #expect(plan.target == 0 && plan.targetFact == 1)
    }

    /// A rebutter with no fact on its own side of the target answers with one that points
    /// the claim's way, and the plan says it agrees; with a fact on its side it does not.
    @Test func rebuttal_agreesWhenItsAnswerPointsTheClaimsWay() throws {
        // Seat 1 (+0.3) is less bullish than seat 0 (+0.8) but weighs every fact as good news.
        let allGood = [reading([0.5, 0.4, 0.3, 0.2]), reading([0.2, 0.3, 0.1, 0.1])]
        let plan = try #require(DebateStateMachine.planRebuttal(
            seat: 1, stances: [0.8, 0.3], history: history([["f1"], ["f2"]]),
            readings: allGood, factIndex: index, confidence: 0.3, clauseOf: clauses, amounts: amounts))
        #expect(plan.target == 0 && plan.targetFact == 0)
        #expect(plan.agrees)
        #expect(plan.counterFact.map { allGood[1].factValues[$0] > 0 } == true)
        // One fact it reads as bad news is its answer, and it does not agree.
        let oneBad = [allGood[0], reading([0.2, 0.3, -0.1, 0.1])]
        let answer = try #require(DebateStateMachine.planRebuttal(
            seat: 1, stances: [0.8, 0.3], history: history([["f1"], ["f2"]]),
            readings: oneBad, factIndex: index, confidence: 0.3, clauseOf: clauses, amounts: amounts))
        #expect(answer.counterFact == 2)
        #expect(!answer.agrees)
    }

    /// Two bears: the deeper one answers a bad-news claim with more bad news, which agrees
    /// with the claim rather than concede it.
    @Test func rebuttal_agreesWithAClaimOnItsOwnSide() throws {
        let bears = [reading([-0.5, -0.1, 0.2, 0]), reading([-0.4, -0.3, 0.1, -0.2])]
        let plan = try #require(DebateStateMachine.planRebuttal(
            seat: 1, stances: [-0.5, -0.9], history: history([["f1"], ["f2"]]),
            readings: bears, factIndex: index, confidence: 0.5, clauseOf: clauses, amounts: amounts))
        #expect(plan.target == 0 && plan.targetFact == 0)
        #expect(plan.counterFact.map { bears[1].factValues[$0] < 0 } == true)
        #expect(plan.agrees)
    }

    /// An answer a seat before it in the round has given comes after the rebutter's others;
    /// with no other, it is still given.
    @Test func rebuttal_answersWithAFactTheSeatsBeforeItHaveNot() throws {
        let readings = [reading([-0.4, 0, 0, 0]), reading([-0.1, 0.5, 0.3, 0.2])]
        let history = history([["f1"], ["f2"]])
        func counter(avoiding: [Int], _ values: [Double]? = nil) -> Int? {
            DebateStateMachine.planRebuttal(seat: 1, stances: [-0.5, 0.4], history: history,
                                            readings: [readings[0], values.map(reading) ?? readings[1]], factIndex: index,
                                            confidence: 0.3, clauseOf: clauses, amounts: amounts, avoiding: avoiding)?.counterFact
        }
        #expect(counter(avoiding: []) == 2)
        #expect(counter(avoiding: [2]) == 3)
        #expect(counter(avoiding: [2, 3]) == 2)
        #expect(counter(avoiding: [2], [-0.1, 0.5, 0.3, 0]) == 2)
    }

    /// A bear conceding to a bear, whose one answer the other way a seat before it has given,
    /// agrees with a fresh line of their side instead; not when it does not concede.
    @Test func rebuttal_onItsOwnSide_agreesRatherThanRepeatTheOneAnswer() throws {
        let readings = [reading([-0.5, 0, 0, 0]), reading([-0.5, 0.3, -0.4, 0])]
        let history = history([["f1"], ["f4"]])
        func plan(avoiding: [Int], confidence: Double = 0.3, band: Double = .infinity) -> DebateStateMachine.RebuttalPlan? {
            let cited = DebateStateMachine.citations(history, factIndex: index, seats: 2)
            return DebateStateMachine.planRebuttal(seat: 1, stances: [-0.8, -0.7], cited: cited, readings: readings, confidence: confidence,
                                                   clauseOf: clauses, amounts: amounts, avoiding: avoiding, band: band)
        }
        #expect(plan(avoiding: [])?.counterFact == 1)
        #expect(plan(avoiding: [])?.agrees == false)
        #expect(plan(avoiding: [1])?.counterFact == 2)
        #expect(plan(avoiding: [1])?.agrees == true)
        #expect(plan(avoiding: [1], confidence: 0.05)?.counterFact == 1)
        // Both past the neutral band: one side, so it agrees whatever the seats before it said.
        #expect(plan(avoiding: [], band: 0.2)?.counterFact == 2)
        #expect(plan(avoiding: [], band: 0.75)?.counterFact == 1)
    }

    /// With no amount on its side, the answer is its most extreme fact that no seat before it
    /// gave; with none, the most extreme.
    @Test func rebuttal_withNoAmount_answersWithAFactTheSeatsBeforeItHaveNot() throws {
        let readings = [reading([-0.4, 0, 0, 0]), reading([-0.1, 0.5, 0.3, 0])]
        func counter(avoiding: [Int]) -> Int? {
            DebateStateMachine.planRebuttal(seat: 1, stances: [-0.5, 0.4], history: history([["f1"], ["f4"]]), readings: readings,
                                            factIndex: index, confidence: 0.3, clauseOf: clauses, amounts: [false, false, false, false],
                                            avoiding: avoiding)?.counterFact
        }
        #expect(counter(avoiding: []) == 1)
        #expect(counter(avoiding: [1]) == 2)
        #expect(counter(avoiding: [1, 2]) == 1)
    }

    /// An answer no seat has cited yet comes before a stronger one the show has heard: a
    /// rebuttal brings a new line where it has one.
    @Test func rebuttal_answersWithALineTheShowHasNotHeard() throws {
        let readings = [reading([-0.4, 0, 0, 0]), reading([-0.1, 0.5, 0.3, 0.2])]
        func counter(_ cites: [[String]]) -> Int? {
            DebateStateMachine.planRebuttal(seat: 1, stances: [-0.5, 0.4], history: history(cites), readings: readings,
                                            factIndex: index, confidence: 0.3, clauseOf: clauses, amounts: amounts)?.counterFact
        }
        #expect(counter([["f1"], ["f2"]]) == 2)
        // Seat 0 has said f3 (its flip line): the rebutter's strongest unheard amount is f4.
        #expect(counter([["f1", "f3"], ["f2"]]) == 3)
        // Every amount on its side heard: the strongest it has not said itself.
        #expect(counter([["f1", "f3", "f4"], ["f2"]]) == 2)
    }

    /// Seats that face the same target take up its points in turn: a claim a seat before it
    /// answered comes after one nobody has, unless it argued nothing else.
    @Test func rebuttal_takesUpAClaimNoSeatBeforeItAnswered() throws {
        let bull = reading([0.5, 0.3, 0, 0]), bear = reading([-0.1, -0.1, -0.4, -0.3])
        let history = history([["f1", "f2"], ["f3"]])
        func claim(answered: [Int]) -> Int? {
            DebateStateMachine.planRebuttal(seat: 1, stances: [0.6, -0.5], history: history, readings: [bull, bear], factIndex: index,
                                            confidence: 0.3, clauseOf: clauses, amounts: amounts, answered: answered)?.targetFact
        }
        #expect(claim(answered: []) == 0)
        #expect(claim(answered: [0]) == 1)
        #expect(claim(answered: [0, 1]) == 0)
    }

    /// The answer is an amount the rebutter has not said yet, and a second one backs it; a
    /// date is neither while an amount is left.
    @Test func rebuttal_answersWithAFreshAmount_andBacksItWithAnother() throws {
        let readings = [reading([-0.4, 0, 0, 0]), reading([-0.1, 0.5, 0.3, 0.2])]
        let history = history([["f1"], ["f2"]])
        let plan = try #require(DebateStateMachine.planRebuttal(
            seat: 1, stances: [-0.5, 0.4], history: history,
            readings: readings, factIndex: index, confidence: 0.3, clauseOf: clauses, amounts: amounts))
        #expect(plan.targetFact == 0)
        #expect(plan.counterFact == 2)
        #expect(plan.supportFact == 3)
        let f3IsADate = try #require(DebateStateMachine.planRebuttal(
            seat: 1, stances: [-0.5, 0.4], history: history,
            readings: readings, factIndex: index, confidence: 0.3, clauseOf: clauses, amounts: [true, true, false, true]))
        #expect(f3IsADate.counterFact == 3)
        #expect(f3IsADate.supportFact == 1)
        // One amount on its side: it answers with it and says nothing more.
        let alone = try #require(DebateStateMachine.planRebuttal(
            seat: 1, stances: [-0.5, 0.4], history: history, readings: [readings[0], reading([-0.1, 0.5, 0, 0])],
            factIndex: index, confidence: 0.3, clauseOf: clauses, amounts: amounts))
        #expect(alone.counterFact == 1)
        #expect(alone.supportFact == nil)
    }

    @Test func rebuttal_whenTargetsTie_picksLowerSeat() throws {
        let readings = [reading([0.2, 0, 0, 0]), reading([0, 0.3, 0, 0]), reading([0, 0, -0.2, 0]), reading([0, 0, 0, 0.2])]
        let plan = try #require(DebateStateMachine.planRebuttal(
            seat: 1, stances: [0.0, 0.5, 1.0, 0.0], history: history([["f1"], ["f2"], ["f3"], ["f4"]]),
            readings: readings, factIndex: index, confidence: 0.1, clauseOf: clauses, amounts: amounts))
        #expect(plan.target == 0)
    }

    @Test func rebuttal_concedesWithinTheConfidenceRadius() throws {
        let readings = [reading([0.2, 0.1, 0, 0]), reading([0, 0.3, 0.2, 0])]
        let plan = try #require(DebateStateMachine.planRebuttal(
            seat: 1, stances: [0.2, 0.5], history: history([["f1"], ["f2"]]),
            readings: readings, factIndex: index, confidence: 0.3, clauseOf: clauses, amounts: amounts))
        #expect(plan.concedes)
        let far = try #require(DebateStateMachine.planRebuttal(
            seat: 1, stances: [0.1, 0.5], history: history([["f1"], ["f2"]]),
            readings: readings, factIndex: index, confidence: 0.3, clauseOf: clauses, amounts: amounts))
        #expect(!far.concedes)
    }

    /// Read by number or by hashing, an id finds the same fact: the later of two that share
    /// an id, nothing for an id the sheet lacks.
    @Test func factIndex_findsWhatADictionaryFinds() {
        func fact(_ id: String) -> Fact { var f = Fact(kind: .count, text: "1", sentence: 0, start: 0, end: 1); f.id = id; return f }
        let sheets = [["f1", "f2", "f3"], ["f1", "f3", "f2"], ["f1", "f1", "f2"], ["x", "f2", "f012"], ["f2", "f1"], []]
        for ids in sheets {
            let index = FactIndex(ids.map(fact))
            var expected: [String: Int] = [:]
            for (i, id) in ids.enumerated() { expected[id] = i }
            for id in ["f1", "f2", "f3", "f4", "f0", "f012", "f12", "x", "", "f", "F1", "f-1", "f１"] {
                #expect(index[id] == expected[id], "\(ids) \(id)")
            }
        }
    }
}
