import ProfileModel

/// One evaluation in progress: the account, the date, the policy, and what is derived from them once.
struct Evaluation {
    /// A criterion plus what the verdict needs to know that the report does not show.
    struct Check {
        var criterion: Criterion
        /// A failure that neither time nor action on the profile can fix (a JSS exists, so no Rising Talent).
        var permanent = false
        /// What `changesOn` assumes about the future, when it assumes anything.
        var assumes: String?
    }

    /// Earnings in a trailing window, and whether undated contract earnings made the figure uncertain.
    struct WindowEarnings {
        var amount: Double
        /// Dated amounts inside the window, for working out when they leave it.
        var dated: [(date: CalendarDate, amount: Double)]
        /// Some contract earnings have no payment dates and may or may not fall inside the window.
        var uncertain: Bool
    }

    let account: Account
    let asOf: CalendarDate
    let policy: Policy
    let profileCompleteness: Double?
    let calculator: JSSCalculator
    /// The account's contracts as they stood on `asOf`; `nil` when none were given.
    let contracts: [Account.Contract]?
    let jss: JSSSummary

    init(account: Account, asOf: CalendarDate, policy: Policy, profileCompleteness: Double?) {
        self.account = account
        self.asOf = asOf
        self.policy = policy
        self.profileCompleteness = profileCompleteness
        calculator = JSSCalculator(policy: policy)
        contracts = account.contracts.map { $0.compactMap { JSSCalculator.contract($0, asOf: asOf) } }
        jss = Self.jssSummary(account: account, calculator: calculator, asOf: asOf)
    }

    /// The displayed JSS (the account's `jss`, else its latest weekly figure) when there is one, with the
    /// contracts' figure as an estimate beside it; else the best computed window. The windows whenever contracts
    /// are given.
    static func jssSummary(account: Account, calculator: JSSCalculator, asOf: CalendarDate) -> JSSSummary {
        let computed = account.contracts.map { calculator.summary(of: $0, asOf: asOf) }
        if let shown = account.displayedJSS(asOf: asOf) {
            return JSSSummary(
                value: shown.value, window: shown.week == nil ? "displayed" : "history",
                windows: computed?.windows ?? [], week: shown.week, estimate: computed?.value,
                estimateWindow: computed?.window)
        }
        return computed ?? JSSSummary(value: nil, window: nil, windows: [])
    }

    /// `true` when there is nothing to tell "no JSS yet" from "JSS not given".
    var jssInputMissing: Bool { account.displayedJSS(asOf: asOf) == nil && account.contracts == nil }

    /// A criterion with the policy's source IDs for its id.
    func check(
        _ id: String, _ status: Criterion.Status, actual: String?, required: String, _ explanation: String,
        changesOn: CalendarDate? = nil, permanent: Bool = false, action: String? = nil, assumes: String? = nil
    ) -> Check {
        var criterion = Criterion(
            id: id, status: status, actual: actual, required: required,
            explanation: explanation, changesOn: changesOn, source: policy.sources[id])
        criterion.action = action
        return Check(criterion: criterion, permanent: permanent, assumes: assumes)
    }

    // MARK: - Derived values

    /// Earnings in the trailing `months` months. Contracts without payment dates count when their whole run lies
    /// inside the window, and make the figure uncertain when it straddles the window's start.
    func earnings(inLast months: Int) -> WindowEarnings? {
        guard let contracts else { return nil }
        var result = WindowEarnings(amount: 0, dated: [], uncertain: false)
        for contract in contracts {
            if !contract.payments.isEmpty {
                for payment in contract.payments where payment.date.isWithin(months: months, endingOn: asOf) {
                    result.dated.append((payment.date, payment.amount))
                }
                continue
            }
            let total = contract.totalEarnings
            guard total > 0, let first = contract.started ?? contract.ended else { continue }
            let last = contract.ended ?? asOf
            if first.isWithin(months: months, endingOn: asOf) {
                result.dated.append((first, total))  // dated at the start: the earliest it can leave the window
            } else if last.isWithin(months: months, endingOn: asOf) {
                result.uncertain = true
            }
        }
        result.amount = result.dated.reduce(0) { $0 + $1.amount }
        return result
    }

    /// The first day on which the dated earnings, leaving the window one by one, no longer meet `meets`.
    func lapse(of earnings: WindowEarnings, months: Int, meets: (Double) -> Bool) -> CalendarDate? {
        var remaining = earnings.amount
        let exits = earnings.dated.map { (date: $0.date.leavesWindow(ofMonths: months), amount: $0.amount) }
        var index = 0
        let sorted = exits.sorted { $0.date < $1.date }
        while index < sorted.count {
            let date = sorted[index].date
            while index < sorted.count, sorted[index].date == date {
                remaining -= sorted[index].amount
                index += 1
            }
            if !meets(remaining) { return date }
        }
        return nil
    }

    /// The first contract's start: given, else the earliest start (or first payment) among the contracts.
    var firstContractStarted: CalendarDate? {
        account.firstContractStarted
            ?? contracts?.compactMap { $0.started ?? $0.payments.map(\.date).min() }.min()
    }

    /// The latest payment on or before `asOf`.
    var lastPayment: CalendarDate? {
        contracts?.flatMap { $0.payments.map(\.date) }.max()
    }

    /// The first date in `dates` (sorted) on which `passes` differs from its value today.
    func firstChange(at dates: [CalendarDate], _ passes: (CalendarDate) -> Bool) -> CalendarDate? {
        let now = passes(asOf)
        return dates.first { passes($0) != now }
    }

    /// Days between `date` and `asOf`, for messages.
    func age(_ date: CalendarDate) -> String {
        let days = date.days(to: asOf)
        return Wording.count(days, "day") + " ago"
    }
}
