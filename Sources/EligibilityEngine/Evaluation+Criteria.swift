import ProfileModel

/// The criteria shared by several badges. Day windows include both ends: a hold that ended exactly 90 days ago
/// is "in the last 90 days", and a first contract exactly 90 days ago is not "more than 90 days ago".
extension Evaluation {
    // MARK: - JSS

    /// JSS ≥ `minimum`. When the score is computed from contracts, `changesOn` is the first day a contract
    /// leaving a window flips the result.
    func jssCheck(_ id: String = "jss", minimum: Int) -> Check {
        let required = "≥ \(minimum)"
        guard let value = jss.value else {
            if jssInputMissing {
                return check(
                    id, .unknown, actual: nil, required: required, "no JSS given and no contracts to compute it")
            }
            return check(
                id, .fail, actual: "no JSS yet", required: required,
                "a JSS needs \(Wording.number(policy.jssMinimumJobs)) eligible jobs with "
                    + "\(Wording.number(policy.jssMinimumClients)) clients "
                    + "in \(Wording.number(policy.jssMaxAgeMonths)) months")
        }
        let source =
            switch jss.window {
            case "displayed": "as displayed"
            case "history": "as displayed in the week of \(jss.week.map(\.description) ?? "")"
            default: "computed, best window \(jss.window ?? "")"
            }
        var changesOn: CalendarDate?
        if !jss.isDisplayed, let contracts = account.contracts {
            changesOn = firstChange(at: jssEventDates()) { date in
                (calculator.summary(of: contracts, asOf: date).value ?? -1) >= minimum
            }
        }
        let passes = value >= minimum
        let estimate = jss.estimate.map { "; the contracts alone estimate \($0)" } ?? ""
        return check(
            id, passes ? .pass : .fail, actual: "\(value)", required: required,
            "JSS \(value) (\(source)\(estimate))" + (changesOn.map { ", changes on \($0) as contracts age" } ?? ""),
            changesOn: changesOn,
            action: passes
                ? nil
                : "\(Wording.count(minimum - value, "point")) more; `profilelint eligibility ACCOUNT --what-if "
                    + "\(minimum)` counts the contracts it takes")
    }

    /// Every day on which a counted contract leaves one of the JSS windows.
    func jssEventDates() -> [CalendarDate] {
        let months = Set(policy.jssWindowsMonths + policy.jssTrendingMonths + [policy.jssMaxAgeMonths])
        let dates = calculator.outcomes(of: account.contracts ?? [], asOf: asOf).flatMap { outcome in
            months.map { outcome.date.leavesWindow(ofMonths: $0) }
        }
        return Set(dates.filter { $0 > asOf }).sorted()
    }

    // MARK: - Tenure

    /// First contract more than `tenureDays` days ago (sources B6, B7, B2).
    func tenureCheck() -> Check {
        let required = "first contract > \(Wording.count(policy.tenureDays, "day")) ago"
        guard let first = firstContractStarted else {
            if account.firstContractStarted == nil, let contracts = account.contracts, contracts.isEmpty {
                return check("tenure", .fail, actual: "no contract yet", required: required, "no contract yet")
            }
            return check("tenure", .unknown, actual: nil, required: required, "the first contract's date is not known")
        }
        let days = first.days(to: asOf)
        if days > policy.tenureDays {
            return check(
                "tenure", .pass, actual: Wording.count(days, "day"), required: required,
                "first contract started \(first), \(age(first))")
        }
        let reached = first.adding(days: policy.tenureDays + 1)
        return check(
            "tenure", .fail, actual: Wording.count(days, "day"), required: required,
            "first contract started \(first); more than \(Wording.count(policy.tenureDays, "day")) on \(reached)",
            changesOn: reached)
    }

    // MARK: - Eligible weeks

