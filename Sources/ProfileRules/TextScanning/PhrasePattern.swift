/// A phrase written as data, matched against `WordTokens`.
///
/// Syntax, elements separated by spaces:
/// - `pay|paid|payment`: one of these words; `bank_transfer`: consecutive words; `refund*`: a word prefix;
/// - `@method`: any entry of the named word list (entries may be several words);
/// - a trailing `?` makes an element optional; `~3` skips up to three words (never a sentence end).
struct PhrasePattern: Sendable {
    enum Element: Sendable {
        case words(Words)
        case gap(Int)
    }

    /// A words element, held by reference: matching reads it once per token tried, and a class costs one retain
    /// there where the table's arrays cost one each.
    final class Words: Sendable {
        /// Indexed by their first word (in the order written within each first word, which is the order they are
        /// tried in: alternatives with different first words never both match at one token).
        let alternatives: WordTable<[[WordKey]]>
        let prefixes: [[UInt8]]
        let optional: Bool

        init(alternatives: WordTable<[[WordKey]]>, prefixes: [[UInt8]], optional: Bool) {
            self.alternatives = alternatives
            self.prefixes = prefixes
            self.optional = optional
        }
    }

    let elements: [Element]
    /// The pattern as written, for tests and messages.
    let source: String
    /// Words a match can start with (`nil` when it can start with any word: a prefix or an optional first word).
    let firstWords: [String]?

    /// A pattern already compiled (`PhraseSetImage`).
    init(elements: [Element], source: String, firstWords: [String]?) {
        self.elements = elements
        self.source = source
        self.firstWords = firstWords
    }

    init(_ source: String, lists: [String: [String]] = [:]) {
        var cache: [Substring: CompiledElement] = [:]
        self.init(source, lists: lists, cache: &cache)
    }

    /// An element compiled once per set: many patterns repeat the same element (`@method`, `pay|paid`), and building
    /// its word table is most of what compiling a pattern costs at start-up.
    struct CompiledElement: Sendable {
        var element: Element
        /// First words of the alternatives (for a pattern's first element).
        var firstWords: [String]
        var hasPrefixes: Bool
    }

    init(_ source: String, lists: [String: [String]], cache: inout [Substring: CompiledElement]) {
        self.source = source
        var firstWords: [String]?
        var elements: [Element] = []
        for (number, piece) in source.split(separator: " ").enumerated() {
            if piece.hasPrefix("~"), let count = Int(piece.dropFirst()) {
                elements.append(.gap(count))
                continue
            }
            let compiled: CompiledElement
            if let cached = cache[piece] {
                compiled = cached
            } else {
                compiled = Self.compile(piece, source: source, lists: lists)
                cache[piece] = compiled
            }
            if number == 0, !compiled.hasPrefixes, !piece.hasSuffix("?") { firstWords = compiled.firstWords }
            elements.append(compiled.element)
        }
        self.elements = elements
        self.firstWords = firstWords
    }

    static func compile(_ piece: Substring, source: String, lists: [String: [String]]) -> CompiledElement {
        var body = piece
        let optional = body.hasSuffix("?")
        if optional { body = body.dropLast() }
        var alternatives: [[String]] = []
        var prefixes: [[UInt8]] = []
        for alternative in body.split(separator: "|") {
            if alternative.hasPrefix("@") {
                let name = String(alternative.dropFirst())
                precondition(lists[name] != nil, "pattern '\(source)' names unknown list @\(name)")
                alternatives += (lists[name] ?? []).map { $0.split(separator: " ").map(String.init) }
            } else if alternative.hasSuffix("*") {
                prefixes.append(Array(alternative.dropLast().utf8))
            } else {
                alternatives.append(alternative.split(separator: "_").map(String.init))
            }
        }
        // Keys compare whole words only up to 16 bytes.
        precondition(alternatives.joined().allSatisfy { $0.utf8.count <= 16 }, "pattern word too long: \(source)")
        var byFirstWord: [String: [[WordKey]]] = [:]
        var firstWordOrder: [String] = []
        for alternative in alternatives {
            guard let first = alternative.first else { continue }
            if byFirstWord[first] == nil { firstWordOrder.append(first) }
            byFirstWord[first, default: []].append(alternative.map(WordKey.init))
        }
        return CompiledElement(
            element: .words(
                Words(
                    alternatives: WordTable(firstWordOrder.map { ($0, byFirstWord[$0] ?? []) }),
                    prefixes: prefixes, optional: optional)),
            firstWords: alternatives.compactMap(\.first), hasPrefixes: !prefixes.isEmpty)
    }

    /// The end (exclusive token index) of a match starting at token `start`, if the pattern matches there.
    func match(_ tokens: WordTokens, at start: Int) -> Int? {
        matchElement(0, tokens, start)
    }

