/// Folded text cut into words and marks, for phrase patterns and word look-ups; built once per scan and shared by
/// every detector.
///
/// A word is a run of letters and digits (an apostrophe inside keeps it one word: `don't`, `i'm`). Sentence ends
/// (`.`, `!`, `?`, `;`, a line break) become the token `.`, which a pattern gap never crosses; `:`, `@`, `$`,
/// `%`, `/`, `#`, `(`, `)`, `+` and `,` are tokens of their own; a hyphen separates words (`5-star` is `5 star`).
/// A dot inside a word (`gmail.com`, `3.5`) is the token `·`.
struct WordTokens {
    struct Token {
        /// The token's text as a key (`·` for a dot inside a word, `.` for any sentence end).
        var key: WordKey
        /// Folded byte range.
        var range: Range<Int>
        /// All letters (`isLetters`) or all digits (`isDigits`); marks are neither.
        var isLetters: Bool
        var isDigits: Bool
        /// The word's lexicon classes (`CueClass` bits; 0 for most words and for every mark).
        var cues: UInt32 = 0
        /// Whether the word is one some detector looks up by name (`CueClass.named`).
        var isNamed: Bool { cues & CueClass.named.rawValue != 0 }
    }

    /// What the text holds at all, so a detector with nothing to look for can skip it.
    struct Summary {
        /// An `@`, any digit, a dot between two labels (`gmail.com`, `3.5`), a `:`.
        var hasAt = false
        var hasDigit = false
        var hasInnerDot = false
        var hasColon = false
        /// A `+`, `/` or `=` (Base64 punctuation), and the longest word in bytes.
        var hasBase64Punctuation = false
        var longestWord = 0
        /// Whether any token is named.
        var hasNamed = false
        /// Whether any token is a lexicon anchor (`CueClass.anchors`), or the text has letters outside ASCII
        /// (whose cue words are found on the original bytes).
        var hasAnchor = false
        var hasNonASCIILetter = false
        /// Whether a word mixes letters and digits (`te1egram`, `3d`): disguised names are read back from these.
        var hasMixedWord = false
    }

    static let sentenceEnd = WordKey(byte: Byte.dot)
    static let innerDot = WordKey("·")

    /// The folded bytes the tokens point into.
    let bytes: [UInt8]
    private(set) var tokens: [Token] = []
    private(set) var summary = Summary()

