import ProfileModel

/// Rising Talent and Expert-Vetted: badges the marketplace awards at its discretion (`upwork-rules.md` §3.4–3.5).
extension Evaluation {
    /// Rising Talent, classic (B4, B2, B20) or the reported newer variant (B15).
    func risingTalent() -> [Check] {
        var checks: [Check]
        switch policy.risingTalentVariant {
        case .classic:
            checks = [
                noJSSYetCheck(),
                profileCheck(completeness: profileCompleteness, minimum: requiredProfileCompleteness, whose: "the"),
                availabilityCheck(),
                holdCheck(),
                conductCheck(),
                activeOrNewCheck(),
                flagCheck("readiness-test", account.readinessTestPassed, what: "the Upwork Readiness Test", "passed"),
            ]
        case .reported2025:
            checks = [
                ratingOrInvitationCheck(),
                profileCheck(completeness: profileCompleteness, minimum: requiredProfileCompleteness, whose: "the"),
                activityCheck(),
                jssIfAnyCheck(),
                holdCheck(),
                noNegativeFeedbackCheck(),
                flagCheck("identity-verified", account.identityVerified, what: "identity", "verified"),
                conductCheck(),
            ]
        }
        if account.kind == .agency {
            // Agencies also need members and the owner's profile (B4, B3).
            checks += [
                membersCheck(),
                memberProfilesCheck(),
                profileCheck(
                    "owner-profile", completeness: account.owner?.profileCompleteness,
                    minimum: policy.agencyOwnerCompleteness, whose: "the owner's"),
            ]
        }
        return checks
    }

    /// No JSS yet: a JSS replaces Rising Talent (B7, B16).
    func noJSSYetCheck() -> Check {
        let required = "no JSS yet"
        if let value = jss.value {
            return check(
                "no-jss-yet", .fail, actual: "JSS \(value)", required: required,
                "the account has a JSS, which replaces Rising Talent", permanent: true)
        }
        if jssInputMissing {
            return check("no-jss-yet", .unknown, actual: nil, required: required, "no JSS or contracts given")
        }
        return check("no-jss-yet", .pass, actual: "none", required: required, "no JSS yet")
    }

    /// Active in the last 90 days, or joined in the last 30 (B4, B20).
    func activeOrNewCheck() -> Check {
        let required =
            "active in \(Wording.count(policy.activityDays, "day")) or joined in "
            + "\(Wording.number(policy.risingTalentJoinedDays))"
        // The last day each route still passes; the criterion lapses the day after the later one.
        var lastDays: [CalendarDate] = []
        var unknown = false
        if let (last, paymentOnly) = lastActivity {
            let until = last.adding(days: policy.activityDays)
            if until >= asOf { lastDays.append(until) } else if paymentOnly { unknown = true }
        } else {
            unknown = true
        }
        if let joined = account.joined {
            let until = joined.adding(days: policy.risingTalentJoinedDays)
            if until >= asOf, joined <= asOf { lastDays.append(until) }
        } else {
            unknown = true
        }
        if let until = lastDays.max() {
            let lapse = until.adding(days: 1)
            return check(
                "active-or-new", .pass, actual: "until \(until)", required: required,
                "active or newly joined; lapses on \(lapse) without new activity", changesOn: lapse)
        }
        return check(
            "active-or-new", unknown ? .unknown : .fail, actual: lastActivity.map { "\($0.date)" },
            required: required, unknown ? "activity or join date not given" : "no recent activity")
    }

    /// A yes/no account fact that must be `true`.
    func flagCheck(_ id: String, _ flag: Bool?, what: String, _ adjective: String) -> Check {
        guard let flag else {
            return check(id, .unknown, actual: nil, required: adjective, "whether \(what) is \(adjective) is not given")
        }
        return check(
            id, flag ? .pass : .fail, actual: flag ? adjective : "not \(adjective)", required: adjective,
            "\(what) is \(flag ? "" : "not ")\(adjective)")
    }

    /// Reported variant: an invitation, or an average ≥ 4.8 stars with ≥ $250 in 12 months (B15).
    func ratingOrInvitationCheck() -> Check {
        let required =
            "invitation, or ≥ \(Format.number(policy.risingTalentMinimumStars)) stars and "
            + "≥ \(Format.money(policy.risingTalentEarnings12m)) in 12 months"
        let stars = (contracts ?? []).compactMap { $0.feedback?.publicStars }
        let earnings = earningsCheck("rating-or-invitation", minimum: policy.risingTalentEarnings12m).criterion
        guard !stars.isEmpty, earnings.status != .unknown else {
            return check(
                "rating-or-invitation", .unknown, actual: nil, required: required,
                "ratings or earnings are not given, and invitations cannot be checked")
        }
        let average = stars.reduce(0, +) / Double(stars.count)
        let actual = "\(Format.number(average)) stars, \(earnings.actual ?? "")"
        let passes = average >= policy.risingTalentMinimumStars && earnings.status == .pass
        return check(
            "rating-or-invitation", passes ? .pass : .fail, actual: actual, required: required,
            passes ? "rating and earnings qualify" : "rating or earnings too low, unless Upwork invites you")
    }

    /// Reported variant: JSS ≥ 90 when there is one (B15).
    func jssIfAnyCheck() -> Check {
        guard jss.value != nil else {
            return check(
                "jss-if-any", jssInputMissing ? .unknown : .pass, actual: jssInputMissing ? nil : "none",
                required: "≥ \(policy.topRatedJSS) when there is a JSS", "no JSS yet")
        }
        var result = jssCheck("jss-if-any", minimum: policy.topRatedJSS)
        result.criterion.required = "≥ \(policy.topRatedJSS) when there is a JSS"
        return result
    }

    /// Reported variant: no negative public or private feedback (B15).
    func noNegativeFeedbackCheck() -> Check {
        let required = "no negative feedback"
        guard let contracts else {
            return check("no-negative-feedback", .unknown, actual: nil, required: required, "no contracts given")
        }
        let negative = contracts.filter { policy.classification.outcome(of: $0) == .negative }
        let names = Wording.list(negative.map { $0.id ?? $0.client ?? "a contract" })
        return check(
            "no-negative-feedback", negative.isEmpty ? .pass : .fail,
            actual: negative.isEmpty ? "none" : Wording.number(negative.count), required: required,
            negative.isEmpty ? "no negative feedback" : "negative feedback on \(names)")
    }

    // MARK: - Expert-Vetted

    /// Expert-Vetted is by invitation only (B14): report that, and the one thing that can be checked.
    func expertVetted() -> [Check] {
        let invitation = check(
            "invitation", .unknown, actual: nil, required: "an invitation and a vetting call",
            "invitation only: Upwork invites talent to a 30-minute vetting call; no published "
                + "JSS or earnings minimum")
        let required = "a vetted category"
        var earningsByCategory: [String: Double] = [:]
        for contract in contracts ?? [] {
            if let category = contract.category { earningsByCategory[category, default: 0] += contract.totalEarnings }
        }
        guard let main = earningsByCategory.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else {
            return [
                invitation,
                check(
                    "category", .unknown, actual: nil, required: required,
                    "no contract categories given"),
            ]
        }
        let vetted = policy.expertVettedCategories.map(Policy.normalized).contains(Policy.normalized(main))
        return [
            invitation,
            check(
                "category", vetted ? .pass : .fail, actual: main, required: required,
                vetted ? "\(main) is a vetted category" : "\(main) is not among the vetted categories"),
        ]
    }
}
