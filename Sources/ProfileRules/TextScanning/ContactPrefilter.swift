/// Finds the few sentences of a text worth the detectors' time, on the original bytes and before any normalising
/// (issue 16): most overview text holds no contact detail, and folding, tokenising and running seven detectors
/// over all of it cost ~550 instructions a byte.
///
/// A sentence is *hot* when it holds something a detector can start from: an `@`; a byte outside ASCII (other
/// scripts, look-alike and full-width letters, invisible characters); seven digits in one run of digit groups
/// (spelled digits count; a phone needs seven); a dot before a letter (`gmail.com`, `t.me`); a colon between a
/// letter and a non-space (`live:`, `https:`, `tel:`); a `%`-escape; a bracketed `at`/`dot`; a word mixing
/// letters with digits or `$|!` (`te1egram`, `$kype`); a word or Base64 run of 16 or more; five letter-spaced
/// pieces (`s k y p e`); a split name (`sk ype`); a trigger word (`TriggerTables`: the lexicon's anchors and
/// the words every phrase pattern needs); or a street or box word beside a digit. Each hot sentence is scanned
/// with the sentences before and after it, and windows closer than `joinDistance` bytes are scanned as one, so
/// every detector sees the context it reads (`ContactPrefilterDifferentialTests` checks the findings are the
/// same as a scan of the whole text).
enum ContactPrefilter {
    /// Off for now: on generated overviews 96% of the bytes are hot (pay words such as "milestones" and "invoice",
    /// pattern words such as "rate", "score", "hire"), so the pass (~80 instructions a byte) costs more than it
    /// skips (BENCHMARKS.md, "ToS prefilter"). `ContactScanner.scan(_:for:prefiltered:)` runs it on request.
    static let isOnByDefault = false

    /// `TriggerTables.flags` bits.
    enum Flag {
        /// Makes its sentence hot.
        static let strong: UInt8 = 1
        /// A proper prefix of a split name (`sk` of `skype`): joined with the next pieces and checked.
        static let keywordPrefix: UInt8 = 2
        /// A name people split (`skype`), for the joined pieces.
        static let splitKeyword: UInt8 = 4
        /// A spelled digit (`four`, `oh`), counted with the digits of its run.
        static let digit: UInt8 = 8
        /// `double`, `triple`: counted as three digits.
        static let repeater: UInt8 = 16
        /// A word that stands for `@` or `.` in brackets (`[at]`, `(dot)`).
        static let bracketed: UInt8 = 32
        /// A street, unit or box word: hot beside a digit (in its sentence or the next to it).
        static let address: UInt8 = 64
    }

    /// Windows this close (bytes) are scanned as one: the widest reach between two findings is the 80 bytes within
    /// which a contact detail silences an off-platform cue (`ContactScanner.merged`).
    static let joinDistance = 100
    /// Bytes of context each side of a hot sentence, at least: the reach of the detectors' looks across a sentence
    /// end (a mail cue 60 bytes before a spelled `at`, a scope word 15 bytes around a rail).
    static let context = 64

    /// The original byte ranges to scan, in order; `nil` when the whole text is worth scanning (or more than
    /// `wholeShare` of it is: scanning most of a text in pieces costs more than scanning it whole; the tests set
    /// it above 1 to put windows to the test on every text).
    static func windows(in text: String, wholeShare: Double = 0.75) -> [Range<Int>]? {
        var text = text
        return text.withUTF8 { windows(in: $0, wholeShare: wholeShare) }
    }

