import ProfileModel

/// Flags a proposal that is too long for the form, longer than clients read, or too short to say anything.
struct ProposalLengthRule: ProfileRule {
    static let description = RuleDescription(
        id: "proposal-length",
        name: "Proposal length",
        category: .proposal,
        defaultSeverity: .warning,
        rationale: """
            The proposal form takes at most 5,000 characters (source R5), so a longer letter is \
            refused (an error). Upwork's own guide recommends about 200–300 words or fewer (source R1, M10): past \
            about 300 words clients stop reading. Under 40 words rarely shows you understood the job. The message \
            gives the word count and that target.
            """,
        howToFix: "Keep to what the client asked: their problem, your plan, one proof, one question.",
        passing: [
            Example(String(repeating: "Word ", count: 120), format: .text),
            // A link is one word, as a reader counts: 297 words.
            Example(
                String(repeating: "word ", count: 295) + "https://example.com/a/b/c/d https://example.com/e/f/g",
                format: .text),
        ],
        failing: [
            Example("↓I can do it. Hire me.", format: .text, testMultiByteOffsets: false),
            Example(
                String(repeating: "word ", count: 300) + "↓extra words here", format: .text,
                testMultiByteOffsets: false),
            Example(String(repeating: "abcdefghi ", count: 500) + "↓x", format: .text, testMultiByteOffsets: false),
        ]
    )

    struct Options: RuleOptions {
        var maxWords = 300
        var minWords = 40
        var maxCharacters = 5000
        init() {}
    }

    var options = Options()

    /// Upwork's advice for most projects: about 200–300 words or fewer (upwork-rules.md R1, market-2026-12.md M10).
    static let advisedWords = 200...300

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let proposal = ProposalText(input) else { return }
        let text = proposal.field.value
        let characters = text.count
        if characters > options.maxCharacters,
            let offset = TextMeasure.utf8Offset(ofCharacter: options.maxCharacters, in: text)
        {
            findings.report(
                "the proposal is \(Wording.count(characters, "character")); the form refuses more than "
                    + Wording.number(options.maxCharacters), in: proposal.field,
                valueRange: offset..<text.utf8.count, severity: .error)
            return
        }
        let words = Self.words(in: text)
        let advised = "\(Self.advisedWords.lowerBound)–\(Self.advisedWords.upperBound)"
        let advice = "Upwork's guide advises \(advised) words or fewer"
        if words.count > options.maxWords {
            let first = words[options.maxWords].lowerBound
            let limit =
                options.maxWords == Self.advisedWords.upperBound
                ? "" : " (limit here: \(Wording.number(options.maxWords)))"
            findings.report(
                "the proposal is \(Wording.count(words.count, "word")); \(advice)\(limit)", in: proposal.field,
                valueRange: first..<text.utf8.count)
        } else if words.count < options.minWords {
            findings.report(
                "the proposal is \(Wording.count(words.count, "word")); \(advice), and under "
                    + "\(Wording.number(options.minWords)) rarely "
                    + "shows you read the job", in: proposal.field, valueRange: proposal.start)
        }
    }

    /// Words as a reader counts them: runs between white space holding a letter or digit, so a link is one word
    /// and a dash or an emoji none. UTF-8 ranges.
    static func words(in text: String) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        var hasWordCharacter = false
        var offset = 0
        for character in text {
            let width = character.utf8.count
            if character.isWhitespace {
                if let begin = start, hasWordCharacter { words.append(begin..<offset) }
                start = nil
                hasWordCharacter = false
            } else {
                if start == nil { start = offset }
                hasWordCharacter = hasWordCharacter || character.isLetter || character.isNumber
            }
            offset += width
        }
        if let begin = start, hasWordCharacter { words.append(begin..<offset) }
        return words
    }
}
