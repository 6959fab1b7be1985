/// The part of a letter a client sees in the list of proposals: the first `characters` visible characters after
/// the greeting (market-2026-12.md §2 row 20: about 232–241 characters show, source M11).
struct OpeningWindow {
    /// The greeting skipped ("Hi there,", "Dear Hiring Manager,"), as an original UTF-8 range.
    let greeting: Range<Int>?
    /// The window, as an original UTF-8 range. White-space runs count as one character, as the list shows them.
    let range: Range<Int>
    /// The window as the client reads it, white space collapsed.
    let visible: String
    /// Links anywhere in the window, and banner or link lines before its first sentence: none of it is a sentence.
    let nonSentences: [Range<Int>]
    /// Whether the window opens with links or a banner before any sentence.
    let opensWithLinksOrBanner: Bool
    /// Where the first sentence of the window ends (original UTF-8 offset).
    let firstSentenceEnd: Int

    static let greetingWords: Set<String> = [
        "hi", "hello", "hey", "dear", "greetings", "hiya", "howdy", "hola", "salutations", "namaste", "yo",
    ]
    /// Words that start the letter proper, ending a greeting that has no punctuation ("Hey I am…").
    static let sentenceStarters: Set<String> = [
        "i", "im", "id", "ive", "ill", "we", "my", "our", "as", "with", "thank", "thanks", "hope", "this", "your",
        "you", "from", "after", "are", "how", "its", "it", "is", "please",
    ]

    init(_ text: String, folded: FoldedText, links: [Range<Int>], characters: Int) {
        let bytes = Array(text.utf8)
        let words = folded.words
        var start = 0
        var greeting: Range<Int>?
        if let first = words.first, Self.isGreeting(words, at: 0) {
            var end = first.range.upperBound
            var next = 1
            if first.text == "good", words.count > 1 {
                end = words[1].range.upperBound
                next = 2
            }
            // The greeting runs to its punctuation or line end over at most three more words ("Hi there,",
            // "Dear Hiring Manager,"); a word that starts a sentence ends it sooner ("Hey I am…").
            var index = next
            while index < words.count, index < next + 3, !Self.sentenceStarters.contains(words[index].text),
                !Self.hasBreak(bytes, from: end, to: words[index].range.lowerBound)
            {
                end = words[index].range.upperBound
                index += 1
            }
            while end < bytes.count, ",!.?:;".utf8.contains(bytes[end]) || bytes[end] == 0x20 { end += 1 }
            greeting = first.range.lowerBound..<end
            start = end
        }
        // Emoji and white space after the greeting (or before the first word) show, but say nothing.
        let firstWordStart = words.first { $0.range.lowerBound >= start }?.range.lowerBound ?? bytes.count
        let firstLink = links.first { $0.lowerBound >= start }?.lowerBound ?? bytes.count
        if greeting != nil { start = min(firstWordStart, firstLink) }
        self.greeting = greeting

        // Count visible characters from the start.
        var count = 0
        var end = start
        var visible = ""
        var lastWasSpace = true
        let scalars = String(decoding: bytes[start...], as: UTF8.self)
        var offset = start
        for character in scalars {
            let width = character.utf8.count
            if character.isWhitespace {
                if !lastWasSpace {
                    count += 1
                    visible.append(" ")
                }
                lastWasSpace = true
            } else {
                count += 1
                visible.append(character)
                lastWasSpace = false
                end = offset + width
            }
            offset += width
            if count >= characters { break }
        }
        range = start..<max(start, end)
        self.visible = visible.trimmingWhitespace()

        // Leading lines that are links or a banner; links anywhere.
        var nonSentences = links.filter { $0.overlaps(start..<end) }
        var opensWithLinksOrBanner = false
        var firstSentenceEnd = end
        var lineStart = start
        var leading = true
        while lineStart < end {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = lineStart..<lineEnd
            let kind = Self.kind(of: line, in: bytes, folded: folded, links: links)
            if leading {
                switch kind {
                case .empty, .greeting: break
                case .links, .banner:
                    nonSentences.append(line)
                    opensWithLinksOrBanner = true
                case .sentence:
                    leading = false
                    var stop = line.lowerBound
                    while stop < line.upperBound, !".!?".utf8.contains(bytes[stop]) { stop += 1 }
                    // A dot inside a word (a domain, 3.5) does not end the sentence.
                    while stop + 1 < line.upperBound, bytes[stop] == 0x2E, bytes[stop + 1] != 0x20 {
                        stop += 1
                        while stop < line.upperBound, !".!?".utf8.contains(bytes[stop]) { stop += 1 }
                    }
                    firstSentenceEnd = min(stop, end)
                }
            }
            lineStart = lineEnd + 1
        }
        self.nonSentences = nonSentences.sorted { $0.lowerBound < $1.lowerBound }
        self.opensWithLinksOrBanner = opensWithLinksOrBanner
        self.firstSentenceEnd = firstSentenceEnd
    }

    static func isGreeting(_ words: [FoldedText.Word], at index: Int) -> Bool {
        let word = words[index].text
        if greetingWords.contains(word) { return true }
        return word == "good" && index + 1 < words.count
            && ["morning", "afternoon", "evening", "day"].contains(words[index + 1].text)
    }

    static func hasBreak(_ bytes: [UInt8], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return bytes[from..<to].contains { ",!.?:;\n".utf8.contains($0) }
    }

    enum LineKind { case empty, greeting, links, banner, sentence }

    /// What a line is: links (nothing but links and marks), a banner (decorated at both ends, `**bold**`, or in
    /// capitals), a greeting alone, or a sentence.
    static func kind(of line: Range<Int>, in bytes: [UInt8], folded: FoldedText, links: [Range<Int>]) -> LineKind {
        let text = String(decoding: bytes[line], as: UTF8.self).trimmingWhitespace()
        guard !text.isEmpty else { return .empty }
        let lineWords = folded.words.filter { line.contains($0.range.lowerBound) }
        let outside = lineWords.filter { word in !links.contains { $0.contains(word.range.lowerBound) } }
        if outside.count < lineWords.count || links.contains(where: { $0.overlaps(line) }), outside.count <= 2 {
            return .links
        }
        if !lineWords.isEmpty, outside.count <= 3, isGreeting(lineWords, at: 0) { return .greeting }
        if text.contains("**") { return .banner }
        if let first = text.first, let last = text.last, isDecoration(first), isDecoration(last) { return .banner }
        let letters = text.filter(\.isLetter)
        if lineWords.count >= 2, !letters.isEmpty, !letters.contains(where: \.isLowercase) { return .banner }
        return .sentence
    }

    /// Emoji and marks that decorate a banner; ordinary punctuation does not.
    static func isDecoration(_ character: Character) -> Bool {
        guard !character.isLetter, !character.isNumber, !character.isWhitespace else { return false }
        return !".,!?;'\"()[]’“”".contains(character)
    }
}
