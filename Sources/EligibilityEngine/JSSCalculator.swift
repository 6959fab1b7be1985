/// Computes a Job Success Score from contracts with the newest published model (source J9, `upwork-rules.md`
/// §2.2–2.5).
///
/// Each eligible contract is an outcome (positive, negative or neutral, see `FeedbackClassification`) with a
/// weight: 1, 1.25 or 1.5 jobs by total earnings, plus one job per full 3-month period with a payment, at most 8
/// per contract. A window's score is (positive − negative) / total weight, floored at 0. Windows of 24, 12 and 6
/// months and the trending score ((6-month + 3-month) / 2, source J7) are computed, and the best is shown.
public struct JSSCalculator: Sendable {
    /// One contract as it counts towards the JSS.
    public struct Outcome: Sendable, Hashable {
        /// The contract.
        public var contract: Account.Contract
        /// Positive, negative or neutral.
        public var outcome: FeedbackClassification.Outcome
        /// How many jobs it counts as.
        public var weight: Double
        /// The date windows count from: its last transaction (source B15).
        public var date: CalendarDate
    }

    /// The thresholds and weights.
    public var policy: Policy

    /// A calculator for `policy`.
    public init(policy: Policy) {
        self.policy = policy
    }

    /// The JSS of `contracts` on `asOf`: every window, and the best one when the 24-month history is enough.
    public func summary(of contracts: [Account.Contract], asOf: CalendarDate) -> JSSSummary {
        let outcomes = self.outcomes(of: contracts, asOf: asOf)
        var windows = policy.jssWindowsMonths.map { window(months: $0, outcomes: outcomes, asOf: asOf) }
        if policy.jssTrendingMonths.count == 2 {
            let parts = policy.jssTrendingMonths.map { months in
                windows.first { $0.window == "\(months)m" } ?? window(months: months, outcomes: outcomes, asOf: asOf)
            }
            windows += parts.filter { part in !windows.contains { $0.window == part.window } }
            // Trending averages the two windows' scores (source J7); both need enough history.
            let scores = parts.compactMap(\.score)
            let trending = scores.count == 2 ? (scores[0] + scores[1]) / 2 : nil
            windows.append(JSSWindow(window: "trending", value: trending.map(Self.shown), score: trending))
        }
        // No JSS at all unless the longest window has the minimum history (sources J8, J11).
        let longest = "\(policy.jssMaxAgeMonths)m"
        guard windows.contains(where: { $0.window == longest && $0.value != nil }) else {
            return JSSSummary(value: nil, window: nil, windows: windows)
        }
        let best = windows.filter { isListed($0) && $0.score != nil }.max { $0.score! < $1.score! }
        return JSSSummary(value: best?.value, window: best?.window, windows: windows)
    }

    /// The eligible contracts on `asOf`, each with its outcome and weight; excluded ones are left out.
    public func outcomes(of contracts: [Account.Contract], asOf: CalendarDate) -> [Outcome] {
        contracts.compactMap { outcome(of: $0, asOf: asOf) }
    }

    /// How one contract counts on `asOf`, or `nil` when it is excluded.
    public func outcome(of original: Account.Contract, asOf: CalendarDate) -> Outcome? {
        guard let contract = Self.contract(original, asOf: asOf), !contract.clientFlagged,  // J2, J13
            let date = contract.lastTransaction,
            date.isWithin(months: policy.jssMaxAgeMonths, endingOn: asOf)  // J9, J11
        else { return nil }
        let periods = longTermPeriods(of: contract, asOf: asOf)
        var outcome: FeedbackClassification.Outcome
        if contract.ended == nil {
            // Mid-contract feedback does not count (J19); a running contract counts once it is long-term (J9).
            if contract.disputed, policy.classification.disputeIsNegative {
                outcome = .negative
            } else if periods > 0 {
                outcome = .positive
            } else {
                return nil
            }
        } else if let classified = policy.classification.outcome(of: contract) {
            outcome = classified
        } else if periods > 0 {
            outcome = .positive  // long-term contract without end feedback (J9, J10)
        } else {
            return nil  // no feedback (J6, J10)
        }
        let earnings = contract.totalEarnings
        if outcome == .positive, earnings <= 0 { return nil }  // $0 with positive feedback (J5)
        let weight = min(policy.jssMaxContractWeight, policy.baseWeight(forEarnings: earnings) + Double(periods))
        return Outcome(contract: contract, outcome: outcome, weight: weight, date: date)
    }

    /// Full periods of `jssLongTermPeriodMonths` months, counted from the start, that hold a payment (J9).
    public func longTermPeriods(of contract: Account.Contract, asOf: CalendarDate) -> Int {
        let step = policy.jssLongTermPeriodMonths
        guard step > 0, let start = contract.started ?? contract.payments.map(\.date).min() else { return 0 }
        let limit = min(contract.ended ?? asOf, asOf)
        var count = 0
        var period = 0
        while true {
            let from = start.adding(months: step * period)
            let to = start.adding(months: step * (period + 1))
            guard to <= limit else { break }
            if contract.payments.contains(where: { $0.date >= from && $0.date < to }) { count += 1 }
            period += 1
        }
        return count
    }

    /// The score over the last `months` months.
    func window(months: Int, outcomes: [Outcome], asOf: CalendarDate) -> JSSWindow {
        let inside = outcomes.filter { $0.date.isWithin(months: months, endingOn: asOf) }
        let clients = Set(inside.compactMap(\.contract.client)).count
        let positive = inside.filter { $0.outcome == .positive }.reduce(0) { $0 + $1.weight }
        let negative = inside.filter { $0.outcome == .negative }.reduce(0) { $0 + $1.weight }
        let total = inside.reduce(0) { $0 + $1.weight }
        var score: Double?
        if inside.count >= policy.jssMinimumJobs, clients >= policy.jssMinimumClients, total > 0 {
            score = max(0, (positive - negative) / total * 100)
        }
        return JSSWindow(
            window: "\(months)m", value: score.map(Self.shown), score: score, jobs: inside.count,
            clients: clients, positive: positive, negative: negative, total: total)
    }

    /// A window computed only to feed the trending score is not a candidate for "best" itself.
    private func isListed(_ window: JSSWindow) -> Bool {
        policy.jssWindowsMonths.contains { "\($0)m" == window.window } || window.window == "trending"
    }

    /// The integer shown: rounded down, so a badge is never promised on a fraction.
    static func shown(_ score: Double) -> Int {
        Int(score.rounded(.down))
    }

    /// The contract as it stood on `asOf`: later payments dropped, and not yet ended (so without end feedback)
    /// when it ended later. `nil` when it had not started.
    static func contract(_ contract: Account.Contract, asOf: CalendarDate) -> Account.Contract? {
        if let started = contract.started, started > asOf { return nil }
        var trimmed = contract
        trimmed.payments = contract.payments.filter { $0.date <= asOf }
        if let ended = contract.ended, ended > asOf {
            trimmed.ended = nil
            trimmed.feedback = nil
            // Explicit total earnings include later payments; the dated payments tell what was earned by then.
            if !contract.payments.isEmpty { trimmed.earnings = nil }
        }
        return trimmed
    }
}
