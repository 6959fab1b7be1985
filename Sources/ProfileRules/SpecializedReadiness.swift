import ProfileModel

/// profilelint's own readiness check of one specialized profile: which of its own items are in place.
///
/// Upwork publishes one completeness percentage, the general profile's (the badge gate); it shows none for a
/// specialized profile (market-2026-12.md §3.2). So this is not a percentage and not Upwork's: it is a checklist
/// of the items a specialized profile holds for itself, with the limits of the rules that check them (defaults).
public struct SpecializedReadiness: Sendable, Hashable, Codable {
    /// One item of the checklist.
    public struct Item: Sendable, Hashable, Codable {
        /// Stable id: `title`, `overview`, `hourly-rate`, `skills`, `portfolio`.
        public var id: String
        /// What the item asks, for people.
        public var label: String
        public var met: Bool
    }

    /// Who measured it; always `profilelint`, so no reader takes it for an Upwork figure.
    public var measuredBy = "profilelint"
    /// The profile's index in `specializedProfiles`.
    public var index: Int
    public var specialty: String?
    /// `/specializedProfiles/N`.
    public var pointer: String
    /// How many items are met, of `total`.
    public var met: Int
    public var total: Int
    public var items: [Item]

    /// The checklist of `specialized`: a title within 70 characters, an overview of 100 words to 5,000 characters,
    /// its own hourly rate, 1 to 15 skills and at least one portfolio item (the defaults of `title-too-long`,
    /// `overview-too-short`, `overview-too-long` and `too-many-skills`; upwork-rules.md §6, sources P5, P6, P8).
    public init(_ specialized: SpecializedProfile) {
        let title = specialized.title.map { TextMeasure.characters($0.value) <= 70 } ?? false
        let overview =
            specialized.overview.map {
                TextMeasure.words($0.value) >= 100 && TextMeasure.characters($0.value) <= 5000
            } ?? false
        items = [
            Item(id: "title", label: "a title of its own (at most 70 characters)", met: title),
            Item(id: "overview", label: "an overview of 100 words or more (at most 5,000 characters)", met: overview),
            Item(id: "hourly-rate", label: "its own hourly rate", met: specialized.hourlyRate != nil),
            Item(id: "skills", label: "1 to 15 skills", met: (1...15).contains(specialized.skills.count)),
            Item(id: "portfolio", label: "at least one portfolio item", met: !specialized.portfolio.isEmpty),
        ]
        index = specialized.origin.value
        specialty = specialized.specialty?.value
        pointer = specialized.origin.pointer
        met = items.filter(\.met).count
        total = items.count
    }

    /// The checklists of every specialized profile of `profile`.
    public static func assess(_ profile: Profile) -> [SpecializedReadiness] {
        profile.specializedProfiles.map(SpecializedReadiness.init)
    }

    /// What people call the profile: its specialty, else its position.
    public var name: String { specialty.map { "\"\($0)\"" } ?? "specialized profile \(index + 1)" }

    /// The items not met, for messages.
    public var missing: [Item] { items.filter { !$0.met } }
}