    /// At least `eligibleWeeksRequired` of the last `eligibleWeeksWindow` weeks with JSS ≥ 90 or Rising Talent.
    func eligibleWeeksCheck() -> Check {
        let need = policy.eligibleWeeksRequired
        let span = policy.eligibleWeeksWindow
        let required = "≥ \(Wording.number(need)) of the last \(Wording.count(span, "week"))"
        guard let history = account.jssHistory else {
            return check("eligible-weeks", .unknown, actual: nil, required: required, "no weekly JSS history given")
        }
        // A week is in the window while its date is less than `span` weeks old.
        let windowStart = asOf.adding(days: -7 * span + 1)
        let recent = history.filter { $0.week >= windowStart && $0.week <= asOf }
        let eligible = recent.filter { ($0.jss ?? -1) >= policy.topRatedJSS || $0.risingTalent == true }
            .map(\.week).sorted()
        let missing = max(0, span - recent.count)
        let actual =
            "\(Wording.number(eligible.count)) of \(Wording.count(span, "week"))"
            + (missing > 0 ? " (\(Wording.number(missing)) not given)" : "")
        if eligible.count >= need {
            // Each eligible week leaves the window `span` weeks after its date; the badge lapses when one too many has.
            let lapse = eligible[eligible.count - need].adding(days: 7 * span)
            return check(
                "eligible-weeks", .pass, actual: actual, required: required,
                "\(Wording.count(eligible.count, "eligible week")); below \(Wording.number(need)) on "
                    + "\(lapse) if no further week is eligible",
                changesOn: lapse)
        }
        if eligible.count + missing >= need {
            return check(
                "eligible-weeks", .unknown, actual: actual, required: required,
                "\(Wording.number(missing)) of the last \(Wording.count(span, "week")) "
                    + "\(missing == 1 ? "is" : "are") not in the history")
        }
        // If every week from now on is eligible, when are there enough in the window?
        // New weeks follow the last one given, or start from today when the history has stopped.
        let latest = recent.map(\.week).max().flatMap { $0 >= asOf.adding(days: -6) ? $0 : nil } ?? asOf
        var reached: CalendarDate?
        for added in 1...span {
            let date = latest.adding(days: 7 * added)
            let start = date.adding(days: -7 * span + 1)
            if eligible.filter({ $0 >= start }).count + added >= need {
                reached = date
                break
            }
        }
        let assumption = "every week from now on is eligible"
        return check(
            "eligible-weeks", .fail, actual: actual, required: required,
            "\(Wording.count(eligible.count, "eligible week"))"
                + (reached.map { "; \(Wording.number(need)) reachable on \($0) if \(assumption)" } ?? ""),
            changesOn: reached,
            action: "\(Wording.count(need - eligible.count, "more eligible week")) (JSS ≥ \(policy.topRatedJSS))",
            assumes: reached == nil ? nil : assumption)
    }

    // MARK: - Profile

    /// Profile completeness at the required level (100%, or 90% for Elance imports: sources B1, B6).
    func profileCheck(_ id: String = "profile", completeness: Double?, minimum: Double, whose: String) -> Check {
        let required = "≥ \(Format.percent(minimum))"
        guard let completeness else {
            return check(id, .unknown, actual: nil, required: required, "\(whose) profile completeness is not known")
        }
        let passes = completeness >= minimum
        return check(
            id, passes ? .pass : .fail, actual: Format.percent(completeness), required: required,
            "\(whose) profile is \(Format.percent(completeness)) complete")
    }

    /// The required completeness for this account's own profile.
    var requiredProfileCompleteness: Double {
        account.importedFromElance == true ? policy.elanceProfileCompleteness : policy.profileCompleteness
    }

    // MARK: - Earnings

    /// 12-month earnings at or above `minimum` (strictly above when `strictly`); `changesOn` is the day the
    /// earnings lapse as payments leave the window.
    func earningsCheck(_ id: String, minimum: Double, strictly: Bool = false) -> Check {
        let required = (strictly ? "> " : "≥ ") + Format.money(minimum) + " in 12 months"
        let meets = { (amount: Double) in strictly ? amount > minimum : amount >= minimum }
        if let given = account.earnings12m {
            return check(
                id, meets(given) ? .pass : .fail, actual: Format.money(given), required: required,
                "\(Format.money(given)) earned in the last 12 months (as given)")
        }
        guard let earnings = earnings(inLast: 12) else {
            return check(id, .unknown, actual: nil, required: required, "no 12-month earnings and no contracts given")
        }
        let actual = Format.money(earnings.amount) + (earnings.uncertain ? " or more" : "")
        if meets(earnings.amount) {
            let lapse = lapse(of: earnings, months: 12, meets: meets)
            return check(
                id, .pass, actual: actual, required: required,
                "\(actual) earned in the last 12 months"
                    + (lapse.map { "; below the minimum on \($0) as payments leave the window" } ?? ""),
                changesOn: lapse)
        }
        if earnings.uncertain {
            return check(
                id, .unknown, actual: actual, required: required,
                "some contract earnings have no payment dates, so the 12-month figure is not known")
        }
        // What would pass: the shortfall, earned before the first counted payment leaves the window (after that
        // the shortfall grows).
        let shortfall = max(0, minimum - earnings.amount) + (strictly ? 1 : 0)
        let firstLeaves = earnings.dated.map { $0.date.leavesWindow(ofMonths: 12) }.filter { $0 > asOf }.min()
        let action =
            Format.money(shortfall) + " more"
            + (firstLeaves.map { " by \($0), when the earliest counted payment leaves the 12-month window" } ?? "")
        return check(
            id, .fail, actual: actual, required: required, "\(actual) earned in the last 12 months",
            action: action)
    }

    // MARK: - Availability

