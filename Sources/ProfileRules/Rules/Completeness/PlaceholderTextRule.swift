import ProfileModel

/// Flags placeholder and filler text (`xxxx`, lorem ipsum, one word repeated) in any profile field.
struct PlaceholderTextRule: ProfileRule {
    static let description = RuleDescription(
        id: "placeholder-text",
        name: "Placeholder or filler text",
        category: .completeness,
        defaultSeverity: .warning,
        rationale: """
            A field filled with "xxxx", lorem ipsum or one word typed over and over counts as filled in for the \
            completeness figure, but tells a client nothing, and Upwork asks for a profile that describes your \
            real skills and experience (sources P1, P5). profilelint scores such a field as only partly earned.
            """,
        howToFix: "Replace the filler with real text about your work, or leave the field empty until you can.",
        passing: [
            Example(#"{"overview": "I build Shopify stores for small bakeries: design, payments, delivery slots."}"#),
            Example(
                #"{"title": "Accessibility (a11y) auditor", "overview": "Books, books and more books: I "#
                    + #"edit fiction."}"#),
            Example(
                #"{"employment": [{"company": "Buzz Ltd", "title": "Editor", "description": "Fixed 3,000 typos."}]}"#),
        ],
        failing: [
            Example(#"{"overview": "↓xxxxxxxxxxxxxxxxvvv"}"#),
            Example(#"{"title": "Writer", "overview": "↓Lorem ipsum dolor sit amet, consectetur adipiscing elit."}"#),
            Example(#"{"employment": [{"company": "Acme", "description": "↓test test test test"}]}"#),
            Example(#"{"name": "Ana", "title": "↓TBD"}"#),
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        guard let profile = input.profile else { return }
        // Text read from around a saved page's profile (navigation, footers) is not the person's to fix.
        for field in profile.textFields.dropLast(profile.pageTexts.count) {
            guard let match = Self.filler(in: field.value) else { continue }
            findings.report(
                "\(Self.name(of: field.pointer)) is placeholder text (\(match.kind)); write real text "
                    + "or leave it empty", in: field, valueRange: match.range)
        }
    }

    /// Whole-field placeholders, compared folded to lower case.
    static let placeholderWords: Set<String> = [
        "tbd", "todo", "tba", "test", "asdf", "asdfgh", "qwerty", "placeholder", "sample text", "your text here",
        "text here", "xxx", "lorem",
    ]

    /// The filler in `text` and its UTF-8 range in the value, or `nil`.
    ///
    /// Runs on every text field of every profile (and again for the completeness figure), so each check walks
    /// the text at most once and stops early: building the trimmed copy and splitting every word of a long
    /// overview made this rule 90% of an NDJSON sweep (issue 16).
    static func filler(in text: String) -> (kind: String, range: Range<Int>)? {
        let bytes = Array(text.utf8)
        let lower = text.lowercased()
        let start = bytes.prefix { isASCIIWhitespace($0) }.count
        let whole = start..<max(start, bytes.count - bytes.reversed().prefix { isASCIIWhitespace($0) }.count)
        let head = lower.firstIndex { !$0.isWhitespace } ?? lower.endIndex
        let tail = lower.lastIndex { !$0.isWhitespace }.map { lower.index(after: $0) } ?? head
        let trimmed = lower[head..<max(head, tail)]
        if trimmed.utf8.count <= longestPlaceholderWord, placeholderWords.contains(String(trimmed)) {
            return ("\"\(trimmed)\"", whole)
        }
        // Lower-casing keeps ASCII offsets, and these markers are ASCII.
        let lowerBytes = lower.utf8.count == bytes.count ? Array(lower.utf8) : []
        if !lowerBytes.isEmpty {
            for phrase in Self.loremMarkers {
                if let range = Self.range(of: phrase, in: lowerBytes) {
                    return ("lorem ipsum", range.lowerBound..<whole.upperBound)
                }
            }
        }
        // A run of one letter no word has: "xxxx", or any letter five times ("aaaaa").
        var runStart = 0
        for index in 0...bytes.count {
            if index < bytes.count, index > runStart, bytes[index] == bytes[runStart] { continue }
            let length = index - runStart
            let byte = runStart < bytes.count ? bytes[runStart] | 0x20 : 0
            if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z"),
                length >= 5 || (byte == UInt8(ascii: "x") && length >= 4)
            {
                let letter = Character(Unicode.Scalar(byte))
                return ("\"\(String(repeating: letter, count: 4))…\"", runStart..<index)
            }
            runStart = index
        }
        // One word repeated: three or more words, all the same (words split where a character is neither a letter
        // nor a number); the walk stops at the first word that differs.
        let isASCII = bytes.allSatisfy { $0 < Byte.firstNonASCII }
        let word = isASCII ? repeatedASCIIWord(in: lowerBytes) : repeatedWord(in: lower).map(String.init)
        if let word { return ("\"\(word)\" repeated", whole) }
        return nil
    }

    private static let loremMarkers = ["lorem ipsum", "dolor sit amet"].map { Array($0.utf8) }

    /// Where `pattern` first stands in `haystack`.
    private static func range(of pattern: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard let first = pattern.first, haystack.count >= pattern.count else { return nil }
        var start = 0
        while let found = haystack[start...].firstIndex(of: first), found + pattern.count <= haystack.count {
            if haystack[found..<found + pattern.count].elementsEqual(pattern) { return found..<found + pattern.count }
            start = found + 1
        }
        return nil
    }

    /// `repeatedWord` for lower-cased ASCII, byte by byte: an ASCII character is a letter or a number exactly
    /// when it is `a`–`z` or `0`–`9`, which is `FoldedByte.isWord` on bytes below 0x80.
    private static func repeatedASCIIWord(in bytes: [UInt8]) -> String? {
        let isWordByte = FoldedByte.isWord
        var first: ArraySlice<UInt8>?
        var count = 0
        var index = 0
        while index < bytes.count {
            guard isWordByte(bytes[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
            let word = bytes[index..<end]
            if let first, !word.elementsEqual(first) { return nil }
            first = first ?? word
            count += 1
            index = end
        }
        guard count >= 3, let first else { return nil }
        return String(decoding: first, as: UTF8.self)
    }

    private static let longestPlaceholderWord = placeholderWords.map(\.utf8.count).max() ?? 0

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\r")
    }

    /// The word `text` holds three or more times and nothing else, or `nil`.
    private static func repeatedWord(in text: String) -> Substring? {
        var first: Substring?
        var count = 0
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isLetter || text[index].isNumber else {
                index = text.index(after: index)
                continue
            }
            var end = text.index(after: index)
            while end < text.endIndex, text[end].isLetter || text[end].isNumber { end = text.index(after: end) }
            let word = text[index..<end]
            if let first, word != first { return nil }
            first = first ?? word
            count += 1
            index = end
        }
        return count >= 3 ? first : nil
    }

    /// "the overview", "the title", "the skill at /skills/0", else the field's pointer.
    static func name(of pointer: String) -> String {
        let parts = pointer.split(separator: "/")
        guard let last = parts.last else { return "the field" }
        let names = [
            "overview": "the overview", "title": "the title", "name": "the name",
            "description": "the description", "company": "the company", "subject": "the subject",
        ]
        // A list of strings (skills) ends in an index: name the item by its list, not "the 0".
        let base =
            last.allSatisfy(\.isNumber)
            ? (parts.dropLast().last == "skills" ? "the skill" : "the item")
            : names[String(last)] ?? "the \(last)"
        return parts.count > 1 ? "\(base) at \(pointer)" : base
    }
}
