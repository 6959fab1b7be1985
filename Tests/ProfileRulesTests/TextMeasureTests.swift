import Testing

@testable import ProfileRules

/// The byte-wise word count must agree with counting over characters, which is what it speeds up.
@Suite struct TextMeasureTests {
    /// The definition: runs of letters or digits over grapheme clusters.
    static func referenceWords(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for character in text {
            let wordy =
                character.isLetter || character.isNumber
                || (inWord && (character == "'" || character == "’" || character == "-"))
            if wordy, !inWord { count += 1 }
            inWord = wordy
        }
        return count
    }

    @Test(arguments: [
        "", "one", "two words", "don't stop-me now", "don’t stop", "e\u{301}tude and cafe\u{301}", "Zoë 日本 語",
        "a\r\nb", "x\u{200D}y", "🇵🇱 flag and 👩‍💻 coder", "١٢٣ arabic digits", "- lone - hyphens -", "ümlaut-ok",
        "trailing\u{301}", "\u{301}leading mark", "9:00–17:00 CET, $45/hr, v1.6.5",
    ])
    func agreesWithCountingCharacters(_ text: String) {
        #expect(TextMeasure.words(text) == Self.referenceWords(text))
    }

    @Test func characterOffsetsStopAtTheLimit() {
        #expect(TextMeasure.utf8Offset(ofCharacter: 3, in: "abc") == nil)
        #expect(TextMeasure.utf8Offset(ofCharacter: 2, in: "ëëë") == 4)
        #expect(TextMeasure.utf8Offset(ofCharacter: 3, in: "ëë") == nil)
    }
}
