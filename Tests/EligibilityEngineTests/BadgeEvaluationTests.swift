import EligibilityEngine
import Foundation
import ProfileModel
import Testing

let asOf = day("2026-06-30")

/// A freelancer who meets every Top Rated criterion on 2026-06-30 with room to spare.
func topRatedFreelancer() -> Account {
    var account = Account()
    account.type = .freelancer
    account.asOf = asOf
    account.firstContractStarted = day("2025-01-01")
    account.jss = 95
    account.jssHistory = (0..<16).map { Account.Week(week: asOf.adding(days: -7 * $0), jss: 95) }
    account.earnings12m = 5000
    account.availability = .init(status: .asNeeded)
    account.holds = []
    account.lastActivity = day("2026-06-01")
    account.offPlatformViolations = []
    account.identityVerified = true
    account.readinessTestPassed = true
    return account
}

/// An agency that meets every Top Rated criterion.
func topRatedAgency() -> Account {
    var account = topRatedFreelancer()
    account.type = .agency
    account.availability = nil
    account.earnings12m = 15_000
    account.owner = .init(jss: nil, profileCompleteness: 100)
    account.members = [.init(name: "A", profileCompleteness: 60), .init(name: "B", profileCompleteness: 60)]
    account.agencyProfile = .init(logo: "https://example.com/logo.png", overview: "We build apps.", services: ["iOS"])
    return account
}

func evaluate(
    _ account: Account, completeness: Double? = 100, risks: [String] = [],
    policy: Policy = .upwork2025
) -> EligibilityReport {
    Eligibility.evaluate(
        account, profileCompleteness: completeness, conductRisks: risks, policy: policy,
        today: day("2000-01-01"))
}

func criterion(_ report: EligibilityReport, _ badge: BadgeResult.Badge, _ id: String) -> Criterion? {
    report[badge]?.criteria.first { $0.id == id }
}

