/// Flags each screening question of the job post that the proposal does not answer.
struct ScreeningUnansweredRule: ProfileRule {
    static let description = RuleDescription(
        id: "screening-unanswered",
        name: "Screening question unanswered",
        category: .proposal,
        defaultSeverity: .warning,
        rationale: """
            A client who lists questions in the post reads the answers first; a letter that skips them looks \
            canned (source R2, R7). A question counts as answered when the letter uses most of its key words.
            """,
        howToFix: "Answer each question in the letter, in order, in a sentence or two.",
        passing: [
            Example("Timeline: the migration takes two weeks. Budget: fixed price.", format: .text,
                    job: "Questions:\nWhat is your timeline for the migration?"),
        ],
        failing: [
            Example("↓I am a great developer and can start now.", format: .text, testMultiByteOffsets: false,
                    job: "Questions:\n1. Which WooCommerce stores have you migrated?\n2. Can you start now?"),
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let proposal = ProposalText(input), let job = proposal.context.job else { return }
        let terms = proposal.terms
        for question in job.questions where !question.terms.isEmpty {
            let answered = question.terms.intersection(terms).count * 2 >= question.terms.count
            if !answered {
                findings.report("the screening question \"\(question.text)\" is not answered", in: proposal.field,
                                valueRange: proposal.start)
            }
        }
    }
}
