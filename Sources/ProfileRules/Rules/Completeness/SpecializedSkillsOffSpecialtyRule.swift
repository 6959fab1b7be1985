import ProfileModel

/// Flags a specialized profile whose skills match neither its specialty nor the general profile's skills.
struct SpecializedSkillsOffSpecialtyRule: ProfileRule {
    static let description = RuleDescription(
        id: "specialized-skills-off-specialty",
        name: "Specialized skills off the specialty",
        category: .completeness,
        defaultSeverity: .warning,
        rationale: """
            Each specialized profile is tied to one specialty, and clients find it by that specialty's skills \
            (market-2026-12.md §3.2, source M6). When none of its skills shares a word with the specialty and none \
            is one of the general profile's skills, it was most likely filled in for another specialty. Words every \
            specialty name uses ("development", "design", "services") do not count as shared.
            """,
        howToFix: "List the skills clients of this specialty search for, or move these to the profile they belong to.",
        passing: [
            Example(
                #"{"skills": ["Swift"], "specializedProfiles": [{"specialty": "Mobile App Development", "#
                    + #""skills": ["Mobile UI", "Kotlin"]}]}"#),
            Example(
                #"{"skills": ["Swift", "SwiftUI"], "specializedProfiles": [{"specialty": "iOS "#
                    + #"Development", "skills": ["SwiftUI", "StoreKit"]}]}"#),
        ],
        failing: [
            Example(
                #"{"skills": ["Swift", "SwiftUI"], "specializedProfiles": [{"specialty": "Mobile App "#
                    + #"Development", "skills": [↓"Logo Design", "Brand Identity"]}]}"#)
        ]
    )

    struct Options: RuleOptions {
        /// Specialty words that do not count as shared, before stemming.
        var genericWords = [
            "development", "developer", "design", "designer", "services", "service", "expert",
            "specialist", "and",
        ]
        init() {}
    }

    var options = Options()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let profile = input.profile, !profile.specializedProfiles.isEmpty else { return }
        let generic = Set(options.genericWords.flatMap { JobPost.terms(in: $0) })
        let generalSkills = Set(profile.skills.map { Self.normalized($0.value) })
        for specialized in profile.specializedProfiles {
            guard let specialty = specialized.specialty, let first = specialized.skills.first,
                let last = specialized.skills.last
            else { continue }
            let specialtyTerms = JobPost.terms(in: specialty.value).subtracting(generic)
            let overlaps = specialized.skills.contains { skill in
                generalSkills.contains(Self.normalized(skill.value))
                    || !JobPost.terms(in: skill.value).isDisjoint(with: specialtyTerms)
            }
            guard !overlaps else { continue }
            findings.report(
                "none of the \(Wording.count(specialized.skills.count, "skill")) of \(specialized.label) shares a word "
                    + "with \"\(specialty.value)\" or is one of the general profile's skills",
                range: first.span.range.lowerBound..<last.span.range.upperBound,
                field: specialized.origin.pointer + "/skills")
        }
    }

    /// A skill as compared with another: case and runs of white space do not matter.
    static func normalized(_ skill: String) -> String {
        skill.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