@Suite struct TopRatedTests {
    @Test func baseFreelancerIsEligible() throws {
        let report = evaluate(topRatedFreelancer())
        let topRated = try #require(report[.topRated])
        #expect(topRated.verdict == .eligible)
        #expect(
            topRated.criteria.map(\.id) == [
                "jss", "tenure", "eligible-weeks", "profile", "earnings",
                "availability", "no-recent-hold", "activity",
                "no-off-platform-violation",
            ])
        #expect(topRated.criteria.allSatisfy { $0.status == .pass })
        #expect(topRated.earliest == asOf)
        #expect(report.asOf == asOf)  // the account's asOf wins over today
        #expect(report.jss.value == 95 && report.jss.window == "displayed")
    }

    @Test func anEmptyAccountPassesNothing() throws {
        let report = evaluate(Account(), completeness: nil)
        for badge in report.badges {
            #expect(badge.criteria.allSatisfy { $0.status == .unknown }, "\(badge.badge)")
            #expect(badge.verdict == .undetermined || badge.verdict == .discretionary)
        }
        #expect(report[.topRated]?.verdict == .undetermined)
        #expect(report.asOf == day("2000-01-01"))  // no asOf: the caller's today
    }

    @Test(arguments: [(89, Criterion.Status.fail), (90, .pass), (91, .pass)])
    func jssThreshold(_ jss: Int, _ status: Criterion.Status) {
        var account = topRatedFreelancer()
        account.jss = jss
        #expect(criterion(evaluate(account), .topRated, "jss")?.status == status)
    }

    @Test(
        arguments: [(89, Criterion.Status.fail, "2026-07-02"), (90, .fail, "2026-07-01"), (91, .pass, nil)]
            as [(Int, Criterion.Status, String?)])
    func tenureThreshold(_ daysAgo: Int, _ status: Criterion.Status, _ changesOn: String?) {
        var account = topRatedFreelancer()
        account.firstContractStarted = asOf.adding(days: -daysAgo)
        let tenure = criterion(evaluate(account), .topRated, "tenure")
        #expect(tenure?.status == status)
        // "More than 90 days" is reached 91 days after the start.
        #expect(tenure?.changesOn == changesOn.map(day))
    }

    @Test func tenureIsDerivedFromContracts() {
        var account = topRatedFreelancer()
        account.firstContractStarted = nil
        account.contracts = [job("a", paid: "2026-04-01", 100, stars: 5), job("b", paid: "2026-05-01", 100, stars: 5)]
        // 2026-04-01 is 90 days before 2026-06-30: not yet more than 90; on 2026-07-01 it is.
        let tenure = criterion(evaluate(account), .topRated, "tenure")
        #expect(tenure?.status == .fail)
        #expect(tenure?.changesOn == day("2026-07-01"))
        account.contracts = []
        #expect(criterion(evaluate(account), .topRated, "tenure")?.actual == "no contract yet")
    }

    @Test(
        arguments: [(12, Criterion.Status.fail, "2026-07-07"), (13, .pass, "2026-07-28"), (14, .pass, "2026-07-28")]
            as [(Int, Criterion.Status, String)])
    func eligibleWeeksThreshold(_ eligible: Int, _ status: Criterion.Status, _ changesOn: String) {
        // The newest `eligible` weeks have JSS 95, the older ones 80. With 13 eligible, the oldest eligible week is
        // 84 days old and leaves the 16-week window 112 days after its date: 2026-07-28. With 12, one more eligible
        // week (2026-07-07) makes 13, since no eligible week has left the window by then.
        var account = topRatedFreelancer()
        account.jssHistory = (0..<16).map {
            Account.Week(week: asOf.adding(days: -7 * $0), jss: $0 < eligible ? 95 : 80)
        }
        let weeks = criterion(evaluate(account), .topRated, "eligible-weeks")
        #expect(weeks?.status == status)
        #expect(weeks?.changesOn == day(changesOn))
    }

    @Test func risingTalentWeeksCountAndMissingWeeksAreUnknown() {
        var account = topRatedFreelancer()
        account.jssHistory = (0..<16).map { Account.Week(week: asOf.adding(days: -7 * $0), risingTalent: true) }
        #expect(criterion(evaluate(account), .topRated, "eligible-weeks")?.status == .pass)
        account.jssHistory = (0..<10).map { Account.Week(week: asOf.adding(days: -7 * $0), jss: 95) }
        #expect(criterion(evaluate(account), .topRated, "eligible-weeks")?.status == .unknown)
        account.jssHistory = (0..<10).map { Account.Week(week: asOf.adding(days: -7 * $0), jss: 80) }
        #expect(criterion(evaluate(account), .topRated, "eligible-weeks")?.status == .fail)
    }

    @Test(arguments: [
        (99.9, false, Criterion.Status.fail), (100, false, .pass), (89.9, true, .fail), (90, true, .pass),
        (95, true, .pass),
    ])
    func profileThreshold(_ completeness: Double, _ elance: Bool, _ status: Criterion.Status) {
        var account = topRatedFreelancer()
        account.importedFromElance = elance
        #expect(criterion(evaluate(account, completeness: completeness), .topRated, "profile")?.status == status)
    }

    @Test(arguments: [(999.99, Criterion.Status.fail), (1000, .pass), (1000.01, .pass)])
    func earningsThreshold(_ earnings: Double, _ status: Criterion.Status) {
        var account = topRatedFreelancer()
        account.earnings12m = earnings
        #expect(criterion(evaluate(account), .topRated, "earnings")?.status == status)
    }

    @Test func earningsDerivedFromPaymentsLapseAsPaymentsAge() {
        // $600 on 2025-07-15 and $500 on 2026-03-01: $1,100 in the 12 months to 2026-06-30. The $600 leaves the
        // window on 2026-07-16, leaving $500: below $1,000 from that day.
        var account = topRatedFreelancer()
        account.earnings12m = nil
        account.contracts = [job("a", paid: "2025-07-15", 600, stars: 5), job("b", paid: "2026-03-01", 500, stars: 5)]
        let report = evaluate(account)
        let earnings = criterion(report, .topRated, "earnings")
        #expect(earnings?.status == .pass)
        #expect(earnings?.actual == "$1,100")
        #expect(earnings?.changesOn == day("2026-07-16"))
        #expect(report[.topRated]?.risks.map(\.criterion).contains("earnings") == true)
    }

    @Test func undatedContractEarningsStraddlingTheWindowAreUnknown() {
        var account = topRatedFreelancer()
        account.earnings12m = nil
        account.contracts = [
            Account.Contract(
                client: "a", started: day("2025-01-01"), ended: day("2025-09-01"),
                earnings: 800)
        ]
        #expect(criterion(evaluate(account), .topRated, "earnings")?.status == .unknown)
        account.contracts![0].started = day("2025-07-01")  // the whole run is inside the window
        #expect(criterion(evaluate(account), .topRated, "earnings")?.status == .fail)
    }

    @Test(
        arguments: [
            (Optional(Availability.Status.notAvailable), "2026-06-30", Criterion.Status.fail, nil),
            (.notAvailable, "2026-07-01", .pass, "2026-07-01"), (.notAvailable, nil, .fail, nil),
            (nil, nil, .fail, nil),
            (.moreThan30, nil, .pass, nil),
        ] as [(Availability.Status?, String?, Criterion.Status, String?)])
    func availability(
        _ status: Availability.Status?, _ from: String?, _ expected: Criterion.Status,
        _ changesOn: String?
    ) {
        var account = topRatedFreelancer()
        account.availability = .init(status: status, availableFrom: from.map(day))
        let result = criterion(evaluate(account), .topRated, "availability")
        #expect(result?.status == expected)
        #expect(result?.changesOn == changesOn.map(day))
    }

    @Test(
        arguments: [(90, Criterion.Status.fail, "2026-07-01"), (91, .pass, nil), (0, .fail, "2026-09-29")]
            as [(Int, Criterion.Status, String?)])
    func holdThreshold(_ endedDaysAgo: Int, _ status: Criterion.Status, _ changesOn: String?) {
        var account = topRatedFreelancer()
        let end = asOf.adding(days: -endedDaysAgo)
        account.holds = [.init(from: end.adding(days: -10), to: end)]
        let hold = criterion(evaluate(account), .topRated, "no-recent-hold")
        #expect(hold?.status == status)
        #expect(hold?.changesOn == changesOn.map(day))
    }

    @Test func anOngoingHoldHasNoDate() {
        var account = topRatedFreelancer()
        account.holds = [.init(from: day("2026-06-01"), to: nil)]
        let hold = criterion(evaluate(account), .topRated, "no-recent-hold")
        #expect(hold?.status == .fail)
        #expect(hold?.changesOn == nil)
    }

    @Test(
        arguments: [(90, Criterion.Status.pass, "2026-07-01"), (91, .fail, nil), (0, .pass, "2026-09-29")]
            as [(Int, Criterion.Status, String?)])
    func activityThreshold(_ daysAgo: Int, _ status: Criterion.Status, _ changesOn: String?) {
        var account = topRatedFreelancer()
        account.lastActivity = asOf.adding(days: -daysAgo)
        let activity = criterion(evaluate(account), .topRated, "activity")
        #expect(activity?.status == status)
        #expect(activity?.changesOn == changesOn.map(day))
    }

    @Test func anOldPaymentAloneDoesNotShowInactivity() {
        var account = topRatedFreelancer()
        account.lastActivity = nil
        account.contracts = [job("a", paid: "2026-01-01", 100, stars: 5)]
        #expect(criterion(evaluate(account), .topRated, "activity")?.status == .unknown)
        account.contracts = [job("a", paid: "2026-06-01", 100, stars: 5)]
        #expect(criterion(evaluate(account), .topRated, "activity")?.status == .pass)
    }

    @Test(
        arguments: [
            ("2025-12-30", Criterion.Status.fail, "2026-07-01"), ("2025-12-29", .pass, nil),
            ("2026-06-30", .fail, "2027-01-01"),
        ] as [(String, Criterion.Status, String?)])
    func offPlatformViolationThreshold(_ date: String, _ status: Criterion.Status, _ changesOn: String?) {
        // Six months before 2026-06-30 is 2025-12-30: a violation that day still counts, and ages out on 2026-07-01.
        // One on 2026-06-30 is still inside on 2026-12-31, since six months before 31 December is 30 June (clamped).
        var account = topRatedFreelancer()
        account.offPlatformViolations = [day(date)]
        let conduct = criterion(evaluate(account), .topRated, "no-off-platform-violation")
        #expect(conduct?.status == status)
        #expect(conduct?.changesOn == changesOn.map(day))
    }

    @Test func earliestIsTheLastCalendarGate() throws {
        // Tenure is reached on 2026-07-30 (first contract 2026-04-30, + 91 days); the violation of 2026-02-01 ages
        // out on 2026-08-02. The profile (fixable now) does not set a date. Earliest: 2026-08-02.
        var account = topRatedFreelancer()
        account.firstContractStarted = day("2026-04-30")
        account.offPlatformViolations = [day("2026-02-01")]
        let topRated = try #require(evaluate(account, completeness: 80)[.topRated])
        #expect(topRated.verdict == .notEligible)
        #expect(topRated.earliest == day("2026-08-02"))
        #expect(topRated.risks.isEmpty)
    }

    @Test func riskDatesOfAHeldBadgeAreSorted() throws {
        var account = topRatedFreelancer()
        account.lastActivity = day("2026-05-01")  // lapses 2026-07-31
        account.availability = .init(status: .notAvailable, availableFrom: day("2026-07-10"))
        let topRated = try #require(evaluate(account)[.topRated])
        #expect(topRated.verdict == .eligible)
        #expect(topRated.risks.map(\.date) == [day("2026-07-10"), day("2026-07-28"), day("2026-07-31")])
        #expect(topRated.risks.map(\.criterion) == ["availability", "eligible-weeks", "activity"])
    }

    @Test func computedJSSChangesWhenAContractLeavesTheWindow() {
        // Two positive contracts; the older one's last payment (2024-07-15) leaves the 24-month window on
        // 2026-07-16, and with one job left there is no JSS, so the criterion fails from that day.
        var account = topRatedFreelancer()
        account.jss = nil
        account.jssHistory = nil  // else its latest week is the displayed JSS
        account.contracts = [job("a", paid: "2024-07-15", 500, stars: 5), job("b", paid: "2026-05-01", 500, stars: 5)]
        let jss = criterion(evaluate(account), .topRated, "jss")
        #expect(jss?.status == .pass)
        #expect(jss?.actual == "100")
        #expect(jss?.changesOn == day("2026-07-16"))
    }

    @Test func conductRisksWarnEveryBadge() {
        let report = evaluate(topRatedFreelancer(), risks: ["an email address in the overview"])
        for badge in report.badges {
            #expect(badge.warnings.contains { $0.contains("an email address in the overview") }, "\(badge.badge)")
        }
    }

    @Test func aPolicyOverrideMovesTheThreshold() {
        var policy = Policy.upwork2025
        policy.topRatedJSS = 96
        #expect(criterion(evaluate(topRatedFreelancer(), policy: policy), .topRated, "jss")?.status == .fail)
    }
}

