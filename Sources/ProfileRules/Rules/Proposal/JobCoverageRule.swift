import ProfileModel

/// Lists the job's key requirements that the proposal never addresses.
struct JobCoverageRule: ProfileRule {
    static let description = RuleDescription(
        id: "job-coverage",
        name: "Job requirements not addressed",
        category: .proposal,
        defaultSeverity: .warning,
        rationale: """
            Clients shortlist proposals that answer their post point by point (source R1, R7). profilelint reads the \
            post's skills, tools and requirement lines and checks the letter mentions each; it is a reading aid, \
            not a rule of the site. With `--profile`, the post's skills are also looked for among the skills of \
            the profile the proposal is sent with (`--as SPECIALTY`, else the general one).
            """,
        howToFix: "Say how you would handle each missing requirement, briefly and concretely.",
        passing: [
            Example(
                "I build WordPress sites with WooCommerce and tune them for SEO.", format: .text,
                job: "Skills: WordPress, WooCommerce, SEO"),
            Example(
                "I build WordPress sites with WooCommerce and tune them for SEO.", format: .text,
                job: "Skills: WordPress, WooCommerce, SEO", profile: #"{"skills": ["WordPress", "WooCommerce", "SEO"]}"#
            ),
        ],
        failing: [
            Example(
                "↓I build WordPress sites.", format: .text, testMultiByteOffsets: false,
                job: "Skills: WordPress, WooCommerce, SEO\n- Migrate 200 products from Etsy"),
            // The letter covers the post, but the profile it is sent with lists none of the post's skills.
            Example(
                "↓I build WordPress sites with WooCommerce and tune them for SEO.", format: .text,
                testMultiByteOffsets: false, job: "Skills: WordPress, WooCommerce, SEO",
                profile: #"{"skills": ["Logo Design"]}"#),
        ]
    )

    struct Options: RuleOptions {
        /// Below this share of requirements addressed the finding is a warning; above it, a note.
        var minCoverage = 0.6
        init() {}
    }

    var options = Options()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let proposal = ProposalText(input), let job = proposal.context.job, !job.requirements.isEmpty else {
            return
        }
        ProfileSkillCoverage.report(proposal, job: job, into: &findings)
        let terms = proposal.terms
        let missing = job.requirements.filter { !$0.isAddressed(by: terms) }
        guard !missing.isEmpty else { return }
        let covered = Double(job.requirements.count - missing.count) / Double(job.requirements.count)
        let percent = Int((covered * 100).rounded())
        findings.report(
            "the proposal addresses \(Wording.number(job.requirements.count - missing.count)) of "
                + "\(Wording.count(job.requirements.count, "job requirement")) (\(percent)%); missing: "
                + Wording.list(missing.map { "\"\($0.name)\"" }),
            in: proposal.field, valueRange: proposal.start,
            severity: covered < options.minCoverage ? nil : .info)
    }
}
