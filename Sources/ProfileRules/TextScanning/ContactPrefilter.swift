/// Finds the few sentences of a text worth the detectors' time, on the original bytes and before any normalising
/// (issue 16): most overview text holds no contact detail, and folding, tokenising and running seven detectors
/// over all of it cost ~550 instructions a byte.
///
/// A sentence is *hot* when it holds something a detector can start from: an `@`; a byte outside ASCII (other
/// scripts, look-alike and full-width letters, invisible characters); seven digits in one run of digit groups
/// (spelled digits count; a phone needs seven); a dot between a letter or digit and a top-level domain
/// (`gmail.com`, `t.me`); a colon between a letter and a non-space (`live:`, `https:`, `tel:`); a `%`-escape; a
/// bracketed `at`/`dot`; a word mixing letters with digits or `$|!` (`te1egram`, `$kype`); a word or Base64 run of
/// 16 or more; five letter-spaced pieces (`s k y p e`); a split name (`sk ype`); a street or box word beside a
/// digit; or words whose atoms meet a rule of `TriggerTables` (a strong name alone; a pay word with an outside or
/// direct word; every required element of a phrase pattern: `TriggerTablesGenerator` derives them from the lexicon
/// and the patterns). Each hot sentence is scanned with the sentences before and after it, and windows closer than
/// `joinDistance` bytes are scanned as one, so every detector sees the context it reads
/// (`ContactPrefilterDifferentialTests` checks the findings are the same as a scan of the whole text).
enum ContactPrefilter {
    /// On: on generated overviews the detectors see a few percent of the bytes (BENCHMARKS.md, "ToS prefilter").
    /// `ContactScanner.scan(_:for:prefiltered:)` runs either way.
    static let isOnByDefault = true
    /// The key of "me", built once (a `WordKey` from a string allocates).
    static let meKey = WordKey("me").low

    /// `TriggerTables.flags` bits: the prefilter's own readings of a word.
    enum Flag {
        /// A proper prefix of a split name (`sk` of `skype`): joined with the next pieces and checked.
        static let keywordPrefix: UInt8 = 1
        /// A name people split (`skype`), for the joined pieces.
        static let splitKeyword: UInt8 = 2
        /// A spelled digit (`four`, `oh`), counted with the digits of its run.
        static let digit: UInt8 = 4
        /// `double`, `triple`: counted as three digits.
        static let repeater: UInt8 = 8
        /// A word that stands for `@` or `.` in brackets (`[at]`, `(dot)`).
        static let bracketed: UInt8 = 16
        /// A street, unit or box word: hot beside a digit (in its sentence or the next to it).
        static let address: UInt8 = 32
        /// A top-level domain: hot after a dot that follows a letter or digit (`acme.com`).
        static let topLevelDomain: UInt8 = 64
        /// The last word of a pair or a triple in `TriggerTables.pairKeys`: the words before it are looked up.
        static let pairEnd: UInt8 = 128
    }