@Suite struct AgencyTests {
    @Test func baseAgencyIsEligible() throws {
        let topRated = try #require(evaluate(topRatedAgency())[.topRated])
        #expect(topRated.verdict == .eligible, "\(topRated.criteria.filter { $0.status != .pass })")
        #expect(topRated.criteria.map(\.id).contains("member-profiles"))
        #expect(!topRated.criteria.map(\.id).contains("availability"))
    }

    @Test func kindIsInferredFromAgencyFields() {
        var account = topRatedAgency()
        account.type = nil
        #expect(account.kind == .agency)
        #expect(topRatedFreelancer().kind == .freelancer)
    }

    @Test(arguments: [(1, Criterion.Status.fail), (2, .pass), (3, .pass)])
    func memberCount(_ count: Int, _ status: Criterion.Status) {
        var account = topRatedAgency()
        account.members = (0..<count).map { _ in .init(profileCompleteness: 80) }
        #expect(criterion(evaluate(account), .topRated, "members")?.status == status)
    }

    @Test(
        arguments: [
            ([59.0, 60.0], Criterion.Status.fail), ([60, 60], .pass), ([100, 21], .pass), ([30, 89], .fail),
            ([80, nil], .unknown), ([100, 100, nil], .pass), ([10, 10, nil], .fail),
        ] as [([Double?], Criterion.Status)])
    func memberCompletenessAverage(_ values: [Double?], _ status: Criterion.Status) {
        // With a member's figure missing, the average lies between counting it as 0% and as 100%.
        var account = topRatedAgency()
        account.members = values.map { .init(profileCompleteness: $0) }
        #expect(criterion(evaluate(account), .topRated, "member-profiles")?.status == status)
    }

