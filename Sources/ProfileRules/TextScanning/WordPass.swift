/// Pass 2 of `TextNormalizer`: undoes word-level obfuscation.
struct WordPass {
    var state: PassState
    /// `Self.roles` and `Self.roleShapes`, read once per pass rather than once per word.
    private let roleTable: WordTable<Roles>
    private let roleShapes: [UInt16]
    /// The last spaced run that did not qualify, per separator (space, hyphen): a later piece of the same run
    /// starts a suffix of it, which cannot qualify either, so `1 1 1 …` is scanned once, not once per piece.
    private var failedSpaceRun = 0..<0
    private var failedHyphenRun = 0..<0
    /// `chainEndsInDomain` answers for every label start its walks visited: a walk from a later label of the
    /// same chain is a suffix of the walk and ends the same way, so `dot dot dot …` is walked once.
    private var chainAnswers: [Int: Bool] = [:]

    init(_ folded: FoldedBytes) {
        state = PassState(folded)
        roleTable = Self.roles
        roleShapes = Self.shapes
    }

    private static let openers = ByteSet("[({<\"'")
    private static let joinSeparators = ByteSet(" .-_'")
    private static let spaceOrHyphen = ByteSet(" -")
    private static let space = ByteSet(" ")

    /// What a word can start, so one table probe tells a plain word (most of them) from one worth a closer look.
    private struct Roles: OptionSet {
        let rawValue: UInt8
        static let keywordPrefix = Roles(rawValue: 1)
        static let spelledDigit = Roles(rawValue: 2)
        static let spelledDot = Roles(rawValue: 4)
    }

    /// Every proper prefix of a split keyword: a piece that is not one cannot start a split name.
    private static let keywordPrefixes: WordSet = {
        let keywords = ObfuscationWords.splitKeywords.words
        precondition(keywords.allSatisfy { $0.utf8.count <= 16 }, "splitKeyword joins into a 16-byte key")
        return WordSet(keywords.flatMap { keyword in (1..<keyword.count).map { String(keyword.prefix($0)) } })
    }()

    private static let roles: WordTable<Roles> = {
        var roles: [String: Roles] = [:]
        for word in keywordPrefixes.words { roles[word, default: []].insert(.keywordPrefix) }
        for word in ObfuscationWords.digits.words + ObfuscationWords.repeaters.words
            + ObfuscationWords.zeroLetters.words
        { roles[word, default: []].insert(.spelledDigit) }
        for word in ObfuscationWords.spelledDot.words { roles[word, default: []].insert(.spelledDot) }
        return WordTable(roles.map { ($0.key, $0.value) })
    }()

    /// A filter in front of `roles`: for a word's first two bytes (`shape`), a bit for every length of a role word
    /// starting with them. Nine words in ten start no role word and skip the table probe; the filter may let a
    /// word through (bytes share a shape), never keep one out.
    private static let shapes: [UInt16] = {
        var shapes = [UInt16](repeating: 0, count: 1 << 12)
        for word in roles.words {
            let bytes = Array(word.utf8)
            precondition(bytes.count < 16, "a role word's length is a bit of a UInt16")
            shapes[shape(bytes[0], bytes.count > 1 ? bytes[1] : 0)] |= 1 << bytes.count
        }
        return shapes
    }()

    /// The low six bits of a word's first two bytes (the second is 0 for a one-byte word).
    @inline(__always)
    private static func shape(_ first: UInt8, _ second: UInt8) -> Int { Int(first & 0x3F) << 6 | Int(second & 0x3F) }

    mutating func run() -> FoldedBytes {
        let openers = Self.openers  // read once, not per byte
        let input = state.input
        while state.index < input.count {
            let byte = input[state.index]
            if openers.contains(byte) {
                if bracketedSymbol() { continue }
                if byte == UInt8(ascii: "("), joiner() { continue }
            } else if FoldedByte.isWord(byte), state.index == 0 || !FoldedByte.isWord(input[state.index - 1]) {
                word()
                continue
            }
            state.copy(state.index..<state.index + 1)
            state.index += 1
        }
        return state.finish()
    }

