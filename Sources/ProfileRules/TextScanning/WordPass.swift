/// Shared machinery of the word passes: reading folded input, writing folded output with origins.
struct PassState {
    let input: [UInt8]
    let starts: [Int32]
    let ends: [Int32]
    var out: FoldedBytes
    var index = 0

    init(_ folded: FoldedBytes) {
        input = folded.bytes
        starts = folded.starts
        ends = folded.ends
        out = FoldedBytes(capacity: folded.count)
    }

    var count: Int { input.count }

    func byte(_ at: Int) -> UInt8 { at < input.count ? input[at] : 0 }

    /// Copies input bytes `range` with their own origins.
    mutating func copy(_ range: Range<Int>) {
        for at in range { out.append(input[at], from: starts[at], to: ends[at]) }
    }

    /// Writes `bytes` standing for input `range`.
    mutating func emit<S: Sequence<UInt8>>(_ bytes: S, for range: Range<Int>) {
        for byte in bytes { out.append(byte, from: starts[range.lowerBound], to: ends[range.upperBound - 1]) }
    }

    /// End of the word (letters and digits) starting at `at`.
    func wordEnd(_ at: Int) -> Int {
        var end = at
        while end < input.count, FoldedByte.isWord(input[end]) { end += 1 }
        return end
    }

    /// End of a domain label or user name piece (letters, digits, `-`, `_`) starting at `at`.
    func labelEnd(_ at: Int) -> Int {
        var end = at
        while end < input.count, FoldedByte.isWord(input[end]) || input[end] == 0x2D || input[end] == 0x5F { end += 1 }
        return end
    }

    func skipSpaces(_ at: Int) -> Int {
        var end = at
        while end < input.count, input[end] == 0x20 { end += 1 }
        return end
    }

    func string(_ range: Range<Int>) -> String { String(decoding: input[range], as: UTF8.self) }

    /// The word or label already written just before the trailing spaces of the output.
    func previousOutputLabel(extraCharacters: Set<UInt8>) -> String? {
        var end = out.count
        while end > 0, out.bytes[end - 1] == 0x20 { end -= 1 }
        guard end < out.count || end == out.count else { return nil }
        var start = end
        while start > 0, FoldedByte.isWord(out.bytes[start - 1]) || extraCharacters.contains(out.bytes[start - 1]) {
            start -= 1
        }
        return start < end ? String(decoding: out.bytes[start..<end], as: UTF8.self) : nil
    }
}

/// Pass 2 of `TextNormalizer`: undoes word-level obfuscation.
struct WordPass {
    var state: PassState

    init(_ folded: FoldedBytes) { state = PassState(folded) }

