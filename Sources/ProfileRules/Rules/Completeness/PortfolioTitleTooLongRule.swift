import ProfileModel

/// Flags portfolio item titles longer than the site accepts.
struct PortfolioTitleTooLongRule: ProfileRule {
    static let description = RuleDescription(
        id: "portfolio-title-too-long",
        name: "Portfolio title too long",
        category: .completeness,
        defaultSeverity: .warning,
        rationale: """
            Upwork's help articles disagree on the portfolio title limit: 70 characters in one, 40 in the \
            January 2026 portfolio guide (source P7). profilelint defaults to 70; set \
            `maxCharacters` to 40 to follow the stricter guide.
            """,
        howToFix: "Name the project and the result in a few words, e.g. \"Checkout redesign: +18% conversion\".",
        passing: [
            Example(#"{"portfolio": [{"title": "Checkout redesign for a fashion store"}]}"#)
        ],
        failing: [
            Example(
                #"{"portfolio": [{"title": "A complete redesign and rebuild of the checkout flow for a "#
                    + #"fashion ret↓ailer"}]}"#, testMultiByteOffsets: false)
        ]
    )

    /// A specialized profile has its own copy of this field (market-2026-12.md §3.2).
    static let checksSpecializedProfiles = true

    var options = LengthLimitOptions(maxCharacters: 70)

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        for item in input.profile?.portfolio ?? [] {
            findings.reportIfLonger(
                item.title, than: options.maxCharacters, what: "the portfolio title",
                why: "Upwork allows \(Wording.number(options.maxCharacters))")
        }
    }
}
