import ProfileModel

/// Flags a professional title longer than the site accepts.
struct TitleTooLongRule: ProfileRule {
    static let description = RuleDescription(
        id: "title-too-long",
        name: "Title too long",
        category: .completeness,
        defaultSeverity: .warning,
        rationale: """
            Upwork limits the professional title to 70 characters (source P6; P8 says 160, \
            so the limit is configurable). A longer title is cut off or refused when the profile is saved.
            """,
        howToFix: "Shorten the title to the role and one specialty, e.g. \"iOS Developer | SwiftUI & Core Data\".",
        passing: [
            Example(#"{"title": "Senior iOS Developer | Swift, SwiftUI, Core Data"}"#),
            Example(#"{"title": "Zoë — Illustratrice & graphiste, 日本語のデザイン"}"#),
        ],
        failing: [
            Example(
                #"{"title": "Full-stack developer: React, Node.js, PostgreSQL, AWS, Docker and Kube↓rnetes"}"#,
                testMultiByteOffsets: false),
            // 71 characters but 80-odd bytes: the limit counts characters, the column counts bytes.
            Example(
                #"{"title": "Zoë — Illustratrice & graphiste, 日本語のデザイン, branding & packaging design↓s"}"#,
                testMultiByteOffsets: false),
        ]
    )

    /// A specialized profile has its own copy of this field (market-2026-12.md §3.2).
    static let checksSpecializedProfiles = true

    var options = LengthLimitOptions(maxCharacters: 70)

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        findings.reportIfLonger(
            input.profile?.title, than: options.maxCharacters, what: "the title",
            why: "Upwork allows \(Wording.number(options.maxCharacters))")
    }
}
