import ProfileModel

/// Flags an overview too short to tell a client anything.
struct OverviewTooShortRule: ProfileRule {
    static let description = RuleDescription(
        id: "overview-too-short",
        name: "Overview too short",
        category: .completeness,
        defaultSeverity: .warning,
        rationale: """
            The overview is where a client decides to invite you; guides written from Upwork's own advice \
            recommend several paragraphs (sources P8, P9). Under 100 words says too little about your work, \
            results and process.
            """,
        howToFix:
            "Write at least 100 words: who you help, what you deliver, proof (results, clients), and how you work.",
        passing: [
            Example(#"{"overview": "\#(String(repeating: "word ", count: 100))"}"#)
        ],
        failing: [
            Example(#"{"overview": ↓"I am a hard-working developer. Hire me!"}"#)
        ]
    )

    /// A specialized profile has its own copy of this field (market-2026-12.md §3.2).
    static let checksSpecializedProfiles = true

    struct Options: RuleOptions {
        var minWords = 100
        init() {}
    }

    var options = Options()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let overview = input.profile?.overview else { return }
        let words = TextMeasure.words(overview.value)
        guard words < options.minWords else { return }
        findings.report(
            "the overview has \(Wording.count(words, "word")); write at least \(Wording.number(options.minWords))",
            at: overview)
    }
}
