/// Finds street addresses (`123 Main St`, `504 parkwood drive`) and post-office boxes (`PO Box 1234`).
///
/// Kept narrow on purpose: a house number, one to three name words, then a street type; for street types that
/// are also common words the name must be capitalised. City-and-country lines are not addresses (profiles have a
/// location field for them).
enum AddressDetector {
    static func find(in text: NormalizedText) -> [ContactMatch] {
        let tokens = WordTokens(text.bytes).tokens
        var found: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            let token = tokens[index]
            guard token.text.utf8.count <= 5, token.text.utf8.allSatisfy(FoldedByte.isDigit) else {
                if let box = postBox(at: index, in: tokens) { found.append(box) }
                continue
            }
            if index > 0, tokens[index - 1].text == "$" || tokens[index - 1].text == "#" { continue }
            var names = 0
            var next = index + 1
            while next < tokens.count, names < 3 {
                let word = tokens[next].text
                if AddressWords.streetTypes.contains(word), names > 0 { break }
                guard word.utf8.allSatisfy(FoldedByte.isLetter), !AddressWords.notStreetNames.contains(word) else {
                    names = 0
                    break
                }
                names += 1
                next += 1
            }
            guard names > 0, next < tokens.count, AddressWords.streetTypes.contains(tokens[next].text) else {
                continue
            }
            if AddressWords.wordlikeStreetTypes.contains(tokens[next].text),
               !capitalized(tokens[index + 1].range, in: text) { continue }
            found.append(token.range.lowerBound..<tokens[next].range.upperBound)
            index = next
        }
        return found.map { range in
            ContactMatch(kind: .address, range: text.originalRange(of: range), text: text.originalText(of: range),
                         value: text.string(range), detail: "street address")
        }
    }

    /// `PO Box 123`, `p.o. box 123`: folded tokens read together without dots.
    private static func postBox(at index: Int, in tokens: [WordTokens.Token]) -> Range<Int>? {
        var words: [String] = []
        var next = index
        while next < tokens.count, words.count < 4 {
            let text = tokens[next].text
            if text == "·" || text == "." {
                next += 1
                continue
            }
            if text.utf8.allSatisfy(FoldedByte.isDigit) { break }
            words.append(text)
            next += 1
        }
        guard next < tokens.count, tokens[next].text.utf8.allSatisfy(FoldedByte.isDigit) else { return nil }
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
