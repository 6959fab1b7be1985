import Foundation
import Testing

@testable import ProfileRules

/// `PlaceholderTextRule.filler` was rewritten to walk a text once (issue 16: it was 90% of an NDJSON sweep); these
/// tests hold it to the findings of the first version, kept here as the reference.
@Suite struct PlaceholderTextTests {
    /// The first version, word for word: trims by building a reversed copy, splits every word into a set.
    static func referenceFiller(in text: String) -> (kind: String, range: Range<Int>)? {
        let bytes = Array(text.utf8)
        let lower = text.lowercased()
        let trimmed = String(lower.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        let start = bytes.prefix { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }.count
        let whole =
            start..<max(
                start,
                bytes.count - bytes.reversed().prefix { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }.count)
        if PlaceholderTextRule.placeholderWords.contains(trimmed) { return ("\"\(trimmed)\"", whole) }
        for phrase in ["lorem ipsum", "dolor sit amet"] where lower.utf8.count == bytes.count {
            if let range = utf8Range(of: phrase, in: lower) {
                return ("lorem ipsum", range.lowerBound..<whole.upperBound)
            }
        }
        var runStart = 0
        for index in 0...bytes.count {
            if index < bytes.count, index > runStart, bytes[index] == bytes[runStart] { continue }
            let length = index - runStart
            let byte = runStart < bytes.count ? bytes[runStart] | 0x20 : 0
            if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z"),
                length >= 5 || (byte == UInt8(ascii: "x") && length >= 4)
            {
                let letter = Character(Unicode.Scalar(byte))
                return ("\"\(String(repeating: letter, count: 4))…\"", runStart..<index)
            }
            runStart = index
        }
        let words = lower.split { !$0.isLetter && !$0.isNumber }
        if words.count >= 3, Set(words).count == 1 { return ("\"\(words[0])\" repeated", whole) }
        return nil
    }

    /// The first version's search: the UTF-8 offsets of the first occurrence of `needle`.
    static func utf8Range(of needle: String, in text: String) -> Range<Int>? {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
        for start in 0...(haystack.count - pattern.count)
        where haystack[start..<start + pattern.count].elementsEqual(pattern) {
            return start..<start + pattern.count
        }
        return nil
    }

    static let edgeCases: [String] = [
        "", " ", "\n\t ", "TBD", "  tbd  ", "\u{3000}tbd\u{3000}", "\u{00A0}TODO\u{2003}", " \u{301}tbd", "tbd\u{301}",
        "Your Text Here", "sample  text", "test", "test test", "test test test", "Test, TEST; test!", "tést tést tést",
        "te\u{301}st tést tést", "1 1 1", "٣ ٣ ٣", "word word other", "xxx", "xxxx", "aaaa", "aaaaa", "AAAAA",
        "bookkeeper", "Lorem ipsum dolor", "Ünïcödé lorem ipsum", "\u{212A}", "qwerty\r\n", "\r\n\r\n", "a\r\nb\r\nc",
        "books, books and more books", "🙂 🙂 🙂", "go go go", "placeholder\u{200B}", "Go go GO", "a1 a1 a1",
        "x-ray x-ray x-ray",
        "dolor sit amet only", "Lorem ipsum", "lorem", " dolor sit amet\n", "loremipsum lorem ipsum", "l",
        "dolor dolor dolor",
    ]

    @Test func edgeCasesGiveTheReferenceFindings() {
        for text in Self.edgeCases {
            let new = PlaceholderTextRule.filler(in: text)
            let old = Self.referenceFiller(in: text)
            #expect(new?.kind == old?.kind && new?.range == old?.range, "\(text.debugDescription)")
        }
        // The cases the rule exists for still fire.
        #expect(PlaceholderTextRule.filler(in: "  TBD ")?.kind == "\"tbd\"")
        #expect(PlaceholderTextRule.filler(in: "test test test")?.kind == "\"test\" repeated")
        #expect(PlaceholderTextRule.filler(in: "I edit fiction and books.") == nil)
    }

    /// Every line of the evaluation sets (prose in many languages and scripts), every sample's text, and each
    /// with the first word repeated around it, as the reference reads them.
    @Test func realisticTextsGiveTheReferenceFindings() throws {
        var texts = try DevSetCases.cases(in: DevSetCases.directory).map(\.text)
        for folder in DevSetCases.roundDirectories { texts += try DevSetCases.cases(in: folder).map(\.text) }
        texts += OwnCases.all.map(\.text)
        #expect(texts.count > 1_000)
        var differing: [String] = []
        for text in texts {
            let first = text.split(separator: " ").first.map(String.init) ?? text
            // The last two cross the prefix a non-ASCII field's words are first read in (`prefixBytes`).
            let long = String(repeating: "\(first) ", count: PlaceholderTextRule.prefixBytes / max(1, first.utf8.count))
            for variant in [text, "\(first) \(first) \(first)", " \(first)\n", text.uppercased(), long, long + text] {
                let new = PlaceholderTextRule.filler(in: variant)
                let old = Self.referenceFiller(in: variant)
                if new?.kind != old?.kind || new?.range != old?.range { differing.append(variant) }
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }

    /// `filler` decides most fields on their bytes and hands the rest to `fillerByCharacters`: fields built to sit
    /// on each edge of that screen (the lower-cased prefix of a non-ASCII field, a word split by the prefix's end,
    /// combining marks and look-alikes that lower-case to ASCII) give the reference's findings.
    @Test func fieldsOnTheScreensEdgesGiveTheReferenceFindings() {
        let cut = PlaceholderTextRule.prefixBytes
        var texts: [String] = [
            "\u{212A}\u{212A}\u{212A}", "\u{0}bd", "T\u{0}D", "TBD\u{0}", "\u{0}\u{0}\u{0}", "x\u{301}xxx",
            "ßßß ßßß ßßß",
            "İi İi İi", "LOREM IPSUM", "LoReM\u{00A0}IpSuM", "lorem\u{0}ipsum", "Dolor Sit Amet", "\u{1C}tbd\u{1F}",
            "\u{85}tbd\u{85}", "tbd\u{0B}", "\u{0C}todo", "ΑΣ ΑΣ ΑΣ", "ας ΑΣ ας", "🇫🇷🇫🇷 🇫🇷🇫🇷 🇫🇷🇫🇷",
            "a\u{200D}b a\u{200D}b a\u{200D}b",
        ]
        for word in ["ура", "é", "e\u{301}", "Zoë", "日本", "a", "ab", "١٢", "x\u{301}", "🙂"] {
            for length in [cut - 8, cut - 1, cut, cut + 1, cut + 8] {
                var text = ""
                while text.utf8.count < length { text += word + " " }
                texts += [text, text + word, text + word + "x", text + "other", text + word + "\u{301}"]
                texts += [text.uppercased(), "other " + text, String(text.dropLast()) + word, text + "\u{301}" + word]
                // The prefix ends inside a word, inside a Character, right after one.
                let glued = text.replacingOccurrences(of: " ", with: "")
                texts += [glued, glued + " " + glued, glued + " " + glued + " " + glued, glued + " x"]
            }
        }
        var differing: [String] = []
        for text in texts {
            let new = PlaceholderTextRule.filler(in: text)
            let old = Self.referenceFiller(in: text)
            let characters = PlaceholderTextRule.fillerByCharacters(in: text)
            if new?.kind != old?.kind || new?.range != old?.range || new?.kind != characters?.kind
                || new?.range != characters?.range
            {
                differing.append(text)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5).map(\.debugDescription))")
        // The long repeated fields still fire, and one different word at the end still clears them.
        let repeated = String(repeating: "ура ", count: 200)
        #expect(PlaceholderTextRule.filler(in: repeated)?.kind == "\"ура\" repeated")
        #expect(PlaceholderTextRule.filler(in: repeated + "да") == nil)
    }

    /// The byte screen folds with `| 0x20`, which matches a lower-case pattern exactly only when the pattern is
    /// lower-case ASCII letters and spaces (`@`, `[`, `_`, `^` would fold from other bytes or be missed): a word
    /// or marker added outside that alphabet must change the screen too.
    @Test func theScreensPatternsAreLowerCaseLettersAndSpaces() {
        let alphabet = Set("abcdefghijklmnopqrstuvwxyz ".utf8)
        for word in PlaceholderTextRule.placeholderWords {
            #expect(word.utf8.allSatisfy(alphabet.contains), "\(word)")
        }
        for marker in PlaceholderTextRule.loremMarkers {
            #expect(marker.allSatisfy(alphabet.contains), "\(String(decoding: marker, as: UTF8.self))")
        }
    }
}