    @Test(arguments: [(nil, Criterion.Status.pass), (89, .fail), (90, .pass)] as [(Int?, Criterion.Status)])
    func ownerJSS(_ jss: Int?, _ status: Criterion.Status) {
        var account = topRatedAgency()
        account.owner?.jss = jss
        #expect(criterion(evaluate(account), .topRated, "owner-jss")?.status == status)
    }

    @Test func ownerProfileAndAgencyProfile() {
        var account = topRatedAgency()
        account.owner?.profileCompleteness = 99
        account.agencyProfile?.logo = nil
        account.agencyProfile?.services = []
        let report = evaluate(account)
        #expect(criterion(report, .topRated, "owner-profile")?.status == .fail)
        #expect(criterion(report, .topRated, "agency-profile")?.actual == "missing logo and services")
    }

    @Test(arguments: [(9999.99, Criterion.Status.fail), (10_000, .pass)])
    func agencyEarnings(_ earnings: Double, _ status: Criterion.Status) {
        var account = topRatedAgency()
        account.earnings12m = earnings
        #expect(criterion(evaluate(account), .topRated, "earnings")?.status == status)
    }

    @Test func aMemberHoldCounts() {
        var account = topRatedAgency()
        account.members?[1].holds = [.init(from: day("2026-05-01"), to: day("2026-05-10"))]
        #expect(criterion(evaluate(account), .topRated, "no-recent-hold")?.status == .fail)
    }
}