    private static let openers: [UInt8: UInt8] = [
        UInt8(ascii: "["): UInt8(ascii: "]"), UInt8(ascii: "("): UInt8(ascii: ")"), UInt8(ascii: "{"): UInt8(ascii: "}"),
        UInt8(ascii: "<"): UInt8(ascii: ">"), UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "'"): UInt8(ascii: "'"),
    ]
    private static let joinSeparators: Set<UInt8> = [0x20, UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"),
                                                     UInt8(ascii: "'")]
    /// Every proper prefix of a split keyword: a piece that is not one cannot start a split name.
    private static let keywordPrefixes: Set<String> = {
        var prefixes: Set<String> = []
        for keyword in ObfuscationWords.splitKeywords {
            for length in 1..<keyword.count { prefixes.insert(String(keyword.prefix(length))) }
        }
        return prefixes
    }()

    mutating func run() -> FoldedBytes {
        while state.index < state.count {
            let byte = state.input[state.index]
            if Self.openers[byte] != nil, bracketedSymbol() { continue }
            if byte == UInt8(ascii: "("), joiner() { continue }
            if FoldedByte.isWord(byte), state.index == 0 || !FoldedByte.isWord(state.input[state.index - 1]) {
                word()
                continue
            }
            state.copy(state.index..<state.index + 1)
            state.index += 1
        }
        return state.out
    }

    // MARK: - Symbols

    /// `[at]`, `(at)`, `{at}`, `<at>`, `'at'`, `"dot"`, `[.]` → `@` / `.` between two words.
    private mutating func bracketedSymbol() -> Bool {
        let open = state.index
        guard let close = Self.openers[state.input[open]] else { return false }
        var at = state.skipSpaces(open + 1)
        let wordStart = at
        at = state.wordEnd(at)
        if at == wordStart, state.byte(at) == 0x40 || state.byte(at) == 0x2E { at += 1 }
        guard at > wordStart else { return false }
        let word = state.string(wordStart..<at)
        at = state.skipSpaces(at)
        guard state.byte(at) == close else { return false }
        let symbol: UInt8
        if ObfuscationWords.bracketedAt.contains(word) {
            symbol = 0x40
        } else if ObfuscationWords.bracketedDot.contains(word) {
            symbol = 0x2E
        } else {
            return false
        }
        // Only between two words: "(at)" in prose stays.
        let next = state.skipSpaces(at + 1)
        guard FoldedByte.isWord(state.byte(next)),
              let last = state.out.bytes.last(where: { $0 != 0x20 }), FoldedByte.isWord(last) else { return false }
        state.out.trimTrailingSpaces()
        state.emit([symbol], for: open..<at + 1)
        state.index = next
        return true
    }

    /// `name (followed by "@domain")`: drops the joining phrase so the address reads whole.
    private mutating func joiner() -> Bool {
        for phrase in ObfuscationWords.joiners {
            let bytes = Array(phrase.utf8)
            let at = state.index
            guard at + bytes.count <= state.count, Array(state.input[at..<at + bytes.count]) == bytes else { continue }
            var next = state.skipSpaces(at + bytes.count)
            while state.byte(next) == 0x22 || state.byte(next) == 0x27 { next += 1 }
            guard state.byte(next) == 0x40 else { continue }
            state.out.trimTrailingSpaces()
            state.index = next
            return true
        }
        return false
    }

    // MARK: - Words

    private mutating func word() {
        let start = state.index
        let end = state.wordEnd(start)
        if end - start == 1, spacedRun(separator: 0x20) || spacedRun(separator: 0x2D) { return }
        if end - start <= 9 {
            let token = state.string(start..<end)
            if splitKeyword(token, end: end) || spelledDigits(token, end: end) || spelledDot(token, end: end) {
                return
            }
            if letterOZero(token, end: end) { return }
        }
        state.copy(start..<end)
        state.index = end
    }

    /// `j o h n @ g m a i l . c o m`, `d-l-w-h-@-s-t-a-n-f-o-r-d`: single characters one separator apart close
    /// up. Needs five or more pieces with three letters (spaced digits stay for the phone matcher), and an `@`
    /// when the separator is a hyphen.
    private mutating func spacedRun(separator: UInt8) -> Bool {
        let start = state.index
        var pieces: [Int] = []
        var at = start
        var letters = 0
        var hasAt = false
        while at < state.count {
            let byte = state.input[at]
            let single = FoldedByte.isWord(byte) ? !FoldedByte.isWord(state.byte(at + 1))
                : (byte == 0x40 || byte == 0x2E || byte == 0x5F || (separator != 0x2D && byte == 0x2D))
            guard single else { break }
            pieces.append(at)
            if FoldedByte.isLetter(byte) { letters += 1 }
            if byte == 0x40 { hasAt = true }
            guard state.byte(at + 1) == separator, at + 2 < state.count else { break }
            at += 2
        }
        guard pieces.count >= 5, letters >= 3, separator == 0x20 || hasAt else { return false }
        for piece in pieces { state.copy(piece..<piece + 1) }
        state.index = pieces[pieces.count - 1] + 1
        return true
    }

    /// `sk ype`, `what's app`, `pay pal`: two or three short pieces that join to a messenger or payment name.
    private mutating func splitKeyword(_ first: String, end firstEnd: Int) -> Bool {
        guard Self.keywordPrefixes.contains(first) else { return false }
        var joined = first
        var end = firstEnd
        for _ in 0..<2 {
            guard Self.joinSeparators.contains(state.byte(end)), FoldedByte.isWord(state.byte(end + 1)) else { break }
            let nextEnd = state.wordEnd(end + 1)
            joined += state.string(end + 1..<nextEnd)
            end = nextEnd
            if ObfuscationWords.splitKeywords.contains(joined) {
                state.emit(Array(joined.utf8), for: state.index..<end)
                state.index = end
                return true
            }
            guard Self.keywordPrefixes.contains(joined) else { break }
        }
        return false
    }

    /// `four one five`, `double five`, `four oh eight` → digits.
    private mutating func spelledDigits(_ token: String, end: Int) -> Bool {
        let start = state.index
        if let digit = ObfuscationWords.digits[token] {
            state.emit([0x30 + digit], for: start..<end)
            state.index = end
            skipDictationComma()
            return true
        }
        if let times = ObfuscationWords.repeaters[token], state.byte(end) == 0x20 {
            let nextEnd = state.wordEnd(end + 1)
            let next = state.string(end + 1..<nextEnd)
            let digit: UInt8? = ObfuscationWords.digits[next].map { 0x30 + $0 }
                ?? (nextEnd - end == 2 && FoldedByte.isDigit(state.byte(end + 1)) ? state.byte(end + 1)
                    : (ObfuscationWords.zeroLetters.contains(next) ? 0x30 : nil))
            guard let digit else { return false }
            state.emit(Array(repeating: digit, count: times), for: start..<nextEnd)
            state.index = nextEnd
            skipDictationComma()
            return true
        }
        if ObfuscationWords.zeroLetters.contains(token), digitNearby(before: start, after: end) {
            state.emit([0x30], for: start..<end)
            state.index = end
            return true
        }
        return false
    }

    /// "five five five, one two": a comma between dictated digit groups is a pause, not the end of the number.
    private mutating func skipDictationComma() {
        let comma = state.index
        guard state.byte(comma) == 0x2C, state.byte(comma + 1) == 0x20 else { return }
        let nextStart = comma + 2
        let next = state.string(nextStart..<state.wordEnd(nextStart))
        if ObfuscationWords.digits[next] != nil || ObfuscationWords.repeaters[next] != nil
            || ObfuscationWords.zeroLetters.contains(next) {
            state.index = comma + 1
        }
    }

    /// Whether a digit (or a spelled digit) stands right before or after, one space or hyphen away.
    private func digitNearby(before start: Int, after end: Int) -> Bool {
        if let last = state.out.bytes.last(where: { $0 != 0x20 && $0 != 0x2D }), FoldedByte.isDigit(last),
           state.out.count - (state.out.bytes.lastIndex(of: last) ?? 0) <= 2 {
            return true
        }
        guard state.byte(end) == 0x20 || state.byte(end) == 0x2D else { return false }
        let nextEnd = state.wordEnd(end + 1)
        let next = state.string(end + 1..<nextEnd)
        return ObfuscationWords.digits[next] != nil || (nextEnd > end + 1 && FoldedByte.isDigit(state.byte(end + 1)))
    }

    /// `4O8`, `2o24`: the letter O among digits is a zero.
    private mutating func letterOZero(_ token: String, end: Int) -> Bool {
        let bytes = Array(token.utf8)
        let digits = bytes.filter(FoldedByte.isDigit).count
        guard digits >= 1, bytes.count >= 2, bytes.contains(0x6F), bytes.allSatisfy({ FoldedByte.isDigit($0) || $0 == 0x6F }) else {
            return false
        }
        for at in state.index..<end {
            let byte = state.input[at] == 0x6F ? 0x30 : state.input[at]
            state.out.append(byte, from: state.starts[at], to: state.ends[at])
        }
        state.index = end
        return true
    }

    /// `studio-name dot net`, `cs dot jhu dot edu`: a spelled dot between labels, when the chain of labels ends
    /// in a common top-level domain (or goes on into a spelled address: `john dot doe at …`).
    private mutating func spelledDot(_ token: String, end: Int) -> Bool {
        guard ObfuscationWords.spelledDot.contains(token), state.index > 0, state.input[state.index - 1] == 0x20,
              let previous = state.previousOutputLabel(extraCharacters: [0x2D, 0x5F]),
              !ObfuscationWords.notNames.contains(previous),
              state.byte(end) == 0x20 else { return false }
        let next = state.skipSpaces(end)
        guard FoldedByte.isWord(state.byte(next)), chainEndsInDomain(from: next) else { return false }
        state.out.trimTrailingSpaces()
        state.emit([0x2E], for: state.index..<end)
        state.index = next
        return true
    }

    private func chainEndsInDomain(from start: Int) -> Bool {
        var labelStart = start
        var labelEnd = state.labelEnd(labelStart)
        while true {
            let after = labelEnd
            if state.byte(after) == 0x2E, FoldedByte.isWord(state.byte(after + 1)) {
                labelStart = after + 1
            } else if state.byte(after) == 0x20 {
                let wordStart = state.skipSpaces(after)
                let wordEnd = state.wordEnd(wordStart)
                let word = state.string(wordStart..<wordEnd)
                if ObfuscationWords.spelledDot.contains(word), state.byte(wordEnd) == 0x20 {
                    labelStart = state.skipSpaces(wordEnd)
                } else if ObfuscationWords.spelledAt.contains(word) || state.byte(wordStart) == 0x40 {
                    return true
                } else {
                    break
                }
            } else {
                break
            }
            guard FoldedByte.isWord(state.byte(labelStart)) else { return false }
            labelEnd = state.labelEnd(labelStart)
        }
        return ObfuscationWords.spelledTLDs.contains(state.string(labelStart..<labelEnd))
    }
}

