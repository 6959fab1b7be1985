/// A compiled `PhraseSet` as integers, so that start-up loads it instead of compiling its patterns (compiling the
/// three sets at first use cost ~11 M instructions of string splitting and hashing: issue 16). The images are in
/// `PhraseTables`, generated ahead of time by `PhraseTablesGenerator` (tests) from the sets compiled the ordinary
/// way. A set is loaded only when its patterns and lists hash to an image's fingerprint; any other (patterns edited
/// since the tables were generated, which `PhraseTablesTests` reports) is compiled as before, so an out-of-date
/// table costs time, never a different match.
///
/// Layout (strings index `PhraseTables.strings`; keys index `PhraseTables.keys`, three integers a key): the words
/// elements first (count; each: optional 0/1, prefix count, prefixes, first-word count, each first word with its
/// alternative count and each alternative's key count and keys), then the entries (count; each: label, source,
/// first-word count or -1 for none, first words, element count, each element: `-1 - n` for a gap of n words, or
/// the number of a words element).
enum PhraseSetImage {
    /// FNV-1a over the patterns, their labels and the lists (in name order), with a separator after each string.
    static func fingerprint(_ patterns: [(String, String)], lists: [String: [String]]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func add(_ string: String, end: UInt8) {
            for byte in string.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            hash = (hash ^ UInt64(end)) &* 0x100_0000_01B3  // 0xF8…0xFF never occur in UTF-8
        }
        for (pattern, label) in patterns {
            add(pattern, end: 0xFF)
            add(label, end: 0xFE)
        }
        for name in lists.keys.sorted() {
            add(name, end: 0xFD)
            for entry in lists[name] ?? [] { add(entry, end: 0xFC) }
        }
        return hash
    }

    /// The entries an image describes.
    static func entries(_ program: [Int32], strings: [String], keys: [UInt64]) -> [PhraseSet.Entry] {
        var at = 0
        func next() -> Int {
            defer { at += 1 }
            return Int(program[at])
        }
        func key(_ index: Int) -> WordKey {
            var key = WordKey()
            key.low = keys[3 * index]
            key.high = keys[3 * index + 1]
            key.length = Int(keys[3 * index + 2])
            return key
        }
        var words: [PhrasePattern.Words] = []
        for _ in 0..<next() {
            let optional = next() != 0
            let prefixes = (0..<next()).map { _ in Array(strings[next()].utf8) }
            var groups: [(String, [[WordKey]])] = []
            for _ in 0..<next() {
                let first = strings[next()]
                let alternatives = (0..<next()).map { _ in (0..<next()).map { _ in key(next()) } }
                groups.append((first, alternatives))
            }
            words.append(PhrasePattern.Words(alternatives: WordTable(groups), prefixes: prefixes, optional: optional))
        }
        return (0..<next()).map { _ in
            let label = strings[next()]
            let source = strings[next()]
            let firstCount = next()
            let firstWords: [String]? = firstCount < 0 ? nil : (0..<firstCount).map { _ in strings[next()] }
            let elements: [PhrasePattern.Element] = (0..<next()).map { _ in
                let code = next()
                return code < 0 ? .gap(-1 - code) : .words(words[code])
            }
            return PhraseSet.Entry(
                pattern: PhrasePattern(elements: elements, source: source, firstWords: firstWords),
                label: label)
        }
    }
}
