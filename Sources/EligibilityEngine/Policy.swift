/// Every number the engine checks against, with the research source of each (`upwork-rules.md` IDs).
///
/// A policy is plain data: start from `Policy.upwork2025` and change any property to override it. Decoding
/// starts from `upwork2025` too, so a configuration file names only what it changes.
public struct Policy: Sendable, Hashable, Codable {
    /// One contract-size band of the JSS weights (source J9).
    public struct WeightBand: Sendable, Hashable, Codable {
        /// The band covers earnings up to and including this amount.
        public var upTo: Double
        /// How many jobs a contract in this band counts as.
        public var weight: Double

        /// Creates a band.
        public init(upTo: Double, weight: Double) {
            self.upTo = upTo
            self.weight = weight
        }
    }

    /// A category's large-contract threshold for Top Rated Plus (sources B9, B12, B15).
    public struct LargeContractThreshold: Sendable, Hashable, Codable {
        /// A stable id, e.g. `web-mobile-software`.
        public var category: String
        /// Category names that map here; compared ignoring case, spaces and punctuation.
        public var names: [String]
        /// The smallest single-contract total that counts as large.
        public var amount: Double

        /// Creates a threshold.
        public init(category: String, names: [String], amount: Double) {
            self.category = category
            self.names = names
            self.amount = amount
        }
    }

    /// Which Rising Talent criteria to check.
    public enum RisingTalentVariant: String, Sendable, Hashable, Codable, CaseIterable {
        /// Readiness test, no JSS yet, activity or a recent join (sources B4, B2, B20).
        case classic
        /// The newer criteria seen only in a secondary note: 4.8 stars and $250 or an invitation (source B15).
        case reported2025 = "reported-2025"
    }

    /// The policy's id, echoed in reports.
    public var id: String

    // MARK: - JSS model

    /// Contracts whose last transaction is older than this are ignored (sources J9, J11).
    public var jssMaxAgeMonths: Int
    /// The windows scored; the best one is shown (sources J1, J4, J7).
    public var jssWindowsMonths: [Int]
    /// The two windows averaged into the trending score (source J7); empty to drop trending.
    public var jssTrendingMonths: [Int]
    /// Eligible jobs a window needs before it has a score (source J8).
    public var jssMinimumJobs: Int
    /// Distinct clients a window needs before it has a score (sources J8, J11).
    public var jssMinimumClients: Int
    /// Contract weights by total earnings, ascending (source J9).
    public var jssWeightBands: [WeightBand]
    /// The weight above the last band (source J9).
    public var jssTopWeight: Double
    /// Each full period of this many months with a payment adds one job (source J9).
    public var jssLongTermPeriodMonths: Int
    /// Most weight one contract can carry (source J9; per contract is an assumption).
    public var jssMaxContractWeight: Double
    /// How feedback and disputes make a contract positive, negative or neutral.
    public var classification: FeedbackClassification

    // MARK: - Top Rated

    /// Minimum JSS (sources B6, B7, B2).
    public var topRatedJSS: Int
    /// The first contract must be more than this many days ago (sources B6, B7, B2).
    public var tenureDays: Int
    /// Eligible weeks required… (sources B2, B6, B7, B18)
    public var eligibleWeeksRequired: Int
    /// …out of this many recent weeks.
    public var eligibleWeeksWindow: Int
    /// Required profile completeness, percent (sources B1, B2, B6).
    public var profileCompleteness: Double
    /// Required completeness for profiles imported from Elance (sources B1, B6).
    public var elanceProfileCompleteness: Double
    /// Minimum 12-month earnings, freelancers (sources B1, B2, B6).
    public var earnings12m: Double
    /// Minimum 12-month earnings, agencies (sources B1, B3).
    public var agencyEarnings12m: Double
    /// No account hold in this many days (sources B1, B6, J16, J17).
    public var holdFreeDays: Int
    /// Activity needed within this many days (sources B1, B6).
    public var activityDays: Int
    /// No off-platform violation in this many months (source B5).
    public var violationFreeMonths: Int

    // MARK: - Top Rated, agencies

    /// Minimum number of members (sources B1, B3).
    public var agencyMinimumMembers: Int
    /// Minimum average member profile completeness, percent (sources B1, B3, B5).
    public var agencyMemberCompleteness: Double
    /// Required owner profile completeness, percent (sources B1, B3).
    public var agencyOwnerCompleteness: Double
    /// Minimum owner JSS, when the owner has one (source B1).
    public var agencyOwnerJSS: Int

    // MARK: - Top Rated Plus

