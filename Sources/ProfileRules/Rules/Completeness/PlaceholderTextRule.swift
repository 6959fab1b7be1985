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
    /// Runs on every text field of every profile (and again for the completeness figure), so it reads the field's
    /// own UTF-8 bytes, copying nothing: each check first asks the bytes whether it can fire at all, and only the
    /// rare field where one might (a short field, a lorem marker, a non-ASCII field whose first words repeat) goes
    /// through `fillerByCharacters`, the lower-cased version, which decides. The lower-cased copies were 20% of an
    /// NDJSON sweep (issue 16).
    static func filler(in text: String) -> (kind: String, range: Range<Int>)? {
        let screened = text.utf8.withContiguousStorageIfAvailable { screen($0) }
        switch screened {
        case .some(.clean): return nil
        case .some(.found(let kind, let range)): return (kind, range)
        case .some(.undecided), nil: return fillerByCharacters(in: text)
        }
    }

    private enum Screen {
        case clean
        case found(kind: String, range: Range<Int>)
        /// A check might fire on Characters where bytes cannot tell.
        case undecided
    }

    /// `fillerByCharacters`' answer where the bytes alone give it exactly, else `.undecided`.
    ///
    /// Each check keeps its order. The whole-field word: the lower-cased, trimmed field equals an ASCII word only
    /// when the bytes left after stripping whitespace and non-ASCII bytes from both ends are that few ASCII
    /// letters and spaces (lower-casing maps scalar by scalar, and no non-ASCII scalar but the Kelvin sign, in no
    /// word, lower-cases to ASCII letters alone). Lorem ipsum: the markers' lower-cased bytes come from ASCII bytes
    /// of the field, so the field holds them folded. The letter run reads the field's bytes already. The repeated
    /// word is exact on ASCII; a non-ASCII field is let through when its first two words differ in a lower-cased
    /// prefix, before the prefix's last Character (Character breaks before it do not depend on what follows).
    private static func screen(_ bytes: UnsafeBufferPointer<UInt8>) -> Screen {
        let count = bytes.count
        var start = 0
        while start < count, isASCIIWhitespace(bytes[start]) { start += 1 }
        var end = count
        while end > start, isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
        let whole = start..<end
        var coreStart = 0
        while coreStart < count, isStrippable(bytes[coreStart]) { coreStart += 1 }
        var coreEnd = count
        while coreEnd > coreStart, isStrippable(bytes[coreEnd - 1]) { coreEnd -= 1 }
        if coreEnd - coreStart <= longestPlaceholderWord,
            placeholderWordBytes.contains(where: { isFolded(bytes[coreStart..<coreEnd], $0) })
        {
            return .undecided
        }
        // One pass for the lorem markers and the letter runs. A marker anywhere comes first (`.undecided`); else
        // the first run of one letter no word has: "xxxx", or any letter five times ("aaaaa").
        var allBits: UInt8 = 0
        var firstRun: Range<Int>?
        var runStart = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            allBits |= byte
            let folded = byte | 0x20
            if folded == UInt8(ascii: "l") || folded == UInt8(ascii: "d"),
                loremMarkers.contains(where: { startsFolded($0, in: bytes, at: index) })
            {
                return .undecided
            }
            if byte != bytes[runStart] {
                if firstRun == nil, isFillerRun(bytes, runStart..<index) { firstRun = runStart..<index }
                runStart = index
            }
            index += 1
        }
        if firstRun == nil, isFillerRun(bytes, runStart..<count) { firstRun = runStart..<count }
        if let run = firstRun {
            let letter = Character(Unicode.Scalar(bytes[run.lowerBound] | 0x20))
            return .found(kind: "\"\(String(repeating: letter, count: 4))…\"", range: run)
        }
        let nonASCII = allBits >= Byte.firstNonASCII
        if nonASCII { return firstWordsDiffer(bytes) ? .clean : .undecided }
        if let word = repeatedASCIIWord(in: bytes) { return .found(kind: "\"\(word)\" repeated", range: whole) }
        return .clean
    }

    private static let placeholderWordBytes = placeholderWords.map { Array($0.utf8) }

    /// Whether `bytes` are `word` (lower-case ASCII) with ASCII letters folded.
    private static func isFolded(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ word: [UInt8]) -> Bool {
        // A superset of the ASCII spellings (0x00 folds to a space too): a field let through is decided by Characters.
        bytes.count == word.count && zip(bytes, word).allSatisfy { $0 | 0x20 == $1 }
    }

    /// What the whole-field check strips, and more: every byte that can be, or be part of, a whitespace Character.
    private static func isStrippable(_ byte: UInt8) -> Bool { byte <= 0x20 || byte >= Byte.firstNonASCII }

    /// Whether `pattern` (lower-case ASCII letters and spaces) starts at `start` in `haystack`, compared folded
    /// (a superset of the ASCII spellings: a field let through is decided by Characters).
    private static func startsFolded(_ pattern: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool
    {
        guard haystack.count - start >= pattern.count else { return false }
        for offset in 0..<pattern.count where haystack[start + offset] | 0x20 != pattern[offset] { return false }
        return true
    }

    /// Whether the bytes in `run`, all one byte, are a letter no word repeats so often.
    @inline(__always)
    private static func isFillerRun(_ bytes: UnsafeBufferPointer<UInt8>, _ run: Range<Int>) -> Bool {
        guard run.count >= 4 else { return false }
        let letter = bytes[run.lowerBound] | 0x20
        return letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z")
            && (run.count >= 5 || letter == UInt8(ascii: "x"))
    }

    /// How many bytes of a non-ASCII field are lower-cased to look for two different words.
    static let prefixBytes = 256

    /// Whether the words of `bytes`, as `repeatedWord` reads them on the lower-cased text, differ: decided on a
    /// lower-cased prefix of about `prefixBytes`, `false` when the prefix cannot tell.
    private static func firstWordsDiffer(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var cut = min(bytes.count, prefixBytes)
        while cut < bytes.count, UTF8.isContinuation(bytes[cut]) { cut += 1 }
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<cut]), as: UTF8.self).lowercased()
        // A whole field is read to its end; a prefix up to its last Character, which more text could extend.
        guard cut < bytes.count else { return wordsDiffer(in: prefix, before: prefix.endIndex) }
        guard let last = prefix.indices.last else { return false }
        return wordsDiffer(in: prefix, before: last)
    }

    /// Whether `text` has two different words, the second ending before `limit` (or at the end of `text`).
    private static func wordsDiffer(in text: String, before limit: String.Index) -> Bool {
        var first: Substring?
        var index = text.startIndex
        while index < limit {
            guard text[index].isLetter || text[index].isNumber else {
                index = text.index(after: index)
                continue
            }
            var end = text.index(after: index)
            while end < text.endIndex, text[end].isLetter || text[end].isNumber { end = text.index(after: end) }
            guard end < limit || limit == text.endIndex else { return false }
            let word = text[index..<end]
            if let first, word != first { return true }
            first = first ?? word
            index = end
        }
        return false
    }

    /// The filler as Characters read it, on the lower-cased field: the definition `filler` answers for.
    static func fillerByCharacters(in text: String) -> (kind: String, range: Range<Int>)? {
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
        let word =
            isASCII
            ? lowerBytes.withUnsafeBufferPointer { repeatedASCIIWord(in: $0) }
            : repeatedWord(in: lower).map(String.init)
        if let word { return ("\"\(word)\" repeated", whole) }
        return nil
    }

    static let loremMarkers = ["lorem ipsum", "dolor sit amet"].map { Array($0.utf8) }

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

    /// `repeatedWord` for ASCII, byte by byte and folded to lower case: an ASCII character is a letter or a number
    /// exactly when it folds to `a`–`z` or `0`–`9`, which is `FoldedByte.isWord` on bytes below 0x80.
    private static func repeatedASCIIWord(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        @inline(__always) func folded(_ byte: UInt8) -> UInt8 {
            byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
        }
        var first: Range<Int>?
        var count = 0
        var index = 0
        while index < bytes.count {
            guard FoldedByte.isWord(folded(bytes[index])) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, FoldedByte.isWord(folded(bytes[end])) { end += 1 }
            if let first {
                guard end - index == first.count else { return nil }
                for offset in 0..<first.count
                where folded(bytes[index + offset]) != folded(bytes[first.lowerBound + offset]) {
                    return nil
                }
            } else {
                first = index..<end
            }
            count += 1
            index = end
        }
        guard count >= 3, let first else { return nil }
        return String(decoding: first.map { folded(bytes[$0]) }, as: UTF8.self)
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
