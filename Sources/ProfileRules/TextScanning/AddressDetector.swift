/// Finds street addresses (`123 Main St`, `504 parkwood drive`) and post-office boxes (`PO Box 1234`).
///
/// Kept narrow on purpose: a house number, one to three name words, then a street type; for street types that
/// are also common words the name must be capitalised. City-and-country lines are not addresses (profiles have a
/// location field for them).
enum AddressDetector {
    static func find(in text: NormalizedText, tokens: WordTokens) -> [ContactMatch] {
        var found: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            let token = tokens[index]
            guard token.range.count <= 5, token.isDigits else {
                // Every start but a dot begins with "p": test that before probing the table.
                let mayStartBox = tokens.bytes[token.range.lowerBound] == 0x70
                    || tokens.is(index, WordTokens.sentenceEnd) || tokens.is(index, WordTokens.innerDot)
                if mayStartBox, tokens.is(index, in: postBoxStarts), let box = postBox(at: index, in: tokens) {
                    found.append(box)
                }
                continue
            }
            if index > 0, tokens.is(index - 1, dollar) || tokens.is(index - 1, hash) { continue }
            var names = 0
            var next = index + 1
            while next < tokens.count, names < 3 {
                if tokens.is(next, in: AddressWords.streetTypes), names > 0 { break }
                guard tokens[next].isLetters, !tokens.is(next, in: AddressWords.notStreetNames) else {
                    names = 0
                    break
                }
                names += 1
                next += 1
            }
            guard names > 0, next < tokens.count, tokens.is(next, in: AddressWords.streetTypes) else {
                continue
            }
            if tokens.is(next, in: AddressWords.wordlikeStreetTypes),
               !capitalized(tokens[index + 1].range, in: text) { continue }
            found.append(token.range.lowerBound..<tokens[next].range.upperBound)
            index = next
        }
        return found.map { range in
            ContactMatch(kind: .address, range: text.originalRange(of: range), text: text.originalText(of: range),
                         value: text.string(range), detail: "street address")
        }
    }

    private static let dollar = WordKey(byte: 0x24)
    private static let hash = WordKey(byte: 0x23)

    /// The first words a post-office box can start with: the first word of a phrase in `postBoxes`, or a piece of
    /// one written without spaces (`p.o.box`, `pob ox`). A dot token is skipped by `postBox`, so it may start one
    /// too.
    private static let postBoxStarts: WordSet = {
        var words = [".", "·"] + AddressWords.postBoxes.compactMap { $0.split(separator: " ").first.map(String.init) }
        for phrase in AddressWords.postBoxes where !phrase.contains(" ") {
            words += (1...phrase.utf8.count).map { String(phrase.prefix($0)) }
        }
        precondition(words.allSatisfy { $0.hasPrefix("p") || $0 == "." || $0 == "·" }, "see mayStartBox")
        return WordSet(words)
    }()

    /// `PO Box 123`, `p.o. box 123`: folded tokens read together without dots.
    private static func postBox(at index: Int, in tokens: WordTokens) -> Range<Int>? {
        var words: [String] = []
        var next = index
        while next < tokens.count, words.count < 4 {
            if tokens.is(next, WordTokens.innerDot) || tokens.is(next, WordTokens.sentenceEnd) {
                next += 1
                continue
            }
            if tokens[next].isDigits { break }
            words.append(tokens.text(next))
            next += 1
        }
        guard next < tokens.count, tokens[next].isDigits else { return nil }
        let phrase = words.joined(separator: " ")
        guard AddressWords.postBoxes.contains(phrase) || AddressWords.postBoxes.contains(words.joined()) else {
            return nil
        }
        return tokens[index].range.lowerBound..<tokens[next].range.upperBound
    }

    private static func capitalized(_ range: Range<Int>, in text: NormalizedText) -> Bool {
        let original = text.originalRange(of: range)
        guard let first = text.original[original].first else { return false }
        return first >= 0x41 && first <= 0x5A
    }
}
