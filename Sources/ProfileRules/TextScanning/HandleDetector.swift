/// Finds messenger and social handles offered as a way to talk: `Skype: live:x`, `Telegram @x`, `IG: @x`,
/// `skype (dean.malmgren)`, `dean.malmgren on Skype`, `live:x`, and phrases such as "WhatsApp me", "add me on
/// Discord", "my WeChat ID". A messenger named as a skill or product ("I build Viber chatbots") is not a handle.
enum HandleDetector {
    static let phrases = PhraseSet(
        HandleWords.patterns, lists: HandleWords.lists,
        negators: ["not", "never", "don't", "dont", "no"])
    private static let on = WordKey("on")
    private static let via = WordKey("via")
    private static let handleBytes: ByteSet = ByteSet("._-")
    private static let introducerMarks: ByteSet = ByteSet(":-(#=")
    private static let phoneBytes: ByteSet = ByteSet(" +-.()")

    static func find(in text: NormalizedText, tokens: WordTokens) -> [ContactMatch] {
        var found: [(Range<Int>, String, String)] = []  // folded range, service, value
        for index in 0..<tokens.count where tokens[index].isNamed {
            guard let service = tokens.value(index, in: HandleWords.services) else { continue }
            let token = tokens[index]
            let wordlike = tokens.is(index, in: HandleWords.wordlikeServices)
            let phoneBased = tokens.is(index, in: HandleWords.phoneBasedServices)
            if let handle = handle(
                after: token.range.upperBound, in: text.bytes, strict: wordlike,
                phoneBased: phoneBased)
            {
                found.append((token.range.lowerBound..<handle.upperBound, service, text.string(handle)))
            } else if !wordlike, index >= 2, tokens.is(index - 1, on) || tokens.is(index - 1, via),
                let handle = handle(endingAt: tokens[index - 2].range.upperBound, in: text.bytes)
            {
                found.append((handle.lowerBound..<token.range.upperBound, service, text.string(handle)))
            }
        }
        if tokens.summary.hasColon { found += skypeLiveIDs(in: text.bytes).map { ($0, "Skype", text.string($0)) } }
        for (range, _) in phrases.matches(in: tokens) {
            let service = range.lazy.compactMap { tokens.value($0, in: HandleWords.services) }.first ?? "a messenger"
            let folded = tokens.span(range)
            found.append((folded, service, service))
        }
        // One finding per place: overlapping matches merge into the first.
        found.sort { $0.0.lowerBound < $1.0.lowerBound }
        var merged: [(Range<Int>, String, String)] = []
        for item in found {
            if let last = merged.last, item.0.lowerBound < last.0.upperBound {
                let upper = max(last.0.upperBound, item.0.upperBound)
                let value = last.2 == last.1 ? item.2 : last.2
                merged[merged.count - 1] = (last.0.lowerBound..<upper, last.1, value)
            } else {
                merged.append(item)
            }
        }
        return merged.map { range, service, value in
            ContactMatch(
                kind: .handle, range: text.originalRange(of: range), text: text.originalText(of: range),
                value: value, detail: service)
        }
    }