    /// What a word or a pair of words contributes to its sentence (`TriggerTables.atoms`), and what the rules read:
    /// 128 bits, so that every phrase-pattern element has one of its own.
    enum Atom {
        // Lexicon classes (`CueClass`) read by `CueDetector`'s rules. `…Again` follows its class: a second one.
        static let rail: UInt128 = 1 << 0
        static let railAgain: UInt128 = 1 << 1
        static let wordlike: UInt128 = 1 << 2
        static let wordlikeAgain: UInt128 = 1 << 3
        static let review: UInt128 = 1 << 4
        static let reviewAgain: UInt128 = 1 << 5
        static let social: UInt128 = 1 << 6
        static let contactNoun: UInt128 = 1 << 7
        static let outside: UInt128 = 1 << 8
        static let fee: UInt128 = 1 << 9
        static let pay: UInt128 = 1 << 10
        static let away: UInt128 = 1 << 11
        static let talk: UInt128 = 1 << 12
        static let accept: UInt128 = 1 << 13
        static let direct: UInt128 = 1 << 14
        static let avoid: UInt128 = 1 << 15
        static let exchange: UInt128 = 1 << 16
        static let reward: UInt128 = 1 << 17
        static let token: UInt128 = 1 << 18
        static let deliver: UInt128 = 1 << 19
        static let condition: UInt128 = 1 << 20
        static let platform: UInt128 = 1 << 21
        static let inside: UInt128 = 1 << 22
        static let yours: UInt128 = 1 << 23
        static let mine: UInt128 = 1 << 24
        static let ask: UInt128 = 1 << 25
        static let verbFinal: UInt128 = 1 << 26
        // Set by the pass itself.
        /// A word of digits only.
        static let digitWord: UInt128 = 1 << 27
        /// A `$` (a small sum before a review: `CueDetector`'s `smallSum`).
        static let dollar: UInt128 = 1 << 28
        /// A `:` (a rail or channel as a label: `PayPal: …`, `Teams: …`).
        static let colon: UInt128 = 1 << 29
        /// The word `me` (`PayPal me`, `LINE me`).
        static let me: UInt128 = 1 << 30
        /// A platform or inside word just after an away word ("off this website", "not through Upwork"):
        /// `CueDetector.placeAfter` joins the two to an outside cue when at most 24 bytes of words lie between
        /// (here: the word ends within 64 bytes of the away word's end).
        static let awayPlatform: UInt128 = 1 << 31
        /// The first atom of the phrase patterns' elements (one each, given out by the generator up to
        /// `spelledDomain`).
        static let firstElement: UInt128 = 1 << 32
        /// A spelled dot or top-level domain, or `www` (`ana at gmail dot com`, `acme site`): hot alone, but only for
        /// e-mail and links (the commonest of them, `com`, `app`, `site`, `online`, fill real overviews).
        static let spelledDomain: UInt128 = 1 << 125
        /// Hot alone.
        static let strong: UInt128 = 1 << 126
        /// In every sentence: a rule's unused slot.
        static let always: UInt128 = 1 << 127
    }

    /// Slots of a rule in `TriggerTables.rules`.
    static let ruleSlots = 4

