/// A folded word packed into integers, so tables can be searched without building a `String`: its first 16 bytes
/// (little-endian, zero-padded) and its length. Two words of up to 16 bytes are equal exactly when their keys are;
/// longer words also need their bytes compared (`WordTable` does that).
struct WordKey: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var length: Int = 0

    /// The empty key (an empty table slot).
    init() {}

    /// The key of `bytes[range]`, by the raw buffer's whole-word loads rather than a loop over bytes (the word
    /// pass builds one per word).
    @inline(__always)
    init(_ bytes: [UInt8], _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range outside the bytes")
        self = bytes.withUnsafeBufferPointer { WordKey($0, range) }
    }

    /// The key of `bytes[range]`, from a raw buffer: whole 8-byte loads where the buffer allows.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        length = range.count
        guard let base = bytes.baseAddress else { return }
        let first = min(range.count, 8)
        if range.lowerBound + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self))
            low = first == 8 ? word : word & ((1 << UInt64(first * 8)) - 1)
        } else {
            for offset in 0..<first { low |= UInt64(base[range.lowerBound + offset]) << UInt64(offset * 8) }
        }
        guard range.count > 8 else { return }
        let second = min(range.count - 8, 8)
        if range.lowerBound + 16 <= bytes.count {
            let word = UInt64(
                littleEndian: UnsafeRawPointer(base + range.lowerBound + 8).loadUnaligned(as: UInt64.self))
            high = second == 8 ? word : word & ((1 << UInt64(second * 8)) - 1)
        } else {
            for offset in 0..<second { high |= UInt64(base[range.lowerBound + 8 + offset]) << UInt64(offset * 8) }
        }
    }

    /// Appends `bytes[range]` to the word; the result is at most 16 bytes long (its key is then the whole word).
    @inline(__always)
    mutating func append(_ bytes: [UInt8], _ range: Range<Int>) {
        precondition(length + range.count <= 16, "a key holds 16 bytes")
        for index in range {
            if length < 8 {
                low |= UInt64(bytes[index]) << UInt64(length * 8)
            } else {
                high |= UInt64(bytes[index]) << UInt64((length - 8) * 8)
            }
            length += 1
        }
    }

    /// The key of a word written in a table.
    init(_ word: String) {
        let bytes = Array(word.utf8)
        self.init(bytes, 0..<bytes.count)
    }

    /// The key of one byte (a mark token such as `:`).
    init(byte: UInt8) {
        low = UInt64(byte)
        length = 1
    }

    @inline(__always)
    var mixed: UInt64 { ((low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &+ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15 }
}

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
