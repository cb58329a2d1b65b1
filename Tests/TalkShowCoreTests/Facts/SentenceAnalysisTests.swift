import Testing
@testable import TalkShowCore

@Suite struct SentenceAnalysisTests {
    func analyse(_ text: String) -> SentenceAnalysis {
        FactExtractor().extract(Article(text: text)).sentences[0]
    }

    @Test func polarity_followsTheFinancialLexicon() {
        #expect(analyse("Quarterly profit beat estimates and revenue surged.").polarity > 0.3)
        #expect(analyse("The drugmaker scrapped the trial after disappointing results and shares plunged.").polarity < -0.3)
    }

    @Test func negation_flipsPolarity() {
        #expect(analyse("The results were strong.").polarity > 0)
        #expect(analyse("The results were not strong.").polarity < 0)
    }

    /// "failed to" is bad news of its own when there is nothing good in reach for it to
    /// turn over, and only turns it over when there is.
    @Test func aFailureThatFlipsNothing_readsBad() {
        #expect(analyse("The drugmaker said the trial failed to meet its primary endpoint.").polarity < -0.3)
        let flipped = analyse("The drugmaker failed to win approval for the drug.").polarity
        #expect(flipped < 0)
        #expect(analyse("The drugmaker failed to win approval for the drug, and the trial failed to meet its goal.").polarity < flipped)
    }

    /// What was expected is no news of its own: the words between a comparison and the
    /// expectation word do not count ("the 5% drop analysts had feared").
    @Test func whatWasExpected_isNoNewsOfItsOwn() {
        let feared = analyse("Same-store sales declined 3%, better than the 5% drop analysts had feared.").polarity
        #expect(feared > analyse("Same-store sales declined 3%.").polarity)
        #expect(abs(feared) < 0.1)
        #expect(analyse("Revenue came in below the 9% growth analysts had forecast.").polarity < -0.3)
        // A past "was expected to" is the estimate the news is set against, not news.
        #expect(analyse("Quillon was expected to report another strong quarter with sales of $4 billion.").polarity == 0)
        #expect(analyse("Quillon reported another strong quarter with sales of $4 billion.").polarity > 0.2)
        // So is a view a sentence dates to a past time ("At the time, …").
        #expect(analyse("At the time, Quillon said profit would surge 40% on record demand.").polarity == 0)
        #expect(analyse("Quillon said profit would surge 40% on record demand.").polarity > 0.2)
    }

    /// A loaded noun that a verb moves is read on the verb alone, and a verb reaches its
    /// object past a determiner and a compound ("narrowed its net loss", "a fall in
    /// first-quarter net profit").
    @Test func aMovedNoun_isReadOnItsVerb() {
        #expect(analyse("Harrowgate Bank profit falls 18%.").polarity < -0.3)
        #expect(analyse("Wage growth slowed to 4.2%.").polarity < -0.2)
        #expect(analyse("Economists said growth could slow to 1.2% this year from 2.9%.").polarity < 0)
        #expect(analyse("The ministry expects to narrow the deficit to 4.5% next year.").polarity > 0)
        #expect(analyse("The company narrowed its net loss to $96 million from $210 million.").polarity > 0.3)
        #expect(analyse("The bank reported an 18% fall in first-quarter net profit as it set aside more money to cover bad loans.").polarity < -0.3)
        #expect(analyse("Skyvar reported a 9% rise in first-half revenue, and fuel costs had fallen 11%.").polarity > 0.3)
    }

    /// Words of a trial's outcome and of paying debt down: "less likely to die" is good news.
    @Test func trialOutcomes_andRepayingDebt() {
        #expect(analyse("Patients on the drug were significantly less likely to die from heart failure.").polarity > 0.2)
        #expect(analyse("The trial showed brain swelling in 14% of patients.").polarity < 0)
        #expect(analyse("The company will use the proceeds to repay $400 million of debt.").polarity > 0)
    }

    /// A verb in the present after a clause's first comma opens a second predicate (a
    /// headline's "X to cut jobs, raises forecast"), not after an aside or inside a list.
    @Test func aPresentVerbAfterAComma_opensAClause() {
        let sheet = FactExtractor().extract(Article(text: "Quillon Software to cut 2,400 jobs, raises annual revenue forecast\n\nQuillon said so."))
        let jobs = sheet.facts.first { $0.text == "2,400" }!
        #expect(jobs.polarity < 0 && !sheet.article.slice(jobs.clauseStart, jobs.clauseEnd).contains("raises"))
        let opening = FactExtractor().extract(Article(text: "In March, shares fell 12% to $30."))
        #expect(opening.facts.first { $0.text == "12%" }.map { opening.article.slice($0.clauseStart, $0.clauseEnd).hasPrefix("In March") } == true)
        #expect(analyse("Acme beat estimates by a narrow margin.").polarity > 0)
        let aside = FactExtractor().extract(Article(text: "The lawsuit, filed Monday by the state, claims Quillon ignored 14 warnings."))
        #expect(aside.facts.first { $0.text == "14" }.map { aside.article.slice($0.clauseStart, $0.clauseEnd).hasPrefix("The lawsuit") } == true)
    }