@Suite struct TopRatedPlusTests {
    func account(
        category: String?, earnings: Double, paid: String = "2026-03-01", stars: Double = 5,
        disputed: Bool = false
    ) -> Account {
        var account = topRatedFreelancer()
        account.earnings12m = 25_000
        account.contracts = [job("big", paid: paid, earnings, stars: stars, disputed: disputed, category: category)]
        return account
    }

    @Test(arguments: [
        ("Design & Creative", 5000.0, true), ("Design & Creative", 4999.99, false), ("Writing", 5000, true),
        ("Legal", 5000, true), ("Translation", 4999, false), ("Engineering & Architecture", 5000, true),
        ("Sales & Marketing", 9999.99, false), ("Sales & Marketing", 10_000, true),
        ("Data Science & Analytics", 10_000, true),
        ("Data Science & Analytics", 9999, false), ("Web, Mobile & Software Dev", 14_999.99, false),
        ("web-mobile-software", 15_000, true), ("Customer Service", 19_999.99, false),
        ("customer support", 20_000, true),
    ])
    func largeContractThresholdByCategory(_ category: String, _ earnings: Double, _ passes: Bool) {
        let large = criterion(
            evaluate(account(category: category, earnings: earnings)), .topRatedPlus, "large-contract")
        #expect(large?.status == (passes ? .pass : .fail))
    }

    @Test func aQualifyingContractMakesTheBadgeAndLapsesAfterTwelveMonths() throws {
        let result = try #require(evaluate(account(category: "Writing", earnings: 6000))[.topRatedPlus])
        #expect(result.verdict == .eligible)
        #expect(result.criteria.first { $0.id == "large-contract" }?.changesOn == day("2027-03-02"))
    }

    @Test func negativeOrOldContractsDoNotQualify() {
        let disputed = evaluate(account(category: "Writing", earnings: 6000, disputed: true))
        #expect(criterion(disputed, .topRatedPlus, "large-contract")?.status == .fail)
        let lowRating = evaluate(account(category: "Writing", earnings: 6000, stars: 2))
        #expect(criterion(lowRating, .topRatedPlus, "large-contract")?.status == .fail)
        let old = evaluate(account(category: "Writing", earnings: 6000, paid: "2025-06-29"))
        #expect(criterion(old, .topRatedPlus, "large-contract")?.status == .fail)
    }

