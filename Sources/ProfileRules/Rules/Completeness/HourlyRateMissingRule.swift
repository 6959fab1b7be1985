/// Notes a profile with no hourly rate.
struct HourlyRateMissingRule: ProfileRule {
    static let description = RuleDescription(
        id: "hourly-rate-missing",
        name: "Hourly rate missing",
        category: .completeness,
        defaultSeverity: .info,
        rationale: """
            The hourly rate earns no completeness points (source P1) but clients filter search results by rate, \
            and a profile without one drops out of those searches.
            """,
        howToFix: #"Add "hourlyRate": {"amount": 45, "currency": "USD"}."#,
        passing: [
            Example(#"{"hourlyRate": {"amount": 45, "currency": "USD"}}"#)
        ],
        failing: [
            Example(#"↓{"title": "Data analyst"}"#)
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let profile = input.profile, profile.hourlyRate == nil else { return }
        findings.report(
            "no hourly rate: clients filtering by rate will not find the profile",
            range: profile.span.range.prefix(1), field: "/hourlyRate")
    }
}
