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
    }

    static let sentenceEnd = WordKey(byte: 0x2E)
    static let innerDot = WordKey("·")

    /// The folded bytes the tokens point into.
    let bytes: [UInt8]
    private(set) var tokens: [Token] = []

    /// Byte classes: 1 word byte, 2 sentence end, 3 mark of its own.
    private static let classes: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = 1 }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = 1 }
        table[0x80] = 1
        for byte in ".!?;\n".utf8 { table[Int(byte)] = 2 }
        for byte in ":@$%/#()+,*".utf8 { table[Int(byte)] = 3 }
        return table
    }()

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 5)
        let classes = Self.classes
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch classes[Int(byte)] {
            case 1:
                var end = index + 1
                var letters = FoldedByte.isLetter(byte)
                var digits = !letters
                while end < count {
                    let next = bytes[end]
                    if classes[Int(next)] == 1 {
                        if FoldedByte.isLetter(next) { digits = false } else { letters = false }
                        end += 1
                    } else if next == 0x27, end + 1 < count, FoldedByte.isLetter(bytes[end + 1]) {
                        letters = false
                        digits = false
                        end += 2
                    } else {
                        break
                    }
                }
                tokens.append(Token(key: WordKey(bytes, index..<end), range: index..<end, isLetters: letters,
                                    isDigits: digits))
                index = end
                continue
            case 2:
                let inside = byte == 0x2E && index + 1 < count && FoldedByte.isWord(bytes[index + 1])
                tokens.append(Token(key: inside ? Self.innerDot : Self.sentenceEnd, range: index..<index + 1,
                                    isLetters: false, isDigits: false))
            case 3:
                tokens.append(Token(key: WordKey(byte: byte), range: index..<index + 1, isLetters: false,
                                    isDigits: false))
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