    @Test func contrast_weighsTheClauseAfterBut() {
        let p = analyse("Revenue beat estimates, but the outlook disappointed investors badly.").polarity
        #expect(p < 0)
        let q = analyse("Despite weak demand in Europe, the company delivered record profit and strong growth.").polarity
        #expect(q > 0)
    }

    /// What a charge describes is the wrongdoing: after "alleges" or "accused of" a good word
    /// does not count, until a contrast marker hands the sentence to the other side.
    @Test func accusation_dropsTheGoodWordsOfTheCharge() {
        #expect(analyse("The suit alleges the app encouraged minors to win prizes through gambling.").polarity < 0)
        #expect(analyse("Regulators accused the lender of boosting fees on strong demand.").polarity < 0)
        #expect(analyse("The app encouraged minors to win prizes.").polarity > 0)
        let answered = analyse("The suit alleges the app harmed minors, but the company said sales surged.").polarity
        #expect(answered > analyse("The suit alleges the app harmed minors and sales surged.").polarity)
    }

    /// A loaded verb of direction reads the other way beside a noun whose fall is good news,
    /// a phrase of them ("interest rates") included, but not beside a noun further off.
    @Test func inverseNoun_turnsTheVerbBesideIt() {
        #expect(analyse("The central bank cut interest rates at its meeting.").polarity > 0)
        #expect(analyse("The carrier warned that soaring costs would hurt results.").polarity < 0)
        #expect(analyse("Inflation slowed in October.").polarity > 0)
        #expect(analyse("The retailer slashed its debt this year.").polarity > 0)
        #expect(analyse("The airline cut its dividend, citing costs.").polarity == analyse("The airline cut its dividend.").polarity)
        #expect(analyse("The airline cut its dividend, citing costs.").polarity < 0)
        #expect(analyse("If the company abandons the plan, they lose their only leverage over rivals.").polarity < 0)
    }

    /// Inventory that piles up is bad news, and inventory cut is good; falling bond yields
    /// are good news for shares; rising depreciation is a rising cost.
    @Test func inventory_isANounWhoseRiseIsBadNews() {
        #expect(analyse("Inventory rose to $5.1 billion in the quarter.").polarity < 0)
        #expect(analyse("Inventories fell 12% from a year earlier.").polarity > 0)
        #expect(analyse("Treasury yields fell after the report.").polarity > 0)
        #expect(analyse("Depreciation is set to rise 25% next year.").polarity < 0)
    }

    /// A forecast set against the company's earlier one reads the way it was revised, though
    /// no word of the sentence is loaded, and so does a figure set against its earlier value;
    /// a noun whose rise is bad news turns it over.
    @Test func aRevisedForecast_readsTheWayItMoved() {
        #expect(analyse("The company now expects sales of $12.2 billion to $12.6 billion, compared with an earlier range of $11.8 billion to $12.4 billion.").polarity > 0.2)
        #expect(analyse("The company now sees sales of $3 billion, versus its April outlook of $3.5 billion.").polarity < -0.2)
        #expect(analyse("The company now sees costs of $3 billion, compared with its prior forecast of $2.5 billion.").polarity < -0.2)
        // So does a figure set against its earlier value with no dating word.
        #expect(analyse("Sales were $3 billion, compared with $2.5 billion in the spring.").polarity > 0.2)
        // A press release sets this period against the last with "compared to", no dating word.
        #expect(analyse("Net income was $38.2 million, or $0.91 per diluted share, compared to $29.6 million, or $0.70 per diluted share.").polarity > 0.2)
        #expect(analyse("Operating costs were $4.1 billion, compared with $3.6 billion.").polarity < -0.2)
        // A figure of another unit is no earlier value of it.
        #expect(analyse("Quillon earned $0.91 a share, compared with $29.6 million for its rival.").polarity == 0)
    }

    /// Raising money is no rise, and a recall is bad news in every form of the verb.
    @Test func raisingMoney_isNoRise() {
        #expect(analyse("The lender raised $1.2 billion in new shares.").polarity == 0)
        #expect(analyse("The lender raised its dividend by 10%.").polarity > 0)
        #expect(analyse("The lender raises $1.2 billion after deposits drain.").polarity < 0)
        #expect(analyse("The automaker is recalling 410,000 vehicles over a faulty seal.").polarity < 0)
        // A bound on a figure is no move either.
        #expect(analyse("Names of up to 6.5 million loyalty card members may have been accessed.").polarity == 0)
        #expect(analyse("Sales were up 6% to $2 billion.").polarity > 0)
        #expect(analyse("Revenue was up to $5.2 billion from $4.8 billion.").polarity > 0)
    }

