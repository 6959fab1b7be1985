/// Everything the engine found for one account: the JSS and each badge.
///
/// Encodes as `{"policy", "asOf", "jss": {"value", "window", "windows"}, "badges": [...]}`, the shape of
/// `files[].eligibility` in profilelint's JSON output.
public struct EligibilityReport: Sendable, Hashable, Codable {
    /// The policy id used.
    public var policy: String
    /// The evaluation date.
    public var asOf: CalendarDate
    /// The Job Success Score.
    public var jss: JSSSummary
    /// One result per badge, in the order `rising-talent`, `top-rated`, `top-rated-plus`, `expert-vetted`.
    public var badges: [BadgeResult]

    /// Creates a report.
    public init(policy: String, asOf: CalendarDate, jss: JSSSummary, badges: [BadgeResult]) {
        self.policy = policy
        self.asOf = asOf
        self.jss = jss
        self.badges = badges
    }

    /// The result for one badge.
    public subscript(badge: BadgeResult.Badge) -> BadgeResult? {
        badges.first { $0.badge == badge }
    }
}
