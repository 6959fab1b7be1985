/// Looks cue words up in the tables compiled from `Data/*.tsv` (`LexiconTables`, generated ahead of time: nothing
/// is parsed or hashed at start-up).
///
/// Two paths, chosen per entry when the tables are generated:
/// - entries that fold to ASCII words (English, Spanish, Turkish, romanised Hindi…) live in an open-addressing
///   table keyed like `WordTable` (`WordKey`), probed once per word by `WordTokens`; entries of several words are
///   listed under their first word and checked against the tokens that follow;
/// - entries in other scripts (Cyrillic, Arabic, Devanagari, Bengali, CJK, kana) are matched on the original UTF-8
///   bytes, only in texts that hold such letters: a bit filter and a sorted table of first scalars find the few
///   places worth comparing.
enum Lexicon {
    /// A cue found in a text: folded byte range, classes, and the display name of what it names (rails, channels).
    struct Cue: Sendable {
        var range: Range<Int>
        var cues: CueClass
        var name: Int
        /// The cue's first and last token (for ASCII cues; script cues point at the token holding them).
        var tokens: Range<Int>
    }

    /// The classes of a single-word entry `key` (0 for most words). Table words are at most 16 bytes, whose keys
    /// compare whole: no bytes to read.
    @inline(__always)
    static func cues(_ key: WordKey) -> UInt32 {
        let slot = slot(of: key)
        return slot < 0 ? 0 : LexiconTables.wordCues[slot]
    }

    @inline(__always)
    static func slot(of key: WordKey) -> Int {
        guard key.length > 0, key.length <= 16 else { return -1 }
        let mask = LexiconTables.wordMask
        var slot = Int(truncatingIfNeeded: key.mixed >> LexiconTables.wordShift)
        while true {
            let length = Int(LexiconTables.wordLength[slot])
            if length == 0 { return -1 }
            if length == key.length, LexiconTables.wordLow[slot] == key.low, LexiconTables.wordHigh[slot] == key.high {
                return slot
            }
            slot = (slot + 1) & mask
        }
    }

    /// The display name with index `index` ("PayPal", "WhatsApp"); empty for entries without one.
    static func name(_ index: Int) -> String { LexiconTables.names[index] }

    /// Every cue in the text: ASCII words and phrases from the tokens, other scripts from the original bytes;
    /// sorted by position, a phrase preferred to the words inside it.
    static func cues(in text: NormalizedText, tokens: WordTokens) -> [Cue] {
        var found: [Cue] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.cues != 0 else {
                if !token.isLetters, !token.isDigits, let stem = apostropheStem(at: index, in: tokens) {
                    found.append(stem)
                    index += 1
                } else if !token.isDigits, token.key != WordTokens.innerDot,
                    let disguised = disguisedCue(at: index, in: tokens) ?? dottedCue(at: index, in: tokens)
                {
                    found.append(disguised)
                    index = disguised.tokens.upperBound
                } else if token.isLetters, tokens.summary.hasNonASCIILetter,
                    let glued = gluedName(at: index, in: tokens)
                {
                    found.append(glued)
                    index += 1
                } else {
                    index += 1
                }
                continue
            }
            let slot = slot(of: token.key)
            if slot < 0 {
                if let stem = apostropheStem(at: index, in: tokens) { found.append(stem) }
                index += 1
                continue
            }
            if let phrase = phrase(at: index, slot: slot, in: tokens) {
                found.append(phrase)
                index = phrase.tokens.upperBound
                continue
            }
            if LexiconTables.wordCues[slot]
                & ~(CueClass.named.rawValue | CueClass.phraseStart.rawValue
                | CueClass.anchorPhraseStart.rawValue) != 0
            {
                found.append(
                    Cue(
                        range: token.range, cues: CueClass(rawValue: LexiconTables.wordCues[slot]),
                        name: Int(LexiconTables.wordName[slot]), tokens: index..<index + 1))
            }
            index += 1
        }
        if tokens.summary.hasNonASCIILetter {
            found += scriptCues(in: text, tokens: tokens)
            found.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return found
    }

