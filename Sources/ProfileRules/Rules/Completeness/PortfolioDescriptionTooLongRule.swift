import ProfileModel

/// Flags portfolio item descriptions longer than the site accepts.
struct PortfolioDescriptionTooLongRule: ProfileRule {
    static let description = RuleDescription(
        id: "portfolio-description-too-long",
        name: "Portfolio description too long",
        category: .completeness,
        defaultSeverity: .warning,
        rationale: """
            Portfolio descriptions are limited to 600 characters in the enhance-your-profile article and 300 in \
            the portfolio guide (source P7). profilelint defaults to 600; set \
            `maxCharacters` to 300 for the stricter guide.
            """,
        howToFix: "Keep the problem, what you did and the outcome; move the rest into the project's images.",
        passing: [
            Example(#"{"portfolio": [{"title": "Store", "description": "Rebuilt the checkout in React."}]}"#)
        ],
        failing: [
            Example(
                #"{"portfolio": [{"description": "\#(String(repeating: "b", count: 600))↓ more"}]}"#,
                testMultiByteOffsets: false)
        ]
    )

    /// A specialized profile has its own copy of this field (market-2026-12.md §3.2).
    static let checksSpecializedProfiles = true

    var options = LengthLimitOptions(maxCharacters: 600)

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        for item in input.profile?.portfolio ?? [] {
            findings.reportIfLonger(
                item.description, than: options.maxCharacters,
                what: "the portfolio description", why: "Upwork allows \(Wording.number(options.maxCharacters))")
        }
    }
}
