/// The figures a profile page shows about the freelancer's record, when an input carries them: the header's Job
/// Success Score and badges, and the stats block's total earnings, jobs and hours.
///
/// Read so that `convert` keeps what it read (`stats` in profilelint JSON). No rule and no score uses them: the
/// eligibility engine reads an account record, whose figures are exact where a page's are rounded ("$10K+").
public struct ProfileStats: Sendable {
    /// A badge the page shows beside the name.
    public enum Badge: String, Sendable, Hashable, CaseIterable {
        case risingTalent = "rising-talent"
        case topRated = "top-rated"
        case topRatedPlus = "top-rated-plus"
        case expertVetted = "expert-vetted"
    }

    /// Total earned on the marketplace.
    public var totalEarnings: Field<Money>?
    /// The page showed `totalEarnings` rounded down with a "+" ("$10K+"), so the real figure is at least this.
    public var totalEarningsAtLeast = false
    /// Jobs worked.
    public var totalJobs: Field<Int>?
    /// Hours worked (hourly contracts).
    public var totalHours: Field<Double>?
    /// The Job Success Score shown, 0 to 100.
    public var jobSuccessScore: Field<Int>?
    /// The badges shown, each once.
    public var badges: [Field<Badge>] = []
    /// Where they were read, e.g. `phpVars.profile.stats` or `html.cfe-ui-profile-summary-stats`.
    public var source: String
    /// Where they stand in the file.
    public var span: SourceSpan

    /// Creates an empty record read from `source`.
    public init(source: String, span: SourceSpan) {
        self.source = source
        self.span = span
    }

    /// Whether no figure is set (the source alone is no record).
    public var isEmpty: Bool {
        totalEarnings == nil && totalJobs == nil && totalHours == nil && jobSuccessScore == nil && badges.isEmpty
    }

    /// Copies from `other` every figure this record lacks; the badges move only when this one has none.
    public mutating func fillGaps(from other: ProfileStats) {
        if totalEarnings == nil {
            totalEarnings = other.totalEarnings
            totalEarningsAtLeast = other.totalEarningsAtLeast
        }
        totalJobs = totalJobs ?? other.totalJobs
        totalHours = totalHours ?? other.totalHours
        jobSuccessScore = jobSuccessScore ?? other.jobSuccessScore
        if badges.isEmpty { badges = other.badges }
    }
}