    @Test func aContractWithoutCategoryIsBoundedByTheThresholds() {
        #expect(
            criterion(evaluate(account(category: nil, earnings: 20_000)), .topRatedPlus, "large-contract")?.status
                == .pass)
        #expect(
            criterion(evaluate(account(category: nil, earnings: 7000)), .topRatedPlus, "large-contract")?.status
                == .unknown)
        #expect(
            criterion(evaluate(account(category: nil, earnings: 4000)), .topRatedPlus, "large-contract")?.status
                == .fail)
    }

    @Test(arguments: [(9999.99, Criterion.Status.fail), (10_000, .pass)])
    func freelancerEarnings(_ earnings: Double, _ status: Criterion.Status) {
        var account = account(category: "Writing", earnings: 6000)
        account.earnings12m = earnings
        #expect(criterion(evaluate(account), .topRatedPlus, "trp-earnings")?.status == status)
    }

    @Test(arguments: [(20_000.0, Criterion.Status.fail), (20_000.01, .pass)])
    func agencyEarningsMustExceedTwentyThousand(_ earnings: Double, _ status: Criterion.Status) {
        var account = topRatedAgency()
        account.earnings12m = earnings
        #expect(criterion(evaluate(account), .topRatedPlus, "trp-earnings")?.status == status)
    }

    @Test func topRatedIsAPrerequisite() throws {
        var failing = account(category: "Writing", earnings: 6000)
        failing.firstContractStarted = day("2026-06-01")
        let result = try #require(evaluate(failing)[.topRatedPlus])
        #expect(result.verdict == .notEligible)
        #expect(result.criteria.first?.id == "top-rated")
        #expect(result.criteria.first?.changesOn == day("2026-08-31"))
        #expect(result.earliest == day("2026-08-31"))
    }
}

@Suite struct DiscretionaryBadgeTests {
    func newcomer() -> Account {
        var account = topRatedFreelancer()
        account.jss = nil
        account.jssHistory = nil
        account.contracts = []
        account.firstContractStarted = nil
        account.lastActivity = nil
        account.joined = day("2026-06-20")
        return account
    }

    @Test func aNewcomerMayGetRisingTalent() throws {
        let result = try #require(evaluate(newcomer())[.risingTalent])
        #expect(result.verdict == .discretionary, "\(result.criteria.filter { $0.status != .pass })")
        // Joined 2026-06-20: the 30-day route lasts through 2026-07-20.
        #expect(result.criteria.first { $0.id == "active-or-new" }?.changesOn == day("2026-07-21"))
    }

    @Test(arguments: [(30, Criterion.Status.pass), (31, .fail)])
    func joinedWithinThirtyDays(_ daysAgo: Int, _ status: Criterion.Status) {
        var account = newcomer()
        account.joined = asOf.adding(days: -daysAgo)
        account.lastActivity = day("2025-01-01")
        #expect(criterion(evaluate(account), .risingTalent, "active-or-new")?.status == status)
    }

    @Test func aJSSEndsRisingTalentForGood() throws {
        let result = try #require(evaluate(topRatedFreelancer())[.risingTalent])
        #expect(result.verdict == .notEligible)
        #expect(result.earliest == nil)
    }

    @Test func readinessTestIsRequiredInTheClassicVariant() {
        var account = newcomer()
        account.readinessTestPassed = false
        #expect(evaluate(account)[.risingTalent]?.verdict == .notEligible)
    }

    @Test(arguments: [(4.8, 250.0, Criterion.Status.pass), (4.79, 250, .fail), (4.8, 249.99, .fail)])
    func reportedVariantRatingAndEarnings(_ stars: Double, _ earnings: Double, _ status: Criterion.Status) {
        var policy = Policy.upwork2025
        policy.risingTalentVariant = .reported2025
        var account = newcomer()
        account.earnings12m = earnings
        account.contracts = [job("a", paid: "2026-05-01", earnings, stars: stars)]
        let report = evaluate(account, policy: policy)
        #expect(criterion(report, .risingTalent, "rating-or-invitation")?.status == status)
        #expect(criterion(report, .risingTalent, "readiness-test") == nil)
        #expect(criterion(report, .risingTalent, "identity-verified")?.status == .pass)
    }

