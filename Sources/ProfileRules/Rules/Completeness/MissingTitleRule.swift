/// Flags a profile with no professional title.
struct MissingTitleRule: ProfileRule {
    static let description = RuleDescription(
        id: "missing-title",
        name: "Missing title",
        category: .completeness,
        defaultSeverity: .warning,
        rationale: """
            The title is the first line clients read in search results. It earns no completeness points in the \
            current table (source P1) but the older 60% table required it (P2–P4), and a profile without one \
            is rarely opened.
            """,
        howToFix: "Add a `title` naming your role and specialty, at most 70 characters.",
        passing: [
            Example(#"{"title": "Technical writer for developer tools"}"#)
        ],
        failing: [
            Example(#"↓{"name": "Ada L.", "overview": "I write docs."}"#),
            Example(#"↓{"title": "   "}"#, testMultiByteOffsets: false),
        ]
    )

    /// A specialized profile has its own copy of this field (market-2026-12.md §3.2).
    static let checksSpecializedProfiles = true

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let profile = input.profile, profile.title == nil else { return }
        findings.report("the profile has no title", range: profile.span.range.prefix(1), field: "/title")
    }
}

extension Range where Bound == Int {
    /// The first `count` positions of the range (for pointing at an object's opening brace).
    func prefix(_ count: Int) -> Range<Int> { lowerBound..<Swift.min(upperBound, lowerBound + count) }
}