    /// Minimum 12-month earnings, freelancers (sources B8, B15).
    public var topRatedPlusEarnings12m: Double
    /// Agencies must earn strictly more than this in 12 months (sources B10, B12).
    public var topRatedPlusAgencyEarningsAbove: Double
    /// Large-contract thresholds by category (sources B9, B12, B15).
    public var largeContractThresholds: [LargeContractThreshold]
    /// The threshold for categories not listed ("sales & marketing and others", sources B9, B12).
    public var defaultLargeContractThreshold: Double

    // MARK: - Rising Talent

    /// Which criteria to check.
    public var risingTalentVariant: RisingTalentVariant
    /// "Joined in the past N days" can stand in for activity (sources B4, B20).
    public var risingTalentJoinedDays: Int
    /// Reported variant: minimum average public rating (source B15).
    public var risingTalentMinimumStars: Double
    /// Reported variant: minimum 12-month earnings (source B15).
    public var risingTalentEarnings12m: Double

    // MARK: - Expert-Vetted

    /// Categories Upwork vets (source B14, newer version).
    public var expertVettedCategories: [String]

    /// The research source IDs behind each criterion id, shown in reports.
    public var sources: [String: String]

    // MARK: - Lookups

    /// The large-contract threshold for a category name, or the default when no entry names it.
    public func largeContractThreshold(forCategory name: String) -> Double {
        let key = Self.normalized(name)
        return largeContractThresholds.first { $0.names.contains { Self.normalized($0) == key } }?.amount
            ?? defaultLargeContractThreshold
    }

    /// The weight of a contract with these total earnings, before the long-term bonus (source J9).
    public func baseWeight(forEarnings earnings: Double) -> Double {
        jssWeightBands.first { earnings <= $0.upTo }?.weight ?? jssTopWeight
    }

    /// Lowercased letters and digits only, so "Web, Mobile & Software Dev" matches "web-mobile-software-dev".
    static func normalized(_ name: String) -> String {
        String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }

}

// MARK: - Decoding with defaults

extension Policy {

    /// Decodes a policy, starting from `upwork2025` and overriding only the properties present.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var policy = Policy.upwork2025
        func take<Value: Decodable>(_ key: CodingKeys, _ path: WritableKeyPath<Policy, Value>) throws {
            if let value = try container.decodeIfPresent(Value.self, forKey: key) { policy[keyPath: path] = value }
        }
        try take(.id, \.id)
        try take(.jssMaxAgeMonths, \.jssMaxAgeMonths)
        try take(.jssWindowsMonths, \.jssWindowsMonths)
        try take(.jssTrendingMonths, \.jssTrendingMonths)
        try take(.jssMinimumJobs, \.jssMinimumJobs)
        try take(.jssMinimumClients, \.jssMinimumClients)
        try take(.jssWeightBands, \.jssWeightBands)
        try take(.jssTopWeight, \.jssTopWeight)
        try take(.jssLongTermPeriodMonths, \.jssLongTermPeriodMonths)
        try take(.jssMaxContractWeight, \.jssMaxContractWeight)
        try take(.classification, \.classification)
        try take(.topRatedJSS, \.topRatedJSS)
        try take(.tenureDays, \.tenureDays)
        try take(.eligibleWeeksRequired, \.eligibleWeeksRequired)
        try take(.eligibleWeeksWindow, \.eligibleWeeksWindow)
        try take(.profileCompleteness, \.profileCompleteness)
        try take(.elanceProfileCompleteness, \.elanceProfileCompleteness)
        try take(.earnings12m, \.earnings12m)
        try take(.agencyEarnings12m, \.agencyEarnings12m)
        try take(.holdFreeDays, \.holdFreeDays)
        try take(.activityDays, \.activityDays)
        try take(.violationFreeMonths, \.violationFreeMonths)
        try take(.agencyMinimumMembers, \.agencyMinimumMembers)
        try take(.agencyMemberCompleteness, \.agencyMemberCompleteness)
        try take(.agencyOwnerCompleteness, \.agencyOwnerCompleteness)
        try take(.agencyOwnerJSS, \.agencyOwnerJSS)
        try take(.topRatedPlusEarnings12m, \.topRatedPlusEarnings12m)
        try take(.topRatedPlusAgencyEarningsAbove, \.topRatedPlusAgencyEarningsAbove)
        try take(.largeContractThresholds, \.largeContractThresholds)
        try take(.defaultLargeContractThreshold, \.defaultLargeContractThreshold)
        try take(.risingTalentVariant, \.risingTalentVariant)
        try take(.risingTalentJoinedDays, \.risingTalentJoinedDays)
        try take(.risingTalentMinimumStars, \.risingTalentMinimumStars)
        try take(.risingTalentEarnings12m, \.risingTalentEarnings12m)
        try take(.expertVettedCategories, \.expertVettedCategories)
        try take(.sources, \.sources)
        self = policy
    }
}
