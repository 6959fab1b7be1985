/// Flags a specialized profile whose overview is a near-copy of the general one or of the other specialized one.
struct SpecializedOverviewNearCopyRule: ProfileRule {
    static let description = RuleDescription(
        id: "specialized-overview-near-copy",
        name: "Specialized overview is a near-copy",
        category: .completeness,
        defaultSeverity: .warning,
        rationale: """
            A specialized profile is "a more specific version" of the general one, shown to clients hiring for one \
            specialty (market-2026-12.md §3.2, source M6). An overview copied from the general profile, or from the \
            other specialized one, tells those clients nothing more. profilelint counts the shorter overview's \
            three-word runs found in the other; from `maxSimilarity` (default 0.5) they are near-copies. On 32 real \
            overviews by different people the highest share was 0.25, and edited copies of them scored 0.71 or more \
            (Docs/specialized-profiles.md).
            """,
        howToFix: "Rewrite the overview for this specialty's clients: their problem, your results in it, your process.",
        passing: [
            Example(
                #"{"overview": "\#(generalOverview)", "specializedProfiles": [{"specialty": "Mobile App "#
                    + #"Development", "overview": "Native iOS apps for clinics and gyms: booking, reminders and "#
                    + #"payments. I have shipped nine to the App Store and keep crash rates under one in a "#
                    + #"thousand sessions."}]}"#)
        ],
        failing: [
            Example(
                #"{"overview": "\#(generalOverview)", "specializedProfiles": [{"specialty": "Mobile App "#
                    + #"Development", "overview": ↓"\#(generalOverview) I also build iOS apps."}]}"#),
            Example(
                #"{"overview": "I write.", "specializedProfiles": [{"specialty": "Technical Writing", "#
                    + #""overview": "\#(generalOverview)"}, {"specialty": "Editing", "overview": ↓"Hello! "#
                    + #"\#(generalOverview)"}]}"#),
        ]
    )

    static let generalOverview =
        "I help small product teams ship their first app and rescue apps that crash. In "
        + "eight years I have shipped twenty apps, written their tests and handed over documentation the team can "
        + "keep using."

    struct Options: RuleOptions {
        /// From this share of the shorter overview's three-word runs found in the other, the two are near-copies.
        var maxSimilarity = 0.5
        /// Overviews with fewer three-word runs than this are too short to compare.
        var minimumRuns = 10
        init() {}
    }

    var options = Options()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let profile = input.profile, !profile.specializedProfiles.isEmpty else { return }
        let general = profile.overview.map { TextSimilarity.shingles($0.value) }
        let own = profile.specializedProfiles.map { $0.overview.map { TextSimilarity.shingles($0.value) } }
        for (index, specialized) in profile.specializedProfiles.enumerated() {
            guard let overview = specialized.overview, let runs = own[index] else { continue }
            // Against the general overview, and against an earlier specialized one (a pair is reported once).
            var candidates: [(name: String, runs: Set<String>)] = general.map { [("the general profile's", $0)] } ?? []
            for earlier in 0..<index {
                if let other = own[earlier] {
                    candidates.append(("\(profile.specializedProfiles[earlier].label)'s", other))
                }
            }
            let scored = candidates.compactMap { candidate in
                TextSimilarity.containment(runs, candidate.runs, minimum: options.minimumRuns)
                    .map { (candidate.name, $0) }
            }
            guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= options.maxSimilarity else { continue }
            let percent = Int((best.1 * 100).rounded())
            let threshold = Int((options.maxSimilarity * 100).rounded())
            findings.report(
                "the overview of \(specialized.label) is \(percent)% the same as \(best.0) "
                    + "(three-word runs; near-copy from \(threshold)%)",
                at: overview)
        }
    }
}
