/// How profilelint counts text for limits: characters as a person sees them, and words.
enum TextMeasure {
    /// Characters as the user perceives them (grapheme clusters).
    static func characters(_ text: String) -> Int { text.count }

    /// Words: runs of letters or digits (an apostrophe or hyphen inside a word keeps it one word).
    ///
    /// Counted over characters (grapheme clusters), but an ASCII byte followed by another ASCII byte is a character
    /// of its own, so those are classified byte by byte: grapheme breaking and Unicode property lookups made this the
    /// linter's hottest loop. Only stretches around non-ASCII bytes go through `Character`.
    static func words(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var counter = WordCounter()
            var index = 0
            while index < bytes.count {
                if bytes[index] < 0x80, index + 1 == bytes.count || bytes[index + 1] < 0x80 {
                    counter.add(ascii: bytes[index])
                    index += 1
                    continue
                }
                // Up to the next pair of ASCII bytes, between which a character boundary is certain (a CR LF cut in
                // two is still no word).
                var end = index + 1
                while end < bytes.count, !(bytes[end] < 0x80 && bytes[end - 1] < 0x80) { end += 1 }
                for character in String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self) {
                    counter.add(character)
                }
                index = end
            }
            return counter.count
        }
    }

    private struct WordCounter {
        var count = 0
        var inWord = false

        mutating func add(ascii byte: UInt8) {
            let letterOrDigit =
                (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            step(letterOrDigit || (inWord && (byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-"))))
        }

        mutating func add(_ character: Character) {
            step(
                character.isLetter || character.isNumber
                    || (inWord && (character == "'" || character == "’" || character == "-")))
        }

        private mutating func step(_ wordy: Bool) {
            if wordy, !inWord { count += 1 }
            inWord = wordy
        }
    }

    /// The UTF-8 offset in `text` at which character number `limit` (0-based) starts, if the text is longer.
    static func utf8Offset(ofCharacter limit: Int, in text: String) -> Int? {
        // A character takes at least one byte: a text of no more bytes than `limit` has no character `limit`.
        if text.utf8.count <= limit { return nil }
        guard let index = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex),
            index < text.endIndex
        else { return nil }
        return text.utf8.distance(from: text.startIndex, to: index)
    }
}
