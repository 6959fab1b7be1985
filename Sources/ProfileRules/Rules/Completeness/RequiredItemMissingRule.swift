import ProfileModel

/// Flags each of the four items a profile must have before it can reach 100% or apply to jobs.
struct RequiredItemMissingRule: ProfileRule {
    static let description = RuleDescription(
        id: "required-item-missing",
        name: "Required item missing",
        category: .completeness,
        defaultSeverity: .warning,
        rationale: """
            A profile photo, an overview, at least one employment item and at least one skill form the required \
            block: without any one of them the profile cannot reach 100% (source P1), and \
            the site asks for all four before a proposal can be submitted (source P6).
            """,
        howToFix: "Add the missing item; the completeness summary shows what each one is worth.",
        passing: [
            Example(
                #"{"photo": "https://example.com/me.jpg", "overview": "Hi", "employment": [{"company": "#
                    + #""Acme"}], "skills": ["Go"]}"#)
        ],
        failing: [
            Example(#"↓{"overview": "Hi", "employment": [{"company": "Acme"}], "skills": ["Go"]}"#),
            Example(
                #"↓{"photo": {"url": "https://example.com/me.jpg"}, "overview": "", "employment": [], "#
                    + #""skills": ["Go"]}"#),
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let profile = input.profile else { return }
        let missing = RequiredItems.missing(in: profile)
        guard !missing.isEmpty else { return }
        let names = missing.map(\.label)
        let list = Wording.list(names)
        findings.report(
            "the profile lacks \(list): required for 100% and before applying to jobs",
            range: profile.span.range.prefix(1), field: missing.count == 1 ? missing[0].pointer : nil)
    }
}