    /// A hedge in one clause does not hedge the next thing reported: "would" in the first
    /// leaves the company's plan in the second firm.
    @Test func aHedge_staysInItsClause() {
        let sheet = FactExtractor().extract(Article(text: "Chief financial officer Dana Ortiz said inflation would be high next year and that the company plans to cut about 400 jobs."))
        let jobs = sheet.facts.first { $0.text == "400" }
        #expect(jobs?.certainty ?? 0 > sheet.sentences[0].certainty)
        #expect(jobs?.clause.hasPrefix("the company plans") == true, "\(jobs?.clause ?? "")")
    }

    /// Costs above what was expected are bad news, as revenue above it is good; a noun set
    /// aside ("excluding fuel") is not what the verb moves; income is a measure of profit.
    @Test func costsAboveExpectations_readBad() {
        #expect(analyse("Costs came in well above analysts' expectations.").polarity < 0)
        #expect(analyse("Revenue came in well above analysts' expectations.").polarity > 0)
        #expect(analyse("Its unit costs excluding fuel would rise 5% to 7% this year, well above analysts' expectations.").polarity < -0.3)
        #expect(analyse("Net interest income fell 6% as deposit costs climbed.").polarity < -0.3)
    }

    /// A contrast word after an auxiliary is an adverb: "is still healthy" opens no clause.
    @Test func stillAfterAVerb_isNoContrast() {
        let sheet = FactExtractor().extract(Article(text: "One soft report is no recession, and wage growth at 3.6% is still healthy in real terms."))
        let wage = sheet.facts.first { $0.text == "3.6%" }
        #expect(wage?.clause.hasSuffix("is still healthy in real terms") == true, "\(wage?.clause ?? "")")
        // Opening a clause, it still hands the sentence to what follows.
        #expect(analyse("Sales fell 4% in the quarter; still, margins rose 2%.").polarity > 0)
    }

    /// An earlier move the news is set against weighs as a concession and opens no clause:
    /// "fell 5.3% after rising 31% this year" is a fall.
    @Test func anEarlierMove_isBackground() {
        let sheet = FactExtractor().extract(Article(text: "Shares fell 5.3% to $142.70 by midday after rising 31% so far this year."))
        #expect(sheet.sentences[0].polarity < -0.2)
        #expect(Set(sheet.facts.map(\.clauseStart)).count == 1)
    }

    /// A verb that moves a forecast weighs more, and its object is no news of its own.
    @Test func aVerbThatMovesAForecast_weighsMore() {
        #expect(analyse("The company lowered its organic sales growth outlook to between 1% and 2%.").polarity < -0.4)
        #expect(analyse("The company raised its full-year revenue forecast.").polarity > analyse("The company raised its dividend.").polarity)
        #expect(analyse("The airline lowered its fuel cost forecast.").polarity > 0)
    }

    /// A loaded phrase that opens with a negator reads whole, and a vote in favour is no
    /// good news of its own.
    @Test func negatedPhrases_andProceduralWords() {
        #expect(analyse("The company did not rule out job cuts at its plant.").polarity < 0)
        #expect(analyse("The board voted 5-2 in favor of the plan.").polarity == 0)
        #expect(analyse("The results were not strong.").polarity < 0)
    }

    /// A compound noun is headed by its last word: "higher component costs" are higher costs.
    @Test func aCompoundNoun_isReadOnItsHead() {
        #expect(analyse("The company absorbed higher component costs.").polarity < 0)
        #expect(analyse("The company absorbed higher costs.").polarity == analyse("The company absorbed higher component costs.").polarity)
    }

    /// A verb of direction moves the noun before it: it turns over for a cost or a loss, not
    /// for a profit in a clause that also names loan losses.
    @Test func aDirection_movesTheNounBeforeIt() {
        #expect(analyse("Quarterly profit slips as loan losses rise.").polarity < 0)
        #expect(analyse("Revenue fell 4% as costs rose.").polarity < 0)
        #expect(analyse("Costs for the quarter fell 8%.").polarity > 0)
        #expect(analyse("Shares dropped sharply as jet fuel prices surged 22%.").polarity < -0.3)
    }

    /// A loss that narrows is good news, read on the verb; and a change away from a loss is
    /// a profit regained, away from a profit a loss incurred.
    @Test func aLossThatShrinks_andTheStateAChangeLeaves() {
        #expect(analyse("The net loss narrowed to $40 million from $95 million.").polarity > 0)
        #expect(analyse("The net loss widened to $95 million from $40 million.").polarity < 0)
        #expect(analyse("The company swung to a profit of $214 million from a loss of $88 million.").polarity > 0.3)
        #expect(analyse("The company swung to a loss of $88 million from a profit of $214 million.").polarity < -0.3)
        // "from" without a state a change can leave is no change of state.
        #expect(analyse("The company benefited from strong demand.").polarity > 0)
        // Leaving a bad state is good news; removing a bad thing too, past its determiner.
        #expect(analyse("Quillon Cinemas exits bankruptcy with $900 million less debt.").polarity > 0.3)
        #expect(analyse("The retailer emerged from bankruptcy in March.").polarity > 0.3)
        #expect(analyse("The sale removes the single largest overhang on the shares.").polarity > 0.2)
        #expect(analyse("The company filed for bankruptcy in March.").polarity < -0.3)
        #expect(analyse("The deal resolved a long dispute with regulators.").polarity >= 0)
        #expect(analyse("The board resolved to cut 1,200 jobs.").polarity <= 0)
    }

