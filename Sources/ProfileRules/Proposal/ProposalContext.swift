import ProfileModel

/// What the proposal rules know besides the cover letter: the job post, the freelancer's profile status, and past
/// proposals.
public struct ProposalContext: Sendable {
    /// The profile facts `profile-not-ready` needs.
    public struct ProfileStatus: Sendable {
        /// Required items the profile lacks (labels), e.g. "a profile photo".
        public var missingRequired: [String]
        /// Completeness score under the configured model.
        public var completeness: Double
        public var hasAvailability: Bool
        /// The profile file, for messages; with `--as`, followed by which specialized profile.
        public var path: String
        /// The skills of the profile the proposal is sent with, which `job-coverage` compares with the job's.
        public var skills: [String] = []

        public init(missingRequired: [String], completeness: Double, hasAvailability: Bool, path: String) {
            self.missingRequired = missingRequired
            self.completeness = completeness
            self.hasAvailability = hasAvailability
            self.path = path
        }

        /// The status of a profile scored under `model`.
        public init(profile: Profile, model: CompletenessModel, path: String) {
            self.init(
                missingRequired: RequiredItems.missing(in: profile).map(\.label),
                completeness: CompletenessScorer.score(profile, model: model).score,
                hasAvailability: profile.availability?.status != nil, path: path)
            skills = profile.skills.map(\.value)
        }

        /// The status of the proposal sent with `specialized`: the required items as a client sees that profile
        /// (its own overview and skills, the general photo and employment), and the general profile's completeness,
        /// which is the one percentage Upwork shows (market-2026-12.md §3.2).
        public init(specialized: SpecializedProfile, of general: Profile, model: CompletenessModel, path: String) {
            let sent = specialized.merged(into: general)
            self.init(
                missingRequired: RequiredItems.missing(in: sent).map(\.label),
                completeness: CompletenessScorer.score(general, model: model).score,
                hasAvailability: general.availability?.status != nil, path: "\(path) (\(specialized.label))")
            skills = sent.skills.map(\.value)
        }
    }

    /// A proposal sent before.
    public struct PastProposal: Sendable {
        public var name: String
        public var text: String
        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    public var job: JobPost?
    public var profile: ProfileStatus?
    public var history: [PastProposal]

    public init(job: JobPost? = nil, profile: ProfileStatus? = nil, history: [PastProposal] = []) {
        self.job = job
        self.profile = profile
        self.history = history
    }
}

/// The four items a profile needs before it can reach 100% or apply (sources P1, P6).
public enum RequiredItems {
    /// The missing ones, with a label for people and the pointer of the field.
    public static func missing(in profile: Profile) -> [(label: String, pointer: String)] {
        [
            (profile.photo == nil, "a profile photo", "/photo"),
            (profile.overview == nil, "an overview", "/overview"),
            (profile.employment.isEmpty, "an employment history item", "/employment"),
            (profile.skills.isEmpty, "a skill", "/skills"),
        ].filter(\.0).map { ($0.1, $0.2) }
    }
}