    // MARK: - Symbols

    /// `[at]`, `(at)`, `{at}`, `<at>`, `'at'`, `"dot"`, `[.]` → `@` / `.` between two words.
    private mutating func bracketedSymbol() -> Bool {
        let open = state.index
        let close: UInt8 =
            switch state.input[open] {
            case UInt8(ascii: "["): UInt8(ascii: "]")
            case UInt8(ascii: "("): UInt8(ascii: ")")
            case UInt8(ascii: "{"): UInt8(ascii: "}")
            case UInt8(ascii: "<"): UInt8(ascii: ">")
            default: state.input[open]  // quotes close themselves
            }
        var at = state.skipSpaces(open + 1)
        let wordStart = at
        at = state.wordEnd(at)
        if at == wordStart, state.byte(at) == Byte.at || state.byte(at) == Byte.dot { at += 1 }
        guard at > wordStart else { return false }
        let word = wordStart..<at
        at = state.skipSpaces(at)
        guard state.byte(at) == close else { return false }
        let symbol: UInt8
        if ObfuscationWords.bracketedAt.contains(state.input, word) {
            symbol = Byte.at
        } else if ObfuscationWords.bracketedDot.contains(state.input, word) {
            symbol = Byte.dot
        } else {
            return false
        }
        // Only between two words: "(at)" in prose stays.
        let next = state.skipSpaces(at + 1)
        guard FoldedByte.isWord(state.byte(next)), let last = state.lastOutputByte(notIn: Self.space),
            FoldedByte.isWord(last.byte)
        else { return false }
        state.trimTrailingSpaces()
        state.emit([symbol], for: open..<at + 1)
        state.index = next
        return true
    }

    private static let joiners = ObfuscationWords.joiners.map { Array($0.utf8) }

    /// `name (followed by "@domain")`: drops the joining phrase so the address reads whole.
    private mutating func joiner() -> Bool {
        for bytes in Self.joiners {
            let at = state.index
            guard at + bytes.count <= state.count, state.input[at..<at + bytes.count].elementsEqual(bytes) else {
                continue
            }
            var next = state.skipSpaces(at + bytes.count)
            while state.byte(next) == Byte.quotationMark || state.byte(next) == Byte.apostrophe { next += 1 }
            guard state.byte(next) == Byte.at else { continue }
            state.trimTrailingSpaces()
            state.index = next
            return true
        }
        return false
    }

    // MARK: - Words

    private mutating func word() {
        let start = state.index
        let end = state.wordEnd(start)
        if end - start == 1, spacedRun(separator: Byte.space) || spacedRun(separator: Byte.hyphen) { return }
        if end - start <= 9 {
            let word = start..<end
            let shape = Self.shape(state.input[start], end - start > 1 ? state.input[start + 1] : 0)
            if roleShapes[shape] & 1 << (end - start) != 0, let roles = roleTable.value(state.input, word) {
                if roles.contains(.keywordPrefix), splitKeyword(word) { return }
                if roles.contains(.spelledDigit), spelledDigits(word) { return }
                if roles.contains(.spelledDot), spelledDot(word) { return }
            }
            // `letterOZero` wants digits and `o` only: most words fail on their first byte.
            let first = state.input[start]
            if FoldedByte.isDigit(first) || first == Byte.lowerO, letterOZero(word) { return }
        }
        state.copy(start..<end)
        state.index = end
    }