    /// Availability set; when not available, a future date for availability again (source B6).
    func availabilityCheck() -> Check {
        let required = "set; a future date when not available"
        guard let setting = account.availability else {
            return check("availability", .unknown, actual: nil, required: required, "availability is not given")
        }
        guard let status = setting.status else {
            return check("availability", .fail, actual: "not set", required: required, "availability is not set")
        }
        guard status == .notAvailable else {
            return check(
                "availability", .pass, actual: status.rawValue, required: required,
                "availability is set to \(status.rawValue)")
        }
        guard let from = setting.availableFrom else {
            return check(
                "availability", .fail, actual: "not-available", required: required,
                "not available, and no date for availability again")
        }
        if from > asOf {
            return check(
                "availability", .pass, actual: "not-available until \(from)", required: required,
                "not available until \(from); update it by then", changesOn: from)
        }
        return check(
            "availability", .fail, actual: "not-available until \(from)", required: required,
            "the available-again date \(from) has passed")
    }

    // MARK: - Standing

    /// No account hold in the last `holdFreeDays` days (sources B1, B6); for agencies, members' holds count too.
    func holdCheck() -> Check {
        let required = "no hold in the last \(Wording.count(policy.holdFreeDays, "day"))"
        guard let accountHolds = account.holds else {
            return check("no-recent-hold", .unknown, actual: nil, required: required, "account holds are not given")
        }
        let holds = accountHolds + (account.kind == .agency ? (account.members ?? []).flatMap { $0.holds ?? [] } : [])
        let recent = holds.filter { $0.from <= asOf && ($0.to ?? asOf) >= asOf.adding(days: -policy.holdFreeDays) }
        guard !recent.isEmpty else {
            return check(
                "no-recent-hold", .pass, actual: "none", required: required,
                "no hold in the last \(Wording.count(policy.holdFreeDays, "day"))")
        }
        let ongoing = recent.contains { $0.to.map { $0 > asOf } ?? true }
        let lastDay = recent.compactMap(\.to).max()
        let clears = ongoing ? nil : lastDay?.adding(days: policy.holdFreeDays + 1)
        let actual = ongoing ? "on hold" : "hold ended \(lastDay.map(\.description) ?? "")"
        return check(
            "no-recent-hold", .fail, actual: actual, required: required,
            ongoing ? "the account is on hold" : "a hold ended \(age(lastDay!)); it ages out on \(clears!)",
            changesOn: clears)
    }

    /// The last day of activity: the later of `lastActivity` and the last payment, and whether it is only a payment.
    var lastActivity: (date: CalendarDate, paymentOnly: Bool)? {
        let given = account.lastActivity.flatMap { $0 <= asOf ? $0 : nil }
        switch (given, lastPayment) {
        case (nil, nil): return nil
        case (let given?, nil): return (given, false)
        case (nil, let payment?): return (payment, true)
        case (let given?, let payment?): return (max(given, payment), false)
        }
    }

    /// A proposal, accepted invitation or earning in the last `activityDays` days (sources B1, B6).
    func activityCheck(_ id: String = "activity") -> Check {
        let required = "activity in the last \(Wording.count(policy.activityDays, "day"))"
        guard let (last, paymentOnly) = lastActivity else {
            return check(id, .unknown, actual: nil, required: required, "no activity date given")
        }
        if last.isWithin(days: policy.activityDays, endingOn: asOf) {
            let lapse = last.adding(days: policy.activityDays + 1)
            return check(
                id, .pass, actual: "\(last)", required: required,
                "last activity \(age(last)); lapses on \(lapse) without new activity", changesOn: lapse)
        }
        if paymentOnly {
            // Proposals count too, and none were given: a payment alone cannot show inactivity.
            return check(
                id, .unknown, actual: "last payment \(last)", required: required,
                "the last payment was \(age(last)); proposal and invitation dates are not given")
        }
        return check(id, .fail, actual: "\(last)", required: required, "last activity \(age(last))")
    }

    /// No off-platform payment or communication violation in the last `violationFreeMonths` months (source B5).
    func conductCheck() -> Check {
        let required = "none in the last \(Wording.count(policy.violationFreeMonths, "month"))"
        guard let violations = account.offPlatformViolations else {
            return check(
                "no-off-platform-violation", .unknown, actual: nil, required: required,
                "off-platform violations are not given")
        }
        let recent = violations.filter { $0.isWithin(months: policy.violationFreeMonths, endingOn: asOf) }
        guard let last = recent.max() else {
            return check(
                "no-off-platform-violation", .pass, actual: "none", required: required,
                "no off-platform violation in the last \(Wording.count(policy.violationFreeMonths, "month"))")
        }
        let clears = last.leavesWindow(ofMonths: policy.violationFreeMonths)
        return check(
            "no-off-platform-violation", .fail, actual: "\(last)", required: required,
            "an off-platform violation on \(last) blocks badges until \(clears)", changesOn: clears)
    }
}
