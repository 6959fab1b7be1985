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
            refused (an error). Upwork's own guide recommends 200–300 words or fewer (source R1): past about 300 \
            words clients stop reading. Under 40 words rarely shows you understood the job.
            """,
        howToFix: "Keep to what the client asked: their problem, your plan, one proof, one question.",
        passing: [
            Example(String(repeating: "Word ", count: 120), format: .text),
        ],
        failing: [
            Example("↓I can do it. Hire me.", format: .text, testMultiByteOffsets: false),
            Example(String(repeating: "word ", count: 300) + "↓extra words here", format: .text,
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

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let proposal = ProposalText(input) else { return }
        let text = proposal.field.value
        let characters = text.count
        if characters > options.maxCharacters,
           let offset = TextMeasure.utf8Offset(ofCharacter: options.maxCharacters, in: text) {
            findings.report("the proposal is \(Wording.count(characters, "character")); the form refuses more than "
                            + "\(options.maxCharacters)", in: proposal.field,
                            valueRange: offset..<text.utf8.count, severity: .error)
            return
        }
        let words = proposal.folded.words
        if words.count > options.maxWords {
            let first = words[options.maxWords].range.lowerBound
            findings.report("the proposal is \(Wording.count(words.count, "word")); clients read about \(options.maxWords)",
                            in: proposal.field, valueRange: first..<text.utf8.count)
        } else if words.count < options.minWords {
            findings.report("the proposal is \(Wording.count(words.count, "word")); say more about the job (at least "
                            + "\(options.minWords))", in: proposal.field, valueRange: proposal.start)
        }
    }
}