    /// `j o h n @ g m a i l . c o m`, `d-l-w-h-@-s-t-a-n-f-o-r-d`: single characters one separator apart close
    /// up. Needs five or more pieces with three letters (spaced digits stay for the phone matcher), and an `@`
    /// when the separator is a hyphen.
    private mutating func spacedRun(separator: UInt8) -> Bool {
        let start = state.index
        let failed = separator == Byte.space ? failedSpaceRun : failedHyphenRun
        if failed.contains(start), (start - failed.lowerBound) % 2 == 0 { return false }
        // The pieces stand at `start`, `start + 2`, …
        var pieces = 0
        var at = start
        var letters = 0
        var hasAt = false
        while at < state.count {
            let byte = state.input[at]
            let single =
                FoldedByte.isWord(byte)
                ? !FoldedByte.isWord(state.byte(at + 1))
                : (byte == Byte.at || byte == Byte.dot || byte == Byte.underscore
                    || (separator != Byte.hyphen && byte == Byte.hyphen))
            guard single else { break }
            pieces += 1
            if FoldedByte.isLetter(byte) { letters += 1 }
            if byte == Byte.at { hasAt = true }
            guard state.byte(at + 1) == separator, at + 2 < state.count else { break }
            at += 2
        }
        guard pieces >= 5, letters >= 3, separator == Byte.space || hasAt else {
            if separator == Byte.space { failedSpaceRun = start..<at + 1 } else { failedHyphenRun = start..<at + 1 }
            return false
        }
        for piece in 0..<pieces { state.copy(start + 2 * piece..<start + 2 * piece + 1) }
        state.index = start + 2 * (pieces - 1) + 1
        return true
    }

    /// `sk ype`, `what's app`, `pay pal`: two or three short pieces that join to a messenger or payment name.
    private mutating func splitKeyword(_ first: Range<Int>) -> Bool {
        // The pieces joined so far as a key, not an array: every split name is shorter than 16 bytes, so a longer
        // join is neither a name nor a prefix of one.
        var joined = WordKey(state.input, first)
        var end = first.upperBound
        for _ in 0..<2 {
            guard Self.joinSeparators.contains(state.byte(end)), FoldedByte.isWord(state.byte(end + 1)) else { break }
            let nextEnd = state.wordEnd(end + 1)
            guard joined.length + (nextEnd - end - 1) <= 16 else { break }
            joined.append(state.input, end + 1..<nextEnd)
            end = nextEnd
            if ObfuscationWords.splitKeywords.contains(joined) {
                // The pieces are words and each separator one byte that is not.
                state.emit(state.input[state.index..<end].filter(FoldedByte.isWord), for: state.index..<end)
                state.index = end
                return true
            }
            guard Self.keywordPrefixes.contains(joined) else { break }
        }
        return false
    }

    /// `four one five`, `double five`, `four oh eight` → digits.
    private mutating func spelledDigits(_ token: Range<Int>) -> Bool {
        let start = state.index
        let end = token.upperBound
        let input = state.input
        if let digit = ObfuscationWords.digits.value(input, token) {
            state.emit([Byte.zero + digit], for: start..<end)
            state.index = end
            skipDictationComma()
            return true
        }
        if let times = ObfuscationWords.repeaters.value(input, token), state.byte(end) == Byte.space {
            let nextEnd = state.wordEnd(end + 1)
            let next = end + 1..<nextEnd
            let digit: UInt8? =
                ObfuscationWords.digits.value(input, next).map { Byte.zero + $0 }
                ?? (nextEnd - end == 2 && FoldedByte.isDigit(state.byte(end + 1))
                    ? state.byte(end + 1)
                    : (ObfuscationWords.zeroLetters.contains(input, next) ? Byte.zero : nil))
            guard let digit else { return false }
            state.emit(Array(repeating: digit, count: times), for: start..<nextEnd)
            state.index = nextEnd
            skipDictationComma()
            return true
        }
        if ObfuscationWords.zeroLetters.contains(input, token), digitNearby(before: start, after: end) {
            state.emit([Byte.zero], for: start..<end)
            state.index = end
            return true
        }
        return false
    }

    /// "five five five, one two": a comma between dictated digit groups is a pause, not the end of the number.
    private mutating func skipDictationComma() {
        let comma = state.index
        guard state.byte(comma) == Byte.comma, state.byte(comma + 1) == Byte.space else { return }
        let nextStart = comma + 2
        let next = nextStart..<state.wordEnd(nextStart)
        if ObfuscationWords.digits.value(state.input, next) != nil
            || ObfuscationWords.repeaters.value(state.input, next) != nil
            || ObfuscationWords.zeroLetters.contains(state.input, next)
        {
            state.index = comma + 1
        }
    }

