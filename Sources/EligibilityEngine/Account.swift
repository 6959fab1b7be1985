import ProfileModel

/// What the marketplace knows about a freelancer's or agency's account: the input to every badge check.
///
/// Every field is optional. A criterion whose input is missing is reported as `unknown`, never as `pass`;
/// so `nil` (not given) and an empty list (given, and empty) mean different things for the list fields.
public struct Account: Sendable, Hashable {
    /// A freelancer or an agency.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// An individual freelancer.
        case freelancer
        /// An agency (an owner plus members).
        case agency
    }

    /// One week of the Top Rated eligibility history (source B18).
    public struct Week: Sendable, Hashable {
        /// A day in the week (any day; weeks are told apart by date).
        public var week: CalendarDate
        /// The JSS shown that week, when there was one.
        public var jss: Int?
        /// Whether the account held Rising Talent that week.
        public var risingTalent: Bool?

        /// Creates a week.
        public init(week: CalendarDate, jss: Int? = nil, risingTalent: Bool? = nil) {
            self.week = week
            self.jss = jss
            self.risingTalent = risingTalent
        }
    }

    /// The availability setting, as on the profile.
    public struct AvailabilitySetting: Sendable, Hashable {
        /// How much work the freelancer takes on; `nil` when never set.
        public var status: Availability.Status?
        /// When a currently unavailable freelancer expects to be available again.
        public var availableFrom: CalendarDate?
        /// When the setting was last changed.
        public var updated: CalendarDate?

        /// Creates a setting.
        public init(status: Availability.Status?, availableFrom: CalendarDate? = nil, updated: CalendarDate? = nil) {
            self.status = status
            self.availableFrom = availableFrom
            self.updated = updated
        }
    }

    /// A period during which the account was on hold.
    public struct Hold: Sendable, Hashable {
        /// The first day of the hold.
        public var from: CalendarDate
        /// The last day of the hold; `nil` while it lasts.
        public var to: CalendarDate?

        /// Creates a hold.
        public init(from: CalendarDate, to: CalendarDate?) {
            self.from = from
            self.to = to
        }
    }

    /// The declared kind; see `kind` for the one the engine uses.
    public var type: Kind?
    /// The evaluation date; the caller's "today" when `nil`.
    public var asOf: CalendarDate?
    /// When the account was created.
    public var joined: CalendarDate?
    /// When the first contract started; derived from `contracts` when `nil`.
    public var firstContractStarted: CalendarDate?
    /// The Job Success Score as displayed; computed from `contracts` when `nil`.
    public var jss: Int?
    /// One entry per week, for the 13-of-16-weeks criterion.
    public var jssHistory: [Week]?
    /// Earnings in the last 12 months, before fees; derived from contract payments when `nil`.
    public var earnings12m: Double?
    /// Contracts, for JSS, earnings, tenure and large-contract checks.
    public var contracts: [Contract]?
    /// The availability setting.
    public var availability: AvailabilitySetting?
    /// Account holds.
    public var holds: [Hold]?
    /// The last proposal, accepted invitation or earning.
    public var lastActivity: CalendarDate?
    /// Whether the identity check passed.
    public var identityVerified: Bool?
    /// Whether the Upwork Readiness Test was passed (classic Rising Talent, source B4).
    public var readinessTestPassed: Bool?
    /// Dates of off-platform payment or communication violations (source B5).
    public var offPlatformViolations: [CalendarDate]?
    /// Profiles imported from Elance need 90% instead of 100% (sources B1, B6).
    public var importedFromElance: Bool?
    /// The agency owner (agencies only).
    public var owner: Owner?
    /// The agency's members (agencies only).
    public var members: [Member]?
    /// The agency's own profile (agencies only).
    public var agencyProfile: AgencyProfile?

    /// An account with nothing known.
    public init() {}

    /// The declared `type`, else `agency` when agency-only fields are present, else `freelancer`.
    public var kind: Kind {
        if let type { return type }
        return owner != nil || members != nil || agencyProfile != nil ? .agency : .freelancer
    }
}

extension Account {
    /// The JSS the marketplace shows on `asOf`: the given `jss`, else the latest week of `jssHistory` (on or before
    /// `asOf`) that has one. This, not a figure computed from the contracts, is the JSS every criterion uses.
    public func displayedJSS(asOf: CalendarDate) -> (value: Int, week: CalendarDate?)? {
        if let jss { return (jss, nil) }
        let latest = (jssHistory ?? []).filter { $0.jss != nil && $0.week <= asOf }.max { $0.week < $1.week }
        return latest.map { ($0.jss!, $0.week) }
    }
}
