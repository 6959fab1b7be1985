import ProfileModel

/// Flags each screening question of the job post that the proposal does not answer.
struct ScreeningUnansweredRule: ProfileRule {
    static let description = RuleDescription(
        id: "screening-unanswered",
        name: "Screening question unanswered",
        category: .proposal,
        defaultSeverity: .warning,
        rationale: """
            A client who lists questions in the post reads the answers first; a letter that skips them looks \
            canned (source R2, R7). Each question is matched to the part of the letter that answers it: a \
            sentence (or two) using at least half of its key words, or the text after the question copied into the \
            letter. Unanswered ones are reported by number, with the question.
            """,
        howToFix: "Answer each question in the letter, in order, in a sentence or two.",
        passing: [
            Example(
                "Timeline: the migration takes two weeks. Budget: fixed price.", format: .text,
                job: "Questions:\nWhat is your timeline for the migration?"),
            Example(
                "1. Which WooCommerce stores have you migrated?\nTwo bakeries, from Etsy.\n"
                    + "2. Can you start now?\nYes.", format: .text,
                job: "Questions:\n1. Which WooCommerce stores have you migrated?\n2. Can you start now?"),
        ],
        failing: [
            Example(
                "↓I am a great developer and can start now.", format: .text, testMultiByteOffsets: false,
                job: "Questions:\n1. Which WooCommerce stores have you migrated?\n2. Can you start now?"),
            // The question's words are in the letter, but no one part of it answers the question.
            Example(
                "↓I have built WooCommerce themes. I live in Porto. I can start now. I like old stores.",
                format: .text, testMultiByteOffsets: false,
                job: "Questions:\n1. Which WooCommerce stores have you migrated?\n2. Can you start now?"),
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let proposal = ProposalText(input), let job = proposal.context.job else { return }
        let sentences = ProposalText.sentences(in: proposal.field.value).map {
            (text: $0.text, terms: JobPost.terms(in: $0.text))
        }
        for (number, question) in job.questions.enumerated() where !question.terms.isEmpty {
            if Self.answer(to: question, in: sentences) == nil {
                findings.report(
                    "screening question \(Wording.number(number + 1)) (\"\(question.text)\") is not answered",
                    in: proposal.field, valueRange: proposal.start)
            }
        }
    }

    /// The index of the sentence that answers `question`: one that uses at least half of its key words (with the
    /// next sentence, for a two-sentence answer), or the sentence after a copy of the question.
    static func answer(to question: JobPost.Question, in sentences: [(text: String, terms: Set<String>)]) -> Int? {
        for (index, sentence) in sentences.enumerated() {
            let next = index + 1 < sentences.count ? sentences[index + 1] : nil
            let isCopy = sentence.text.hasSuffix("?") && question.terms.isSubset(of: sentence.terms)
            if isCopy {
                // The question copied into the letter: the answer is what follows it.
                if let next, !next.text.hasSuffix("?") { return index + 1 }
                continue
            }
            guard !sentence.text.hasSuffix("?") else { continue }
            let terms = sentence.terms.union(next.map { $0.text.hasSuffix("?") ? [] : $0.terms } ?? [])
            if question.terms.intersection(terms).count * 2 >= question.terms.count { return index }
        }
        return nil
    }
}
