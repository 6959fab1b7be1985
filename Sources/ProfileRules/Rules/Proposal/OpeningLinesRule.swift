/// Flags generic opening lines, and openings that say nothing about the job.
struct OpeningLinesRule: ProfileRule {
    static let description = RuleDescription(
        id: "opening-lines",
        name: "Generic opening lines",
        category: .proposal,
        defaultSeverity: .warning,
        rationale: """
            The client's list of proposals shows only the first lines of each (source R2). A generic opening \
            ("Dear Sir/Madam", "I have read your job description") wastes them; openings that name the client's \
            problem get read. This is common practice, not a rule of the site: no source settles it.
            """,
        howToFix: "Open with the client's problem and your answer to it, in their words.",
        passing: [
            Example("Your Shopify checkout drops mobile users at the shipping step; I fixed the same bug for two stores.",
                    format: .text, job: "Fix our Shopify checkout: mobile users abandon at shipping."),
        ],
        failing: [
            Example("↓Dear Sir/Madam,\nI am a developer.", format: .text, testMultiByteOffsets: false),
            Example("Hello!\n↓I have read your job description and I am interested.", format: .text),
            Example("↓Hi there, I am a hard-working professional with many years in the industry.",
                    format: .text, testMultiByteOffsets: false,
                    job: "Shopify expert to fix checkout abandonment on mobile."),
        ]
    )

    /// Openings that could start any proposal (folded: lower case, straight quotes).
    static let generic = [
        "dear sir/madam", "dear sir or madam", "dear sir", "dear madam", "dear hiring manager",
        "to whom it may concern", "i have read your job description", "i have gone through your job description",
        "i read your job description", "i have carefully read your job", "i went through your job post",
        "hello, my name is", "hi, my name is", "my name is", "i am writing to apply", "i am interested in your job",
        "i am the right person", "i am the best fit", "greetings of the day", "hope you are doing well",
        "i hope this message finds you well",
    ]

    struct Options: RuleOptions {
        /// How many lines the client's list shows.
        var lines = 2
        init() {}
    }

    var options = Options()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let proposal = ProposalText(input) else { return }
        let (_, end) = proposal.opening(lines: options.lines)
        for phrase in Self.generic {
            if let range = proposal.folded.occurrences(of: phrase).first {
                let original = proposal.folded.originalRange(range)
                guard original.lowerBound < end else { continue }
                findings.report("the opening \"\(String(decoding: Array(proposal.field.value.utf8)[original], as: UTF8.self))\" could start any proposal; "
                                + "only the first lines show in the client's list", in: proposal.field,
                                valueRange: original)
                return
            }
        }
        guard let job = proposal.context.job else { return }
        let opening = proposal.folded.words.prefix { $0.range.lowerBound < end }
        let mentioned = opening.contains { word in
            !Stemmer.stopwords.contains(word.text) && job.vocabulary.contains(Stemmer.stem(word.text))
        }
        if !mentioned {
            findings.report("the opening lines mention nothing from the job post; only they show in the client's "
                            + "list", in: proposal.field, valueRange: proposal.start)
        }
    }
}