    /// The key of two words in a row (`WordKey.mixed` of each; for three, the first is the key of the first two),
    /// for `TriggerTables.pairKeys`.
    @inline(__always) static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        ((first &* 0xD6E8_FEB8_6659_FD93) ^ second) | 1
    }

    /// Windows this close (bytes) are scanned as one: the widest reach between two findings is the 80 bytes within
    /// which a contact detail silences an off-platform cue (`ContactScanner.merged`).
    static let joinDistance = 100
    /// Bytes of context each side of a hot sentence, at least: the reach of the detectors' looks across a sentence
    /// end (a mail cue 60 bytes before a spelled `at`, a scope word 15 bytes around a rail).
    static let context = 64

    /// Why a sentence is hot (`Sentence.reason`), for the report in `hotReport` (the bench and BENCHMARKS.md).
    enum Reason: UInt8, CaseIterable, Sendable {
        case none, at, nonASCII, digits, domain, colon, escape, bracketed, mixedWord, longRun, spaced, splitName,
            address, rule

        /// The kinds a detector can find from what makes a sentence hot for this reason: a scan for other kinds
        /// leaves the sentence cold (`ContactPrefilterDifferentialTests` checks every kind alone). Other scripts,
        /// disguised and letter-spaced words can be any cue word; a street word beside a digit only an address;
        /// links, labels, escapes and long runs are contact details (a wallet is a word of letters and digits:
        /// `mixedWord`).
        var kinds: ContactMatch.Kinds {
            let details: ContactMatch.Kinds = [.email, .phone, .link, .handle]
            switch self {
            case .none: return []
            case .nonASCII, .mixedWord, .spaced: return .all
            case .at: return details.union([.payment, .offPlatform])
            case .digits: return [.phone, .address]
            case .domain, .colon, .escape, .bracketed, .longRun: return details
            case .splitName: return details.union(.payment)
            case .address: return .address
            // A rule's own kinds (`TriggerTables.ruleKinds`).
            case .rule: return .all
            }
        }
    }

    /// The kinds of a strong name's matches (the first rule of `TriggerTables`): messengers and services, mail
    /// providers, spelled dots and top-level domains, `www`. A rail or a channel is a payment or an off-platform
    /// match only with the context words of its own rule.
    static let strongKinds: ContactMatch.Kinds = [.email, .link, .handle]

    /// The original byte ranges to scan, in order; `nil` when the whole text is worth scanning (or more than
    /// `wholeShare` of it is: scanning most of a text in pieces costs more than scanning it whole; the tests set
    /// it above 1 to put windows to the test on every text).
    /// Only the sentences hot for one of `kinds` are scanned.
    static func windows(
        in text: String, for kinds: ContactMatch.Kinds = .all, wholeShare: Double = 0.75
    ) -> [Range<Int>]? {
        var text = text
        return text.withUTF8 { bytes in
            sentences(in: bytes, for: kinds, wholeShare: wholeShare).flatMap {
                windows(of: $0, count: bytes.count, wholeShare: wholeShare)
            }
        }
    }

    /// The sentences of `bytes` with what makes each hot for one of `kinds`; `nil` as soon as hot sentences hold
    /// `wholeShare` of the bytes (the windows around them would hold more: the text is scanned whole, and the rest
    /// of this pass would be wasted).
    static func sentences(
        in bytes: UnsafeBufferPointer<UInt8>, for kinds: ContactMatch.Kinds = .all, wholeShare: Double = .infinity
    ) -> [Sentence]? {
        guard !bytes.isEmpty else { return [] }
        return classes.withUnsafeBufferPointer { classes in
            var scanner = Scanner(bytes, classes: classes, kinds: kinds)
            scanner.hotLimit = Double(bytes.count) * wholeShare
            scanner.run()
            return scanner.abandoned ? nil : scanner.sentences
        }
    }

    static func windows(of sentences: [Sentence], count: Int, wholeShare: Double) -> [Range<Int>]? {
        guard count > 0 else { return nil }
        var windows: [Range<Int>] = []
        var covered = 0
        func start(_ index: Int) -> Int { index < sentences.count ? Int(sentences[index].start) : count }
        for index in sentences.indices where sentences[index].reason != .none {
            // The sentence before and after, and at least `context` bytes each side.
            var lowerIndex = max(0, index - 1)
            while lowerIndex > 0, start(index) - start(lowerIndex) < context { lowerIndex -= 1 }
            var upperIndex = min(sentences.count, index + 2)
            while upperIndex < sentences.count, start(upperIndex) - start(index + 1) < context { upperIndex += 1 }
            let lower = start(lowerIndex)
            let upper = start(upperIndex)
            if let last = windows.last, lower - last.upperBound < joinDistance {
                covered += max(0, upper - last.upperBound)
                windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, upper)
            } else {
                covered += upper - lower
                windows.append(lower..<upper)
            }
        }
        if Double(covered) >= Double(count) * wholeShare { return nil }
        return windows
    }

    /// Hot sentences and the window bytes each reason brings (a window's bytes go to the reasons of the hot
    /// sentences in it, shared evenly), and which rule made how many sentences hot: what the corpus heats on.
    static func hotReport(_ text: String) -> (reasons: [String: (sentences: Int, bytes: Int)], rules: [Int: Int]) {
        var text = text
        return text.withUTF8 { bytes in
            let sentences = sentences(in: bytes) ?? []
            var reasons: [String: (sentences: Int, bytes: Int)] = [:]
            var rules: [Int: Int] = [:]
            let hot = sentences.filter { $0.reason != .none }
            for sentence in hot {
                reasons["\(sentence.reason)", default: (0, 0)].sentences += 1
                if sentence.reason == .rule { rules[Int(sentence.rule), default: 0] += 1 }
            }
            guard let windows = windows(of: sentences, count: bytes.count, wholeShare: 2) else {
                return (reasons, rules)
            }
            for window in windows {
                let inside = hot.filter { window.contains(Int($0.start)) }
                for sentence in inside {
                    reasons["\(sentence.reason)", default: (0, 0)].bytes += window.count / inside.count
                }
            }
            return (reasons, rules)
        }
    }

    /// The last four letters of each one-word street ending (three for `str` and `weg`), packed.
    static let streetEndings: [UInt32] = Array(
        Set(
            AddressWords.compoundStreetEndings.map { ending in
                ending.utf8.suffix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            }))

    /// A bit (0..<64) for a packed street ending, and the bits of all of them (`Scanner.endsLikeStreet`).
    @inline(__always) static func filterBit(_ ending: UInt32) -> UInt32 { (ending &* 0x9E37_79B1) >> 26 }
    static let streetEndingFilter: UInt64 = streetEndings.reduce(0) { $0 | 1 << UInt64(filterBit($1)) }

    struct Sentence {
        var start: Int32
        var reason: Reason
        /// The rule that made it hot (`TriggerTables.rules`, by number) when `reason` is `.rule`.
        var rule: Int16 = -1
    }

    /// Byte classes of the original text.
    fileprivate enum Class {
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
        table[Int(Byte.space)] = Class.space
        table[Int(Byte.tab)] = Class.space
        for byte in "-()/+,".utf8 { table[Int(byte)] = Class.separator }
        table[Int(Byte.lineFeed)] = Class.newline
        table[Int(Byte.carriageReturn)] = Class.newline
        for byte in ".!?;".utf8 { table[Int(byte)] = Class.sentenceEnd }
        for byte in "@:%[{<\"'$|=".utf8 { table[Int(byte)] = Class.special }
        for byte in Int(Byte.firstNonASCII)...Int(UInt8.max) { table[byte] = Class.special }
        return table
    }()
}