    /// A handle after a service name: introducers (`:`, `ID`, `is`, `(`…) then a handle-shaped word. `strict`
    /// (for services that are also words) wants `@name` or `live:name`.
    private static func handle(
        after serviceEnd: Int, in bytes: [UInt8], strict: Bool,
        phoneBased: Bool
    ) -> Range<Int>? {
        var position = serviceEnd
        var introduced = false
        var marked = false
        for _ in 0..<3 {
            while position < bytes.count, bytes[position] == Byte.space { position += 1 }
            guard position < bytes.count else { return nil }
            if introducerMarks.contains(bytes[position]) {
                // `Telegram-like`, `WhatsApp-style`: a hyphen glued to both words makes a compound, not a label.
                if bytes[position] == Byte.hyphen, position == serviceEnd, position + 1 < bytes.count,
                    FoldedByte.isLetter(bytes[position + 1])
                {
                    return nil
                }
                position += 1
                introduced = true
                marked = true
                continue
            }
            var end = position
            while end < bytes.count, FoldedByte.isLetter(bytes[end]) { end += 1 }
            guard end > position, end < bytes.count, bytes[end] == Byte.space || bytes[end] == Byte.colon,
                HandleWords.handleIntroducers.contains(bytes, position..<end)
            else { break }
            position = end
            introduced = true
        }
        guard position > serviceEnd, position < bytes.count else { return nil }
        let start = position
        // A number after a name that is also a word needs a mark ("LINE: 0812…"): "my line is 0813…" and "Safaricom
        // line 0110…" are phone lines (contact-phone reports the number either way).
        if phoneBased, !strict || marked, bytes[position] == Byte.plus || FoldedByte.isDigit(bytes[position]) {
            // "WhatsApp +234 803 123 4567": the number is the handle.
            var end = position
            var digits = 0
            while end < bytes.count, FoldedByte.isDigit(bytes[end]) || phoneBytes.contains(bytes[end]) {
                if FoldedByte.isDigit(bytes[end]) { digits += 1 }
                end += 1
            }
            while end > position, !FoldedByte.isDigit(bytes[end - 1]) { end -= 1 }
            return digits >= 7 ? start..<end : nil
        }
        var prefixed = false
        if bytes[position...].starts(with: Array("live:".utf8)) {
            position += 5
            prefixed = true
        } else if bytes[position] == Byte.at {
            position += 1
            prefixed = true
        }
        let nameStart = position
        while position < bytes.count, FoldedByte.isWord(bytes[position]) || handleBytes.contains(bytes[position]) {
            position += 1
        }
        while position > nameStart, handleBytes.contains(bytes[position - 1]) { position -= 1 }
        let name = bytes[nameStart..<position]
        guard name.count >= 2, FoldedByte.isWord(name[nameStart]) || (prefixed && name[nameStart] == Byte.underscore),
            name.contains(where: FoldedByte.isLetter)
        else {
            return nil
        }
        if prefixed { return start..<position }
        if strict { return nil }
        guard !ObfuscationWords.notNames.contains(bytes, nameStart..<position),
            HandleWords.services.value(bytes, nameStart..<position) == nil
        else { return nil }
        if isHandleShaped(name) { return start..<position }
        // A lone word right after `Skype:` and ending the line is a user name too.
        let standsAlone =
            position >= bytes.count || bytes[position] == Byte.lineFeed || bytes[position] == Byte.closeParenthesis
        return introduced && standsAlone && name.count >= 3 ? start..<position : nil
    }

    /// A handle ending at `end` (for "dean.malmgren on Skype"): it must look like one.
    private static func handle(endingAt end: Int, in bytes: [UInt8]) -> Range<Int>? {
        var start = end
        while start > 0, FoldedByte.isWord(bytes[start - 1]) || handleBytes.contains(bytes[start - 1]) { start -= 1 }
        while start < end, !FoldedByte.isWord(bytes[start]) { start += 1 }
        let name = bytes[start..<end]
        guard name.count >= 3, isHandleShaped(name) else { return nil }
        return start..<end
    }

    /// `dean.malmgren`, `john_doe`, `johndoe42`: punctuation inside, or letters with digits.
    private static func isHandleShaped(_ name: ArraySlice<UInt8>) -> Bool {
        let letters = name.filter(FoldedByte.isLetter).count
        let digits = name.filter(FoldedByte.isDigit).count
        let inner = name.dropFirst().dropLast().contains { $0 == Byte.dot || $0 == Byte.underscore }
        return letters >= 2 && (inner || (digits >= 1 && name.count >= 5))
    }

    /// `live:john.doe_42`: Skype's own ID format, wherever it stands.
    private static func skypeLiveIDs(in bytes: [UInt8]) -> [Range<Int>] {
        let marker = Array("live:".utf8)
        // The marker ends in a colon: look back from each colon (a text has few) rather than at every byte.
        var starts: [Int] = []
        bytes.withUnsafeBufferPointer { bytes in
            var from = 0
            while let colon = bytes[from...].firstIndex(of: Byte.colon) {
                from = colon + 1
                let index = colon - 4
                guard index >= 0, colon + 1 < bytes.count, bytes[index] == Byte.lowerL, bytes[index + 1] == Byte.lowerI,
                    bytes[index + 2] == Byte.lowerV, bytes[index + 3] == Byte.lowerE,
                    index == 0 || !FoldedByte.isWord(bytes[index - 1])
                else { continue }
                starts.append(index)
            }
        }
        var found: [Range<Int>] = []
        for index in starts {
            var end = index + marker.count
            while end < bytes.count, FoldedByte.isWord(bytes[end]) || handleBytes.contains(bytes[end]) { end += 1 }
            while end > index + marker.count, handleBytes.contains(bytes[end - 1]) { end -= 1 }
            if end - index - marker.count >= 2 { found.append(index..<end) }
        }
        return found
    }
}
