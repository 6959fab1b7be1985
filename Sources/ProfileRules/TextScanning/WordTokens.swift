/// Folded text cut into words and marks, for phrase patterns.
///
/// A word is a run of letters and digits (an apostrophe inside keeps it one word: `don't`, `i'm`). Sentence ends
/// (`.`, `!`, `?`, `;`, a line break) become the token `.`, which a pattern gap never crosses; `:`, `@`, `$`,
/// `%`, `/`, `#`, `(`, `)`, `+` and `,` are tokens of their own; a hyphen separates words (`5-star` is `5 star`).
struct WordTokens {
    struct Token {
        var text: String
        /// Folded byte range.
        var range: Range<Int>
    }

    private(set) var tokens: [Token] = []

    private static let marks: Set<UInt8> = Set(":@$%/#()+,*".utf8)
    private static let sentenceEnds: Set<UInt8> = Set(".!?;\n".utf8)

    init(_ bytes: [UInt8]) {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if FoldedByte.isWord(byte) {
                var end = index + 1
                while end < count {
                    if FoldedByte.isWord(bytes[end]) {
                        end += 1
                    } else if bytes[end] == 0x27, end + 1 < count, FoldedByte.isLetter(bytes[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                tokens.append(Token(text: String(decoding: bytes[index..<end], as: UTF8.self), range: index..<end))
                index = end
                continue
            }
            if Self.sentenceEnds.contains(byte) {
                // A dot inside a word (`gmail.com`, `3.5`) is not a sentence end.
                let inside = byte == 0x2E && index + 1 < count && FoldedByte.isWord(bytes[index + 1])
                tokens.append(Token(text: inside ? "·" : ".", range: index..<index + 1))
            } else if Self.marks.contains(byte) {
                tokens.append(Token(text: String(UnicodeScalar(byte)), range: index..<index + 1))
            }
            index += 1
        }
    }
}
