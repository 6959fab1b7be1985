import ProfileModel

/// Flags a preview window (the opening the client sees in the list) that says nothing about the job.
struct OpeningLinesRule: ProfileRule {
    static let description = RuleDescription(
        id: "opening-lines",
        name: "Opening says nothing about the job",
        category: .proposal,
        defaultSeverity: .warning,
        rationale: """
            In the client's list of proposals only the opening shows, next to the name, photo, badges, rate and \
            JSS (source R1); measured, that is about 232–241 characters (source M11). Upwork's guide says to \
            lead with the client's need (R1, M10). profilelint reads that \
            window: the first 230 characters (the `characters` option) of visible text after the greeting, white \
            space counted once. With `--job` the window must name something of this job: a requirement, a named \
            tool or platform, a number or deliverable from the post, the client's goal; praise, role titles and \
            the words every proposal uses do not count (a job title inside a self-introduction, "a UI/UX \
            designer", is not a mention), nor does anything inside links or a banner. Without `--job`, the window \
            must not open with a stock move. The message names the stock moves it found. The families:
            \(OpeningMoves.Family.allCases.map { "- \($0.rawValue), e.g. \"\($0.example)\"" }.joined(separator: "\n"))
            This is common practice, not a rule of the site (item 12).
            """,
        howToFix: """
            Open with the client's problem and your answer to it, in their words, within the first 230 characters.
            """,
        passing: [
            Example(
                "Your Shopify checkout drops mobile users at the shipping step; I fixed the same bug for two stores.",
                format: .text, job: "Fix our Shopify checkout: mobile users abandon at shipping."),
            Example(
                "Hi Maria,\nYour bakery needs online ordering before the summer; I set up the same for two cafés.",
                format: .text),
            Example(
                "Hello,\nI am a Shopify developer: your checkout loses mobile shoppers at shipping; I know why.",
                format: .text, job: "Shopify expert to fix checkout abandonment on mobile."),
            Example(
                "Hi,\nI'd like to help: your store needs to be mobile-friendly and I have made twelve so.",
                format: .text, job: "Skills: responsive design\nMake our online store work on phones."),
        ],
        failing: [
            Example("↓Dear Sir/Madam,\nI am a developer.", format: .text, testMultiByteOffsets: false),
            Example(
                "Hello!\n↓I have read your job description and I am interested.", format: .text,
                testMultiByteOffsets: false),
            Example(
                "Hi there, ↓I am a hard-working professional with many years in the industry.",
                format: .text, testMultiByteOffsets: false,
                job: "Shopify expert to fix checkout abandonment on mobile."),
            Example(
                "Hello,\n↓I am a senior UI/UX designer with 8 years of experience in web and mobile apps.",
                format: .text, testMultiByteOffsets: false,
                job: "Website designer\n- Strong knowledge of UX / UI principles\n- Figma"),
            Example(
                "↓https://example.com/a https://example.com/b https://example.com/figma-shopify\nI can help.",
                format: .text, testMultiByteOffsets: false, job: "Skills: Shopify, Figma"),
        ]
    )

    struct Options: RuleOptions {
        /// How many visible characters of the letter the client's list shows (M11: about 232–241).
        var characters = 230
        init() {}
    }

    var options = Options()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let proposal = ProposalText(input) else { return }
        let text = proposal.field.value
        let links = ContactScanner.scan(text, for: [.link]).map(\.range)
        let window = OpeningWindow(text, folded: proposal.folded, links: links, characters: options.characters)
        let from = window.greeting?.lowerBound ?? window.range.lowerBound
        var moves = OpeningMoves.moves(in: text).filter {
            from <= $0.range.lowerBound && $0.range.lowerBound < window.range.upperBound
        }
        if window.opensWithLinksOrBanner {
            moves.insert((.linksFirst, window.nonSentences.first ?? window.range), at: 0)
        }
        let bytes = Array(text.utf8)
        func quote(_ range: Range<Int>) -> String {
            let text = String(decoding: bytes[range], as: UTF8.self)
            let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return collapsed.count > 60 ? String(collapsed.prefix(57)) + "…" : collapsed
        }
        func described(_ moves: [(family: OpeningMoves.Family, range: Range<Int>)]) -> String {
            var seen: Set<OpeningMoves.Family> = []
            return moves.filter { seen.insert($0.family).inserted }.prefix(3)
                .map { "\($0.family.rawValue) (\"\(quote($0.range))\")" }.joined(separator: ", ")
        }
        let characters = options.characters
        if let job = proposal.context.job {
            guard !Self.mentionsJob(window, proposal: proposal, job: job, moves: moves.map(\.range)) else { return }
            let what = moves.isEmpty ? "no requirement, tool, number or goal from the post" : described(moves)
            findings.report(
                "the first \(Wording.count(characters, "character")) say nothing about this job: \(what)",
                in: proposal.field,
                valueRange: moves.first?.range ?? window.range.lowerBound..<window.range.lowerBound)
            return
        }
        // Without the post: the window must not open with a stock move.
        let opening = moves.filter { $0.range.lowerBound < window.firstSentenceEnd || $0.family == .linksFirst }
        guard let first = opening.first else { return }
        findings.report(
            "the first \(Wording.count(characters, "character")) open with \(described(opening)); they could start any "
                + "proposal", in: proposal.field, valueRange: first.range)
    }

    /// Whether the window names a term specific to the job, outside links, banners, job titles and stock moves.
    static func mentionsJob(
        _ window: OpeningWindow, proposal: ProposalText, job: JobPost, moves: [Range<Int>]
    )
        -> Bool
    {
        // Job titles and stock moves ("I have read your job description") name no tool of the post's but what the
        // freelancer is or does in every letter; a named tool inside them still counts.
        let titles = jobTitles(in: proposal.folded, within: window.range) + moves
        return JobPost.termOccurrences(in: proposal.folded).contains { term, range in
            window.range.contains(range.lowerBound) && job.specificTerms.contains(term)
                && !window.nonSentences.contains { $0.overlaps(range) }
                && (TechnologyLexicon.productTerms.contains(term) || !titles.contains { $0.overlaps(range) })
        }
    }

    /// Job titles in the window ("senior UI/UX designer", "Web Designer & Developer"): the words just before a role
    /// noun, within its phrase. They name what the freelancer is, not what the client asked for.
    static func jobTitles(in folded: FoldedText, within window: Range<Int>) -> [Range<Int>] {
        let roles = Set(OpeningMoves.lists["role"] ?? [])
        let boundaries: Set<String> = [
            "a", "an", "the", "as", "am", "is", "are", "im", "i", "we", "my", "our", "your", "you", "with", "for", "of",
            "in", "to", "and", "or", "on", "at", "by", "this", "that", "be", "being", "been", "seeking", "need",
        ]
        let bytes = Array(folded.original.utf8)
        var titles: [Range<Int>] = []
        let words = folded.words
        for (index, word) in words.enumerated()
        where window.contains(word.range.lowerBound) && roles.contains(word.text) {
            var first = index
            while first > 0, index - first < 6, !boundaries.contains(words[first - 1].text),
                !OpeningWindow.hasBreak(
                    bytes, from: words[first - 1].range.upperBound,
                    to: words[first].range.lowerBound)
            {
                first -= 1
            }
            titles.append(words[first].range.lowerBound..<word.range.upperBound)
        }
        return titles
    }
}
