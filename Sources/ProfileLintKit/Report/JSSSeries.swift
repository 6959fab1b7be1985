import EligibilityEngine

/// The JSS over time: as the account's weekly history shows it, and as computed from its contracts.
struct JSSSeries: Sendable, Hashable {
    /// One point of a series; `value` is `nil` where there was no JSS (a gap in the line).
    struct Point: Sendable, Hashable {
        var date: CalendarDate
        var value: Int?
    }

    /// The JSS shown each week (`jssHistory`), up to the evaluation date.
    var history: [Point]
    /// The JSS computed from contracts at weekly points, up to the evaluation date.
    var computed: [Point]

    /// Weeks of computed history at most: the JSS looks back 24 months, so older points say little.
    static let maxComputedWeeks = 105

    /// Both series for `account` on `asOf`.
    init(account: Account, policy: Policy, asOf: CalendarDate) {
        history = (account.jssHistory ?? []).filter { $0.week <= asOf }.sorted { $0.week < $1.week }
            .map { Point(date: $0.week, value: $0.jss) }
        computed = Self.computed(
            account.contracts ?? [], policy: policy, asOf: asOf,
            anchor: history.last?.date ?? asOf)
    }

    /// `JSSCalculator.summary` every 7 days back from `anchor` (the last history week, so rows line up with the
    /// history's) to the first dated contract, and on `asOf` itself.
    static func computed(
        _ contracts: [Account.Contract], policy: Policy, asOf: CalendarDate,
        anchor: CalendarDate
    ) -> [Point] {
        let dates = contracts.flatMap { [$0.started, $0.ended].compactMap { $0 } + $0.payments.map(\.date) }
        guard let first = dates.min(), first <= asOf else { return [] }
        let calculator = JSSCalculator(policy: policy)
        var days: [CalendarDate] = []
        var date = anchor
        while date >= first, days.count < maxComputedWeeks {
            days.append(date)
            date = date.adding(days: -7)
        }
        days.reverse()
        if days.last != asOf { days.append(asOf) }
        return days.map { Point(date: $0, value: calculator.summary(of: contracts, asOf: $0).value) }
    }

    var isEmpty: Bool { history.isEmpty && computed.allSatisfy { $0.value == nil } }
}

/// The 13-of-16 rule at a glance: the last `eligibleWeeksWindow` weeks, each eligible, not, or not given.
struct WeekStrip: Sendable, Hashable {
    enum Status: String, Sendable, Hashable {
        case eligible
        case ineligible = "not eligible"
        case notGiven = "not given"
    }

    struct Slot: Sendable, Hashable {
        /// The first and last day of the week slot.
        var start: CalendarDate
        var end: CalendarDate
        /// The week's own date when one was given, else the slot's first day.
        var date: CalendarDate
        var jss: Int?
        var risingTalent: Bool
        var status: Status
    }

    var slots: [Slot]
    /// Whether the weeks come from the computed JSS because the account gives no weekly history.
    var estimated: Bool
    var required: Int

    var eligibleCount: Int { slots.filter { $0.status == .eligible }.count }

    /// The weeks of `account.jssHistory` in the window that ends on `asOf` (the engine's window), else the weekly
    /// JSS computed from contracts.
    init?(account: Account, series: JSSSeries, policy: Policy, asOf: CalendarDate) {
        let span = policy.eligibleWeeksWindow
        guard span > 0 else { return nil }
        var weeks = account.jssHistory
        estimated = weeks == nil
        if weeks == nil, series.computed.contains(where: { $0.value != nil }) {
            weeks = series.computed.map { Account.Week(week: $0.date, jss: $0.value) }
        }
        guard let weeks else { return nil }
        required = policy.eligibleWeeksRequired
        let windowStart = asOf.adding(days: -7 * span + 1)
        slots = (0..<span).map { index in
            let start = windowStart.adding(days: 7 * index)
            let end = start.adding(days: 6)
            let week = weeks.last { $0.week >= start && $0.week <= end }
            let risingTalent = week?.risingTalent == true
            let status: Status =
                if let week { (week.jss ?? -1) >= policy.topRatedJSS || risingTalent ? .eligible : .ineligible } else {
                    .notGiven
                }
            return Slot(
                start: start, end: end, date: week?.week ?? start, jss: week?.jss, risingTalent: risingTalent,
                status: status)
        }
    }
}
