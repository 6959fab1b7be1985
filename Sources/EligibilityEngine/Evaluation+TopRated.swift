import ProfileModel

/// Top Rated and Top Rated Plus (`upwork-rules.md` §3.1–3.3).
extension Evaluation {
    /// Top Rated: §3.1 for freelancers (B6, B7, B5), §3.2 for agencies (B1, B3).
    func topRated() -> [Check] {
        guard account.kind == .agency else {
            return [
                jssCheck(minimum: policy.topRatedJSS),
                tenureCheck(),
                eligibleWeeksCheck(),
                profileCheck(completeness: profileCompleteness, minimum: requiredProfileCompleteness, whose: "the"),
                earningsCheck("earnings", minimum: policy.earnings12m),
                availabilityCheck(),
                holdCheck(),
                activityCheck(),
                conductCheck(),
            ]
        }
        return [
            jssCheck(minimum: policy.topRatedJSS),
            ownerJSSCheck(),
            tenureCheck(),
            eligibleWeeksCheck(),
            membersCheck(),
            memberProfilesCheck(),
            profileCheck(
                "owner-profile", completeness: account.owner?.profileCompleteness,
                minimum: policy.agencyOwnerCompleteness, whose: "the owner's"),
            agencyProfileCheck(),
            earningsCheck("earnings", minimum: policy.agencyEarnings12m),
            holdCheck(),
            activityCheck(),
            conductCheck(),
        ]
    }

    /// Top Rated Plus: Top Rated, 12-month earnings, and one large contract (B8, B10, B11, B15).
    func topRatedPlus(topRated: BadgeResult) -> [Check] {
        let earnings =
            account.kind == .agency
            ? earningsCheck("trp-earnings", minimum: policy.topRatedPlusAgencyEarningsAbove, strictly: true)
            : earningsCheck("trp-earnings", minimum: policy.topRatedPlusEarnings12m)
        return [prerequisiteCheck(topRated), earnings, largeContractCheck()]
    }

    /// Holding Top Rated (B8, B11).
    func prerequisiteCheck(_ topRated: BadgeResult) -> Check {
        let required = "Top Rated"
        switch topRated.verdict {
        case .eligible, .discretionary:
            return check(
                "top-rated", .pass, actual: "eligible", required: required, "Top Rated criteria are met",
                changesOn: topRated.risks.first?.date)
        case .notEligible:
            let failing = Wording.list(topRated.criteria.filter { $0.status == .fail }.map(\.id))
            return check(
                "top-rated", .fail, actual: "not eligible", required: required,
                "Top Rated is not met (\(failing))",
                changesOn: topRated.earliest.flatMap { $0 > asOf ? $0 : nil }, assumes: topRated.earliestAssumes)
        case .undetermined:
            return check(
                "top-rated", .unknown, actual: "undetermined", required: required,
                "Top Rated cannot be decided from the input")
        }
    }

    /// One single contract at or over its category's large-contract threshold, with earnings in the last 12 months
    /// and no negative outcome (B9, B10, B11, B12, B15). Contracts with the same client are not combined (B10).
    func largeContractCheck() -> Check {
        let required = "one contract ≥ its category's large-contract amount, paid in the last 12 months"
        guard let contracts else {
            return check("large-contract", .unknown, actual: nil, required: required, "no contracts given")
        }
        let amounts = policy.largeContractThresholds.map(\.amount) + [policy.defaultLargeContractThreshold]
        var qualifying: [(contract: Account.Contract, lastPaid: CalendarDate)] = []
        var uncertain = false
        for contract in contracts {
            let lastPaid = contract.payments.map(\.date).max() ?? contract.ended ?? asOf
            guard lastPaid.isWithin(months: 12, endingOn: asOf), contract.totalEarnings > 0 else { continue }
            let outcome = policy.classification.outcome(of: contract)
            guard outcome != .negative else { continue }
            let total = contract.totalEarnings
            if let category = contract.category {
                if total >= policy.largeContractThreshold(forCategory: category) {
                    qualifying.append((contract, lastPaid))
                }
            } else if total >= amounts.max() ?? 0 {
                qualifying.append((contract, lastPaid))
            } else if total >= amounts.min() ?? 0 {
                uncertain = true
            }
        }
        if let best = qualifying.max(by: { $0.lastPaid < $1.lastPaid }) {
            let lapse = best.lastPaid.leavesWindow(ofMonths: 12)
            let name = best.contract.id ?? best.contract.client ?? "a contract"
            return check(
                "large-contract", .pass, actual: "\(name): \(Format.money(best.contract.totalEarnings))",
                required: required,
                "\(name) earned \(Format.money(best.contract.totalEarnings))"
                    + (best.contract.category.map { " in \($0)" } ?? "")
                    + "; its last payment leaves the 12-month window on \(lapse)",
                changesOn: lapse)
        }
        if uncertain {
            return check(
                "large-contract", .unknown, actual: nil, required: required,
                "a large contract has no category, so its threshold is not known")
        }
        let largest = contracts.max { $0.totalEarnings < $1.totalEarnings }
        return check(
            "large-contract", .fail, actual: largest.map { Format.money($0.totalEarnings) } ?? "none",
            required: required, "no single recent contract without a negative outcome reaches its threshold")
    }