/// Pass 3 of `TextNormalizer`: `john at gmail.com` → `john@gmail.com`, only where it reads as an address: a
/// mail provider, a three-label domain, an address-like user name, or a mail cue just before.
struct AtPass {
    var state: PassState

    init(_ folded: FoldedBytes) { state = PassState(folded) }

    mutating func run() -> FoldedBytes {
        while state.index < state.count {
            let at = state.index
            if state.input[at] == 0x61, state.byte(at + 1) == 0x74, !FoldedByte.isWord(state.byte(at + 2)),
               at > 0, state.input[at - 1] == 0x20, spelledAt() {
                continue
            }
            state.copy(at..<at + 1)
            state.index = at + 1
        }
        return state.out
    }

    private static let userCharacters: Set<UInt8> = [0x2E, 0x5F, 0x2D, 0x2B]

    private mutating func spelledAt() -> Bool {
        let wordEnd = state.index + 2
        guard let user = state.previousOutputLabel(extraCharacters: Self.userCharacters),
              let first = user.utf8.first, FoldedByte.isWord(first),
              !ObfuscationWords.notNames.contains(user) else { return false }
        let domainStart = state.skipSpaces(wordEnd)
        guard domainStart > wordEnd else { return false }
        var labels: [String] = []
        var at = domainStart
        while FoldedByte.isWord(state.byte(at)) {
            let end = state.labelEnd(at)
            labels.append(state.string(at..<end))
            guard state.byte(end) == 0x2E, FoldedByte.isWord(state.byte(end + 1)) else { break }
            at = end + 1
        }
        if labels.count == 1, let spaced = spacedDomain(from: domainStart) { return spaced }
        guard let firstLabel = labels.first, let lastLabel = labels.last else { return false }
        let isDomain = labels.count >= 2 ? TopLevelDomains.all.contains(lastLabel)
            : ObfuscationWords.bareMailProviders.contains(lastLabel)
        guard isDomain else { return false }
        let addressLike = ObfuscationWords.mailProviders.contains(firstLabel) || labels.count >= 3
            || user.utf8.contains(where: { Self.userCharacters.contains($0) || FoldedByte.isDigit($0) })
            || mailCueBefore()
        guard addressLike else { return false }
        state.out.trimTrailingSpaces()
        state.emit([0x40], for: state.index..<wordEnd)
        state.index = domainStart
        return true
    }

