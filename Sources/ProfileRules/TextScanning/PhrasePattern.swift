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