    private func matchElement(_ element: Int, _ tokens: WordTokens, _ at: Int) -> Int? {
        guard element < elements.count else { return at }
        switch elements[element] {
        case .gap(let count):
            var position = at
            for _ in 0...count {
                if let end = matchElement(element + 1, tokens, position) { return end }
                guard position < tokens.count, !tokens.is(position, WordTokens.sentenceEnd) else { return nil }
                position += 1
            }
            return nil
        case .words(let words):
            if at < tokens.count {
                if let candidates = tokens.value(at, in: words.alternatives) {
                    for alternative in candidates where Self.matches(alternative, tokens, at) {
                        if let end = matchElement(element + 1, tokens, at + alternative.count) { return end }
                    }
                }
                if !words.prefixes.isEmpty {
                    let word = tokens[at].range
                    for prefix in words.prefixes
                    where tokens.bytes[word].starts(with: prefix) && tokens[at].key != WordTokens.innerDot {
                        if let end = matchElement(element + 1, tokens, at + 1) { return end }
                    }
                }
            }
            return words.optional ? matchElement(element + 1, tokens, at) : nil
        }
    }

    @inline(__always)
    private static func matches(_ words: [WordKey], _ tokens: WordTokens, _ at: Int) -> Bool {
        guard at + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where !tokens.is(at + offset, word) { return false }
        return true
    }
}

/// Labelled phrase patterns, indexed by first word, with a negation guard ("I never accept payment outside…").
struct PhraseSet: Sendable {
    struct Entry: Sendable {
        var pattern: PhrasePattern
        /// What a match means, for the finding's message.
        var label: String
    }

    let entries: [Entry]
    private let byFirstWord: WordTable<[Int]>
    /// The words a match can start with; tokens must be built with these named (`WordTokens.isNamed`) unless a
    /// pattern can start anywhere.
    let firstWords: [String]
    private let anyStart: [Int]
    private let negators: WordSet
    /// Whether the entries came from a generated image (`PhraseTables`) rather than from compiling the patterns.
    let loadedFromImage: Bool

    /// Compiles `patterns` (pattern source → label), expanding `@list` references from `lists`; or, with
    /// `precompiled`, loads the same entries from the generated image of these patterns and lists if there is one.
    init(_ patterns: [(String, String)], lists: [String: [String]], negators: WordSet, precompiled: Bool = true) {
        if precompiled, let program = PhraseTables.program(for: PhraseSetImage.fingerprint(patterns, lists: lists)) {
            entries = PhraseSetImage.entries(program, strings: PhraseTables.strings, keys: PhraseTables.keys)
            loadedFromImage = true
        } else {
            var cache: [Substring: PhrasePattern.CompiledElement] = [:]
            entries = patterns.map { Entry(pattern: PhrasePattern($0.0, lists: lists, cache: &cache), label: $0.1) }
            loadedFromImage = false
        }
        var byFirstWord: [String: [Int]] = [:]
        var anyStart: [Int] = []
        for (index, entry) in entries.enumerated() {
            if let words = entry.pattern.firstWords {
                for word in Set(words) { byFirstWord[word, default: []].append(index) }
            } else {
                anyStart.append(index)
            }
        }
        self.byFirstWord = WordTable(byFirstWord.map { ($0.key, $0.value.sorted()) })
        firstWords = self.byFirstWord.words
        self.anyStart = anyStart
        self.negators = negators
    }

    /// Non-overlapping matches, leftmost first: (token range, label).
    func matches(in tokens: WordTokens) -> [(Range<Int>, String)] {
        var found: [(Range<Int>, String)] = []
        var start = 0
        while start < tokens.count {
            // Most words start no pattern: the token pass has marked those that may.
            let indexed = tokens[start].isNamed ? tokens.value(start, in: byFirstWord) : nil
            guard indexed != nil || !anyStart.isEmpty else {
                start += 1
                continue
            }
            var best: (Int, String)?
            for index in anyStart.isEmpty ? indexed ?? [] : (indexed ?? []) + anyStart {
                if let end = entries[index].pattern.match(tokens, at: start), end > start,
                    end > (best?.0 ?? start)
                {
                    best = (end, entries[index].label)
                }
            }
            if let (end, label) = best, !negated(tokens, before: start) {
                found.append((start..<end, label))
                start = end
            } else {
                start += 1
            }
        }
        return found
    }

    /// Whether a negation stands in the three words before `start`, within the sentence.
    private func negated(_ tokens: WordTokens, before start: Int) -> Bool {
        var index = start - 1
        var words = 0
        while index >= 0, words < 3, !tokens.is(index, WordTokens.sentenceEnd) {
            if tokens.is(index, in: negators) { return true }
            words += 1
            index -= 1
        }
        return false
    }
}
