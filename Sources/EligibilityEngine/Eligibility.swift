/// The eligibility engine's entry points: evaluate an account, and ask what it takes to reach a JSS.
public enum Eligibility {
    /// Evaluates every badge for an account.
    ///
    /// - Parameters:
    ///   - account: The account record.
    ///   - profileCompleteness: The profile's completeness score, 0–100, as the linter computed it; `nil` makes
    ///     the profile criteria `unknown`.
    ///   - conductRisks: Terms-of-Service problems found in the profile (one line each). Each becomes a warning on
    ///     every badge: off-platform contact or payment costs badges and blocks them for 6 months (B5, T2).
    ///   - policy: The thresholds; `Policy.upwork2025` by default.
    ///   - today: The evaluation date when the account has no `asOf`. The engine never reads the clock.
    /// - Returns: The JSS and one result per badge.
    public static func evaluate(
        _ account: Account, profileCompleteness: Double?, conductRisks: [String] = [],
        policy: Policy = .upwork2025, today: CalendarDate
    ) -> EligibilityReport {
        let evaluation = Evaluation(
            account: account, asOf: account.asOf ?? today, policy: policy,
            profileCompleteness: profileCompleteness)
        let warnings = conductRisks.map {
            "conduct risk: \($0) (off-platform contact or payment loses badges and blocks them for 6 months, B5, T2)"
        }
        let risingTalent = evaluation.result(
            .risingTalent, evaluation.risingTalent(), discretionary: true,
            warnings: warnings)
        let topRated = evaluation.result(.topRated, evaluation.topRated(), warnings: warnings)
        let topRatedPlus = evaluation.result(
            .topRatedPlus, evaluation.topRatedPlus(topRated: topRated),
            warnings: warnings)
        var expertVetted = evaluation.result(
            .expertVetted, evaluation.expertVetted(), discretionary: true,
            warnings: ["invitation only (B14)"] + warnings)
        // Invitation is never checkable, so an unknown there is the normal case, not an undetermined verdict.
        if expertVetted.verdict == .undetermined { expertVetted.verdict = .discretionary }
        expertVetted.earliest = nil
        return EligibilityReport(
            policy: policy.id, asOf: evaluation.asOf, jss: evaluation.jss,
            badges: [risingTalent, topRated, topRatedPlus, expertVetted])
    }

    /// How many more positive contracts of one size it takes to reach `target` JSS.
    ///
    /// Each added contract is ended today with a new client, one payment of `contractEarnings` and top feedback;
    /// the JSS is recomputed from the account's contracts plus the added ones, best window shown. When the account
    /// shows a JSS (`jss`, else the latest `jssHistory` week), that figure is where it starts: the difference from
    /// the contracts' figure is taken as outcome weight the contracts do not show (private feedback), kept as is.
    ///
    /// - Parameters:
    ///   - account: The account; its displayed JSS and its `contracts` are the starting point.
    ///   - target: The JSS to reach, e.g. 90.
    ///   - contractEarnings: The earnings of each added contract, which sets its weight (1, 1.25 or 1.5, J9).
    ///   - policy: The JSS model.
    ///   - today: The evaluation date when the account has no `asOf`.
    ///   - limit: The most contracts to try.
    public static func contractsToReach(
        _ target: Int, contractEarnings: Double, for account: Account,
        policy: Policy = .upwork2025, today: CalendarDate,
        limit: Int = 100
    ) -> WhatIf {
        let asOf = account.asOf ?? today
        let calculator = JSSCalculator(policy: policy)
        let contracts = account.contracts ?? []
        let base = calculator.summary(of: contracts, asOf: asOf)
        let displayed = account.displayedJSS(asOf: asOf)?.value
        let current = displayed ?? base.value
        // The hidden weight that turns the contracts' best window into the displayed figure.
        // (`trending` averages two windows and carries no weights, so the next window with weights stands in.)
        let baseWindow =
            base.windows.first { $0.window == base.window && $0.total != nil }
            ?? base.windows.first { $0.total != nil && ($0.positive ?? 0) > 0 }
        var hidden: Double?
        if let displayed, displayed > 0, let positive = baseWindow?.positive, let total = baseWindow?.total,
            positive > 0
        {
            hidden = positive * 100 / Double(displayed) - total
        }
        func answer(_ needed: Int?, _ resulting: Int?) -> WhatIf {
            var result = WhatIf(
                target: target, contractEarnings: contractEarnings, currentJSS: current,
                contractsNeeded: needed, resultingJSS: resulting)
            result.estimatedJSS = base.value
            result.basis = displayed == nil ? "contracts" : "displayed"
            return result
        }
        if let current, current >= target { return answer(0, current) }
        // A displayed figure the contracts cannot explain (no positive weight to scale) cannot be projected.
        if displayed != nil, hidden == nil { return answer(nil, nil) }
        var added: [Account.Contract] = []
        for count in 0...max(0, limit) {
            let summary = calculator.summary(of: contracts + added, asOf: asOf)
            var value = summary.value
            if let hidden, let window = summary.windows.first(where: { $0.window == baseWindow?.window }),
                let positive = window.positive, let total = window.total, total + hidden > 0
            {
                value = Int((positive * 100 / (total + hidden)).rounded(.down))
            }
            if let value, value >= target { return answer(count, value) }
            added.append(
                Account.Contract(
                    id: "what-if-\(count + 1)", client: "what-if-client-\(count + 1)", started: asOf, ended: asOf,
                    payments: [.init(date: asOf, amount: contractEarnings)],
                    feedback: .init(publicStars: 5, privateScore: 10)))
        }
        return answer(nil, nil)
    }
}

extension Evaluation {
    /// Verdict, earliest date and risks from a badge's checks.
    func result(
        _ badge: BadgeResult.Badge, _ checks: [Check], discretionary: Bool = false,
        warnings: [String]
    ) -> BadgeResult {
        let criteria = checks.map(\.criterion)
        let failing = checks.filter { $0.criterion.status == .fail }
        let verdict: BadgeResult.Verdict
        if !failing.isEmpty {
            verdict = .notEligible
        } else if criteria.contains(where: { $0.status == .unknown }) {
            verdict = .undetermined
        } else {
            verdict = discretionary ? .discretionary : .eligible
        }
        // Failing criteria that wait on the calendar set the date; the others could be fixed today.
        var earliest: CalendarDate? = failing.compactMap(\.criterion.changesOn).reduce(asOf, max)
        if failing.contains(where: \.permanent) { earliest = nil }
        let assumes = earliest.flatMap { date in
            failing.first { $0.criterion.changesOn == date && $0.assumes != nil }?.assumes
        }
        let risks =
            failing.isEmpty
            ? criteria.filter { $0.status == .pass }.compactMap { criterion in
                criterion.changesOn.map {
                    BadgeResult.Risk(date: $0, criterion: criterion.id, explanation: criterion.explanation)
                }
            }.sorted { ($0.date, $0.criterion) < ($1.date, $1.criterion) }
            : []
        var result = BadgeResult(
            badge: badge, verdict: verdict, criteria: criteria, earliest: earliest, risks: risks,
            warnings: warnings)
        result.earliestAssumes = assumes
        return result
    }
}
