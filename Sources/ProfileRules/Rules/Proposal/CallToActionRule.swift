/// Notes a proposal that ends without a question or a next step.
struct CallToActionRule: ProfileRule {
    static let description = RuleDescription(
        id: "call-to-action",
        name: "No call to action",
        category: .proposal,
        defaultSeverity: .info,
        rationale: """
            Letters that end with a question or a concrete next step get more replies; keep that step on the \
            platform. Common practice, not a rule of the site (§7, item 12).
            """,
        howToFix: "End with one question about the job, or propose the next step in Upwork's messages.",
        passing: [
            Example("I can start Monday.\n\nWhich page should I start with?", format: .text),
            Example("I can start Monday.\nLet's discuss the details in the chat here.", format: .text),
        ],
        failing: [
            Example("I built twelve Shopify stores.\nMy rates are fair.\n\nBest regards,\n↓Ana\n", format: .text)
        ]
    )

    /// Phrases that propose a next step (folded).
    static let nextSteps = [
        "let's", "let us", "happy to", "would love to", "schedule", "call", "chat", "discuss", "talk", "meet",
        "send me", "share", "look forward", "looking forward", "can start", "available to start", "reply", "message",
    ]

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let proposal = ProposalText(input) else { return }
        let bytes = Array(proposal.field.value.utf8)
        // The last three non-empty lines: a question or a next step there counts, past a sign-off.
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return }
        var tailStart = end
        var lineStart = end
        var lines = 0
        while tailStart > 0, lines < 3 {
            tailStart -= 1
            if bytes[tailStart] == 0x0A, tailStart + 1 < end, bytes[tailStart + 1] != 0x0A, bytes[tailStart + 1] != 0x0D
            {
                lines += 1
                if lines == 1 { lineStart = tailStart + 1 }
            }
        }
        if lines == 0 { lineStart = 0 }
        let tail = String(decoding: bytes[tailStart..<end], as: UTF8.self)
        let folded = FoldedText(tail)
        if tail.contains("?") || Self.nextSteps.contains(where: { !folded.occurrences(of: $0).isEmpty }) { return }
        findings.report(
            "the proposal ends without a question or a next step", in: proposal.field,
            valueRange: lineStart..<end)
    }
}
