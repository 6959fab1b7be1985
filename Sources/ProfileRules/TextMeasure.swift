/// How profilelint counts text for limits: characters as a person sees them, and words.
enum TextMeasure {
    /// Characters as the user perceives them (grapheme clusters).
    static func characters(_ text: String) -> Int { text.count }

    /// Words: runs of letters or digits (an apostrophe or hyphen inside a word keeps it one word).
    static func words(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for character in text {
            let wordy = character.isLetter || character.isNumber
                || (inWord && (character == "'" || character == "’" || character == "-"))
            if wordy, !inWord { count += 1 }
            inWord = wordy
        }
        return count
    }

    /// The UTF-8 offset in `text` at which character number `limit` (0-based) starts, if the text is longer.
    static func utf8Offset(ofCharacter limit: Int, in text: String) -> Int? {
        guard let index = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex),
              index < text.endIndex else { return nil }
        return text.utf8.distance(from: text.startIndex, to: index)
    }
}
