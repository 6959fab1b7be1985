/// A read-only table from folded words to values, searched by byte range: open addressing on `WordKey`, no `String`
/// and no `Hasher` on the look-up path. The lexicon's word lists are written as literals of this type.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [WordKey]
    private var values: [Value?]
    /// The bytes of entries longer than 16 bytes (their keys hold only the first 16), by slot.
    private var longWords: [Int: [UInt8]] = [:]
    private let shift: UInt64
    private let mask: Int
    /// The entries as written, in order (for building other tables from this one).
    let entries: [(word: String, value: Value)]

    init(_ entries: [(String, Value)]) {
        var size = 8
        while size < entries.count * 3 { size *= 2 }
        keys = Array(repeating: WordKey(), count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
        shift = UInt64(64 - size.trailingZeroBitCount)
        self.entries = entries.map { (word: $0.0, value: $0.1) }
        for (word, value) in entries {
            precondition(!word.isEmpty, "a word table holds no empty word")
            let bytes = Array(word.utf8)
            let key = WordKey(bytes, 0..<bytes.count)
            var slot = Int(truncatingIfNeeded: key.mixed >> shift)
            while keys[slot].length != 0, !(keys[slot] == key && longWords[slot].map { $0 == bytes } ?? true) {
                slot = (slot + 1) & mask
            }
            keys[slot] = key
            values[slot] = value
            if bytes.count > 16 { longWords[slot] = bytes }
        }
    }

    /// The value of the word `word`, whose key is `key` (the bytes are read only for words over 16 bytes).
    @inline(__always)
    func value(_ key: WordKey, matching word: some Sequence<UInt8>) -> Value? {
        guard key.length > 0 else { return nil }
        var slot = Int(truncatingIfNeeded: key.mixed >> shift)
        while true {
            let candidate = keys[slot]
            if candidate.length == 0 { return nil }
            if candidate == key, key.length <= 16 || longWords[slot].map({ $0.elementsEqual(word) }) == true {
                return values[slot]
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value of `bytes[range]`, whose key is `key`.
    @inline(__always)
    func value(_ key: WordKey, _ bytes: [UInt8], _ range: Range<Int>) -> Value? { value(key, matching: bytes[range]) }

    /// The value of `bytes[range]`.
    @inline(__always)
    func value(_ bytes: [UInt8], _ range: Range<Int>) -> Value? { value(WordKey(bytes, range), bytes, range) }

    /// The value of `word` (for rare paths that already hold a `String`).
    func value(_ word: String) -> Value? {
        let bytes = Array(word.utf8)
        return value(bytes, 0..<bytes.count)
    }

    /// The words, in the order written.
    var words: [String] { entries.map(\.word) }
}

extension WordTable: ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) { self.init(elements) }
}

/// A set of folded words (a `WordTable` without values).
typealias WordSet = WordTable<Bool>

extension WordTable where Value == Bool {
    init(_ words: some Sequence<String>) { self.init(words.map { ($0, true) }) }

    @inline(__always) func contains(_ bytes: [UInt8], _ range: Range<Int>) -> Bool { value(bytes, range) != nil }
    @inline(__always) func contains(_ key: WordKey, _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        value(key, bytes, range) != nil
    }
    func contains(_ word: String) -> Bool { value(word) != nil }
    /// Whether the table holds the word of at most 16 bytes whose key is `key` (no bytes needed to compare).
    @inline(__always) func contains(_ key: WordKey) -> Bool {
        precondition(key.length <= 16, "a longer word needs its bytes")
        return value(key, matching: EmptyCollection()) != nil
    }
    @inline(__always) func contains(_ key: WordKey, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        value(key, matching: UnsafeBufferPointer(rebasing: bytes[range])) != nil
    }
    func union(_ other: WordSet) -> WordSet { WordSet(words + other.words) }
}

extension WordTable: ExpressibleByArrayLiteral where Value == Bool {
    init(arrayLiteral elements: String...) { self.init(elements) }
}