extension ContactPrefilter {
    /// One pass over the bytes: sentence starts and why each is hot. Through raw buffers and local copies of the
    /// tables: this loop sees every byte of every text. Its helpers are `mutating` even where they only read: a
    /// call then passes the scanner by reference, where a non-mutating one that was not inlined copied all of it.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let classes: UnsafeBufferPointer<UInt8>
        let low = TriggerTables.low
        let high = TriggerTables.high
        let length = TriggerTables.length
        let flags = TriggerTables.flags
        let atoms = TriggerTables.atoms
        let pairKeys = TriggerTables.pairKeys
        let pairAtoms = TriggerTables.pairAtoms
        let rules = TriggerTables.rules
        let streetEndings = ContactPrefilter.streetEndings
        let streetEndingFilter = ContactPrefilter.streetEndingFilter
        // Constants read per word, held here: a static `UInt128` is a lazy global, checked at every read.
        let shift = TriggerTables.shift
        let slotMask = TriggerTables.mask
        let pairShift = TriggerTables.pairShift
        let pairMask = TriggerTables.pairMask
        let repeatable = Atom.rail | Atom.wordlike | Atom.review
        let away = Atom.away
        let platform = Atom.platform | Atom.inside
        let awayPlatform = Atom.awayPlatform
        let strong = Atom.strong
        let always = Atom.always
        let digitWord = Atom.digitWord
        let me = Atom.me
        let meKey = ContactPrefilter.meKey
        /// The atoms any rule's first slot needs: a sentence with none of them meets no rule.
        let firstSlots: UInt128
        /// The kinds scanned for, the reasons (bits by `Reason.rawValue`) that make a sentence hot for them, and
        /// whether a strong name does.
        let kinds: UInt16
        let hotReasons: UInt32
        let strongIsHot: Bool
        let ruleKinds = TriggerTables.ruleKinds
        var sentences: [Sentence] = []
        /// Bytes of the hot sentences so far, and how many make the text worth scanning whole (`abandoned`).
        var hotBytes = 0
        var hotLimit = Double.infinity
        var abandoned = false

        // The sentence being read.
        var start = 0
        var mask: UInt128 = 0
        var reason = Reason.none
        var rule: Int16 = -1
        var hasContent = false
        var hasDigit = false
        var hasAddress = false
        // The sentence before it, for street words beside a digit.
        var previousDigit = false
        var previousAddressCold = false

        /// Digits in the current run of digit groups, and the separator bytes since its last group.
        var runDigits = 0
        var runGap = 0
        /// Letter-spaced pieces in a row, and where the last one stood.
        var pieces = 0
        var lastPiece = -2
        /// Length of the current run of Base64 characters.
        var base64Run = 0
        /// `WordKey.mixed` of the previous word (0: none), the pair key of the two before, where a dot after a letter
        /// or digit stands, and where the last away word ended.
        var previousWord: UInt64 = 0
        var previousPair: UInt64 = 0
        var dot = -2
        var awayEnd = Int.min / 2

        init(_ bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>, kinds: ContactMatch.Kinds) {
            self.bytes = bytes
            self.classes = classes
            self.kinds = kinds.rawValue
            hotReasons = Reason.allCases.reduce(0) { $1.kinds.isDisjoint(with: kinds) ? $0 : $0 | 1 << $1.rawValue }
            strongIsHot = !ContactPrefilter.strongKinds.isDisjoint(with: kinds)
            var firstSlots: UInt128 = 0
            let rules = TriggerTables.rules
            for slot in stride(from: 0, to: rules.count, by: ContactPrefilter.ruleSlots)
            where TriggerTables.ruleKinds[slot / ContactPrefilter.ruleSlots] & kinds.rawValue != 0 {
                firstSlots |= rules[slot]
            }
            self.firstSlots = firstSlots & ~Atom.always
            mask = Atom.always
        }

