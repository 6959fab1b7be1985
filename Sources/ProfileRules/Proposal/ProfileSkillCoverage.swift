import ProfileModel

/// The job's named skills and tools that the profile a proposal is sent with does not list (market-2026-12.md
/// §3.2: the job-to-profile skill overlap is checked against the profile chosen with `--as`, the general one by
/// default).
enum ProfileSkillCoverage {
    /// Reports, at the letter's start, the job's one-term requirements none of the profile's skills names: a warning
    /// when the profile lists none of them, a note when it lists some.
    static func report(_ proposal: ProposalText, job: JobPost, into findings: inout FindingCollector) {
        guard let profile = proposal.context.profile, !profile.skills.isEmpty else { return }
        let asked = job.requirements.filter(\.isTerm)
        guard !asked.isEmpty else { return }
        let listed = JobPost.terms(in: profile.skills.joined(separator: "\n"))
        let missing = asked.filter { !$0.isAddressed(by: listed) }
        guard !missing.isEmpty else { return }
        let names = missing.map { "\"\($0.name)\"" }.joined(separator: ", ")
        findings.report(
            "the profile \(profile.path) lists \(Wording.number(asked.count - missing.count)) of the job's "
                + "\(Wording.count(asked.count, "skill")); not listed: " + names,
            in: proposal.field, valueRange: proposal.start,
            severity: missing.count == asked.count ? .warning : .info)
    }
}
