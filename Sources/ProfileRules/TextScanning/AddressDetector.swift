/// Finds street addresses (`123 Main St`, `504 parkwood drive`) and post-office boxes (`PO Box 1234`).
///
/// Kept narrow on purpose: a house number, one to three name words, then a street type; for street types that
/// are also common words the name must be capitalised. City-and-country lines are not addresses (profiles have a
/// location field for them).
enum AddressDetector {
    static func find(in text: NormalizedText, tokens: WordTokens) -> [ContactMatch] {
        var found: [Range<Int>] = []
        var index = 0
        // The first digit token at or after `index`: every street shape but a post-office box has its house
        // number at most `numberReach` tokens on, so words farther from a number are not probed.
        var nextDigit = -1
        while index < tokens.count {
            defer { index += 1 }
            let token = tokens[index]
            if nextDigit < index {
                nextDigit = index
                while nextDigit < tokens.count, !tokens[nextDigit].isDigits { nextDigit += 1 }
            }
            if nextDigit - index <= numberReach, let other = otherLanguageAddress(at: index, in: tokens, text: text) {
                found.append(other.range)
                index = other.last
                continue
            }
            guard token.range.count <= 5, token.isDigits else {
                // Every start but a dot begins with "p": test that before probing the table (a dot is in it).
                let mayStartBox =
                    tokens.is(index, WordTokens.sentenceEnd) || tokens.is(index, WordTokens.innerDot)
                    || tokens.bytes[token.range.lowerBound] == 0x70 && tokens.is(index, in: postBoxStarts)
                if mayStartBox, let box = postBox(at: index, in: tokens) {
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
                !capitalized(tokens[index + 1].range, in: text)
            {
                continue
            }
            found.append(token.range.lowerBound..<tokens[next].range.upperBound)
            index = next
        }
        return found.map { range in
            ContactMatch(
                kind: .address, range: text.originalRange(of: range), text: text.originalText(of: range),
                value: text.string(range), detail: "street address")
        }
    }

    /// How many tokens after its first token a street shape's house number can stand: `typeFirst`'s longest is
    /// the type, a mark, four names, a comma, `No`, a mark and the number.
    private static let numberReach = 9

    // MARK: - Other languages' street shapes

    private static let comma = WordKey(byte: 0x2C)
    private static let colon = WordKey(byte: 0x3A)

    /// A street address in one of the non-English shapes (`AddressWords`): the folded range and its last token.
    private static func otherLanguageAddress(
        at index: Int, in tokens: WordTokens,
        text: NormalizedText
    ) -> (range: Range<Int>, last: Int)? {
        let token = tokens[index]
        if token.isLetters, mayStartLetterFirst(at: index, in: tokens, text: text) {
            if tokens.is(index, in: AddressWords.leadingStreetTypes),
                let last = typeFirst(after: index, in: tokens, text: text)
            {
                return (token.range.lowerBound..<tokens[last].range.upperBound, last)
            }
            if let last = compound(at: index, in: tokens) {
                return (token.range.lowerBound..<tokens[last].range.upperBound, last)
            }
            if let last = nameThenType(at: index, in: tokens, text: text) {
                return (token.range.lowerBound..<tokens[last].range.upperBound, last)
            }
        }
        if token.isDigits, token.range.count <= 4, let last = numberFirst(at: index, in: tokens, text: text) {
            return (token.range.lowerBound..<tokens[last].range.upperBound, last)
        }
        return nil
    }

    /// Whether a letter-first shape (`typeFirst`, `compound`, `nameThenType`) can start at the capitalised token
    /// `index`: a leading street type, a trailing street type one or two tokens on, or a compound street word.
    /// The table probes come first and the compound's ending last: most words are none of these.
    private static func mayStartLetterFirst(at index: Int, in tokens: WordTokens, text: NormalizedText) -> Bool {
        let typed =
            tokens.is(index, in: AddressWords.leadingStreetTypes)
            || index + 1 < tokens.count && tokens.is(index + 1, in: AddressWords.trailingStreetTypes)
            || index + 2 < tokens.count && tokens.is(index + 2, in: AddressWords.trailingStreetTypes)
        guard typed || tokens[index].range.count >= 6, capitalized(tokens[index].range, in: text) else { return false }
        return typed || compound(at: index, in: tokens) != nil
    }

    /// Skips a `.` or `:` after token `index`.
    private static func skipMark(_ index: Int, in tokens: WordTokens) -> Int {
        index < tokens.count
            && (tokens.is(index, WordTokens.sentenceEnd) || tokens.is(index, WordTokens.innerDot)
                || tokens.is(index, colon))
            ? index + 1 : index
    }

    /// A house number at `index`, after an optional `No.`/`No:` (the last token of the number, or nil).
    private static func houseNumber(at index: Int, in tokens: WordTokens) -> Int? {
        var next = index
        if next < tokens.count, tokens.is(next, in: AddressWords.numberWords) || tokens.is(next, hash) {
            next = skipMark(next + 1, in: tokens)
        }
        guard next < tokens.count, tokens[next].isDigits, tokens[next].range.count <= 5 else { return nil }
        return next
    }

    /// `Calle Mayor 12`, `Av. Paulista, 1578`, `Jl. Sudirman No. 25`, `Carrera 7 # 71-21`, `Calle 85 No. 11-53`.
    private static func typeFirst(after typeIndex: Int, in tokens: WordTokens, text: NormalizedText) -> Int? {
        var next = skipMark(typeIndex + 1, in: tokens)
        guard next < tokens.count else { return nil }
        // Colombian grid addresses: a street number, `#` or `No.`, then the building's "71-21".
        if tokens[next].isDigits, tokens[next].range.count <= 3, next + 1 < tokens.count,
            tokens.is(next + 1, hash) || tokens.is(next + 1, in: AddressWords.numberWords),
            let number = houseNumber(at: next + 1, in: tokens)
        {
            return number + 1 < tokens.count && tokens[number + 1].isDigits
                && tokens[number + 1].range.lowerBound == tokens[number].range.upperBound + 1 ? number + 1 : number
        }
        var names = 0
        var capitalizedName = false
        while next < tokens.count, names < 4, tokens[next].isLetters,
            !tokens.is(next, in: AddressWords.notStreetNames) || tokens.is(next, in: AddressWords.nameConnectors)
        {
            if tokens.is(next, in: AddressWords.numberWords), names > 0 { break }
            capitalizedName = capitalizedName || capitalized(tokens[next].range, in: text)
            names += 1
            next += 1
        }
        guard names > 0, capitalizedName else { return nil }
        if next < tokens.count, tokens.is(next, comma) { next += 1 }
        return houseNumber(at: next, in: tokens)
    }

    /// `Hauptstraße 5`, `Kalverstraat 92`, `Goethestr. 12`: a capitalised word ending in a street type, then a
    /// house number.
    private static func compound(at index: Int, in tokens: WordTokens) -> Int? {
        let word = tokens.bytes[tokens[index].range]
        guard word.count >= 6 else { return nil }
        // The house number first: a cheap test that most words fail, before the endings are compared.
        let next = skipMark(index + 1, in: tokens)
        guard next < tokens.count, tokens[next].isDigits, tokens[next].range.count <= 4 else { return nil }
        guard
            AddressWords.compoundStreetEndings.contains(where: { ending in
                word.count >= ending.utf8.count + 3 && word.suffix(ending.utf8.count).elementsEqual(ending.utf8)
            })
        else { return nil }
        return next
    }

    /// `Atatürk Caddesi No: 15`, `Gül Sokak No. 7`, `Bağdat Cad. No:120`.
    private static func nameThenType(at index: Int, in tokens: WordTokens, text: NormalizedText) -> Int? {
        var next = index + 1
        if next < tokens.count, tokens[next].isLetters, !tokens.is(next, in: AddressWords.trailingStreetTypes),
            capitalized(tokens[next].range, in: text)
        {
            next += 1
        }
        guard next < tokens.count, tokens.is(next, in: AddressWords.trailingStreetTypes) else { return nil }
        next = skipMark(next + 1, in: tokens)
        guard next < tokens.count, tokens.is(next, in: AddressWords.numberWords) else { return nil }
        return houseNumber(at: next, in: tokens)
    }

    /// `12 rue de Rivoli`, `25 avenue des Champs-Élysées`: a number, a French street type, a capitalised name.
    private static func numberFirst(at index: Int, in tokens: WordTokens, text: NormalizedText) -> Int? {
        var next = index + 1
        guard next < tokens.count, tokens.is(next, in: AddressWords.numberFirstStreetTypes) else { return nil }
        next += 1
        while next < tokens.count, tokens.is(next, in: AddressWords.nameConnectors) { next += 1 }
        guard next < tokens.count, tokens[next].isLetters, capitalized(tokens[next].range, in: text),
            tokens[next].range.lowerBound > tokens[index + 1].range.upperBound + 0
        else { return nil }
        // `5 rue-style`: a hyphen glues a word, not a name.
        guard tokens.bytes[tokens[index + 1].range.upperBound] == 0x20 else { return nil }
        return next
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
        // A box read from a dot is the box read from the first word after the dots, whose first word must start
        // one: test that before joining words (most sentence ends are followed by an ordinary word).
        var first = index
        while first < tokens.count, tokens.is(first, WordTokens.innerDot) || tokens.is(first, WordTokens.sentenceEnd) {
            first += 1
        }
        guard first < tokens.count,
            first == index
                || tokens.bytes[tokens[first].range.lowerBound] == 0x70 && tokens.is(first, in: postBoxStarts)
        else { return nil }
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