    /// Byte classes: 1 word byte, 2 sentence end, 3 mark of its own, 4 a byte only the summary notes (`=`).
    private static let classes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = 1 }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = 1 }
        table[Int(Byte.nonASCIILetter)] = 1
        for byte in ".!?;\n".utf8 { table[Int(byte)] = 2 }
        for byte in ":@$%/#()+,*".utf8 { table[Int(byte)] = 3 }
        table[Int(UInt8(ascii: "="))] = 4
        return table
    }()

    /// Cuts `bytes` into tokens, marking as named the words of `named` instead of the lexicon's (for callers with a
    /// word set of their own, such as the proposal rules); the other lexicon classes stay.
    init(_ bytes: [UInt8], named: WordSet) {
        self.init(bytes)
        let bit = CueClass.named.rawValue
        var anyNamed = false
        for index in tokens.indices {
            let isNamed = named.contains(tokens[index].key, bytes, tokens[index].range)
            tokens[index].cues = isNamed ? tokens[index].cues | bit : tokens[index].cues & ~bit
            anyNamed = anyNamed || isNamed
        }
        summary.hasNamed = anyNamed
    }

    /// Cuts `bytes` into tokens, each with its lexicon classes (one table probe per word, so that detectors need
    /// not probe their own tables for every word).
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        var summary = Summary()
        // Through raw buffers: this loop sees every byte of every scanned text.
        Self.classes.withUnsafeBufferPointer { classes in
            bytes.withUnsafeBufferPointer { bytes in
                Self.cut(bytes, classes: classes, into: &tokens, summary: &summary)
            }
        }
        self.tokens = tokens
        self.summary = summary
    }

    private static func cut(
        _ bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>,
        into tokens: inout [Token], summary: inout Summary
    ) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch classes[Int(byte)] {
            case 1:
                var end = index + 1
                var letters = FoldedByte.isLetter(byte)
                var digits = !letters
                var anyDigit = digits
                var apostrophe = -1
                while end < count {
                    let next = bytes[end]
                    if classes[Int(next)] == 1 {
                        if FoldedByte.isLetter(next) {
                            digits = false
                            if next == Byte.nonASCIILetter { summary.hasNonASCIILetter = true }
                        } else {
                            letters = false
                            anyDigit = true
                        }
                        end += 1
                    } else if next == Byte.apostrophe, end + 1 < count, FoldedByte.isLetter(bytes[end + 1]) {
                        if apostrophe < 0 { apostrophe = end }
                        letters = false
                        digits = false
                        end += 2
                    } else {
                        break
                    }
                }
                let key = WordKey(bytes, index..<end)
                var cues = Lexicon.cues(key)
                if cues == 0, apostrophe > index {
                    // "WhatsApp'tan", "Telegram'dan": a name with a suffix (`Lexicon` reads the stem back).
                    cues = Lexicon.cues(WordKey(bytes, index..<apostrophe)) & CueClass.anchors.rawValue
                }
                tokens.append(
                    Token(
                        key: key, range: index..<end, isLetters: letters, isDigits: digits,
                        cues: cues))
                summary.hasDigit = summary.hasDigit || anyDigit
                if byte == Byte.nonASCIILetter { summary.hasNonASCIILetter = true }
                if cues != 0 {
                    summary.hasNamed = summary.hasNamed || cues & CueClass.named.rawValue != 0
                    summary.hasAnchor =
                        summary.hasAnchor
                        || cues & (CueClass.anchors.rawValue | CueClass.anchorPhraseStart.rawValue) != 0
                }
                if anyDigit, !digits { summary.hasMixedWord = true }
                summary.longestWord = max(summary.longestWord, end - index)
                index = end
                continue
            case 2:
                let inside = byte == Byte.dot && index + 1 < count && FoldedByte.isWord(bytes[index + 1])
                summary.hasInnerDot = summary.hasInnerDot || inside
                tokens.append(
                    Token(
                        key: inside ? innerDot : sentenceEnd, range: index..<index + 1,
                        isLetters: false, isDigits: false))
            case 3:
                switch byte {
                case Byte.at: summary.hasAt = true
                case Byte.colon: summary.hasColon = true
                case Byte.plus, Byte.slash: summary.hasBase64Punctuation = true
                default: break
                }
                tokens.append(
                    Token(
                        key: WordKey(byte: byte), range: index..<index + 1, isLetters: false,
                        isDigits: false))
            case 4: summary.hasBase64Punctuation = true
            default: break
            }
            index += 1
        }
    }

    var count: Int { tokens.count }
    subscript(index: Int) -> Token { tokens[index] }

    /// Whether token `index` is `key`.
    @inline(__always) func `is`(_ index: Int, _ key: WordKey) -> Bool { tokens[index].key == key }

    /// Whether token `index` is in `set`.
    @inline(__always) func `is`(_ index: Int, in set: WordSet) -> Bool {
        set.contains(tokens[index].key, bytes, tokens[index].range)
    }

    /// Token `index`'s value in `table`.
    @inline(__always) func value<Value>(_ index: Int, in table: WordTable<Value>) -> Value? {
        table.value(tokens[index].key, bytes, tokens[index].range)
    }

    /// Token `index`'s text (for rare paths: messages, joined phrases).
    func text(_ index: Int) -> String {
        tokens[index].key == Self.innerDot ? "·" : String(decoding: bytes[tokens[index].range], as: UTF8.self)
    }

    /// The folded byte range from token `range.lowerBound` to the end of token `range.upperBound - 1`.
    func span(_ range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }
}
