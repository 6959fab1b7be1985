import ProfileModel

/// Flags more skills than the profile accepts.
struct TooManySkillsRule: ProfileRule {
    static let description = RuleDescription(
        id: "too-many-skills",
        name: "Too many skills",
        category: .completeness,
        defaultSeverity: .warning,
        rationale: """
            The profile holds up to 15 skills (source P5; the skills article says 20, so the \
            limit is configurable). Skills past the limit are dropped when the profile is saved.
            """,
        howToFix: "Keep the 15 skills clients search for most in your field; remove the rest.",
        passing: [
            Example(#"{"skills": ["Swift", "SwiftUI", "Core Data"]}"#)
        ],
        failing: [
            Example(
                #"{"skills": ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12", "#
                    + #""a13", "a14", "a15", ↓"a16", "a17"]}"#)
        ]
    )

    /// A specialized profile has its own copy of this field (market-2026-12.md §3.2).
    static let checksSpecializedProfiles = true

    struct Options: RuleOptions {
        var maxSkills = 15
        init() {}
    }

    var options = Options()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let skills = input.profile?.skills, skills.count > options.maxSkills else { return }
        let first = skills[options.maxSkills]
        findings.report(
            "\(Wording.count(skills.count, "skill")); Upwork keeps at most \(Wording.number(options.maxSkills))",
            range: first.span.range.lowerBound..<skills[skills.count - 1].span.range.upperBound,
            field: first.pointer)
    }
}
