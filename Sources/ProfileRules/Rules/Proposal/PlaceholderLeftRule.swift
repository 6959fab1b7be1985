/// Flags template placeholders left in a proposal.
struct PlaceholderLeftRule: ProfileRule {
    static let description = RuleDescription(
        id: "placeholder-left",
        name: "Placeholder left in the proposal",
        category: .proposal,
        defaultSeverity: .error,
        rationale: """
            A template placeholder the sender forgot to fill in ("Dear [Client Name]", "{{first_name}}", "%NAME%", \
            "<Your Name>", "XXX") tells \
            the client the letter was pasted, which is what Upwork calls a canned proposal (source T9, R8).
            """,
        howToFix: "Replace the placeholder with the real detail, or delete it.",
        passing: [
            Example("Hi Maria,\nI read your brief about the [beta] checkout and can start Monday.", format: .text),
            Example("Array indexing like items[0] and {x, y} pairs are fine in technical text.", format: .text),
            Example("See [My Portfolio](https://www.upwork.com/freelancers/~01abc) for samples.", format: .text),
        ],
        failing: [
            Example(
                "Dear ↓[Client Name],\nI can build your store in ↓{{days}} days. ↓TODO: add portfolio link.",
                format: .text),
            Example("Hello ↓<NAME>, my rate is ↓XXX per hour. ↓Lorem ipsum dolor sit amet.", format: .text),
            Example("I worked on ↓[insert project here] and ↓{company}.", format: .text),
            Example("Hi, ↓insert client name here — I can help.", format: .text),
            Example(
                "Hi ↓%FIRST_NAME%, I raised conversion 20% to 35% for ↓[[company]] and ↓<Your Name>.",
                format: .text),
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let proposal = ProposalText(input) else { return }
        for range in Self.placeholders(in: proposal.field.value) {
            let text = String(decoding: Array(proposal.field.value.utf8)[range], as: UTF8.self)
            findings.report("placeholder \"\(text)\" left in the proposal", in: proposal.field, valueRange: range)
        }
    }

    /// UTF-8 ranges of placeholders, in order.
    static func placeholders(in text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var found: [Range<Int>] = []
        var index = 0
        func word(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        while index < bytes.count {
            let byte = bytes[index]
            // [Client Name], {name}, {{first_name}}, <NAME>: a bracket holding a few words, capitalised or a
            // snake_case identifier, or "insert … here".
            if let close = closing(byte), let end = bytes[(index + 1)...].prefix(60).firstIndex(of: close) {
                var inner = index + 1..<end
                var outerEnd = end + 1
                if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "["), index + 1 < bytes.count,
                    bytes[index + 1] == byte,
                    end + 1 < bytes.count, bytes[end + 1] == close
                {
                    inner = index + 2..<end
                    outerEnd = end + 2
                }
                // `[text](url)` is a Markdown link, not a placeholder.
                let isMarkdownLink =
                    byte == UInt8(ascii: "[") && outerEnd < bytes.count
                    && bytes[outerEnd] == UInt8(ascii: "(")
                // Doubled brackets ({{name}}, [[name]]) mark a template variable whatever its case.
                let doubled = inner.lowerBound == index + 2
                if !isMarkdownLink, isPlaceholder(word(inner), bracket: doubled ? UInt8(ascii: "{") : byte) {
                    found.append(index..<outerEnd)
                    index = outerEnd
                    continue
                }
            }
            index += 1
        }
        let folded = FoldedText(text)
        for phrase in ["lorem ipsum", "todo", "tbd", "xxx", "xxxx", "xxxxx"] {
            for range in folded.occurrences(of: phrase) {
                let original = folded.originalRange(range)
                let isUpper = phrase == "lorem ipsum" || word(original) == word(original).uppercased()
                if isUpper, !found.contains(where: { $0.overlaps(original) }) { found.append(original) }
            }
        }
        // "insert … here" outside brackets.
        for range in folded.occurrences(of: "insert") {
            let after = folded.words.drop { $0.range.lowerBound < folded.originalRange(range).upperBound }.prefix(5)
            if let here = after.first(where: { $0.text == "here" }) {
                let whole = folded.originalRange(range).lowerBound..<here.range.upperBound
                if !found.contains(where: { $0.overlaps(whole) }) { found.append(whole) }
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    static func closing(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "["): UInt8(ascii: "]")
        case UInt8(ascii: "{"): UInt8(ascii: "}")
        case UInt8(ascii: "<"): UInt8(ascii: ">")
        case UInt8(ascii: "%"): UInt8(ascii: "%")
        default: nil
        }
    }

    static func isPlaceholder(_ inner: String, bracket: UInt8) -> Bool {
        let trimmed = inner.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 40, !trimmed.contains("\n") else { return false }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("insert") || lower.hasPrefix("your ") || lower.hasPrefix("client") { return true }
        let words = trimmed.split(separator: " ")
        guard words.count <= 4, trimmed.allSatisfy({ $0.isLetter || $0 == " " || $0 == "_" }) else { return false }
        switch bracket {
        case UInt8(ascii: "<"): return trimmed == trimmed.uppercased()  // <NAME>, not <b>
        // %NAME%, %first_name%: one identifier touching both signs, not "50% to 60%".
        case UInt8(ascii: "%"): return words.count == 1 && inner == trimmed && trimmed.contains { $0.isLetter }
        case UInt8(ascii: "{"): return true  // {name}, {{first_name}}
        default: return words.allSatisfy { $0.first?.isUppercase == true }  // [Client Name], [Company]
        }
    }
}
