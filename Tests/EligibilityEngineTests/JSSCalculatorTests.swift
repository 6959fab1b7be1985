import EligibilityEngine
import Testing

/// A contract that ended on its one payment's day.
func job(
    _ client: String?, paid date: String, _ amount: Double, stars: Double? = nil, privateScore: Double? = nil,
    disputed: Bool = false, flagged: Bool = false, category: String? = nil
) -> Account.Contract {
    let feedback =
        stars == nil && privateScore == nil
        ? nil : Account.Contract.Feedback(publicStars: stars, privateScore: privateScore)
    return Account.Contract(
        id: client, client: client, category: category, started: day(date), ended: day(date),
        payments: [.init(date: day(date), amount: amount)], feedback: feedback,
        disputed: disputed, clientFlagged: flagged)
}

@Suite struct JSSCalculatorTests {
    let calculator = JSSCalculator(policy: .upwork2025)
    let asOf = day("2026-06-30")

    @Test(arguments: [(0.0, 1.0), (1, 1), (250, 1), (250.01, 1.25), (1000, 1.25), (1000.01, 1.5), (50_000, 1.5)])
    func weightsByEarnings(_ earnings: Double, _ weight: Double) {
        #expect(Policy.upwork2025.baseWeight(forEarnings: earnings) == weight)
    }

    @Test(
        arguments: [
            // (stars, private score, disputed, outcome); nil outcome means "no feedback".
            (5.0, nil, false, FeedbackClassification.Outcome.positive), (4.5, nil, false, .positive),
            (4.49, nil, false, .neutral), (4.0, nil, false, .neutral), (3.99, nil, false, .negative),
            (nil, 9.0, false, .positive), (nil, 8.9, false, .neutral), (nil, 7, false, .neutral),
            (nil, 6, false, .negative),
            (5, 6, false, .negative), (4.2, 9, false, .positive), (5, nil, true, .negative),
            (nil, nil, true, .negative),
            (nil, nil, false, nil),
        ] as [(Double?, Double?, Bool, FeedbackClassification.Outcome?)])
    func classifiesFeedback(
        _ stars: Double?, _ privateScore: Double?, _ disputed: Bool,
        _ expected: FeedbackClassification.Outcome?
    ) {
        let contract = job("a", paid: "2026-01-01", 100, stars: stars, privateScore: privateScore, disputed: disputed)
        #expect(FeedbackClassification().outcome(of: contract) == expected)
    }

    @Test func weightedScoreWorkedByHand() {
        // A: $200, 5 stars → positive, weight 1.   B: $800, 5 stars → positive, weight 1.25.
        // C: $3,000, 3 stars → negative, weight 1.5.
        // (1 + 1.25 − 1.5) / (1 + 1.25 + 1.5) = 0.75 / 3.75 = 20%. All three are in the 24, 12 and 6-month windows;
        // the 3-month window (from 2026-03-30) holds only A, one job, so it and trending have no score.
        let contracts = [
            job("a", paid: "2026-04-20", 200, stars: 5), job("b", paid: "2026-02-20", 800, stars: 5),
            job("c", paid: "2026-01-05", 3000, stars: 3),
        ]
        let summary = calculator.summary(of: contracts, asOf: asOf)
        #expect(summary.value == 20)
        #expect(summary.window == "24m")
        let scores = Dictionary(uniqueKeysWithValues: summary.windows.map { ($0.window, $0.value) })
        #expect(scores == ["24m": 20, "12m": 20, "6m": 20, "3m": nil, "trending": nil])
        #expect(summary.windows.first?.total == 3.75)
    }

    @Test func bestWindowAndTrendingWorkedByHand() {
        // N1 2025-02-20 $2,000 2★ → negative 1.5 (24m only).   P1 2025-09-01 $2,000 5★ → positive 1.5 (24m, 12m).
        // P2 2026-02-01 $500 5★ → positive 1.25 (down to 6m).  P3 2026-05-01 $100 5★ → positive 1 (all windows).
        // N2 2026-04-15 $100 private 5 → negative 1 (all windows).
        // 24m: (3.75 − 2.5) / 6.25 = 20.    12m: (3.75 − 1) / 4.75 = 57.89 → 57.
        // 6m: (2.25 − 1) / 3.25 = 38.46 → 38.   3m: (1 − 1) / 2 = 0.   trending: (38.46 + 0) / 2 = 19.23 → 19.
        // Best: 12m, 57.
        let contracts = [
            job("n1", paid: "2025-02-20", 2000, stars: 2), job("p1", paid: "2025-09-01", 2000, stars: 5),
            job("p2", paid: "2026-02-01", 500, stars: 5), job("p3", paid: "2026-05-01", 100, stars: 5),
            job("n2", paid: "2026-04-15", 100, privateScore: 5),
        ]
        let summary = calculator.summary(of: contracts, asOf: asOf)
        let scores = Dictionary(uniqueKeysWithValues: summary.windows.map { ($0.window, $0.value) })
        #expect(scores == ["24m": 20, "12m": 57, "6m": 38, "3m": 0, "trending": 19])
        #expect(summary.value == 57)
        #expect(summary.window == "12m")
    }