        @inline(__always) func peek(_ at: Int) -> UInt8 { at >= 0 && at < bytes.count ? bytes[at] : 0 }
        @inline(__always) func isAlphanumeric(_ byte: UInt8) -> Bool {
            let kind = classes[Int(byte)]
            return kind == Class.letter || kind == Class.digit
        }
        @inline(__always) func isLetter(_ byte: UInt8) -> Bool { classes[Int(byte)] == Class.letter }

        @inline(__always) mutating func hot(_ why: Reason) {
            if reason == .none, hotReasons & 1 << why.rawValue != 0 { reason = why }
        }

        /// A sentence ends before `at`; one without a word or a reason runs on into the next.
        @inline(__always) mutating func endSentence(at: Int) {
            guard hasContent || reason != .none else { return }
            closeSentence(end: at)
            start = at
        }

        /// Counts `bytes` more of hot sentences.
        mutating func addHot(_ bytes: Int) {
            hotBytes += bytes
            if Double(hotBytes) >= hotLimit { abandoned = true }
        }

        mutating func closeSentence(end: Int) {
            if reason == .none, mask & firstSlots != 0 {
                var slot = 0
                while slot < rules.count {
                    if mask & rules[slot] != 0, mask & rules[slot + 1] != 0, mask & rules[slot + 2] != 0,
                        mask & rules[slot + 3] != 0, ruleKinds[slot / ContactPrefilter.ruleSlots] & kinds != 0
                    {
                        reason = .rule
                        rule = Int16(slot / ContactPrefilter.ruleSlots)
                        break
                    }
                    slot += ContactPrefilter.ruleSlots
                }
            }
            // Street words beside a digit, in the sentence or a neighbour.
            if hasAddress, hasDigit || previousDigit { hot(.address) }
            if hasDigit, previousAddressCold, hotReasons & 1 << Reason.address.rawValue != 0 {
                sentences[sentences.count - 1].reason = .address
                addHot(start - Int(sentences[sentences.count - 1].start))
            }
            if reason != .none { addHot(end - start) }
            previousAddressCold = hasAddress && reason == .none
            previousDigit = hasDigit
            sentences.append(Sentence(start: Int32(start), reason: reason, rule: rule))
            mask = always
            reason = .none
            rule = -1
            hasContent = false
            hasDigit = false
            hasAddress = false
        }

        @inline(__always) mutating func endRun() {
            runDigits = 0
            runGap = 0
        }

        @inline(__always) mutating func addDigits(_ digits: Int) {
            runDigits = runGap <= 4 ? runDigits + digits : digits
            runGap = 0
            if runDigits >= 7 { hot(.digits) }
        }