    /// `pal at cs stanford edu`, `jks at robotics;stanford;edu`: labels split by spaces or semicolons, ending in a
    /// common top-level domain, after a mail cue. Writes `@` and the labels joined by dots.
    private mutating func spacedDomain(from domainStart: Int) -> Bool? {
        var labels: [Range<Int>] = []
        var at = domainStart
        while labels.count < 4, FoldedByte.isLetter(state.byte(at)) {
            let end = state.wordEnd(at)
            labels.append(at..<end)
            guard state.byte(end) == 0x20 || state.byte(end) == 0x3B, FoldedByte.isLetter(state.byte(end + 1)) else {
                break
            }
            at = end + 1
        }
        guard labels.count >= 2, let last = labels.last,
              ObfuscationWords.spelledTLDs.contains(state.string(last)), mailCueBefore() else { return nil }
        state.out.trimTrailingSpaces()
        state.emit([0x40], for: state.index..<state.index + 2)
        for (number, label) in labels.enumerated() {
            if number > 0 { state.emit([0x2E], for: label.lowerBound - 1..<label.lowerBound) }
            state.copy(label)
        }
        state.index = last.upperBound
        return true
    }

    /// Whether a mail cue ("email", "contact", "write to"…) stands in the 60 bytes before.
    private func mailCueBefore() -> Bool {
        let window = String(decoding: state.out.bytes.suffix(60), as: UTF8.self)
        return ObfuscationWords.mailCues.contains { window.contains($0) }
    }
}
