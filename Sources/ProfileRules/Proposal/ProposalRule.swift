import ProfileModel

/// Helpers shared by the proposal rules: the cover letter as one text field, folded for matching.
struct ProposalText {
    let field: Field<String>
    let folded: FoldedText
    let context: ProposalContext

    /// The proposal in `input`, or `nil` when the input is not a proposal.
    init?(_ input: RuleInput) {
        guard let context = input.proposal, let field = input.textFields.first else { return nil }
        self.field = field
        folded = FoldedText(field.value)
        self.context = context
    }

    /// Where the letter starts: its first word (or byte 0 when it has none).
    var start: Range<Int> {
        folded.words.first.map { $0.range.lowerBound..<$0.range.upperBound } ?? 0..<0
    }

    /// Stemmed content words of the letter.
    var terms: Set<String> { JobPost.terms(in: field.value) }

    /// The text of the first `lines` non-empty lines, and where they end.
    func opening(lines: Int) -> (text: String, end: Int) {
        var count = 0
        var end = 0
        for line in field.value.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            count += 1
            end = field.value.utf8.distance(from: field.value.utf8.startIndex, to: line.utf8.endIndex)
            if count == lines { break }
        }
        return (String(decoding: Array(field.value.utf8.prefix(end)), as: UTF8.self), end)
    }

    /// The sentences of `text` (split at `.`, `!` or `?` before a space or line break, and at line breaks), each
    /// with its UTF-8 range and its text, white space collapsed.
    static func sentences(in text: String) -> [(range: Range<Int>, text: String)] {
        let bytes = Array(text.utf8)
        var sentences: [(range: Range<Int>, text: String)] = []
        var start = 0
        func close(_ end: Int) {
            var from = start
            while from < end, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[from]) { from += 1 }
            guard from < end else { return }
            let collapsed = String(decoding: bytes[from..<end], as: UTF8.self).split(whereSeparator: \.isWhitespace)
                .joined(separator: " ")
            sentences.append((from..<end, collapsed))
        }
        for index in bytes.indices {
            let byte = bytes[index]
            let isEnd =
                byte == 0x0A
                || ((byte == 0x2E || byte == 0x21 || byte == 0x3F)
                    && (index + 1 == bytes.count || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A))
            if isEnd {
                close(byte == 0x0A ? index : index + 1)
                start = index + 1
            }
        }
        close(bytes.count)
        return sentences
    }
}
