import ProfileModel

extension FindingCollector {
    /// Reports every `kind` match in the input's text fields at its place in the original text. A weak match (a
    /// bare digit run, a work-sample link) is reported one step below the rule's severity, at most a warning. The
    /// fields are scanned for every kind once per input (`RuleInput.contactMatches`), shared by the seven rules.
    mutating func reportContacts(
        _ kind: ContactMatch.Kind, in input: RuleInput,
        skip: (ContactMatch, Field<String>) -> Bool = { _, _ in false },
        message: (ContactMatch) -> String
    ) {
        for (index, field) in input.textFields.enumerated() {
            for match in input.contactMatches(inField: index) where match.kind == kind && !skip(match, field) {
                let weakSeverity = min(severity, .warning)
                report(
                    message(match), in: field, valueRange: match.range,
                    severity: match.strength == .weak ? weakSeverity : nil)
            }
        }
    }
}

extension ContactMatch {
    /// The matched text for a message: one line, at most 60 characters.
    var quoted: String {
        var line = ""
        var lastWasSpace = false
        for character in text {
            let space = character.isWhitespace
            if space, lastWasSpace { continue }
            line.append(space ? " " : character)
            lastWasSpace = space
        }
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}

/// Why sharing contact details is a finding; the end of every contact message.
enum TermsOfServiceReason {
    static let contactDetails = "sharing contact details before a contract breaks Upwork's Terms of Service (T1, T2)"
}