    /// Whether a digit (or a spelled digit) stands right before or after, one space or hyphen away.
    private func digitNearby(before start: Int, after end: Int) -> Bool {
        // The last output byte that is not a space or hyphen, if it is a digit within two bytes of the end (the
        // distance counts from the last occurrence of that digit, as it always has).
        if let last = state.lastOutputByte(notIn: Self.spaceOrHyphen), FoldedByte.isDigit(last.byte),
            state.outputCount - last.at <= 2
        {
            return true
        }
        guard state.byte(end) == Byte.space || state.byte(end) == Byte.hyphen else { return false }
        let nextEnd = state.wordEnd(end + 1)
        return ObfuscationWords.digits.value(state.input, end + 1..<nextEnd) != nil
            || (nextEnd > end + 1 && FoldedByte.isDigit(state.byte(end + 1)))
    }

    /// `4O8`, `2o24`: the letter O among digits is a zero.
    private mutating func letterOZero(_ token: Range<Int>) -> Bool {
        guard token.count >= 2 else { return false }
        var digits = 0
        var letterO = false
        for at in token {
            let byte = state.input[at]
            if FoldedByte.isDigit(byte) {
                digits += 1
            } else if byte == Byte.lowerO {
                letterO = true
            } else {
                return false
            }
        }
        guard digits >= 1, letterO else { return false }
        for at in token {
            let byte = state.input[at] == Byte.lowerO ? Byte.zero : state.input[at]
            let (start, end) = state.origin(at)
            state.append(byte, from: start, to: end)
        }
        state.index = token.upperBound
        return true
    }

    private static let labelCharacters = ByteSet("-_")

    /// `studio-name dot net`, `cs dot jhu dot edu`: a spelled dot between labels, when the chain of labels ends
    /// in a common top-level domain (or goes on into a spelled address: `john dot doe at …`).
    private mutating func spelledDot(_ token: Range<Int>) -> Bool {
        let end = token.upperBound
        guard ObfuscationWords.spelledDot.contains(state.input, token), state.index > 0,
            state.input[state.index - 1] == Byte.space,
            let previous = state.previousOutputLabel(extraCharacters: Self.labelCharacters),
            !ObfuscationWords.notNames.contains(previous, previous.indices),
            state.byte(end) == Byte.space
        else { return false }
        let next = state.skipSpaces(end)
        guard FoldedByte.isWord(state.byte(next)), chainEndsInDomain(from: next) else { return false }
        state.trimTrailingSpaces()
        state.emit([Byte.dot], for: state.index..<end)
        state.index = next
        return true
    }

    private mutating func chainEndsInDomain(from start: Int) -> Bool {
        if let known = chainAnswers[start] { return known }
        var visited = [start]
        let answer = walkChain(from: start, visited: &visited)
        for label in visited { chainAnswers[label] = answer }
        return answer
    }

    private func walkChain(from start: Int, visited: inout [Int]) -> Bool {
        var labelStart = start
        var labelEnd = state.labelEnd(labelStart)
        while true {
            let after = labelEnd
            if state.byte(after) == Byte.dot, FoldedByte.isWord(state.byte(after + 1)) {
                labelStart = after + 1
            } else if state.byte(after) == Byte.space {
                let wordStart = state.skipSpaces(after)
                let wordEnd = state.wordEnd(wordStart)
                let word = wordStart..<wordEnd
                if ObfuscationWords.spelledDot.contains(state.input, word), state.byte(wordEnd) == Byte.space {
                    labelStart = state.skipSpaces(wordEnd)
                } else if ObfuscationWords.spelledAt.contains(state.input, word) || state.byte(wordStart) == Byte.at {
                    return true
                } else {
                    break
                }
            } else {
                break
            }
            guard FoldedByte.isWord(state.byte(labelStart)) else { return false }
            visited.append(labelStart)
            labelEnd = state.labelEnd(labelStart)
        }
        return ObfuscationWords.spelledTLDs.contains(state.input, labelStart..<labelEnd)
    }
}
