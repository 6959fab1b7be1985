/// Finds e-mail addresses in normalised text: `user@domain.tld` (spaces or a line break allowed around `@` and
/// before the top-level domain), `user@gmail` without a domain, `Gmail: user`, and Base64-wrapped addresses.
enum EmailDetector {
    private static let userCharacters: ByteSet = ByteSet("._%+-")

    static func find(in text: NormalizedText, tokens: WordTokens) -> [ContactMatch] {
        let bytes = text.bytes
        var found: [ContactMatch] = []
        var index = tokens.summary.hasAt ? 0 : bytes.count
        while let at = bytes[index...].firstIndex(of: Byte.at) {
            index = at + 1
            guard let (range, value) = address(around: at, in: bytes) else { continue }
            if let last = found.last, last.range.upperBound > text.originalRange(of: range).lowerBound { continue }
            found.append(match(range, value: value, in: text))
            index = range.upperBound
        }
        found += providerHandles(in: text, tokens: tokens)
        // A Base64 run of 16 in the original is a word of 16 or more in the folded text, or holds `+`, `/` or `=`.
        if tokens.summary.longestWord >= 16 || tokens.summary.hasBase64Punctuation {
            found += base64Addresses(in: text)
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func match(_ range: Range<Int>, value: String, in text: NormalizedText) -> ContactMatch {
        ContactMatch(
            kind: .email, range: text.originalRange(of: range), text: text.originalText(of: range),
            value: value)
    }

    /// The address whose `@` is at `at`, as a folded range and its compact value.
    static func address(around at: Int, in bytes: [UInt8]) -> (Range<Int>, String)? {
        // User part: back over user characters, at most two spaces away from the `@`.
        var userEnd = at
        var spaces = 0
        while userEnd > 0, bytes[userEnd - 1] == Byte.space, spaces < 2 {
            userEnd -= 1
            spaces += 1
        }
        var userStart = userEnd
        while userStart > 0, FoldedByte.isWord(bytes[userStart - 1]) || userCharacters.contains(bytes[userStart - 1]) {
            userStart -= 1
        }
        while userStart < userEnd, !FoldedByte.isWord(bytes[userStart]) { userStart += 1 }
        guard userStart < userEnd, bytes[userEnd - 1] != Byte.dot else { return nil }
        // Domain: labels split by dots; whitespace (even a line break) may come before the last label's dot.
        var position = at + 1
        spaces = 0
        while position < bytes.count, FoldedByte.isWhitespace(bytes[position]), spaces < 2 {
            position += 1
            spaces += 1
        }
        var labels: [Range<Int>] = []
        while position < bytes.count, FoldedByte.isWord(bytes[position]) {
            var end = position
            while end < bytes.count, FoldedByte.isWord(bytes[end]) || bytes[end] == Byte.hyphen { end += 1 }
            labels.append(position..<end)
            guard let next = nextLabelStart(after: end, in: bytes) else { break }
            position = next
        }
        // Drop trailing labels that do not end in a top-level domain ("john@gmail.com.Thanks" keeps gmail.com). A
        // label in another script is an internationalised one (`иван@пример.рф`, `zhang@例子.中国`): after an `@`
        // and a dot that is evidence enough.
        while labels.count >= 2, !TopLevelDomains.all.contains(bytes, labels[labels.count - 1]),
            !bytes[labels[labels.count - 1]].contains(Byte.nonASCIILetter)
        {
            labels.removeLast()
        }
        guard let first = labels.first, let last = labels.last else { return nil }
        if labels.count == 1 {
            guard ObfuscationWords.bareMailProviders.contains(bytes, first),
                !(last.upperBound + 1 < bytes.count && bytes[last.upperBound] == Byte.dot
                    && bytes[last.upperBound + 1] == Byte.dot)
            else { return nil }
        }
        let user = string(userStart..<userEnd, bytes)
        let domain = labels.map { string($0, bytes) }.joined(separator: ".")
        return (userStart..<last.upperBound, user + "@" + domain)
    }

    /// Where the next domain label starts after a label ending at `end`: a dot right after, or a dot after a
    /// line break or a space ("gmail\n.com", "gmail . com").
    private static func nextLabelStart(after end: Int, in bytes: [UInt8]) -> Int? {
        var position = end
        var gaps = 0
        while position < bytes.count, FoldedByte.isWhitespace(bytes[position]), gaps < 2 {
            position += 1
            gaps += 1
        }
        guard position < bytes.count, bytes[position] == Byte.dot else { return nil }
        position += 1
        let beforeLabel = position
        while position < bytes.count, FoldedByte.isWhitespace(bytes[position]), position - beforeLabel < 2 {
            position += 1
        }
        guard position < bytes.count, FoldedByte.isWord(bytes[position]) else { return nil }
        if gaps > 0 || position > beforeLabel {
            // Only a common top-level domain may stand apart, or "…mit.edu. Click here" would join sentences.
            var end = position
            while end < bytes.count, FoldedByte.isWord(bytes[end]) { end += 1 }
            guard ObfuscationWords.spelledTLDs.contains(bytes, position..<end) else { return nil }
        }
        return position
    }

    private static func string(_ range: Range<Int>, _ bytes: [UInt8]) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// `Gmail: john.doe42`, `my gmail is john.doe42`: a provider named, then the user name.
    private static let colon = WordKey(byte: Byte.colon)
    private static let isWord = WordKey("is")

    private static func providerHandles(in text: NormalizedText, tokens: WordTokens) -> [ContactMatch] {
        var found: [ContactMatch] = []
        for index in 0..<tokens.count
        where tokens[index].isNamed && tokens.is(index, in: ObfuscationWords.bareMailProviders) {
            let token = tokens[index]
            var next = index + 1
            guard next < tokens.count, tokens.is(next, colon) || tokens.is(next, isWord) else { continue }
            next += 1
            guard next < tokens.count else { continue }
            let start = tokens[next].range.lowerBound
            var end = start
            while end < text.bytes.count,
                FoldedByte.isWord(text.bytes[end]) || userCharacters.contains(text.bytes[end])
            { end += 1 }
            while end > start, !FoldedByte.isWord(text.bytes[end - 1]) { end -= 1 }
            let user = text.string(start..<end)
            // A handle, not a word: it has a digit, dot or underscore, and no `@` follows (that is an address).
            guard user.utf8.count >= 3,
                user.utf8.contains(where: { FoldedByte.isDigit($0) || $0 == Byte.dot || $0 == Byte.underscore }),
                end >= text.bytes.count || text.bytes[end] != Byte.at
            else { continue }
            found.append(match(token.range.lowerBound..<end, value: user + "@" + tokens.text(index) + ".com", in: text))
        }
        return found
    }

    /// `YWxpY2VAZXhhbXBsZS5jb20=`: a Base64 word of 16 or more characters that decodes to an address.
    private static func base64Addresses(in text: NormalizedText) -> [ContactMatch] {
        var found: [ContactMatch] = []
        let original = text.original
        let alphabet = Base64.alphabet  // read once, not per byte
        // The runs of 16 or more Base64 characters, found on a raw buffer (this loop reads every byte of the text).
        var runs: [Range<Int>] = []
        original.withUnsafeBufferPointer { original in
            var index = 0
            while index < original.count {
                // `index` is always at the start of a run of Base64 characters, or outside one.
                guard alphabet.contains(original[index]) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < original.count, alphabet.contains(original[end]) { end += 1 }
                if end - index >= 16 { runs.append(index..<end) }
                index = end
            }
        }
        for run in runs {
            let index = run.lowerBound
            let end = run.upperBound
            guard (end - index) % 4 == 0, let decoded = Base64.decode(original[index..<end]),
                decoded.contains(Byte.at), decoded.allSatisfy({ $0 >= Byte.space && $0 < Byte.delete })
            else { continue }
            let inner = NormalizedText(String(decoding: decoded, as: UTF8.self))
            if let at = inner.bytes.firstIndex(of: Byte.at), let (_, value) = address(around: at, in: inner.bytes) {
                found.append(
                    ContactMatch(
                        kind: .email, range: index..<end,
                        text: String(decoding: original[index..<end], as: UTF8.self),
                        value: value, detail: "Base64"))
            }
        }
        return found
    }
}