    /// `WhatsApp'tan`, `Telegram'dan`: a name with a suffix after an apostrophe (Turkish and others) is the name.
    private static func apostropheStem(at index: Int, in tokens: WordTokens) -> Cue? {
        let range = tokens[index].range
        guard let apostrophe = tokens.bytes[range].firstIndex(of: Byte.apostrophe), apostrophe > range.lowerBound else {
            return nil
        }
        let slot = slot(of: WordKey(tokens.bytes, range.lowerBound..<apostrophe))
        guard slot >= 0 else { return nil }
        let cues =
            LexiconTables.wordCues[slot]
            & ~(CueClass.named.rawValue | CueClass.phraseStart.rawValue
            | CueClass.anchorPhraseStart.rawValue)
        guard cues != 0 else { return nil }
        return Cue(
            range: range.lowerBound..<apostrophe, cues: CueClass(rawValue: cues),
            name: Int(LexiconTables.wordName[slot]), tokens: index..<index + 1)
    }

    /// Disguise characters and what they stand for: `te1egram`, `whats4pp`, `d!sc0rd`, `p@yp@l`.
    /// By byte, 0 where the byte disguises nothing: a flat table, since every word without a cue is probed here.
    private static let disguises: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        let pairs: [(UInt8, UInt8)] = [
            (Byte.zero, Byte.lowerO), (Byte.one, Byte.lowerL), (Byte.three, Byte.lowerE), (Byte.four, Byte.lowerA),
            (Byte.five, Byte.lowerS), (Byte.seven, Byte.lowerT), (Byte.eight, Byte.lowerB),
            (Byte.exclamationMark, Byte.lowerI), (Byte.dollarSign, Byte.lowerS), (Byte.verticalBar, Byte.lowerL),
            (Byte.at, Byte.lowerA),
        ]
        for (byte, letter) in pairs { table[Int(byte)] = letter }
        return table
    }()

    /// A channel or rail name written with digits or symbols for letters, starting at token `index`: the run of
    /// letters, digits and `!$|@` (no spaces), read back letter by letter (`1` as `l`, then as `i`).
    private static func disguisedCue(at index: Int, in tokens: WordTokens) -> Cue? {
        let bytes = tokens.bytes
        let start = tokens[index].range.lowerBound
        let wordEnd = tokens[index].range.upperBound
        // Most words: all letters and not glued to a symbol.
        if tokens[index].isLetters {
            guard wordEnd + 1 < bytes.count, disguises[Int(bytes[wordEnd])] != 0, !FoldedByte.isDigit(bytes[wordEnd]),
                FoldedByte.isWord(bytes[wordEnd + 1])
            else { return nil }
        }
        var end = start
        var letters = 0
        while end < bytes.count, end - start <= 16 {
            let byte = bytes[end]
            if byte >= Byte.lowerA, byte <= Byte.lowerZ {
                letters += 1
            } else if disguises[Int(byte)] == 0 {
                break
            }
            end += 1
        }
        while end > start, !FoldedByte.isWord(bytes[end - 1]) { end -= 1 }
        guard end - start >= 4, end - start <= 16, letters >= 2, letters < end - start else { return nil }
        for oneAs in [Byte.lowerL, Byte.lowerI] {
            var read = [UInt8]()
            for at in start..<end {
                let byte = bytes[at]
                let letter = disguises[Int(byte)]
                read.append(byte == Byte.one ? oneAs : letter != 0 ? letter : byte)
            }
            let slot = slot(of: WordKey(read, 0..<read.count))
            guard slot >= 0 else { continue }
            let cues = LexiconTables.wordCues[slot]
            guard cues & (CueClass.channel.rawValue | CueClass.rail.rawValue) != 0 else { continue }
            let last = tokens.index(containing: end - 1)
            return Cue(
                range: start..<end, cues: CueClass(rawValue: cues), name: Int(LexiconTables.wordName[slot]),
                tokens: index..<last + 1)
        }
        return nil
    }

    /// A channel or rail name spelt with a dot between its letters, starting at token `index` (`w.h.a.t.s.a.p.p`,
    /// `S.i.g.n.a.l`): single letters joined by dots, read back as one word.
    private static func dottedCue(at index: Int, in tokens: WordTokens) -> Cue? {
        guard tokens[index].range.count == 1, tokens[index].isLetters, index + 2 < tokens.count,
            tokens[index + 1].key == WordTokens.innerDot, tokens[index + 2].range.count == 1
        else { return nil }
        var read: [UInt8] = []
        var last = index
        var next = index
        while next < tokens.count, read.count < 16, tokens[next].range.count == 1, tokens[next].isLetters {
            read.append(tokens.bytes[tokens[next].range.lowerBound])
            last = next
            guard next + 2 < tokens.count, tokens[next + 1].key == WordTokens.innerDot else { break }
            next += 2
        }
        guard read.count >= 4 else { return nil }
        let slot = slot(of: WordKey(read, 0..<read.count))
        guard slot >= 0 else { return nil }
        let cues = LexiconTables.wordCues[slot]
        guard cues & (CueClass.channel.rawValue | CueClass.wordlikeChannel.rawValue | CueClass.rail.rawValue) != 0
        else { return nil }
        return Cue(
            range: tokens[index].range.lowerBound..<tokens[last].range.upperBound, cues: CueClass(rawValue: cues),
            name: Int(LexiconTables.wordName[slot]), tokens: index..<last + 1)
    }

    /// A channel, rail or network name in Latin letters glued to letters of a script written without spaces, in
    /// token `index` (`有Telegram吗`, `LINEで連絡`, `Zoomで`): the first run of at least three ASCII letters inside
    /// a word that also holds other letters.
    private static func gluedName(at index: Int, in tokens: WordTokens) -> Cue? {
        let range = tokens[index].range
        let bytes = tokens.bytes
        guard bytes[range.lowerBound] == Byte.nonASCIILetter || bytes[range.upperBound - 1] == Byte.nonASCIILetter
        else { return nil }
        var at = range.lowerBound
        while at < range.upperBound {
            guard bytes[at] != Byte.nonASCIILetter else {
                at += 1
                continue
            }
            var end = at
            while end < range.upperBound, bytes[end] != Byte.nonASCIILetter { end += 1 }
            if end - at >= 3 {
                let slot = slot(of: WordKey(bytes, at..<end))
                let naming =
                    CueClass.channel.rawValue | CueClass.wordlikeChannel.rawValue | CueClass.rail.rawValue
                    | CueClass.social.rawValue
                if slot >= 0, LexiconTables.wordCues[slot] & naming != 0 {
                    return Cue(
                        range: at..<end, cues: CueClass(rawValue: LexiconTables.wordCues[slot]),
                        name: Int(LexiconTables.wordName[slot]), tokens: index..<index + 1)
                }
            }
            at = end
        }
        return nil
    }

    /// The longest phrase starting with the word in `slot` at token `index`.
    private static func phrase(at index: Int, slot: Int, in tokens: WordTokens) -> Cue? {
        guard slot >= 0 else { return nil }
        let packed = LexiconTables.wordPhrases[slot]
        guard packed != 0 else { return nil }
        let start = Int(packed >> 8)
        for entry in start..<start + Int(packed & 0xFF) {
            let wordStart = Int(LexiconTables.phraseWordStart[entry])
            let count = Int(LexiconTables.phraseWordCount[entry])
            guard index + count < tokens.count else { continue }
            var matched = true
            for offset in 0..<count {
                let key = tokens[index + 1 + offset].key
                let word = wordStart + offset
                if key.length != Int(LexiconTables.phraseWordLength[word])
                    || key.low != LexiconTables.phraseWordLow[word]
                    || key.high != LexiconTables.phraseWordHigh[word]
                {
                    matched = false
                    break
                }
            }
            if matched {
                let end = index + 1 + count
                return Cue(
                    range: tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound,
                    cues: CueClass(rawValue: LexiconTables.phraseCues[entry]),
                    name: Int(LexiconTables.phraseName[entry]), tokens: index..<end)
            }
        }
        return nil
    }

    /// Cues in other scripts, found on the original bytes.
    private static func scriptCues(in text: NormalizedText, tokens: WordTokens) -> [Cue] {
        var found: [Cue] = []
        let original = text.original
        let bloom = LexiconTables.scriptBloom
        let firsts = LexiconTables.scriptFirst
        LexiconTables.scriptText.withUTF8Buffer { entries in
            original.withUnsafeBufferPointer { bytes in
                var at = 0
                while at < bytes.count {
                    let lead = bytes[at]
                    guard lead >= Byte.twoByteLead else {
                        at += 1
                        continue
                    }
                    let (scalar, length) = TextNormalizer.decodeScalar(bytes, at: at)
                    guard bloom[Int(scalar & 2047) >> 6] & (1 << UInt64(scalar & 63)) != 0,
                        let first = firstIndex(of: scalar, in: firsts)
                    else {
                        at += length
                        continue
                    }
                    let start = Int(LexiconTables.scriptFirstStart[first])
                    let end = Int(LexiconTables.scriptFirstStart[first + 1])
                    var matchedLength = 0
                    for entry in start..<end {
                        let offset = Int(LexiconTables.scriptOffset[entry])
                        let count = Int(LexiconTables.scriptLength[entry])
                        let flags = LexiconTables.scriptFlags[entry]
                        // Entries are indexed by their first scalar outside ASCII; `lead` bytes come before it.
                        let begin = at - Int(flags >> 3)
                        guard begin >= 0, begin + count <= bytes.count else { continue }
                        var same = true
                        for byte in 0..<count where bytes[begin + byte] != entries[offset + byte] {
                            same = false
                            break
                        }
                        guard same else { continue }
                        let folded = text.foldedRange(ofOriginal: begin..<begin + count)
                        if flags & 1 != 0, folded.lowerBound > 0, FoldedByte.isWord(text.bytes[folded.lowerBound - 1]) {
                            continue
                        }
                        if flags & 2 != 0, folded.upperBound < text.bytes.count,
                            FoldedByte.isWord(text.bytes[folded.upperBound])
                        {
                            continue
                        }
                        let token = tokens.index(containing: folded.lowerBound)
                        found.append(
                            Cue(
                                range: folded, cues: CueClass(rawValue: LexiconTables.scriptCues[entry]),
                                name: Int(LexiconTables.scriptName[entry]), tokens: token..<token + 1))
                        matchedLength = begin + count - at
                        break
                    }
                    at += max(length, matchedLength)
                }
            }
        }
        return found
    }

    @inline(__always)
    private static func firstIndex(of scalar: UInt32, in firsts: [UInt32]) -> Int? {
        var low = 0
        var high = firsts.count
        while low < high {
            let middle = (low + high) / 2
            if firsts[middle] < scalar { low = middle + 1 } else { high = middle }
        }
        return low < firsts.count && firsts[low] == scalar ? low : nil
    }
}

extension NormalizedText {
    /// The folded bytes that came from original bytes `range` (the inverse of `originalRange(of:)`).
    func foldedRange(ofOriginal range: Range<Int>) -> Range<Int> {
        func firstFolded(from offset: Int) -> Int {
            var low = 0
            var high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if Int(starts[middle]) < offset { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let lower = firstFolded(from: range.lowerBound)
        let upper = firstFolded(from: range.upperBound)
        return lower..<max(lower, upper)
    }
}

extension WordTokens {
    /// The index of the token holding folded byte `offset`, or the first token after it.
    func index(containing offset: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return min(low, max(count - 1, 0))
    }
}
