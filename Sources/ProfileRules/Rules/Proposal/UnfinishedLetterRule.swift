/// Flags a letter sent before it was finished: a sign-off with no name, a salutation left open, an empty answer.
struct UnfinishedLetterRule: ProfileRule {
    static let description = RuleDescription(
        id: "unfinished-letter",
        name: "Unfinished letter",
        category: .proposal,
        defaultSeverity: .warning,
        rationale: """
            A letter that ends on "Best regards," with no name, opens "Dear [" or copies a screening question with \
            no answer under it was sent from a template before it was finished; the client sees a pasted letter, \
            which Upwork treats as a canned proposal (sources T9, R8). Placeholders such as `[Client Name]` are \
            `placeholder-left`'s; Upwork asks for the screening answers with the letter (R2).
            """,
        howToFix: "Finish the letter: sign it with your name, complete the salutation, answer every question.",
        passing: [
            Example("I can start Monday.\n\nBest regards,\nAna", format: .text),
            Example("1. Have you used Liquid?\nYes, on twelve stores.\n2. When can you start?\nMonday.", format: .text),
            Example("Thanks!", format: .text),
        ],
        failing: [
            Example("I can start Monday.\n\n↓Best regards,\n", format: .text),
            Example("↓Dear [\nI can start Monday. Thanks, Ana", format: .text, testMultiByteOffsets: false),
            Example("Hi,\n↓1. Have you used Liquid?\n\n2. When can you start?\nMonday.\nAna", format: .text),
            Example("Q: Which stores have you fixed?\n↓A:\n\nQ: When can you start?\nA: Monday.", format: .text),
        ]
    )

    var options = NoOptions()

    /// Sign-offs that need a name after them (folded, without the comma).
    static let signOffs: Set<String> = [
        "best regards", "kind regards", "warm regards", "regards", "best wishes", "sincerely", "yours sincerely",
        "yours faithfully", "yours truly", "cheers", "best", "thanks", "thank you", "many thanks", "respectfully",
        "warmly", "all the best", "with regards", "thanks and regards", "thanks & regards",
    ]

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let proposal = ProposalText(input) else { return }
        let text = proposal.field.value
        let lines = Self.lines(text)
        // "Dear [" or "Hi {": a salutation whose bracket never closes on its line.
        if let first = lines.first(where: { !$0.text.isEmpty }) {
            let folded = first.text.lowercased()
            for opener in ["[", "{", "<", "%"] {
                if let bracket = folded.firstIndex(of: Character(opener)),
                    folded[..<bracket].split(separator: " ").count <= 2,
                    OpeningWindow.greetingWords.contains(folded[..<bracket].trimmingWhitespace()),
                    !folded[bracket...].contains(Self.closing(opener))
                {
                    findings.report(
                        "the salutation \"\(first.text)\" was never finished", in: proposal.field,
                        valueRange: first.range)
                    break
                }
            }
        }
        // A sign-off on the last line, with nothing after it.
        if let last = lines.last(where: { !$0.text.isEmpty }) {
            let folded = FoldedText(last.text).string.trimmingWhitespace()
            let bare = folded.hasSuffix(",") ? String(folded.dropLast()).trimmingWhitespace() : folded
            if folded.hasSuffix(","), Self.signOffs.contains(bare) {
                findings.report(
                    "the letter ends on \"\(last.text)\" with no name after it", in: proposal.field,
                    valueRange: last.range)
            }
        }
        // A screening question copied into the letter with no answer before the next question or the end.
        let nonEmpty = lines.filter { !$0.text.isEmpty }
        for (index, line) in nonEmpty.enumerated() {
            let next = index + 1 < nonEmpty.count ? nonEmpty[index + 1] : nil
            if Self.isAnswerLabel(line.text) {
                if next == nil || Self.isQuestion(next!.text) || Self.isAnswerLabel(next!.text) {
                    findings.report("the answer \"\(line.text)\" is empty", in: proposal.field, valueRange: line.range)
                }
            } else if Self.isQuestion(line.text), Self.isNumberedOrLabelled(line.text),
                next == nil || Self.isQuestion(next!.text) && Self.isNumberedOrLabelled(next!.text)
            {
                findings.report(
                    "the screening question \"\(line.text)\" has no answer under it", in: proposal.field,
                    valueRange: line.range)
            }
        }
    }

    static func closing(_ opener: String) -> Character {
        switch opener {
        case "[": "]"
        case "{": "}"
        case "<": ">"
        default: "%"
        }
    }

    /// Lines with their UTF-8 ranges (without the line break), trimmed text.
    static func lines(_ text: String) -> [(text: String, range: Range<Int>)] {
        var out: [(text: String, range: Range<Int>)] = []
        var start = 0
        let bytes = Array(text.utf8)
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            var from = start
            var to = index
            while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 { from += 1 }
            while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x0D || bytes[to - 1] == 0x09 { to -= 1 }
            out.append((String(decoding: bytes[from..<to], as: UTF8.self), from..<to))
            start = index + 1
        }
        return out
    }

    static func isQuestion(_ line: String) -> Bool { line.hasSuffix("?") }

    /// "1. …", "2) …", "Q: …", "Q1: …", "Question 2: …".
    static func isNumberedOrLabelled(_ line: String) -> Bool {
        if JobPost.isNumbered(line) { return true }
        let lower = line.lowercased()
        return lower.hasPrefix("q:") || lower.hasPrefix("question")
            || (lower.hasPrefix("q")
                && lower.dropFirst()
                    .prefix { $0.isNumber }.count > 0)
    }

    /// "A:", "Answer:", "A1:" with nothing after the colon.
    static func isAnswerLabel(_ line: String) -> Bool {
        let lower = line.lowercased()
        guard lower.hasSuffix(":") else { return false }
        let label = lower.dropLast()
        return label == "a" || label == "answer" || label == "my answer"
            || (label.hasPrefix("a") && label.count <= 3 && label.dropFirst().allSatisfy(\.isNumber))
    }
}