    /// What offsets a bad thing is good news; what is offset by one is conceded to it; a
    /// direction word right before a noun whose rise is bad describes that noun.
    @Test func offsets_andRisingCosts() {
        #expect(analyse("Investment income rose 22% to $1.1 billion, partly offsetting the underwriting losses.").polarity > 0.2)
        #expect(analyse("Higher prices offset a 1.9% decline in volumes.").polarity > 0.2)
        #expect(analyse("Strong sales were partly offset by weaker margins.").polarity < 0)
        #expect(analyse("Gains were offset by higher costs.").polarity < 0)
        #expect(analyse("Profit was hit by rising costs.").polarity < 0)
    }

    /// Theft, criticism and a cooler view read bad; consumer prices of any kind read inverse.
    @Test func theftCriticismAndPrices_readAsTheyShould() {
        #expect(analyse("Hackers stole $310 million of customer funds.").polarity < -0.3)
        #expect(analyse("Consumer groups criticised the ruling.").polarity < -0.2)
        #expect(analyse("Economists were less optimistic.").polarity < -0.2)
        #expect(analyse("Services prices climbed 5.3% in October.").polarity < -0.2)
        #expect(analyse("Healthcare was a bright spot, adding 14,000 jobs.").polarity > 0.2)
        #expect(analyse("Former shareholders were wiped out.").polarity < -0.3)
        // A recovery of cents on the dollar is a loss; sales incentives and cancellations are costs.
        #expect(analyse("Unsecured creditors will recover about 12 cents on the dollar.").polarity < 0)
        #expect(analyse("It had increased incentives to an average of 7.5% of the selling price.").polarity < 0)
        #expect(analyse("The cancellation rate rose to 14% from 9%.").polarity < -0.2)
    }

    /// Savings and a resumption are good news, a restructuring charge bad; a ratio of costs
    /// to income reads inverse, so a rising one is bad.
    @Test func savingsCharges_andCostRatios() {
        #expect(analyse("The insurer will book a restructuring charge of about $95 million.").polarity < 0)
        #expect(analyse("The plan is meant to save $310 million a year.").polarity > 0)
        #expect(analyse("The exchange expects to resume withdrawals within 72 hours.").polarity > 0)
        #expect(analyse("The combined ratio rose to 104.2% from 97.5%.").polarity < 0)
        #expect(analyse("The combined ratio improved to 96.1% from 99.8%.").polarity > 0)
        #expect(analyse("Deposits drain 11% in a month.").polarity < 0)
        // A verb's object may hold its inverse noun a few words on, before the figure.
        #expect(analyse("It raised its 2025 unit cost guidance to $2.45 a pound.").polarity < 0)
        #expect(analyse("It raised its 2025 revenue guidance to $2.45 billion.").polarity > 0)
        // A past estimate alone is no news; with a contrast after it, the contrast is.
        #expect(analyse("Analysts polled by Ravensgate had expected a gain of 0.9 million.").polarity == 0)
        #expect(analyse("Analysts had expected a gain of 0.9 million, but payrolls fell by 1.8 million.").polarity < 0)
        // Erasing gains is losing them.
        #expect(analyse("Lumora shares fell 9.4%, erasing their gains for the year.").polarity < 0)
    }

    /// A contrast word set off by commas is an aside: the clause keeps its subject and topics.
    @Test func aContrastAside_keepsTheClauseWhole() {
        let sheet = FactExtractor().extract(Article(text: "Sales slipped 3%. Gross margin, however, expanded by 260 basis points to 38.9%."))
        let margin = sheet.facts.first { $0.text.contains("38.9") }
        #expect(margin?.clause.hasPrefix("Gross margin") == true, "\(margin?.clause ?? "")")
        #expect(margin?.topics.contains(.margins) == true)
        let split = FactExtractor().extract(Article(text: "Sales slipped 3%, but gross margin expanded to 38.9%."))
        #expect(split.facts.first { $0.text.contains("38.9") }?.clause.hasPrefix("gross margin") == true)
    }

    /// A verb right after an aside moves the noun before the aside; consumer prices are a
    /// cost, so their rise is bad news.
    @Test func aVerbAfterAnAside_movesTheNounBeforeIt() {
        #expect(analyse("Shelter costs, which account for about a third of the index, climbed 0.6%.").polarity < 0)
        #expect(analyse("Real hourly earnings, which adjust wages for inflation, fell 0.1% in April.").polarity < 0)
        #expect(analyse("Hourly earnings, which adjust wages for inflation, rose 0.4% in April.").polarity > 0)
        #expect(analyse("The consumer price index increased 0.4% last month.").polarity < 0)
        #expect(analyse("The Federal Reserve cut interest rates by a quarter point.").polarity > 0)
    }

