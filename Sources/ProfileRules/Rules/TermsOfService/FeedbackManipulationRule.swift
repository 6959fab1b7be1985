/// Flags trading in feedback: reviews for reward, feedback for feedback, pressure for a perfect rating.
struct FeedbackManipulationRule: ProfileRule {
    static let description = RuleDescription(
        id: "feedback-manipulation",
        name: "Feedback manipulation",
        category: .termsOfService,
        defaultSeverity: .error,
        rationale: """
            Upwork forbids building feedback: paying or refunding for a good review, free work for a review, \
            feedback for feedback, small contracts taken to build a record, and pressure or threats over ratings \
            (sources T12, T18, T9). Covered (issue 19 family 7, in every language of the \
            lexicon): feedback tied to a reward, a token contract or a held delivery as a plan or a condition (a \
            discount for five stars, "5 stars and the next logo is on me", a $1 or $5 contract so a review comes, \
            files released once a rating is left or "I won't release the files until you rate"), swapping reviews \
            ("review swaps", "you review me, I review you", "mutual five-star feedback", "I'll rate you the same"), \
            pressing for a perfect rating ("anything less and…"), threats ("release my payment or I'll leave a \
            1-star review", "refund me or I'll ruin your Job Success Score", "five stars or I'll open a dispute"); \
            the same rating given back on a condition ("5 stars if you leave me 5 stars"); a lever named by what \
            is held (the full or unwatermarked version, editable files) or extra work and warranty as the reward; \
            a postposed condition in a verb-final language ("review ke baad files", "yorumu yaptıktan sonra"); the reward as any form or synonym \
            (reimburse, pay back, cover the cost, lower my price, at no cost), the hold as any form (delivered, \
            released, unlocked, holding). Exceptions: asking respectfully for honest feedback, reviews as a record \
            ("40 five-star reviews"), code or peer review as the work, "review the files" (the verb), reviews as a \
            product ("a loyalty app that rewards product reviews"), an invitation ("feel free to leave feedback"), \
            a condition that binds something else ("once the design is approved, please leave a review"; "free \
            revisions until you are happy, feedback after the contract is up to you"), an unconditional promise \
            ("free revisions whatever feedback you leave"), a condition whose clause ends before the review ("I \
            release the files after the milestone is approved, and feedback is up to you"), negation and policy \
            talk ("I never offer discounts for reviews", "review swaps are not something I do", "chhoot review ke \
            badle nahi milegi", "Upwork suspends accounts that trade reviews").
            """,
        howToFix: "Remove the offer; ask only for honest feedback, with no reward and no pressure.",
        passing: [
            Example(#"{"overview": "Revisions until you are happy with the result. 40 five-star reviews so far."}"#),
            Example(#"{"overview": "I would appreciate your honest feedback when we finish."}"#),
        ],
        failing: [
            Example(#"{"overview": "I'll give a ↓refund if you leave 5 stars."}"#),
            Example(#"{"overview": "↓Feedback for feedback: I take ↓small contracts to build my feedback."}"#),
            Example("↓Please leave a perfect 10 in private feedback.", format: .text),
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        findings.reportContacts(.feedback, in: input) { match in
            "\(match.detail) (\(match.quoted)): feedback building and rewards or pressure for reviews break "
                + "Upwork's Terms of Service (T12)"
        }
    }
}