    // MARK: - Agencies

    /// The owner's JSS, when they have one (B1).
    func ownerJSSCheck() -> Check {
        let required = "≥ \(policy.agencyOwnerJSS) when the owner has a JSS"
        guard let owner = account.owner else {
            return check("owner-jss", .unknown, actual: nil, required: required, "the agency owner is not given")
        }
        guard let jss = owner.jss else {
            return check("owner-jss", .pass, actual: "none", required: required, "the owner has no JSS")
        }
        return check(
            "owner-jss", jss >= policy.agencyOwnerJSS ? .pass : .fail, actual: "\(jss)", required: required,
            "the owner's JSS is \(jss)")
    }

    /// At least `agencyMinimumMembers` members (B1, B3).
    func membersCheck() -> Check {
        let required = "≥ \(Wording.count(policy.agencyMinimumMembers, "member"))"
        guard let members = account.members else {
            return check("members", .unknown, actual: nil, required: required, "the agency's members are not given")
        }
        return check(
            "members", members.count >= policy.agencyMinimumMembers ? .pass : .fail,
            actual: Wording.number(members.count), required: required,
            "the agency has \(Wording.count(members.count, "member"))")
    }

    /// Average member profile completeness (B1, B3, B5). Members without a figure are bounded by 0% and 100%.
    func memberProfilesCheck() -> Check {
        let minimum = policy.agencyMemberCompleteness
        let required = "average ≥ \(Format.percent(minimum))"
        guard let members = account.members, !members.isEmpty else {
            let status: Criterion.Status = account.members == nil ? .unknown : .fail
            return check("member-profiles", status, actual: nil, required: required, "no members to average")
        }
        let known = members.compactMap(\.profileCompleteness)
        let sum = known.reduce(0, +)
        let count = Double(members.count)
        let low = sum / count
        let high = (sum + 100 * Double(members.count - known.count)) / count
        if known.count == members.count {
            return check(
                "member-profiles", low >= minimum ? .pass : .fail, actual: Format.percent(low),
                required: required, "members' profiles average \(Format.percent(low))")
        }
        let status: Criterion.Status = low >= minimum ? .pass : high < minimum ? .fail : .unknown
        // Why a named profile gave no figure (unreadable, invalid, outside the repository), so it can be fixed.
        let problems = members.enumerated().compactMap { index, member in
            member.profileProblem.map { "\(member.name ?? "member \(index + 1)"): \($0)" }
        }
        return check(
            "member-profiles", status, actual: "\(Format.percent(low))–\(Format.percent(high))",
            required: required,
            "completeness is not known for \(Wording.number(members.count - known.count)) of "
                + "\(Wording.count(members.count, "member")) (score their profiles)"
                + (problems.isEmpty ? "" : "; " + problems.joined(separator: "; "))
        )
    }

    /// Logo, overview and services on the agency profile (B1).
    func agencyProfileCheck() -> Check {
        let required = "logo, overview and services"
        guard let profile = account.agencyProfile else {
            return check("agency-profile", .unknown, actual: nil, required: required, "the agency profile is not given")
        }
        let missing = [
            (profile.logo ?? "").isEmpty ? "logo" : nil,
            (profile.overview ?? "").allSatisfy(\.isWhitespace) ? "overview" : nil,
            profile.services.isEmpty ? "services" : nil,
        ].compactMap { $0 }
        return check(
            "agency-profile", missing.isEmpty ? .pass : .fail,
            actual: missing.isEmpty ? "complete" : "missing " + Wording.list(missing),
            required: required,
            missing.isEmpty
                ? "the agency profile has a logo, an overview and services"
                : "the agency profile lacks " + Wording.list(missing))
    }
}
