extension Policy {
    /// The default policy: the newest published numbers as of 2025 (`upwork-rules.md` §2–3).
    public static let upwork2025 = Policy(
        id: "upwork-2025",
        jssMaxAgeMonths: 24,  // J9, J11
        jssWindowsMonths: [24, 12, 6],  // J1, J4; J9 names only 24 months, J14/B15 still best-of-three
        jssTrendingMonths: [6, 3],  // J7
        jssMinimumJobs: 2,  // J8, J11
        jssMinimumClients: 2,  // J8, J11 (J9's "in your lifetime" is the looser reading)
        jssWeightBands: [WeightBand(upTo: 250, weight: 1), WeightBand(upTo: 1000, weight: 1.25)],  // J9
        jssTopWeight: 1.5,  // J9
        jssLongTermPeriodMonths: 3,  // J9, J10
        jssMaxContractWeight: 8,  // J9
        classification: FeedbackClassification(),
        topRatedJSS: 90,  // B6, B7, B2
        tenureDays: 90,  // B6, B7, B2
        eligibleWeeksRequired: 13,  // B2, B6, B7, B18
        eligibleWeeksWindow: 16,
        profileCompleteness: 100,  // B1, B2, B6
        elanceProfileCompleteness: 90,  // B1, B6
        earnings12m: 1000,  // B1, B2, B6
        agencyEarnings12m: 10_000,  // B1, B3
        holdFreeDays: 90,  // B1, B6, J16, J17
        activityDays: 90,  // B1, B6
        violationFreeMonths: 6,  // B5
        agencyMinimumMembers: 2,  // B1, B3
        agencyMemberCompleteness: 60,  // B1, B3, B5
        agencyOwnerCompleteness: 100,  // B1, B3
        agencyOwnerJSS: 90,  // B1
        topRatedPlusEarnings12m: 10_000,  // B8, B15
        topRatedPlusAgencyEarningsAbove: 20_000,  // B10, B12
        largeContractThresholds: [  // B9, B12, B15; B13 quoted $30k for web in 2021
            LargeContractThreshold(category: "design-creative", names: ["design", "design & creative"], amount: 5000),
            LargeContractThreshold(
                category: "engineering-architecture",
                names: ["engineering", "engineering & architecture"], amount: 5000),
            LargeContractThreshold(category: "writing", names: ["writing"], amount: 5000),
            LargeContractThreshold(category: "legal", names: ["legal"], amount: 5000),
            LargeContractThreshold(category: "translation", names: ["translation"], amount: 5000),
            LargeContractThreshold(
                category: "sales-marketing", names: ["sales & marketing", "sales", "marketing"],
                amount: 10_000),
            LargeContractThreshold(
                category: "web-mobile-software",
                names: [
                    "web, mobile & software dev", "web-mobile-software", "web", "mobile",
                    "software", "web development", "mobile development",
                    "software development",
                ],
                amount: 15_000),
            LargeContractThreshold(
                category: "customer-service",
                names: ["customer service", "customer support", "customer service/support"],
                amount: 20_000),
        ],
        defaultLargeContractThreshold: 10_000,  // B9, B12: "sales & marketing and other categories"
        risingTalentVariant: .classic,
        risingTalentJoinedDays: 30,  // B4, B20
        risingTalentMinimumStars: 4.8,  // B15 (L)
        risingTalentEarnings12m: 250,  // B15 (L)
        expertVettedCategories: [  // B14, newer version
            "web, mobile & software dev", "design & creative", "sales & marketing", "hr", "consulting", "writing",
            "it & networking", "data science & analytics",
        ],
        sources: [
            "jss": "B6, B7, B2; computed per J9",
            "tenure": "B6, B7, B2; agencies B3",
            "eligible-weeks": "B2, B6, B7, B18",
            "profile": "B1, B2, B6",
            "earnings": "B1, B2, B6; agencies B1, B3",
            "availability": "B6",
            "no-recent-hold": "B1, B6, J16, J17; agencies B1, B3",
            "activity": "B1, B6",
            "no-off-platform-violation": "B5, B15",
            "members": "B1, B3",
            "member-profiles": "B1, B3, B5",
            "owner-profile": "B1, B3",
            "owner-jss": "B1",
            "agency-profile": "B1",
            "top-rated": "B8, B11, B15",
            "trp-earnings": "B8, B15; agencies B10, B12",
            "large-contract": "B9, B10, B11, B12, B15",
            "no-jss-yet": "B4, B7, B16",
            "readiness-test": "B4, B2",
            "active-or-new": "B4, B20",
            "rating-or-invitation": "B15",
            "no-negative-feedback": "B15",
            "identity-verified": "B15",
            "jss-if-any": "B15",
            "invitation": "B14",
            "category": "B14",
        ]
    )

    /// The built-in policies by id.
    public static let builtIn: [String: Policy] = [upwork2025.id: upwork2025]
}
