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
