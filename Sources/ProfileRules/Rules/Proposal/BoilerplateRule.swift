import ProfileModel

/// Counts and quotes the sentences a client has read in a thousand other proposals.
struct BoilerplateRule: ProfileRule {
    static let description = RuleDescription(
        id: "boilerplate",
        name: "Boilerplate sentences",
        category: .proposal,
        defaultSeverity: .warning,
        rationale: """
            Template and machine-written letters share stock sentences ("I am confident that my skills…", "I would \
            love the opportunity to…", "leverage my expertise", "look no further"); a client who has read them in \
            every other proposal skips the letter, and Upwork counts near-identical letters as spam \
            (sources T9, R8). profilelint matches families of such moves (patterns, not fixed sentences), \
            counts the sentences that hold one, and reports them when there are at least `threshold`.
            """,
        howToFix: "Replace each quoted sentence with a fact about this job: what you would do first, and a result.",
        passing: [
            Example(
                "Your checkout loses mobile shoppers at shipping. I fixed that for two stores; it took a week.",
                format: .text),
            Example("I would love the opportunity to see the store. Which theme do you use?", format: .text),
        ],
        failing: [
            Example(
                "↓I am confident that my skills make me the perfect fit. I would love the opportunity to "
                    + "leverage my expertise for your esteemed company.", format: .text),
            Example(
                "Hello. ↓Look no further: I am the ideal candidate. I will exceed your expectations.",
                format: .text),
        ]
    )

    struct Options: RuleOptions {
        /// How many boilerplate sentences a letter may hold before the rule reports them.
        var threshold = 2
        init() {}
    }

    var options = Options()

    static let lists: [String: [String]] = [
        "i": ["i am", "i'm", "im"],
        "skills": [
            "skills", "skill", "experience", "expertise", "background", "abilities", "qualifications",
            "knowledge", "skillset", "skill set",
        ],
        "best": ["perfect", "ideal", "right", "best", "great"],
        "fit": [
            "fit", "candidate", "person", "choice", "match", "one", "developer", "designer", "freelancer",
            "expert",
        ],
        "keen": ["thrilled", "excited", "delighted", "eager", "pleased"],
    ]

    /// Families of stock sentences (`PhrasePattern` syntax).
    static let patterns: [(String, String)] = [
        ("@i confident that? ~4 @skills", "confidence claim"),
        ("@i confident ~2 i can|will deliver|exceed|meet", "confidence claim"),
        ("i_would|i'd|id love|like|welcome the|an opportunity to", "opportunity wish"),
        ("leverage|leveraging|utilize|utilise my|our ~2 @skills", "leverage my expertise"),
        ("look no further", "look no further"),
        ("@i the @best ~1 @fit", "fit claim"),
        ("exceed|exceeds|surpass your|client expectations", "exceed expectations"),
        ("your esteemed", "esteemed"),
        ("wealth of experience|expertise|knowledge", "wealth of experience"),
        ("proven track record", "track record"),
        ("@i writing to express", "writing to express"),
        ("@i @keen to apply|submit|express|bring", "keen to apply"),
        ("i|i've|ive|i_have ~2 read|gone_through|went_through|reviewed your|the job|post|description", "read the post"),
        ("aligns|align perfectly|well with", "aligns perfectly"),
        ("bring|brings your ~2 vision|ideas to life", "vision to life"),
        ("contribute effectively|meaningfully to", "contribute effectively"),
        ("i? hope this ~1 finds you well", "finds you well"),
        ("thank you for considering my|this ~1 application|proposal|candidacy", "thanks for considering"),
        ("i look forward to the|an opportunity", "look forward"),
        ("@i dedicated|committed to delivering|providing high_quality|top_notch|exceptional", "dedicated to quality"),
        ("high quality results|work|solutions within", "quality within deadline"),
        ("@i a quick learner|hard_worker|team_player", "quick learner"),
        ("100 % client? satisfaction", "satisfaction promise"),
        ("hands on experience in|with ~3 and", "hands-on experience"),
        ("visually stunning and user friendly", "visually stunning"),
        ("let's|let_us discuss how i|we can help", "let's discuss"),
    ]

    static let set = PhraseSet(patterns, lists: lists, negators: [])
    static let namedWords = WordSet(set.firstWords)

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let proposal = ProposalText(input) else { return }
        let matching = Self.sentences(in: proposal.field.value).filter { !$0.labels.isEmpty }
        guard matching.count >= max(options.threshold, 1), let first = matching.first else { return }
        let quoted = matching.prefix(5).map { "\"\($0.quote)\"" }.joined(separator: ", ")
        let more = matching.count > 5 ? " and \(Wording.number(matching.count - 5)) more" : ""
        let count = Wording.count(matching.count, "boilerplate sentence")
        findings.report(
            "\(count) a client has read in a thousand proposals: "
                + quoted + more, in: proposal.field, valueRange: first.firstMatch..<first.range.upperBound)
    }

    struct Sentence {
        var range: Range<Int>
        var quote: String
        var labels: [String]
        /// Where the first boilerplate move in the sentence starts.
        var firstMatch: Int
    }

    /// The letter's sentences, each with the boilerplate moves it holds.
    static func sentences(in text: String) -> [Sentence] {
        let normalized = NormalizedText(text)
        let tokens = WordTokens(normalized.bytes, named: namedWords)
        let matches = set.matches(in: tokens).map { (normalized.originalRange(of: tokens.span($0.0)), $0.1) }
            .sorted { $0.0.lowerBound < $1.0.lowerBound }
        // Sentences and matches both run in text order: one pass over each, not every match for every sentence
        // (a letter of stock sentences made that quadratic).
        var next = 0
        return ProposalText.sentences(in: text).map { range, text in
            let quote = text.count > 80 ? String(text.prefix(77)) + "…" : text
            while next < matches.count, matches[next].0.lowerBound < range.lowerBound { next += 1 }
            var end = next
            while end < matches.count, range.contains(matches[end].0.lowerBound) { end += 1 }
            let inside = matches[next..<end]
            next = end
            return Sentence(
                range: range, quote: quote, labels: inside.map(\.1),
                firstMatch: inside.first?.0.lowerBound ?? range.lowerBound)
        }
    }
}