        /// A single-character piece at `at`: five in a row, one space or dot apart, are a spelled word (`w.h.a.t.s`).
        @inline(__always) mutating func piece(at: Int) {
            let separator = peek(at - 1)
            pieces = lastPiece == at - 2 && (separator == Byte.space || separator == Byte.dot) ? pieces + 1 : 1
            lastPiece = at
            if pieces >= 5 { hot(.spaced) }
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
                if byte == Byte.space {
                    // The commonest byte: a separator in a digit run, and the end of a Base64 run.
                    if runDigits > 0 { runGap += 1 }
                    base64Run = 0
                    index += 1
                    continue
                }
                base64Run = byte == Byte.plus || byte == Byte.slash || byte == Byte.equals ? base64Run + 1 : 0
                if base64Run >= 16 { hot(.longRun) }
                switch kind {
                case Class.space:
                    if runDigits > 0 { runGap += 1 }
                case Class.separator:
                    if runDigits > 0 { runGap += 1 }
                    if byte == Byte.hyphen, peek(index - 1) == Byte.space || index == 0, peek(index + 1) == Byte.space {
                        piece(at: index)
                    }
                case Class.newline:
                    endRun()
                    endSentence(at: index + 1)
                    if abandoned { return }
                case Class.sentenceEnd:
                    let next = peek(index + 1)
                    if byte == Byte.dot {
                        if runDigits > 0 { runGap += 1 } else { endRun() }
                        // A dot before a letter: a domain when the label after it is a top-level domain.
                        if isAlphanumeric(peek(index - 1)), isLetter(next) { dot = index }
                        if peek(index - 1) == Byte.space || index == 0, next == Byte.space { piece(at: index) }
                    } else {
                        endRun()
                        // `d!sc0rd`: a disguised letter inside a word.
                        if byte == Byte.exclamationMark, isAlphanumeric(peek(index - 1)), isAlphanumeric(next) {
                            hot(.mixedWord)
                        }
                    }
                    if next == Byte.space || next == Byte.tab || next == Byte.lineFeed || next == Byte.carriageReturn
                        || index + 1 == count
                    {
                        endSentence(at: index + 1)
                        if abandoned { return }
                    }
                case Class.special:
                    endRun()
                    special(byte, at: index)
                    if byte >= Byte.firstNonASCII {
                        while index + 1 < count, bytes[index + 1] >= Byte.firstNonASCII { index += 1 }
                    }
                default:
                    endRun()
                    if byte == Byte.underscore, peek(index - 1) == Byte.space || index == 0,
                        peek(index + 1) == Byte.space
                    {
                        piece(at: index)
                    }
                }
                index += 1
            }
            if hasContent || reason != .none || sentences.isEmpty { closeSentence(end: count) }
        }

        mutating func special(_ byte: UInt8, at index: Int) {
            switch byte {
            case Byte.at: hot(.at)
            case Byte.colon:  // `live:x`, `https://`, `tel:+1…`
                mask |= Atom.colon
                let next = peek(index + 1)
                if isLetter(peek(index - 1)), next != Byte.null, next != Byte.space, next != Byte.tab,
                    next != Byte.lineFeed, next != Byte.carriageReturn
                {
                    hot(.colon)
                }
            case Byte.percentSign:  // `%40`
                if isHex(peek(index + 1)), isHex(peek(index + 2)) { hot(.escape) }
            case Byte.dollarSign, Byte.verticalBar:  // `$kype`, `|inkedin`; `$5` before a review
                if byte == Byte.dollarSign { mask |= Atom.dollar }
                if isLetter(peek(index + 1)) || isLetter(peek(index - 1)) { hot(.mixedWord) }
            case Byte.openBracket, Byte.openBrace, Byte.lessThan, Byte.quotationMark, Byte.apostrophe:
                if bracketed(at: index) { hot(.bracketed) }
            default:
                if byte >= Byte.firstNonASCII { hot(.nonASCII) }
            }
        }

        @inline(__always) func isHex(_ byte: UInt8) -> Bool {
            (byte >= Byte.zero && byte <= Byte.nine)
                || (byte | Byte.asciiCaseBit >= Byte.lowerA && byte | Byte.asciiCaseBit <= Byte.lowerF)
        }

        /// `[at]`, `{dot}`, `'at'`, `[.]`: a bracketed word for `@` or `.` (the normaliser's `bracketedSymbol`).
        mutating func bracketed(at open: Int) -> Bool {
            var at = open + 1
            while peek(at) == Byte.space { at += 1 }
            let start = at
            while isAlphanumeric(peek(at)) { at += 1 }
            if at == start {
                return peek(at) == Byte.at || peek(at) == Byte.dot
            }
            let slot = slot(of: key(start, at - start))
            return slot >= 0 && flags[slot] & Flag.bracketed != 0
        }

        /// The word at `start`: its table entry decides its atoms, a digit run, a split name; returns its end.
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
            if base64Run >= 16 { hot(.longRun) }
            hasContent = true
            if digits > 0 { hasDigit = true }
            if length == 1 { piece(at: start) }
            if letters > 0, digits > 0 {
                hot(.mixedWord)  // `te1egram`, `4O8`, a wallet
                addDigits(digits)
                previousWord = 0
                previousPair = 0
                return end
            }
            let wordKey = key(start, length)
            let mixed = wordKey.mixed
            let slot = slot(of: wordKey)
            let wordFlags = slot >= 0 ? flags[slot] : 0
            let pair = previousWord == 0 ? 0 : ContactPrefilter.pairKey(previousWord, mixed)
            if slot >= 0 {
                var wordAtoms = atoms[slot]
                if wordFlags & Flag.pairEnd != 0, pair != 0 {
                    wordAtoms |= pairAtoms(pair)
                    if previousPair != 0 { wordAtoms |= pairAtoms(ContactPrefilter.pairKey(previousPair, mixed)) }
                }
                if wordAtoms != 0 {
                    if wordAtoms & strong != 0, reason == .none, strongIsHot {
                        reason = .rule
                        rule = 0
                    }
                    if wordAtoms & away != 0 { awayEnd = end }
                    if wordAtoms & platform != 0, end - awayEnd <= 64 { wordAtoms |= awayPlatform }
                    // A second rail, word-like channel or review word in the sentence.
                    mask |= (wordAtoms & mask & repeatable) << 1 | wordAtoms
                }
                if wordFlags & Flag.topLevelDomain != 0, dot == start - 1 { hot(.domain) }
            }
            previousPair = pair
            previousWord = mixed
            if letters == 0 {
                mask |= digitWord
                // A group `PhoneDetector` never starts a number at, at the start of a run: the run is counted from
                // the group after it (`INV-2006-7658`, `order #50114686`: most digit runs of generated overviews). The
                // count matters only to a scan for phones or addresses.
                if runDigits == 0, hotReasons & 1 << Reason.digits.rawValue != 0, startsNoPhone(at: start) {
                    endRun()
                } else {
                    addDigits(digits)
                }
                return end
            }
            if wordFlags & Flag.address != 0 || (length >= 4 && endsLikeStreet(end)) { hasAddress = true }
            if wordFlags & Flag.digit != 0 {
                // The normaliser writes a spelled digit as the digit ("five stars" → "5 stars").
                mask |= digitWord
                addDigits(1)
            } else if wordFlags & Flag.repeater != 0 {
                addDigits(3)
            } else {
                endRun()
            }
            if wordFlags & Flag.keywordPrefix != 0, splitName(from: start, end: end) { hot(.splitName) }
            if length == 2, wordKey.low == meKey { mask |= me }
            return end
        }

        /// Whether `PhoneDetector` passes over the digit group at `start` without starting a number there: a group
        /// glued by a hyphen to a word that is not a contact label (`INV-2006`; `tel-555…` is labelled), or one after
        /// `#` whose nearest word before is not a contact word (`order #5011…`, not `Mobile #0300…`: the detector's
        /// `isOtherNumber`; a candidate it splits still starts at this group). Only on plain ASCII around it, where
        /// the original bytes are the normalised ones: anything else keeps the group counted.
        mutating func startsNoPhone(at start: Int) -> Bool {
            let before = peek(start - 1)
            if before == Byte.hyphen {
                let glued = peek(start - 2)
                if classes[Int(glued)] == Class.digit { return true }
                guard classes[Int(glued)] == Class.letter else { return false }
                var wordStart = start - 2
                while wordStart > 0, classes[Int(bytes[wordStart - 1])] == Class.letter { wordStart -= 1 }
                return isPlainWord(from: wordStart, to: start - 1, letters: true)
            }
            var at = start - 1
            while peek(at) == Byte.space { at -= 1 }
            guard peek(at) == Byte.numberSign else { return false }
            // The nearest word before, within the line (`PhoneDetector.Context.words(in:before:count:)`).
            while at > 0 {
                let byte = bytes[at - 1]
                if byte >= Byte.firstNonASCII { return false }
                if byte == Byte.lineFeed { return true }
                if isAlphanumeric(byte) { break }
                at -= 1
            }
            guard at > 0 else { return true }
            let wordEnd = at
            while at > 0, isAlphanumeric(bytes[at - 1]) { at -= 1 }
            return isPlainWord(from: at, to: wordEnd, letters: false)
        }

        /// Whether `bytes[from..<to]` is a word of ASCII letters (or of digits too, unless `letters`) with no
        /// non-ASCII byte before it, of at most 16 bytes and not a `PhoneWords.contactCues` word: one the
        /// normaliser leaves as it is and the phone detector reads as no contact word.
        mutating func isPlainWord(from: Int, to: Int, letters: Bool) -> Bool {
            guard to - from <= 16, peek(from - 1) < Byte.firstNonASCII else { return false }
            var hasLetter = false
            var hasDigit = false
            for at in from..<to {
                if classes[Int(bytes[at])] == Class.letter { hasLetter = true } else { hasDigit = true }
            }
            if hasDigit { return !letters && !hasLetter }
            return !PhoneWords.contactCues.contains(key(from, to - from))
        }

        /// The atoms of a pair of words (0 for most pairs).
        @inline(__always) mutating func pairAtoms(_ key: UInt64) -> UInt128 {
            var slot = Int(truncatingIfNeeded: key >> pairShift)
            while true {
                let atoms = pairAtoms[slot]
                if atoms == 0 { return 0 }
                if pairKeys[slot] == key { return atoms }
                slot = (slot + 1) & pairMask
            }
        }

        /// Whether the word ending at `end` ends like a one-word street name (`Kalverstraat`, `Hauptstrasse`): its
        /// last three or four letters are those of an ending in `AddressWords.compoundStreetEndings`.
        @inline(__always) mutating func endsLikeStreet(_ end: Int) -> Bool {
            var last: UInt32 = 0
            for at in end - 4..<end { last = last << 8 | UInt32(bytes[at] | Byte.asciiCaseBit) }
            // Most words end like no street: a bit per hashed ending says so before the list is read.
            let three = last & 0xFF_FFFF
            guard
                streetEndingFilter & (1 << UInt64(ContactPrefilter.filterBit(last))) != 0
                    || streetEndingFilter & (1 << UInt64(ContactPrefilter.filterBit(three))) != 0
            else { return false }
            return streetEndings.contains(last) || streetEndings.contains(three)
        }

        /// `sk ype`, `what's app`, `pay.pal`: up to three pieces joined by ` .-_'` that spell a split name.
        mutating func splitName(from start: Int, end: Int) -> Bool {
            var joined = key(start, end - start)
            var at = end
            for _ in 0..<2 {
                let separator = peek(at)
                guard
                    separator == Byte.space || separator == Byte.dot || separator == Byte.hyphen
                        || separator == Byte.underscore
                        || separator == Byte.apostrophe, isAlphanumeric(peek(at + 1))
                else { return false }
                var next = at + 1
                while isAlphanumeric(peek(next)) { next += 1 }
                guard joined.length + next - at - 1 <= 16 else { return false }
                for index in at + 1..<next {
                    let byte = UInt64(bytes[index] | Byte.asciiCaseBit)
                    if joined.length < 8 {
                        joined.low |= byte << UInt64(joined.length * 8)
                    } else {
                        joined.high |= byte << UInt64((joined.length - 8) * 8)
                    }
                    joined.length += 1
                }
                at = next
                let found = slot(of: joined)
                let joinedFlags = found >= 0 ? flags[found] : 0
                if joinedFlags & Flag.splitKeyword != 0 { return true }
                if joinedFlags & Flag.keywordPrefix == 0 { return false }
            }
            return false
        }

        /// The lowercased key of the ASCII word of `length` bytes at `start` (letters and digits only: `| 0x20`
        /// lowercases a letter and leaves a digit as it is): whole 8-byte loads where the buffer allows.
        @inline(__always) mutating func key(_ start: Int, _ length: Int) -> WordKey {
            var key = WordKey()
            key.length = length
            let base = bytes.baseAddress!
            if start + 16 <= bytes.count {
                let first = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
                key.low = (first | 0x2020_2020_2020_2020) & Self.lowMask(length)
                if length > 8 {
                    let second = UInt64(littleEndian: UnsafeRawPointer(base + start + 8).loadUnaligned(as: UInt64.self))
                    key.high = (second | 0x2020_2020_2020_2020) & Self.lowMask(length - 8)
                }
                return key
            }
            for offset in 0..<min(length, 16) {
                let byte = UInt64(base[start + offset] | Byte.asciiCaseBit)
                if offset < 8 {
                    key.low |= byte << UInt64(offset * 8)
                } else {
                    key.high |= byte << UInt64((offset - 8) * 8)
                }
            }
            return key
        }

        /// The `TriggerTables` slot of `key`, -1 when absent (and for words over 16 bytes).
        @inline(__always) mutating func slot(of key: WordKey) -> Int {
            guard key.length <= 16 else { return -1 }
            var slot = Int(truncatingIfNeeded: key.mixed >> shift)
            while true {
                let length = Int(length[slot])
                if length == 0 { return -1 }
                if length == key.length, low[slot] == key.low, high[slot] == key.high { return slot }
                slot = (slot + 1) & slotMask
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
        var text = text
        var found: [ContactMatch] = []
        // Each window decoded straight from the text's own bytes (a copy of the whole text per call cost more
        // than the cold texts' scan).
        text.withUTF8 { utf8 in
            for window in windows {
                let piece = String(decoding: UnsafeBufferPointer(rebasing: utf8[window]), as: UTF8.self)
                for var match in ContactScanner.scan(NormalizedText(piece), for: kinds) {
                    match.range =
                        match.range.lowerBound + window.lowerBound..<match.range.upperBound + window.lowerBound
                    found.append(match)
                }
            }
        }
        return found
    }
}