    @Test func expertVettedIsInvitationOnly() throws {
        var account = topRatedFreelancer()
        account.contracts = [
            job("a", paid: "2026-05-01", 9000, stars: 5, category: "Design & Creative"),
            job("b", paid: "2026-05-02", 100, stars: 5, category: "Admin Support"),
        ]
        let result = try #require(evaluate(account)[.expertVetted])
        #expect(result.verdict == .discretionary)
        #expect(result.earliest == nil)
        #expect(result.criteria.first { $0.id == "invitation" }?.status == .unknown)
        #expect(result.criteria.first { $0.id == "category" }?.actual == "Design & Creative")
        #expect(result.warnings.first == "invitation only (B14)")
    }
}

@Suite struct WhatIfAndEncodingTests {
    @Test func contractsNeededWorkedByHand() {
        // One positive and one negative $2,000 contract (weight 1.5 each): (1.5 − 1.5) / 3 = 0.
        // Adding n positive $500 contracts (weight 1.25): (1.25n) / (3 + 1.25n) ≥ 0.9 ⇔ 0.125n ≥ 2.7 ⇔ n ≥ 21.6.
        // n = 22: 27.5 / 30.5 = 90.16 → 90.  n = 21: 26.25 / 29.25 = 89.74 → 89.
        var account = Account()
        account.contracts = [
            job("a", paid: "2026-06-01", 2000, stars: 5), job("b", paid: "2026-06-02", 2000, stars: 1),
        ]
        let answer = Eligibility.contractsToReach(90, contractEarnings: 500, for: account, today: asOf)
        #expect(answer.currentJSS == 0)
        #expect(answer.contractsNeeded == 22)
        #expect(answer.resultingJSS == 90)
    }

    @Test func newcomersNeedTwoClientsAndPerfectionIsOutOfReachWithANegative() {
        let first = Eligibility.contractsToReach(90, contractEarnings: 100, for: Account(), today: asOf)
        #expect(first.contractsNeeded == 2)
        #expect(first.currentJSS == nil)
        var account = Account()
        account.contracts = [
            job("a", paid: "2026-06-01", 2000, stars: 5), job("b", paid: "2026-06-02", 2000, stars: 1),
        ]
        #expect(
            Eligibility.contractsToReach(100, contractEarnings: 100, for: account, today: asOf, limit: 50)
                .contractsNeeded == nil)
    }

    @Test func reportEncodesWithTheDocumentedNames() throws {
        let data = try JSONEncoder().encode(evaluate(Account(), completeness: nil))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["policy", "asOf", "jss", "badges"])
        #expect(object["policy"] as? String == "upwork-2025")
        let jss = try #require(object["jss"] as? [String: Any])
        #expect(Set(jss.keys) == ["value", "window", "windows", "week", "estimate", "estimateWindow"])
        #expect(jss["value"] is NSNull)
        let badges = try #require(object["badges"] as? [[String: Any]])
        #expect(
            badges.map { $0["badge"] as? String } == ["rising-talent", "top-rated", "top-rated-plus", "expert-vetted"])
        #expect(Set(badges[1].keys).isSuperset(of: ["badge", "verdict", "criteria", "earliest"]))
        let first = try #require((badges[1]["criteria"] as? [[String: Any]])?.first)
        #expect(Set(first.keys).isSuperset(of: ["status", "actual", "required", "explanation", "changesOn"]))
        #expect(first["changesOn"] is NSNull)
    }

    @Test func policyDecodingOverridesOnlyWhatIsGiven() throws {
        let json = #"{"topRatedJSS": 85, "classification": {"negativeStarsBelow": 3}}"#
        let policy = try JSONDecoder().decode(Policy.self, from: Data(json.utf8))
        var expected = Policy.upwork2025
        expected.topRatedJSS = 85
        expected.classification.negativeStarsBelow = 3
        #expect(policy == expected)
        let roundTrip = try JSONDecoder().decode(Policy.self, from: JSONEncoder().encode(Policy.upwork2025))
        #expect(roundTrip == .upwork2025)
    }
}
