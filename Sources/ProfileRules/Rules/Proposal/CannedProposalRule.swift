/// Flags a proposal nearly identical to one sent before.
struct CannedProposalRule: ProfileRule {
    static let description = RuleDescription(
        id: "canned-proposal",
        name: "Canned proposal",
        category: .proposal,
        defaultSeverity: .warning,
        rationale: """
            Upwork treats cut-and-paste cover letters sent to many jobs as spam (sources T9, \
            R8). profilelint compares the letter with past ones (`--history DIR`) by shared three-word runs: when \
            most of the shorter letter's runs appear in the other, one is a lightly edited copy of the other.
            """,
        howToFix: "Rewrite the letter for this job: its problem, your plan, the proof that fits it.",
        passing: [
            Example(
                "Your bakery site needs online ordering; I added it to two cafés last spring.", format: .text,
                history: ["I design logos and brand books for tech start-ups in Berlin."])
        ],
        failing: [
            Example(
                "↓Hello, I am an expert web designer with ten years of experience building beautiful "
                    + "websites for clients all over the world. Let's talk.",
                format: .text, testMultiByteOffsets: false,
                history: [
                    "Hello, I am an expert web designer with ten years of experience building beautiful "
                        + "websites for clients all over the world. Let us talk."
                ])
        ]
    )

    struct Options: RuleOptions {
        /// Share of the shorter letter's three-word runs found in the other, from which two letters count as copies.
        var threshold = 0.75
        init() {}
    }

    var options = Options()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let proposal = ProposalText(input), !proposal.context.history.isEmpty else { return }
        let shingles = Self.shingles(proposal.folded.words.map(\.text))
        guard !shingles.isEmpty else { return }
        var best: (name: String, similarity: Double)?
        for past in proposal.context.history {
            let other = Self.shingles(FoldedText(past.text).words.map(\.text))
            // Containment, not Jaccard: a template with a paragraph added is still the template.
            guard min(shingles.count, other.count) >= 10 else { continue }
            let similarity = Double(shingles.intersection(other).count) / Double(min(shingles.count, other.count))
            if similarity > best?.similarity ?? -1 { best = (past.name, similarity) }
        }
        guard let best, best.similarity >= options.threshold else { return }
        findings.report(
            "the proposal is \(Int((best.similarity * 100).rounded()))% the same as \(best.name); "
                + "Upwork treats copied letters as spam", in: proposal.field, valueRange: proposal.start)
    }

    static func shingles(_ words: [String]) -> Set<String> {
        guard words.count >= 3 else { return Set(words) }
        return Set((0...(words.count - 3)).map { words[$0..<$0 + 3].joined(separator: " ") })
    }
}
