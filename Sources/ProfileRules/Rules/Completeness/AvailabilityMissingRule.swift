/// Flags a profile that does not say whether the freelancer is available.
struct AvailabilityMissingRule: ProfileRule {
    static let description = RuleDescription(
        id: "availability-missing",
        name: "Availability missing",
        category: .completeness,
        defaultSeverity: .warning,
        rationale: """
            Top Rated and Rising Talent both require availability to be set (\
            sources B5, B4); when not available, a future return date keeps the badge.
            """,
        howToFix: #"Add "availability": {"status": "more-than-30"} (or "less-than-30", "as-needed", "#
            + #""not-available" with "availableFrom")."#,
        passing: [
            Example(#"{"availability": {"status": "as-needed"}}"#)
        ],
        failing: [
            Example(#"↓{"title": "Translator"}"#),
            Example(#"{"availability": ↓{"updated": "2026-01-01"}}"#),
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let profile = input.profile else { return }
        if let availability = profile.availability {
            guard availability.status == nil else { return }
            findings.report(
                "availability has no status", range: availability.span.range.prefix(1),
                field: "/availability/status")
        } else {
            findings.report(
                "availability is not set (Top Rated and Rising Talent need it)",
                range: profile.span.range.prefix(1), field: "/availability")
        }
    }
}