    /// A figure set against what was expected reads by the comparison, only when an
    /// expectation word follows it.
    @Test func aComparisonWithExpectations_weighsTheFigure() {
        #expect(analyse("It forecast earnings of $3.10 a share, below the $3.28 analysts had expected.").polarity < 0)
        #expect(analyse("Revenue of $4.1 billion came in ahead of consensus estimates.").polarity > 0)
        #expect(analyse("It forecast revenue of $11 billion, below the $12.0 billion Wall Street had been expecting.").polarity < 0)
        #expect(analyse("It priced its shares at $17 each, below the marketed range of $19 to $21.").polarity < 0)
        #expect(analyse("The stock traded below $50 for most of the year.").polarity == 0)
        #expect(analyse("It forecast earnings of $3.10 a share, below last year's level; analysts expected more.").polarity
                    == analyse("It forecast earnings of $3.10 a share; analysts expected more.").polarity)
    }

    /// A clause that opens by calling its share small says the other way what it says of the
    /// share; "only" elsewhere, or before a figure that is no share, changes no sign.
    @Test func aSmallShare_readsTheOtherWay() {
        #expect(analyse("Only 27% of the crop was rated in good or excellent condition.").polarity < 0)
        #expect(analyse("27% of the crop was rated in good or excellent condition.").polarity > 0)
        #expect(analyse("Just 2% of the bank's loans defaulted last year.").polarity > 0)
        #expect(analyse("But only 3 of 12 analysts rate the stock a buy.").polarity < 0)
        #expect(analyse("Barely 40 percent of customers renewed, a strong result.").polarity < 0)
        #expect(analyse("Revenue rose only 1% to $4 billion.").polarity > 0)
        #expect(analyse("Only two weeks after the launch, sales doubled to $5 million.").polarity > 0)
    }

    /// Against what was feared a comparison reads the other way, whatever its noun; a word
    /// that judges keeps its sign.
    @Test func aComparisonWithAFear_readsTheOtherWay() {
        #expect(analyse("Acme said the fine was smaller than feared.").polarity > 0)
        #expect(analyse("The penalty was smaller than many analysts had feared.").polarity > 0)
        #expect(analyse("Losses were bigger than feared.").polarity < 0)
        #expect(analyse("Results were better than feared.").polarity > 0)
        #expect(analyse("Revenue was smaller than expected.").polarity < 0)
        #expect(analyse("Costs were higher than expected.").polarity < 0)
    }

    /// A capital requirement that falls frees capital; overstated income and a settlement
    /// read as bad news.
    @Test func requirementsRestatementsAndSettlements_read() {
        #expect(analyse("Its stress capital buffer would fall to 2.9% from 3.6%.").polarity > 0)
        #expect(analyse("The errors overstated pre-tax income by $200 million.").polarity < 0)
        #expect(analyse("Acme agreed to pay $48 million to settle the charges.").polarity < 0)
    }

    /// A trial that meets its endpoint is good news; one that misses it is not.
    @Test func trialEndpoints_read() {
        #expect(analyse("Primary endpoint met with 31% reduction in proteinuria.").polarity > 0)
        #expect(analyse("The drug failed to meet its primary endpoint.").polarity < 0)
        #expect(analyse("The results were not statistically significant.").polarity < 0)
    }

    /// A forecast a figure is measured against is a past estimate, not a hedge on the figure;
    /// a forecast the company makes is.
    @Test func aForecastAFigureBeats_isNoHedge() {
        #expect(analyse("Earnings were $3.64 a share, well ahead of the Street consensus forecast of $3.42.").certainty == 1)
        #expect(analyse("Comparable sales rose 8.9%, ahead of the Refinitiv forecast of 7.6%.").certainty == 1)
        #expect(analyse("The company forecast earnings of $3.64 a share for the year.").certainty < 1)
        // A dated forecast is the past one the news is set against.
        #expect(analyse("Sales reached $3.1 billion, down from its earlier forecast of $3.4 billion.").certainty == 1)
        // What a company "was expected to" report is the expectation, not the result; what
        // it reported against what was expected is the result.
        #expect(analyse("Acme was expected to report another strong quarter this morning.").certainty < 1)
        #expect(analyse("The deal is expected to close in the first quarter.").certainty < 1)
        #expect(analyse("Employers added 98,000 jobs, below the 120,000 economists had expected.").certainty == 1)
        // A report of something is not the thing.
        #expect(analyse("Acme is investigating a report that hackers gained access to its systems.").certainty < 1)
    }

    /// Raising the forecast of something whose rise is bad news is bad news.
    @Test func aForecastOfABadThing_readsTheOtherWay() {
        #expect(analyse("Analysts expect the bank to raise its inflation projection to 5%.").polarity < 0)
        #expect(analyse("The airline cut its fuel cost forecast to $4 billion.").polarity > 0)
        #expect(analyse("The company raised its revenue forecast to $4 billion.").polarity > 0)
        #expect(analyse("The company cut its revenue forecast to $4 billion.").polarity < 0)
        #expect(analyse("Consumer prices rose more than expected in April.").polarity < 0)
        #expect(analyse("Sales rose more than expected in April.").polarity > analyse("Sales rose in April.").polarity)
    }

    /// A change named as a thing, with nothing said of what changed, is no move: the vote
    /// "in favor of the hike" is neither good nor bad news; "a rise in costs" and "shares
    /// dropped" still move.
    @Test func aChangeNamedAsAThing_isNoMove() {
        #expect(analyse("The board voted 5-2 in favor of the hike, with two members preferring a 25 basis-point increase.").polarity == 0)
        #expect(analyse("The company reported a 12% rise in costs.").polarity < 0)
        #expect(analyse("Its 2029 notes dropped 6 pence to 81 pence on the pound.").polarity < 0)
        #expect(analyse("Shares fell 11% to $31.20, their lowest level since 2020.").polarity < -0.5)
    }

    /// Hiring staff is labor, not leadership; a new chief executive is leadership.
    @Test func hiring_isLabor() {
        #expect(analyse("The bank will hire an independent monitor for three years.").topics.contains(.labor))
        #expect(!analyse("The bank will hire an independent monitor for three years.").topics.contains(.leadership))
        #expect(analyse("The board appointed a new chief executive.").topics.contains(.leadership))
    }

    /// "X on/of Y" is about X: yields on bonds that rise are bad news, as a yield does.
    @Test func theHeadBeforeOnOrOf_decides() {
        #expect(analyse("Yields on two-year government bonds jumped 35 basis points to 5.2%.").polarity < 0)
        #expect(analyse("The yield on the two-year note jumped 14 basis points.").polarity < 0)
        #expect(analyse("Sales of electric vehicles jumped 40% to 2 million.").polarity > 0)
    }

    /// A ratio moves with its first term: more debt to each unit of earnings is bad news.
    @Test func aRatioOfDebt_readsAsDebt() {
        #expect(analyse("Sterling said Ardent's ratio of net debt to core earnings had climbed to 4.8 times from 3.1 times two years ago.").polarity < 0)
        #expect(analyse("The ratio of net debt to core earnings fell to 1.2 times from 2.5 times.").polarity > 0)
        #expect(analyse("Core earnings rose to $2 billion.").polarity > 0)
    }

    /// The reason given after "saying" hedges the reason, not the act: a withdrawn target was
    /// withdrawn.
    @Test func aReasonAfterSaying_hedgesNoAct() {
        #expect(analyse("Voltara withdrew its full-year delivery target of 200,000 vehicles, saying it no longer believed the goal was achievable.").certainty == 1)
        #expect(analyse("Voltara believes the goal of 200,000 vehicles is achievable.").certainty < 1)
    }

    /// Business phrases whose words alone read the other way.
    @Test func businessPhrases_readAsAWhole() {
        #expect(analyse("Lawmakers approved a windfall tax on energy profits.").polarity < 0)
        #expect(analyse("A group of people had gained unauthorised access to the model.").polarity < 0)
        #expect(analyse("Tessaro tops estimates.").polarity > 0)
        #expect(analyse("Its planned share buyback of $5 billion has been paused.").polarity < 0)
        #expect(analyse("It said it would halt the remaining $400 million of its buyback.").polarity < 0)
        #expect(analyse("The labor market is losing momentum.").polarity < 0)
        #expect(analyse("Its largest customer accounted for 41% of revenue, up from 28%.").polarity < 0)
        // One customer's share of sales is a concentration, however the customer is described;
        // a share that no customer reaches is none.
        #expect(analyse("A single logistics customer accounted for 27% of quarterly revenue, up from 19%.").polarity < 0)
        #expect(analyse("One client accounted for 14% of sales in the quarter.").polarity < 0)
        #expect(analyse("No customer accounted for more than 10% of revenue.").polarity >= 0)
        #expect(analyse("Enterprise customers accounted for a record 60% of revenue, up from 52%.").polarity > 0)
        // A few named by their count or their rank are a concentration too, and it easing is good news.
        #expect(analyse("He noted that two customers accounted for 38% of revenue in the quarter.").polarity < 0)
        #expect(analyse("Its five largest customers accounted for 60% of sales, down from 72%.").polarity > 0)
        // An amount a verb moves is of the noun after it: cutting it from costs is good news,
        // adding it to costs bad; a verb before the noun is a purpose, and a figure reached
        // through "to" is where the verb moved, not what it moved.
        #expect(analyse("The plan will cut $200 million from its costs.").polarity > 0)
        #expect(analyse("It trimmed about 5% of expenses.").polarity > 0)
        #expect(analyse("The airline cut $1.2 billion in costs last year.").polarity > 0)
        #expect(analyse("The new contract would add about $850 million a year to labor costs.").polarity < 0)
        #expect(analyse("The strike cost the company about $2.1 billion.").polarity < 0)
        #expect(analyse("The company cut 2,000 jobs to reduce costs.").polarity < 0.2)
        #expect(analyse("Net income rose to $3 billion from a loss of $1 billion a year earlier.").polarity > 0)
        #expect(analyse("But the chief executive cautioned that the rally could fade.").polarity < 0)
        // A central bank's rate is a cost of money: its cut is good news, its hike bad, and a
        // verb with a determiner after it moves its object, whoever did it.
        #expect(analyse("The approved quarter-point rate cut reduced the Fed's benchmark interest to a range of 3.5% to 3.75%.").polarity > 0)
        #expect(analyse("The Fed lowered its benchmark rate to 4%.").polarity > 0)
        #expect(analyse("The central bank raised its policy rate by half a point to 5.5%.").polarity < 0)
        #expect(analyse("The bank signaled further rate hikes.").polarity < 0)
        #expect(analyse("The company increased its debt to $4 billion.").polarity < 0)
        #expect(analyse("Revenue fell the most since 2020.").polarity < 0)
        // What is ruled out does not happen.
        #expect(analyse("The CEO ruled out layoffs.").polarity > 0)
        #expect(analyse("The company did not rule out job cuts.").polarity < 0)
        // Fuel is a cost, and so is the noun a forecast is "for".
        #expect(analyse("Jet fuel averaged $2.61 a gallon, down from $2.94 a year earlier.").polarity > 0)
        #expect(analyse("The agency lifted its forecast for the average price of jet fuel to $2.67 a gallon.").polarity < 0)
        #expect(analyse("The bank raised its forecast for inflation to 3%.").polarity < 0)
        #expect(analyse("The company raised its forecast for revenue growth to 8%.").polarity > 0)
        // A utility's rate is its price.
        #expect(analyse("Regulators approved an 8.5% rate increase for Cascadia Power.").polarity >= 0)
        #expect(analyse("The ruling could cost the company $1.5 billion.").polarity < 0)
        #expect(analyse("The new export curbs affect sales that made up 22% of revenue.").polarity < 0)
        #expect(analyse("It has been one of the best-performing stocks this year, rising 64% before the drop.").polarity > 0)
        #expect(analyse("Of the 28 analysts who cover the company, 19 rate it a buy.").polarity > 0)
    }

    /// A question and a teaser with no figure assert nothing: no tone, no certainty, no facts;
    /// a teaser that gives a figure keeps it, and a statement is read as ever.
    @Test func aQuestionOrTeaser_assertsNothing() {
        let text = "Why is Ordell AI worrying the banks that rely on it? "
            + "Here's everything shareholders need to know about Kestrel's new supply agreement. "
            + "Is the rally over?” "
            + "Here's what to know about Kestrel's $2 billion deal. "
            + "Ordell shares soared 12% on Monday."
        let sheet = FactExtractor().extract(Article(text: text))
        #expect(sheet.sentences.count == 5)
        for s in sheet.sentences.prefix(3) {
            #expect(s.polarity == 0 && s.certainty == 0, "\(s.text)")
            #expect(!sheet.facts.contains { $0.sentence == s.index }, "\(s.text)")
        }
        #expect(sheet.facts.contains { $0.sentence == sheet.sentences[3].index && $0.text == "$2 billion" })
        #expect(sheet.sentences[4].polarity > 0.3 && sheet.sentences[4].certainty == 1)
    }

    /// "She said" and "he added" quote the person the article named last, and a phrase that
    /// opens with the pronoun names that person.
    @Test func aPersonPronoun_quotesThePersonNamedLast() {
        let text = "\"Demand has never been stronger,\" chief executive Dana Ortiz told analysts. "
            + "She said the company could recover about $800 million of delayed orders by the end of the year."
        let sheet = FactExtractor().extract(Article(text: text))
        #expect(sheet.sentences.map(\.attribution) == ["Dana Ortiz", "Dana Ortiz"])
        let book = Phrasebook(sheet)
        let phrase = sheet.facts.firstIndex { $0.text.contains("800") }.map(book.phrase)
        #expect(phrase?.hasPrefix("Dana Ortiz said the company could recover") == true, "\(phrase ?? "")")
    }

    @Test func intensifier_strengthensPolarity() {
        #expect(analyse("Shares fell sharply after the report.").polarity < analyse("Shares fell after the report.").polarity)
    }

    @Test func certainty_dropsForHedges() {
        #expect(analyse("The company reported revenue of $2 billion.").certainty == 1)
        #expect(analyse("The company could reportedly reach $2 billion in revenue.").certainty < 0.5)
        // The mild words of a forecast do not compound; a real maybe does, with them too.
        let forecast = analyse("The airline forecast that its unit costs would rise 5% this year.").certainty
        #expect(forecast == analyse("Its unit costs would rise 5% this year.").certainty && forecast >= 0.75)
        #expect(analyse("The airline expects that its costs could rise 5% this year.").certainty < analyse("Its costs could rise 5% this year.").certainty)
    }

    @Test func attribution_findsTheSource() {
        #expect(analyse("Outflows neared $3.5 billion, according to Bloomberg.").attribution == "Bloomberg")
        #expect(analyse("\"Demand is strong,\" said CEO Dana Ortiz.").attribution == "Dana Ortiz")
        #expect(analyse("\"Demand is strong,\" said co-founder and Chief Executive Dana Ortiz.").attribution == "Dana Ortiz")
        // A name after the verb that describes the noun after it is no source; one with a
        // possessive or a title after it is.
        #expect(analyse("Minimum projected CET1 ratio of 9.8% under the severe scenario.").attribution == nil)
        #expect(analyse("Revenue will rise 5%, predicted Acme Research in a note.").attribution == "Acme Research")
        #expect(analyse("\"This unlocks value,\" said Stellhorn partner Jonah Reyes.").attribution != nil)
        #expect(analyse("Analysts expect margins to recover next year.").attribution == "analysts")
        #expect(analyse("The company said it would cut 500 jobs.").attribution == "the company")
        #expect(analyse("Revenue rose 9% in the quarter.").attribution == nil)
        // Past an auxiliary or an adverb to the source; a verb before a number quotes no one.
        #expect(analyse("Margins held up better than analysts widely expected.").attribution == "analysts")
        #expect(analyse("Revenue will rise 5%, analysts said.").attribution == "analysts")
        // Past an aside between commas to the name before it.
        #expect(analyse("Ivo Brandt, an analyst at Halden Securities, said the penalty is small.").attribution == "Ivo Brandt")
        #expect(analyse("Acme, a lender with $88 billion in assets, said profit fell.").attribution == "Acme")
        #expect(analyse("Costs rose and margins fell, said the report.").attribution == nil)
        #expect(analyse("Analysts at Brisk & Moll said the stock looks expensive.").attribution == "analysts at Brisk & Moll")
        // A figure's source closing the sentence is not the sentence's: what they expected
        // is the figure before them.
        #expect(analyse("Employers added 18,000 jobs, fewer than the 35,000 economists had expected.").attribution == nil)
        #expect(analyse("Revenue rose 7% to $14.3 billion, ahead of the $14.0 billion analysts had expected.").attribution == nil)
        #expect(analyse("Earnings were $3.46 per share, above the $3.10 analysts had expected.").attribution == nil)
        #expect(analyse("Outflows neared $3.5 billion, per Bloomberg.").attribution == "Bloomberg")
        #expect(analyse("Revenue fell 11% to $2.86 billion, missing the average analyst estimate of $3.02 billion.").attribution == nil)
        #expect(analyse("Earnings were $3.46 per share, beating the $3.10 analysts had forecast.").certainty == 1)
        #expect(analyse("Revenue fell 18% to $11.2 billion, while analysts had expected $11.6 billion.").attribution == nil)
        #expect(analyse("The company expects $2 billion in revenue next year.").attribution == "the company")
        // Whom it was said to is no source.
        #expect(analyse("\"Our shares are cheap,\" chief financial officer Dana Ortiz said on a call with analysts.").attribution == "Dana Ortiz")
        #expect(analyse("Quillon Corp (NASDAQ: QLN) said on Tuesday that orders rose 12%.").attribution == "Quillon Corp")
        #expect(analyse("Fuel costs will rise 12% this year, Wire.Az reports.").attribution == "Wire.Az")
        // A provider of data is no source: its figures are the report's.
        #expect(analyse("Revenue fell 11% to $2.86 billion, missing the estimate of $3.02 billion, according to Halden data.").attribution == nil)
        #expect(analyse("Revenue fell 11% to $2.86 billion, according to Halden Research.").attribution == "Halden Research")
        #expect(analyse("Revenue fell 11% to $2.86 billion, according to data compiled by Halden.").attribution == nil)
        #expect(analyse("Exports rose 4%, according to the figures from Halden.").attribution == nil)
        // A group of sources keeps the firm it works at.
        #expect(analyse("Fines could follow, according to analysts at Halden Research, who cut their target to $40.").attribution == "analysts at Halden Research")
        #expect(analyse("Analysts at Halden Research estimate the drug could reach sales of $1 billion.").attribution == "analysts at Halden Research")
        #expect(analyse("Much of the coverage has focused on its expected listing this year.").attribution == nil)
        #expect(analyse("The carrier now expects earnings of $2 a share.").attribution == "the company")
        #expect(analyse("Employees are now expected to use the new tools daily.").attribution == nil)
        #expect(analyse("Quillon beats estimates and raises its outlook.").attribution == nil)
        // A possessive before a verb form makes it a noun: no one is quoted.
        #expect(analyse("Revenue rose 9%, in line with analysts' estimates.").attribution == nil)
        #expect(analyse("Revenue rose 9%, in line with analysts’ estimates.").attribution == nil)
    }

    @Test func topics_comeFromTheBusinessLexicon() {
        let topics = analyse("The company raised its capital expenditure guidance as revenue from advertising grew.").topics
        #expect(topics.contains(.spending))
        #expect(topics.contains(.revenue))
        #expect(topics.contains(.guidance))
        #expect(analyse("Regulators opened an antitrust probe into the deal.").topics.contains(.regulation))
    }
}