    static func windows(in bytes: UnsafeBufferPointer<UInt8>, wholeShare: Double) -> [Range<Int>]? {
        let count = bytes.count
        guard count > 0 else { return nil }
        var scanner = Scanner(bytes)
        scanner.run()
        let sentences = scanner.sentences
        // Hot sentences, and street words beside a digit.
        var hot = sentences.map { $0.flags & Sentence.hot != 0 }
        for index in sentences.indices where sentences[index].flags & Sentence.address != 0 {
            let near = max(0, index - 1)...min(sentences.count - 1, index + 1)
            if near.contains(where: { sentences[$0].flags & Sentence.digit != 0 }) { hot[index] = true }
        }
        var windows: [Range<Int>] = []
        var covered = 0
        func start(_ index: Int) -> Int { index < sentences.count ? Int(sentences[index].start) : count }
        for index in sentences.indices where hot[index] {
            // The sentence before and after, and at least `context` bytes each side.
            var lowerIndex = max(0, index - 1)
            while lowerIndex > 0, start(index) - start(lowerIndex) < context { lowerIndex -= 1 }
            var upperIndex = min(sentences.count, index + 2)
            while upperIndex < sentences.count, start(upperIndex) - start(index + 1) < context { upperIndex += 1 }
            let lower = start(lowerIndex)
            let upper = start(upperIndex)
            if let last = windows.last, lower - last.upperBound < joinDistance {
                covered += upper - last.upperBound
                windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, upper)
            } else {
                covered += upper - lower
                windows.append(lower..<upper)
            }
        }
        if Double(covered) >= Double(count) * wholeShare { return nil }
        return windows
    }

    /// The last four letters of each one-word street ending (three for `str` and `weg`), packed.
    static let streetEndings: [UInt32] = Array(
        Set(
            AddressWords.compoundStreetEndings.map { ending in
                ending.utf8.suffix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            }))

    struct Sentence {
        static let hot: UInt8 = 1
        static let digit: UInt8 = 2
        static let address: UInt8 = 4
        /// A word stands in it (sentences of bare punctuation or spaces are folded into the next one).
        static let content: UInt8 = 8
        var start: Int32
        var flags: UInt8
    }

    /// Byte classes of the original text.
    private enum Class {
        static let other: UInt8 = 0
        static let letter: UInt8 = 1
        static let digit: UInt8 = 2
        static let space: UInt8 = 3  // space and tab: a separator in a digit run
        static let separator: UInt8 = 4  // - ( ) / + , : a separator in a digit run
        static let newline: UInt8 = 5
        static let sentenceEnd: UInt8 = 6  // . ! ? ;
        static let special: UInt8 = 7  // @ : % [ { < " ' $ | = and bytes outside ASCII
    }

    private static let classes: [UInt8] = {
        var table = [UInt8](repeating: Class.other, count: 256)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = Class.letter }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = Class.letter }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = Class.digit }
        table[0x20] = Class.space
        table[0x09] = Class.space
        for byte in "-()/+,".utf8 { table[Int(byte)] = Class.separator }
        table[0x0A] = Class.newline
        table[0x0D] = Class.newline
        for byte in ".!?;".utf8 { table[Int(byte)] = Class.sentenceEnd }
        for byte in "@:%[{<\"'$|=".utf8 { table[Int(byte)] = Class.special }
        for byte in 0x80...0xFF { table[byte] = Class.special }
        return table
    }()

    /// One pass over the bytes: sentence starts and what each sentence holds.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let classes = ContactPrefilter.classes
        var sentences: [Sentence] = [Sentence(start: 0, flags: 0)]
        /// Digits in the current run of digit groups, and the separator bytes since its last group.
        var runDigits = 0
        var runGap = 0
        /// Letter-spaced pieces in a row, and where the last one stood.
        var pieces = 0
        var lastPiece = -2
        /// Length of the current run of Base64 characters.
        var base64Run = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        @inline(__always) func peek(_ at: Int) -> UInt8 { at >= 0 && at < bytes.count ? bytes[at] : 0 }
        @inline(__always) func isAlphanumeric(_ byte: UInt8) -> Bool {
            let kind = classes[Int(byte)]
            return kind == Class.letter || kind == Class.digit
        }
        @inline(__always) func isLetter(_ byte: UInt8) -> Bool { classes[Int(byte)] == Class.letter }

        @inline(__always) mutating func mark(_ flag: UInt8) { sentences[sentences.count - 1].flags |= flag }

        /// A sentence ends before `at`; one without a word or a flag runs on into the next.
        @inline(__always) mutating func endSentence(at: Int) {
            if sentences[sentences.count - 1].flags != 0 { sentences.append(Sentence(start: Int32(at), flags: 0)) }
        }

        @inline(__always) mutating func endRun() {
            runDigits = 0
            runGap = 0
        }

        @inline(__always) mutating func addDigits(_ digits: Int) {
            runDigits = runGap <= 4 ? runDigits + digits : digits
            runGap = 0
            if runDigits >= 7 { mark(Sentence.hot) }
        }

        /// A single-character piece at `at`: five in a row, one space apart, are a letter-spaced word.
        @inline(__always) mutating func piece(at: Int) {
            pieces = lastPiece == at - 2 && peek(at - 1) == 0x20 ? pieces + 1 : 1
            lastPiece = at
            if pieces >= 5 { mark(Sentence.hot) }
        }

        mutating func run() {
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                let kind = classes[Int(byte)]
                if kind == Class.letter || kind == Class.digit {
                    index = word(from: index)
                    continue
                }
                base64Run = byte == 0x2B || byte == 0x2F || byte == 0x3D ? base64Run + 1 : 0
                if base64Run >= 16 { mark(Sentence.hot) }
                switch kind {
                case Class.space:
                    if runDigits > 0 { runGap += 1 }
                case Class.separator:
                    if runDigits > 0 { runGap += 1 }
                    if byte == 0x2D, peek(index - 1) == 0x20 || index == 0, peek(index + 1) == 0x20 { piece(at: index) }
                case Class.newline:
                    endRun()
                    endSentence(at: index + 1)
                case Class.sentenceEnd:
                    let next = peek(index + 1)
                    if byte == 0x2E {
                        if runDigits > 0 { runGap += 1 } else { endRun() }
                        // A dot before a letter: a domain (a top-level domain starts with a letter).
                        if isAlphanumeric(peek(index - 1)), isLetter(next) { mark(Sentence.hot) }
                        if peek(index - 1) == 0x20 || index == 0, next == 0x20 { piece(at: index) }
                    } else {
                        endRun()
                        // `d!sc0rd`: a disguised letter inside a word.
                        if byte == 0x21, isAlphanumeric(peek(index - 1)), isAlphanumeric(next) { mark(Sentence.hot) }
                    }
                    if next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D || index + 1 == count {
                        endSentence(at: index + 1)
                    }
                case Class.special:
                    endRun()
                    special(byte, at: index)
                    if byte >= 0x80 {
                        while index + 1 < count, bytes[index + 1] >= 0x80 { index += 1 }
                    }
                default:
                    endRun()
                    if byte == 0x5F, peek(index - 1) == 0x20 || index == 0, peek(index + 1) == 0x20 { piece(at: index) }
                }
                index += 1
            }
        }

        mutating func special(_ byte: UInt8, at index: Int) {
            switch byte {
            case 0x40: mark(Sentence.hot)  // @
            case 0x3A:  // `live:x`, `https://`, `tel:+1…`
                let next = peek(index + 1)
                if isLetter(peek(index - 1)), next != 0, next != 0x20, next != 0x09, next != 0x0A, next != 0x0D {
                    mark(Sentence.hot)
                }
            case 0x25:  // `%40`
                if isHex(peek(index + 1)), isHex(peek(index + 2)) { mark(Sentence.hot) }
            case 0x24, 0x7C:  // `$kype`, `|inkedin`
                if isLetter(peek(index + 1)) || isLetter(peek(index - 1)) { mark(Sentence.hot) }
            case 0x5B, 0x7B, 0x3C, 0x22, 0x27:
                if bracketed(at: index) { mark(Sentence.hot) }
            default:
                if byte >= 0x80 { mark(Sentence.hot) }
            }
        }

        @inline(__always) func isHex(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66)
        }

        /// `[at]`, `{dot}`, `'at'`, `[.]`: a bracketed word for `@` or `.` (the normaliser's `bracketedSymbol`).
        func bracketed(at open: Int) -> Bool {
            var at = open + 1
            while peek(at) == 0x20 { at += 1 }
            let start = at
            while isAlphanumeric(peek(at)) { at += 1 }
            if at == start {
                return peek(at) == 0x40 || peek(at) == 0x2E
            }
            return flags(start..<at) & Flag.bracketed != 0
        }

        /// The word at `start`: its flags decide hot, a digit run, a split name; returns its end.
        mutating func word(from start: Int) -> Int {
            let count = bytes.count
            var end = start
            var letters = 0
            var digits = 0
            while end < count {
                let kind = classes[Int(bytes[end])]
                if kind == Class.letter {
                    letters += 1
                } else if kind == Class.digit {
                    digits += 1
                } else {
                    break
                }
                end += 1
            }
            let length = end - start
            base64Run += length
            if base64Run >= 16 { mark(Sentence.hot) }
            mark(digits > 0 ? Sentence.digit | Sentence.content : Sentence.content)
            if length == 1 { piece(at: start) }
            if letters > 0, digits > 0 {
                mark(Sentence.hot)  // `te1egram`, `4O8`, a wallet
                addDigits(digits)
                return end
            }
            if letters == 0 {
                addDigits(digits)
                return end
            }
            let wordFlags = flags(start..<end)
            if wordFlags & Flag.strong != 0 { mark(Sentence.hot) }
            if wordFlags & Flag.address != 0 || (length >= 4 && endsLikeStreet(end)) { mark(Sentence.address) }
            if wordFlags & Flag.digit != 0 {
                addDigits(1)
            } else if wordFlags & Flag.repeater != 0 {
                addDigits(3)
            } else {
                endRun()
            }
            if wordFlags & Flag.keywordPrefix != 0, splitName(from: start, end: end) { mark(Sentence.hot) }
            return end
        }

        /// Whether the word ending at `end` ends like a one-word street name (`Kalverstraat`, `Hauptstrasse`): its
        /// last three or four letters are those of an ending in `AddressWords.compoundStreetEndings`.
        @inline(__always) func endsLikeStreet(_ end: Int) -> Bool {
            var last: UInt32 = 0
            for at in end - 4..<end { last = last << 8 | UInt32(bytes[at] | 0x20) }
            return ContactPrefilter.streetEndings.contains(last)
                || ContactPrefilter.streetEndings.contains(last & 0xFF_FFFF)
        }

        /// `sk ype`, `what's app`, `pay.pal`: up to three pieces joined by ` .-_'` that spell a split name.
        func splitName(from start: Int, end: Int) -> Bool {
            var joined = Array(bytes[start..<end])
            var at = end
            for _ in 0..<2 {
                let separator = peek(at)
                guard
                    separator == 0x20 || separator == 0x2E || separator == 0x2D || separator == 0x5F
                        || separator == 0x27, isAlphanumeric(peek(at + 1))
                else { return false }
                var next = at + 1
                while isAlphanumeric(peek(next)) { next += 1 }
                joined += bytes[at + 1..<next]
                at = next
                guard joined.count <= 16 else { return false }
                let joinedFlags = joined.withUnsafeBufferPointer { Scanner.flags(of: $0, 0..<$0.count) }
                if joinedFlags & Flag.splitKeyword != 0 { return true }
                if joinedFlags & Flag.keywordPrefix == 0 { return false }
            }
            return false
        }

        @inline(__always) func flags(_ range: Range<Int>) -> UInt8 { Scanner.flags(of: bytes, range) }

        /// `TriggerTables` flags of the ASCII word `bytes[range]`, lowercased (0 for words over 16 bytes).
        @inline(__always)
        static func flags(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt8 {
            guard range.count <= 16 else { return 0 }
            // Letters and digits only: `| 0x20` lowercases a letter and leaves a digit as it is.
            var key = WordKey(bytes, range)
            key.low |= 0x2020_2020_2020_2020 & lowMask(range.count)
            key.high |= 0x2020_2020_2020_2020 & lowMask(range.count - 8)
            var slot = Int(truncatingIfNeeded: key.mixed >> TriggerTables.shift)
            while true {
                let length = Int(TriggerTables.length[slot])
                if length == 0 { return 0 }
                if length == key.length, TriggerTables.low[slot] == key.low, TriggerTables.high[slot] == key.high {
                    return TriggerTables.flags[slot]
                }
                slot = (slot + 1) & TriggerTables.mask
            }
        }

        /// A mask of the low `bytes` bytes (0 for none, all for eight or more).
        @inline(__always) static func lowMask(_ bytes: Int) -> UInt64 {
            bytes <= 0 ? 0 : bytes >= 8 ? ~0 : (1 << UInt64(bytes * 8)) - 1
        }
    }
}

extension ContactPrefilter {
    /// The matches of `windows` of `text`, each scanned as a text of its own, with ranges in `text`.
    static func scan(_ text: String, windows: [Range<Int>], for kinds: ContactMatch.Kinds) -> [ContactMatch] {
        guard !windows.isEmpty else { return [] }
        let utf8 = Array(text.utf8)
        var found: [ContactMatch] = []
        for window in windows {
            let piece = String(decoding: utf8[window], as: UTF8.self)
            for var match in ContactScanner.scan(NormalizedText(piece), for: kinds) {
                match.range = match.range.lowerBound + window.lowerBound..<match.range.upperBound + window.lowerBound
                found.append(match)
            }
        }
        return found
    }
}
