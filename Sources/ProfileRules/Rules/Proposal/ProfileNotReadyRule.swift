import ProfileModel

/// Flags a proposal sent from a profile the site does not consider ready.
struct ProfileNotReadyRule: ProfileRule {
    static let description = RuleDescription(
        id: "profile-not-ready",
        name: "Profile not ready for proposals",
        category: .proposal,
        defaultSeverity: .error,
        rationale: """
            Upwork asks for a profile photo, an overview, at least one employment item and at least one skill \
            before a proposal can be submitted (source P6). Under 100% or without \
            availability the profile still works against the proposal (sources P1, B5).
            """,
        howToFix: "Complete the profile first: `profilelint PROFILE` lists what to add.",
        passing: [
            Example(
                "Hi, I can start Monday.", format: .text,
                profile: #"{"photo": "p", "overview": "o", "employment": [{"company": "A"}], "skills": ["S", "#
                    + #""T"], "availability": {"status": "as-needed"}, "video": "v", "linkedAccounts": "#
                    + #"[{"service": "x"}], "education": [{"school": "s"}, {"school": "t"}]}"#)
        ],
        failing: [
            Example(
                "↓Hi, I can start Monday.", format: .text, testMultiByteOffsets: false,
                profile: #"{"overview": "o", "skills": ["S"]}"#)
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let proposal = ProposalText(input), let profile = proposal.context.profile else { return }
        if !profile.missingRequired.isEmpty {
            findings.report(
                "the profile \(profile.path) lacks "
                    + Wording.list(profile.missingRequired)
                    + ": Upwork asks for these before a proposal can be submitted", in: proposal.field,
                valueRange: proposal.start)
            return
        }
        var gaps: [String] = []
        if profile.completeness < 100 { gaps.append("is \(CompletenessScorer.format(profile.completeness))% complete") }
        if !profile.hasAvailability { gaps.append("has no availability set") }
        if !gaps.isEmpty {
            findings.report(
                "the profile \(profile.path) " + gaps.joined(separator: " and "), in: proposal.field,
                valueRange: proposal.start, severity: .warning)
        }
    }
}
