import ProfileModel

/// Flags an overview longer than the site accepts.
struct OverviewTooLongRule: ProfileRule {
    static let description = RuleDescription(
        id: "overview-too-long",
        name: "Overview too long",
        category: .completeness,
        defaultSeverity: .error,
        rationale: """
            The profile overview is limited to 5,000 characters (source P8): the site refuses \
            to save a longer one, so everything past the limit is lost.
            """,
        howToFix: "Cut the overview to under 5,000 characters; the first ~250 matter most (source P5).",
        passing: [
            Example(#"{"overview": "I build iOS apps in Swift and SwiftUI."}"#)
        ],
        failing: [
            Example(#"{"overview": "\#(String(repeating: "a", count: 5000))↓ and more"}"#, testMultiByteOffsets: false)
        ]
    )

    /// A specialized profile has its own copy of this field (market-2026-12.md §3.2).
    static let checksSpecializedProfiles = true

    var options = LengthLimitOptions(maxCharacters: 5000)

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        findings.reportIfLonger(
            input.profile?.overview, than: options.maxCharacters, what: "the overview",
            why: "Upwork refuses more than \(Wording.number(options.maxCharacters))")
    }
}
