/// The verdict on one badge, criterion by criterion.
public struct BadgeResult: Sendable, Hashable, Codable {
    /// The badges the engine knows.
    public enum Badge: String, Sendable, Hashable, Codable, CaseIterable {
        /// Rising Talent.
        case risingTalent = "rising-talent"
        /// Top Rated.
        case topRated = "top-rated"
        /// Top Rated Plus.
        case topRatedPlus = "top-rated-plus"
        /// Expert-Vetted.
        case expertVetted = "expert-vetted"
    }

    /// The overall answer.
    public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
        /// Every criterion passes.
        case eligible
        /// At least one criterion fails.
        case notEligible = "not-eligible"
        /// None fails, but some cannot be checked from the input.
        case undetermined
        /// Nothing checkable fails, but the marketplace decides (Rising Talent, Expert-Vetted).
        case discretionary
    }

    /// A date on which a badge held now would be lost if nothing changes.
    public struct Risk: Sendable, Hashable, Codable {
        /// The first day the criterion no longer passes.
        public var date: CalendarDate
        /// The criterion id.
        public var criterion: String
        /// What lapses.
        public var explanation: String

        /// Creates a risk.
        public init(date: CalendarDate, criterion: String, explanation: String) {
            self.date = date
            self.criterion = criterion
            self.explanation = explanation
        }
    }

    /// Which badge.
    public var badge: Badge
    /// The overall answer.
    public var verdict: Verdict
    /// Each requirement.
    public var criteria: [Criterion]
    /// The earliest date the badge can be reached if every criterion that is not waiting on the calendar is
    /// fixed now; the evaluation date when already eligible, `nil` when no date can be given.
    public var earliest: CalendarDate?
    /// What `earliest` assumes about the future, when it assumes anything ("every week from now on is eligible").
    public var earliestAssumes: String?
    /// Dates on which passing criteria lapse, soonest first.
    public var risks: [Risk]
    /// Warnings that apply to the badge as a whole (Terms-of-Service conduct risks, invitation-only notes).
    public var warnings: [String]

    /// Creates a result.
    public init(
        badge: Badge, verdict: Verdict, criteria: [Criterion], earliest: CalendarDate?, risks: [Risk] = [],
        warnings: [String] = []
    ) {
        self.badge = badge
        self.verdict = verdict
        self.criteria = criteria
        self.earliest = earliest
        self.risks = risks
        self.warnings = warnings
    }

    /// Encodes `earliest` as `null` when absent, so the JSON shape never changes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(badge, forKey: .badge)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(criteria, forKey: .criteria)
        try container.encode(earliest, forKey: .earliest)
        try container.encode(earliestAssumes, forKey: .earliestAssumes)
        try container.encode(risks, forKey: .risks)
        try container.encode(warnings, forKey: .warnings)
    }
}