    @Test func scoreIsFlooredAtZero() {
        // (1 − 2.5) / 3.5 is negative; shown as 0.
        let contracts = [
            job("a", paid: "2026-05-01", 100, stars: 5), job("b", paid: "2026-05-02", 5000, stars: 1),
            job("c", paid: "2026-05-03", 100, stars: 1),
        ]
        #expect(calculator.summary(of: contracts, asOf: asOf).value == 0)
    }

    @Test func longTermPeriodsAddWeightUpToTheCap() throws {
        // Started 2025-06-30, $500 monthly from 2025-07-15 to 2026-06-15 (12 payments, $6,000 → base 1.5).
        // Full 3-month periods by 2026-06-30 end on 09-30, 12-30, 03-30 and 06-30, each with a payment: +4 → 5.5.
        let monthly = (0..<12).map { Account.Contract.Payment(date: day("2025-07-15").adding(months: $0), amount: 500) }
        let running = Account.Contract(client: "a", started: day("2025-06-30"), payments: monthly)
        let outcome = try #require(calculator.outcome(of: running, asOf: asOf))
        #expect(outcome.outcome == .positive)  // running and long-term: positive without end feedback (J9)
        #expect(outcome.weight == 5.5)
        // Started 2024-07-01 with monthly payments: 7 full periods by 2026-06-30; 1.5 + 7 = 8.5, capped at 8.
        let longer = (0..<24).map { Account.Contract.Payment(date: day("2024-07-15").adding(months: $0), amount: 1000) }
        let capped = Account.Contract(client: "b", started: day("2024-07-01"), payments: longer)
        #expect(calculator.longTermPeriods(of: capped, asOf: asOf) == 7)
        #expect(calculator.outcome(of: capped, asOf: asOf)?.weight == 8)
        // A period with no payment adds nothing: payments only in the first month → 1 period.
        let early = Account.Contract(
            client: "c", started: day("2025-06-30"), ended: day("2026-06-30"),
            payments: [.init(date: day("2025-07-01"), amount: 100)],
            feedback: .init(publicStars: 5))
        #expect(calculator.outcome(of: early, asOf: asOf)?.weight == 2)
    }

    @Test func excludedContracts() {
        let noFeedbackNoPayment = Account.Contract(client: "a", started: day("2026-01-01"), ended: day("2026-02-01"))
        let noFeedbackShort = job("b", paid: "2026-03-01", 500)
        let zeroPositive = job("c", paid: "2026-03-01", 0, stars: 5)
        let flagged = job("d", paid: "2026-03-01", 500, stars: 1, flagged: true)
        let tooOld = job("e", paid: "2024-06-29", 500, stars: 5)  // 24 months before 2026-06-30 is 2024-06-30
        let runningShort = Account.Contract(
            client: "f", started: day("2026-05-01"),
            payments: [.init(date: day("2026-05-15"), amount: 300)],
            feedback: .init(publicStars: 1))  // mid-contract feedback does not count
        for contract in [noFeedbackNoPayment, noFeedbackShort, zeroPositive, flagged, tooOld, runningShort] {
            #expect(calculator.outcome(of: contract, asOf: asOf) == nil, "\(contract.client ?? "")")
        }
    }

    @Test func countedContracts() {
        #expect(calculator.outcome(of: job("a", paid: "2024-06-30", 500, stars: 5), asOf: asOf) != nil)
        // $0 with negative feedback still counts, as one job.
        let zeroNegative = calculator.outcome(of: job("b", paid: "2026-03-01", 0, stars: 2), asOf: asOf)
        #expect(zeroNegative?.outcome == .negative)
        #expect(zeroNegative?.weight == 1)
    }

    @Test(
        arguments: [
            // (clients, expected value): two jobs need two distinct clients; a contract without a client does not
            // count as a distinct one.
            (["a", "a"], nil), (["a", "b"], 100), (["a", nil], nil), (["a"], nil), (["a", "b", "b"], 100),
        ] as [([String?], Int?)])
    func minimumHistory(_ clients: [String?], _ expected: Int?) {
        let contracts = clients.enumerated().map {
            job(
                $1, paid: day("2026-05-01").adding(days: $0).description, 500,
                stars: 5)
        }
        #expect(calculator.summary(of: contracts, asOf: asOf).value == expected)
    }

    @Test func laterPaymentsAndFeedbackAreIgnoredWhenLookingBack() {
        // On 2026-03-01 the contract that ends on 2026-04-01 has not ended: its feedback is not in yet.
        let contracts = [job("a", paid: "2026-01-10", 500, stars: 5), job("b", paid: "2026-04-01", 500, stars: 1)]
        #expect(calculator.summary(of: contracts, asOf: day("2026-03-01")).value == nil)
        #expect(calculator.summary(of: contracts, asOf: day("2026-04-01")).value == 0)
    }
}
