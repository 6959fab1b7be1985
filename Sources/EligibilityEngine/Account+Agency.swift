extension Account {
    /// The owner of an agency.
    public struct Owner: Sendable, Hashable {
        /// The owner's own JSS, when they have one (must then be ≥ 90, source B1).
        public var jss: Int?
        /// The owner's profile completeness, 0–100 (must be 100, sources B1, B3).
        public var profileCompleteness: Double?

        /// Creates an owner.
        public init(jss: Int? = nil, profileCompleteness: Double? = nil) {
            self.jss = jss
            self.profileCompleteness = profileCompleteness
        }
    }

    /// A member of an agency.
    public struct Member: Sendable, Hashable {
        /// The member's name, for messages.
        public var name: String?
        /// The member's JSS, when they have one.
        public var jss: Int?
        /// The member's profile completeness, 0–100.
        public var profileCompleteness: Double?
        /// A path to the member's profile file. The engine reads no files: a caller that scores the file
        /// fills `profileCompleteness` in.
        public var profilePath: String?
        /// Why `profilePath` gave no completeness, when a caller tried to read it: the file (with line:column where
        /// known) and the reason, e.g. `team/priya.json:3:14: expected a string`. Shown with the criterion.
        public var profileProblem: String?
        /// The member's account holds (no member may have a recent hold, sources B1, B3).
        public var holds: [Hold]?

        /// Creates a member.
        public init(
            name: String? = nil, jss: Int? = nil, profileCompleteness: Double? = nil,
            profilePath: String? = nil, holds: [Hold]? = nil
        ) {
            self.name = name
            self.jss = jss
            self.profileCompleteness = profileCompleteness
            self.profilePath = profilePath
            self.holds = holds
        }
    }

    /// What the agency's own profile shows (logo, overview and services are required, source B1).
    public struct AgencyProfile: Sendable, Hashable {
        /// Logo URL.
        public var logo: String?
        /// Overview text.
        public var overview: String?
        /// Services offered.
        public var services: [String]

        /// Creates an agency profile.
        public init(logo: String? = nil, overview: String? = nil, services: [String] = []) {
            self.logo = logo
            self.overview = overview
            self.services = services
        }
    }
}
