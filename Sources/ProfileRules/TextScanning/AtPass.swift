/// Pass 3 of `TextNormalizer`: `john at gmail.com` → `john@gmail.com`, only where it reads as an address: a
/// mail provider, a three-label domain, an address-like user name, or a mail cue just before.
struct AtPass {
    var state: PassState

    init(_ folded: FoldedBytes) { state = PassState(folded) }

    mutating func run() -> FoldedBytes {
        let input = state.input
        var at = 0
        var unchanged = 0  // bytes from here to `at` pass as they are
        // Only a spelled "at" after a space can change anything.
        while let word = Self.spacedAt(in: input, from: at) {
            state.copy(unchanged..<word)
            unchanged = word
            state.index = word
            if spelledAt() {
                at = state.index
                unchanged = at
            } else {
                at = word + 1
            }
        }
        state.copy(unchanged..<input.count)
        return state.finish()
    }

    /// The position of the next word `at` after a space, from `start` on (a raw-buffer loop: it sees every byte).
    private static func spacedAt(in input: [UInt8], from start: Int) -> Int? {
        input.withUnsafeBufferPointer { bytes in
            var at = max(start, 1)
            while at + 1 < bytes.count {
                if bytes[at] == Byte.lowerA, bytes[at + 1] == Byte.lowerT, bytes[at - 1] == Byte.space,
                    at + 2 == bytes.count || !FoldedByte.isWord(bytes[at + 2])
                {
                    return at
                }
                at += 1
            }
            return nil
        }
    }

    private static let userCharacters = ByteSet(".-_+")

    private mutating func spelledAt() -> Bool {
        let wordEnd = state.index + 2
        guard let user = state.previousOutputLabel(extraCharacters: Self.userCharacters),
            let first = user.first, FoldedByte.isWord(first),
            !ObfuscationWords.notNames.contains(user, user.indices)
        else { return false }
        let domainStart = state.skipSpaces(wordEnd)
        guard domainStart > wordEnd else { return false }
        var labels: [Range<Int>] = []
        var at = domainStart
        while FoldedByte.isWord(state.byte(at)) {
            let end = state.labelEnd(at)
            labels.append(at..<end)
            guard state.byte(end) == Byte.dot, FoldedByte.isWord(state.byte(end + 1)) else { break }
            at = end + 1
        }
        if labels.count == 1, joinSpacedDomain(from: domainStart) { return true }
        guard let firstLabel = labels.first, let lastLabel = labels.last else { return false }
        let isDomain =
            labels.count >= 2
            ? TopLevelDomains.all.contains(state.input, lastLabel)
            : ObfuscationWords.bareMailProviders.contains(state.input, lastLabel)
        guard isDomain else { return false }
        let addressLike =
            ObfuscationWords.mailProviders.contains(state.input, firstLabel) || labels.count >= 3
            || user.contains(where: { Self.userCharacters.contains($0) || FoldedByte.isDigit($0) })
            || mailCueBefore()
        guard addressLike else { return false }
        state.trimTrailingSpaces()
        state.emit([Byte.at], for: state.index..<wordEnd)
        state.index = domainStart
        return true
    }

    /// `pal at cs stanford edu`, `jks at robotics;stanford;edu`: labels split by spaces or semicolons, ending in a
    /// common top-level domain, after a mail cue. Writes `@` and the labels joined by dots and returns true, or
    /// writes nothing and returns false (the domain may still be a single dotted or bare one).
    private mutating func joinSpacedDomain(from domainStart: Int) -> Bool {
        var labels: [Range<Int>] = []
        var at = domainStart
        while labels.count < 4, FoldedByte.isLetter(state.byte(at)) {
            let end = state.wordEnd(at)
            labels.append(at..<end)
            guard state.byte(end) == Byte.space || state.byte(end) == Byte.semicolon,
                FoldedByte.isLetter(state.byte(end + 1))
            else {
                break
            }
            at = end + 1
        }
        guard labels.count >= 2, let last = labels.last,
            ObfuscationWords.spelledTLDs.contains(state.input, last), mailCueBefore()
        else { return false }
        state.trimTrailingSpaces()
        state.emit([Byte.at], for: state.index..<state.index + 2)
        for (number, label) in labels.enumerated() {
            if number > 0 { state.emit([Byte.dot], for: label.lowerBound - 1..<label.lowerBound) }
            state.copy(label)
        }
        state.index = last.upperBound
        return true
    }

    /// Whether a mail cue ("email", "contact", "write to"…) stands in the 60 bytes before.
    private func mailCueBefore() -> Bool {
        let window = String(decoding: state.outputSuffix(60), as: UTF8.self)
        return ObfuscationWords.mailCues.contains { window.contains($0) }
    }
}
