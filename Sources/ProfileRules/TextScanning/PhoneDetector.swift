/// Finds phone numbers by their shape, not by a numbering plan: offering a number breaks the rules whether or not
/// it is valid (people write 555 and reserved-range numbers too), so validity is never checked.
///
/// A candidate is a run of digit groups joined by spaces, `-`, `.`, `/` and brackets (spelled digits arrive
/// here as digits, from `TextNormalizer`). Dates, years, versions, IP addresses, ranges, decimals, thousands,
/// ISBNs, SSNs, prices, percentages and quantities are ruled out by shape and by the words around them. A phone
/// shape (`+`, an area code in brackets, 3-3-4, several groups, spaced digits) is a strong match; a bare digit run
/// is strong only next to a contact word ("call", "WhatsApp", "phone"…), else a weak match (10–12 digits) or none.
enum PhoneDetector {
    private struct Candidate {
        var start: Int
        var end: Int
        var groups: [Range<Int>]
        /// The separator bytes before each group (the first holds a leading `+` or `(`).
        var separators: [[UInt8]]
        var gluedToLetters: Bool
    }

    private static let separatorBytes: ByteSet = ByteSet(" -./()")
    private static let badBefore: ByteSet = ByteSet("/=~_&?@\\")

    static func find(in text: NormalizedText) -> [ContactMatch] {
        let bytes = text.bytes
        var found: [ContactMatch] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let opens = byte == Byte.plus || byte == Byte.openParenthesis
            guard FoldedByte.isDigit(byte) || (opens && startsNumber(after: index, in: bytes)) else {
                index += 1
                continue
            }
            let joinedByHyphen = index > 1 && bytes[index - 1] == Byte.hyphen && FoldedByte.isWord(bytes[index - 2])
            // A letter of another script is a boundary (CJK, Thai… write no space: "电话是138…"); a contact label
            // joined by `-`, `=` or `#` is one too ("TEL-1(212)…", "phone=+1…", "Mobile#0300…").
            let gluedToWord =
                index > 0 && FoldedByte.isWord(bytes[index - 1]) && bytes[index - 1] != Byte.nonASCIILetter
            if gluedToWord || (index > 0 && badBefore.contains(bytes[index - 1])) || joinedByHyphen,
                !labelledByCue(before: index, in: bytes)
            {
                // Glued to a word or inside a URL or address: skip the whole word.
                while index < bytes.count, FoldedByte.isWord(bytes[index]) { index += 1 }
                index += opens ? 1 : 0
                continue
            }
            if FoldedByte.isDigit(byte), let end = shortLoneGroupEnd(from: index, in: bytes) {
                index = max(end, index + 1)
                continue
            }
            let candidate = scan(from: index, in: bytes)
            for part in split(candidate) {
                if let match = evaluate(part, in: text) { found.append(match) }
            }
            index = max(candidate.end, index + 1)
        }
        return found
    }

    /// Where `scan` would end a candidate of one group of fewer than seven digits (too short for `evaluate`, which
    /// needs seven), or nil when a letter or another group may follow: most digit runs in prose ("8 years",
    /// "120 projects") are decided here without building a candidate.
    private static func shortLoneGroupEnd(from start: Int, in bytes: [UInt8]) -> Int? {
        var end = start
        while end < bytes.count, FoldedByte.isDigit(bytes[end]) { end += 1 }
        guard end - start < 7 else { return nil }
        if end < bytes.count {
            if bytes[end] >= Byte.lowerA, bytes[end] <= Byte.lowerZ { return nil }
            // `scan` takes at most four separator bytes before the next group.
            var after = end
            while after < bytes.count, after - end < 5, separatorBytes.contains(bytes[after]) { after += 1 }
            if after < bytes.count, after - end < 5, FoldedByte.isDigit(bytes[after]) { return nil }
        }
        return end < bytes.count ? extensionEnd(at: end, in: bytes) ?? end : end
    }

    private static let labelJoiners: ByteSet = ByteSet("-=#")

    /// Whether a contact word is joined to `index` by `-`, `=` or `#` (`tel-`, `phone=`, `mobile#`).
    private static func labelledByCue(before index: Int, in bytes: [UInt8]) -> Bool {
        guard index > 1, labelJoiners.contains(bytes[index - 1]) else { return false }
        var start = index - 1
        while start > 0, FoldedByte.isLetter(bytes[start - 1]), bytes[start - 1] != Byte.nonASCIILetter { start -= 1 }
        return start < index - 1 && PhoneWords.contactCues.contains(bytes, start..<index - 1)
    }

    private static func startsNumber(after index: Int, in bytes: [UInt8]) -> Bool {
        var next = index + 1
        while next < bytes.count,
            bytes[next] == Byte.space || bytes[next] == Byte.openParenthesis || bytes[next] == Byte.plus
        { next += 1 }
        return next < bytes.count && FoldedByte.isDigit(bytes[next]) && next - index <= 3
    }

    private static func scan(from start: Int, in bytes: [UInt8]) -> Candidate {
        var candidate = Candidate(start: start, end: start, groups: [], separators: [], gluedToLetters: false)
        var pending: [UInt8] = []
        var position = start
        while position < bytes.count {
            let byte = bytes[position]
            if FoldedByte.isDigit(byte) {
                var end = position
                while end < bytes.count, FoldedByte.isDigit(bytes[end]) { end += 1 }
                candidate.groups.append(position..<end)
                candidate.separators.append(pending)
                pending = []
                candidate.end = end
                position = end
                // Glued to a Latin letter it is a word ("4k", "v2"); a letter of another script ends the number.
                if end < bytes.count, bytes[end] >= Byte.lowerA, bytes[end] <= Byte.lowerZ {
                    if let extensionEnd = extensionEnd(at: end, in: bytes) { candidate.end = extensionEnd }
                    candidate.gluedToLetters = candidate.end == end
                    break
                }
                continue
            }
            let leadingPlus = byte == Byte.plus && candidate.groups.isEmpty
            guard separatorBytes.contains(byte) || leadingPlus, pending.count < 4,
                !(byte == Byte.dot && pending.contains(Byte.dot))
            else { break }
            pending.append(byte)
            position += 1
        }
        if candidate.end < bytes.count, let extensionEnd = extensionEnd(at: candidate.end, in: bytes) {
            candidate.end = extensionEnd
        }
        // A closing bracket right after the last group belongs to it: "(0)30".
        return candidate
    }

    private static let extensionMarkers = ["extension", "ext.", "ext", "x", "#"].map { Array($0.utf8) }

    /// The end of an extension (`x123`, ` ext. 123`, ` #123`) starting at `at`.
    private static func extensionEnd(at: Int, in bytes: [UInt8]) -> Int? {
        var position = at
        while position < bytes.count, bytes[position] == Byte.space, position - at < 2 { position += 1 }
        for markerBytes in extensionMarkers {
            guard position + markerBytes.count <= bytes.count,
                bytes[position..<position + markerBytes.count].elementsEqual(markerBytes)
            else { continue }
            var digits = position + markerBytes.count
            while digits < bytes.count, bytes[digits] == Byte.space || bytes[digits] == Byte.colon,
                digits - position < 8
            {
                digits += 1
            }
            var end = digits
            while end < bytes.count, FoldedByte.isDigit(bytes[end]) { end += 1 }
            guard end > digits, end - digits <= 7, end >= bytes.count || !FoldedByte.isLetter(bytes[end]) else {
                return nil
            }
            return end
        }
        return nil
    }

    /// A run of more than 15 digits is several numbers: split where the separator is long ("650-253-4561 --
    /// 455-234-3451", "… / …").
    private static func split(_ candidate: Candidate) -> [Candidate] {
        let digits = candidate.groups.reduce(0) { $0 + $1.count }
        guard digits > 15 else { return [candidate] }
        var parts: [Candidate] = []
        var current = Candidate(
            start: candidate.start, end: candidate.start, groups: [], separators: [],
            gluedToLetters: false)
        for (index, group) in candidate.groups.enumerated() {
            let separator = candidate.separators[index]
            let breaks =
                index > 0
                && (separator.count >= 2 && !separator.contains(Byte.openParenthesis)
                    && !separator.contains(Byte.closeParenthesis))
            if breaks, !current.groups.isEmpty {
                parts.append(current)
                current = Candidate(
                    start: group.lowerBound, end: group.lowerBound, groups: [], separators: [],
                    gluedToLetters: false)
            }
            current.groups.append(group)
            current.separators.append(current.groups.count == 1 && breaks ? [] : separator)
            current.end = group.upperBound
        }
        current.end = candidate.end
        current.gluedToLetters = candidate.gluedToLetters
        parts.append(current)
        return parts.count > 1 ? parts : splitAtSpaces(candidate)
    }

    /// "052 5552606 074-7111234": no long separator, so cut at spaces once a part holds nine digits or more.
    private static func splitAtSpaces(_ candidate: Candidate) -> [Candidate] {
        guard candidate.groups.map(\.count) != [4, 4, 4, 4] else { return [] }  // a card number
        var parts: [Candidate] = []
        var current = Candidate(
            start: candidate.start, end: candidate.start, groups: [], separators: [],
            gluedToLetters: false)
        var digits = 0
        for (index, group) in candidate.groups.enumerated() {
            let separator = candidate.separators[index]
            if digits >= 9, separator.contains(Byte.space), !separator.contains(Byte.openParenthesis) {
                current.end = current.groups[current.groups.count - 1].upperBound
                parts.append(current)
                current = Candidate(
                    start: group.lowerBound, end: group.lowerBound, groups: [], separators: [],
                    gluedToLetters: false)
                digits = 0
            }
            current.groups.append(group)
            current.separators.append(current.groups.count == 1 && index > 0 ? [] : separator)
            digits += group.count
        }
        current.end = candidate.end
        current.gluedToLetters = candidate.gluedToLetters
        parts.append(current)
        return parts.count > 1 ? parts : []
    }

    // MARK: - Deciding

    private static func evaluate(_ candidate: Candidate, in text: NormalizedText) -> ContactMatch? {
        let bytes = text.bytes
        // Most digit runs in prose ("8 years", "120 projects") are too short: decide before building strings.
        let count = candidate.groups.reduce(0) { $0 + $1.count }
        guard count >= 7, count <= 15, !candidate.gluedToLetters else { return nil }
        let groups = candidate.groups.map { String(decoding: bytes[$0], as: UTF8.self) }
        let sizes = groups.map(\.utf8.count)
        let digits = groups.joined()
        let leading = candidate.separators.first ?? []
        let between = Array(candidate.separators.dropFirst())
        let plus = leading.contains(Byte.plus)
        let paren =
            leading.contains(Byte.openParenthesis)
            || between.contains { $0.contains(Byte.openParenthesis) || $0.contains(Byte.closeParenthesis) }
        let context = Context(
            text: text, start: candidate.groups[0].lowerBound - leading.count,
            end: candidate.groups[candidate.groups.count - 1].upperBound)
        if context.isOtherNumber || isArithmetic(around: context.start..<candidate.end, in: bytes)
            || namesAFile(after: candidate.end, in: bytes)
        {
            return nil
        }
        let cue = context.hasContactCue
        // A national mobile's exact digits (`NationalPhonePlans`) speak like a contact word: "0917.123.4567",
        // a bare "13800138000".
        let national =
            sizes.allSatisfy({ $0 >= 3 }) || sizes.count == 1
            ? NationalPhonePlans.mobilePlan(of: Substring(digits), international: plus) != nil : false
        if !plus,
            looksLikeSomethingElse(
                groups: groups, sizes: sizes, leading: leading, between: between,
                paren: paren, cue: cue, national: national)
        {
            return nil
        }
        let strength: ContactMatch.Strength
        if hasPhoneShape(digits: digits, sizes: sizes, between: between, plus: plus, paren: paren) || cue
            || national
        {
            strength = .strong
        } else if sizes.count > 1 || (10...11).contains(count) {
            strength = .weak
        } else {
            return nil
        }
        let range = context.start..<candidate.end
        return ContactMatch(
            kind: .phone, range: text.originalRange(of: range), text: text.originalText(of: range),
            value: (plus ? "+" : "") + digits, strength: strength)
    }

    private static let operatorsBefore: ByteSet = ByteSet("=*^")
    private static let operatorsAfter: ByteSet = ByteSet("=*^+")

    /// `(5600 - 7800) = …`, `* (1200 3400)`: an operator next to the digits makes them arithmetic, not a number
    /// to call (a bracket between is skipped).
    private static func isArithmetic(around range: Range<Int>, in bytes: [UInt8]) -> Bool {
        var before = range.lowerBound - 1
        while before >= 0,
            bytes[before] == Byte.space || bytes[before] == Byte.openParenthesis || bytes[before] == Byte.openBracket
        { before -= 1 }
        // `phone=+1…` is a label, `x = (415…` an equation.
        let label =
            before > 0 && bytes[before] == Byte.equals && before == range.lowerBound - 1
            && FoldedByte.isLetter(bytes[before - 1])
        if before >= 0, operatorsBefore.contains(bytes[before]), !label { return true }
        var after = range.upperBound
        while after < bytes.count,
            bytes[after] == Byte.space || bytes[after] == Byte.closeParenthesis || bytes[after] == Byte.closeBracket
        { after += 1 }
        return after < bytes.count && operatorsAfter.contains(bytes[after])
    }

    /// `4155550123.pdf`, `0917-123-4567.png`: digits that end in a file extension are a file name.
    private static func namesAFile(after end: Int, in bytes: [UInt8]) -> Bool {
        guard end + 2 < bytes.count, bytes[end] == Byte.dot else { return false }
        var extensionEnd = end + 1
        while extensionEnd < bytes.count, FoldedByte.isWord(bytes[extensionEnd]), extensionEnd - end <= 5 {
            extensionEnd += 1
        }
        return PhoneWords.fileExtensions.contains(bytes, end + 1..<extensionEnd)
    }

    private static func hasPhoneShape(
        digits: String, sizes: [Int], between: [[UInt8]], plus: Bool,
        paren: Bool
    ) -> Bool {
        let count = digits.utf8.count
        if plus { return count >= 8 }
        if paren { return count <= 13 }
        if digits.hasPrefix("00"), sizes.count >= 2, count >= 10 { return true }
        if sizes == [3, 3, 4] || sizes == [1, 3, 3, 4] { return true }
        if sizes.count >= 6, sizes.allSatisfy({ $0 == 1 }) { return true }
        if sizes.count >= 3, (8...13).contains(count), sizes.allSatisfy({ (2...5).contains($0) }) { return true }
        if sizes.count == 2, (9...12).contains(count), digits.hasPrefix("0") || sizes.min() ?? 0 >= 4 { return true }
        return false
    }

    /// Dates, years, versions, IP addresses, decimals, ranges, thousands, ISBNs and SSNs.
    private static func looksLikeSomethingElse(
        groups: [String], sizes: [Int], leading: [UInt8], between: [[UInt8]],
        paren: Bool, cue: Bool, national: Bool
    ) -> Bool {
        let slashes = between.filter { $0.contains(Byte.slash) }.count
        let dots = between.filter { $0.contains(Byte.dot) }.count
        let digits = sizes.reduce(0, +)
        if slashes >= 2 || (slashes == 1 && digits <= 8) { return true }
        if zip(groups, groups.dropFirst()).contains(where: { isYear($0) && isYear($1) }) { return true }
        if let first = groups.first, isYear(first), sizes.count >= 2, sizes[1] <= 2 { return true }
        // A year, a hyphen and a serial ("2026-4471", "2026-0412-77"): an order or invoice number, unless a
        // contact word stands near.
        if let first = groups.first, isYear(first), !cue, (2...3).contains(sizes.count),
            between.allSatisfy({ $0 == [Byte.hyphen] })
        {
            return true
        }
        let hyphens = between.filter { $0 == [Byte.hyphen] }.count
        if sizes.count == 3, sizes[0] <= 2, sizes[1] <= 2, sizes[2] == 2 || sizes[2] == 4, dots + slashes + hyphens == 2
        {
            return true  // 22-11-1972, 12.05.23
        }
        if groups.contains(where: { $0.utf8.count == 8 && isYear(String($0.prefix(4))) }) { return true }  // 20240315
        let opening = (between + [leading]).reduce(0) { $0 + $1.filter { $0 == Byte.openParenthesis }.count }
        let closing = (between + [leading]).reduce(0) { $0 + $1.filter { $0 == Byte.closeParenthesis }.count }
        if opening != closing
            || between.contains(where: {
                $0.contains(Byte.dot) && ($0.contains(Byte.openParenthesis) || $0.contains(Byte.closeParenthesis))
            })
        {
            return true  // "80.585 ((79.964)", "(80).(585)"
        }
        if sizes.count >= 2, isRange(groups[0], groups[1]), between[0].contains(Byte.hyphen),
            sizes.count == 2 || (sizes.count == 3 && isYear(groups[2])), !cue
        {
            return true  // pages "1523-1538", "pp. 131-136, 2007"
        }
        // ZIP+4, and the Brazilian CEP "01000-000".
        if sizes == [5, 4] || sizes == [5, 3], between[0] == [Byte.hyphen], !cue { return true }
        // An identifier stamped with a date: a year, then month and day ("2024-1130-0088", an order number).
        if sizes.count >= 3, isYear(groups[0]), sizes[1] == 4, isMonthDay(groups[1]), !cue { return true }
        if sizes.count == 4, dots == 3, sizes.allSatisfy({ $0 <= 3 }) { return true }  // IPv4
        if dots > 0 {
            let dotsOnly = dots == between.count
            let phoneDots =
                sizes == [3, 3, 4] || sizes == [1, 3, 3, 4]
                || (sizes.count >= 4 && sizes.allSatisfy { $0 == 2 })
            if dotsOnly && !phoneDots && !cue && !national { return true }  // versions, decimals
            if !dotsOnly && !paren { return true }  // "12.1 - 23.71"
        }
        if sizes.count == 2, between[0].contains(Byte.hyphen), let low = Int(groups[0]), let high = Int(groups[1]),
            low < high, low % 100 == 0, high % 100 == 0
        {
            return true
        }  // "2000-3000"
        if digits == 13, groups.joined().hasPrefix("978") || groups.joined().hasPrefix("979") { return true }
        if sizes == [3, 2, 4], !cue { return true }  // SSN
        if sizes.count >= 2, (1...3).contains(sizes[0]), sizes.dropFirst().allSatisfy({ $0 == 3 }), !cue {
            return true  // "1 500 000"
        }
        return false
    }

    /// `1523-1538`: an ascending pair of the same length, close together.
    private static func isRange(_ low: String, _ high: String) -> Bool {
        guard low.utf8.count == high.utf8.count, let lowValue = Int(low), let highValue = Int(high) else {
            return false
        }
        return lowValue < highValue && highValue - lowValue < max(lowValue / 5, 10)
    }

    /// `1130`: a month (01–12) and a day (01–31).
    private static func isMonthDay(_ group: String) -> Bool {
        guard group.utf8.count == 4, let value = Int(group) else { return false }
        return (1...12).contains(value / 100) && (1...31).contains(value % 100)
    }

    private static func isYear(_ group: String) -> Bool {
        group.utf8.count == 4 && (group.hasPrefix("19") || group.hasPrefix("20"))
    }

    /// The words around a candidate.
    private struct Context {
        let start: Int
        let isOtherNumber: Bool
        let hasContactCue: Bool

        init(text: NormalizedText, start: Int, end: Int) {
            let bytes = text.bytes
            self.start = start
            let before = Self.words(in: bytes, before: start, count: 6)
            let after = Self.words(in: bytes, from: end, count: 3)
            var previous = start - 1
            while previous >= 0, bytes[previous] == Byte.space { previous -= 1 }
            let previousByte: UInt8 = previous >= 0 ? bytes[previous] : 0
            var next = end
            while next < bytes.count, bytes[next] == Byte.space { next += 1 }
            let nextByte: UInt8 = next < bytes.count ? bytes[next] : 0
            // "$", "#" (but "Mobile#0300…" is a label).
            let cueJustBefore = before.first.map { PhoneWords.contactCues.contains(bytes, $0) } == true
            let currencyJustBefore =
                before.first.map { PhoneWords.currencies.contains(bytes, $0) } == true
                && before.first.map { $0.upperBound >= start - 2 } == true
            let markedBefore =
                previousByte == Byte.dollarSign || (previousByte == Byte.numberSign && !cueJustBefore)
                || currencyJustBefore
                || Self.currencySymbol(before: start, in: text)
            // "%", "$", "100+"
            let markedAfter =
                nextByte == Byte.percentSign || nextByte == Byte.dollarSign || (nextByte == Byte.plus && next == end)
            // The nearest cue word before decides: "passport number is 912…" is not a phone, "call me, order 12…" is.
            // "number" alone leans to a phone, but "passport number" is the passport's.
            func isIn(_ set: WordSet) -> (Range<Int>) -> Bool { { set.contains(bytes, $0) } }
            let nearestOther = before.firstIndex(where: isIn(PhoneWords.otherNumberCues))
            let nearestContact =
                before.firstIndex(where: isIn(PhoneWords.contactCues))
                ?? (nearestOther == nil ? before.firstIndex { bytes[$0].elementsEqual("number".utf8) } : nil)
            let otherWins = nearestOther.map { other in nearestContact.map { other < $0 } ?? true } ?? false
            isOtherNumber =
                markedBefore || markedAfter || otherWins || nextByte == Byte.colon
                || after.first.map(isIn(PhoneWords.units)) == true
            let letterCue = previousByte == Byte.colon && before.first.map(isIn(PhoneWords.letterCues)) == true
            hasContactCue = letterCue || nearestContact != nil || after.contains(where: isIn(PhoneWords.contactCues))
        }

        /// `€ 1500 0000`, `₹98765…`, `¥…`: a currency sign or a postal mark (folded to a space) just before in the
        /// original.
        static func currencySymbol(before start: Int, in text: NormalizedText) -> Bool {
            guard start > 0 else { return false }
            var end = text.originalRange(of: start..<start + 1).lowerBound
            while end > 0, text.original[end - 1] == Byte.space { end -= 1 }
            guard end > 0, text.original[end - 1] >= Byte.firstNonASCII else { return false }
            var lead = end - 1
            while lead > 0, text.original[lead] & Byte.continuationMask == Byte.continuationMarker { lead -= 1 }
            guard let scalar = String(decoding: text.original[lead..<end], as: UTF8.self).unicodeScalars.first else {
                return false
            }
            // A postal mark says the same of a postcode (`〒530-0000`).
            return scalar.properties.generalCategory == .currencySymbol || postalMarks.contains(scalar.value)
        }

        /// 〒, 〠, 〶: the Japanese postal marks.
        static let postalMarks: Set<UInt32> = [0x3012, 0x3020, 0x3036]

        /// Up to `count` words before `end`, nearest first, within the line.
        static func words(in bytes: [UInt8], before end: Int, count: Int) -> [Range<Int>] {
            var words: [Range<Int>] = []
            var position = end
            while words.count < count, position > 0 {
                let byte = bytes[position - 1]
                if byte == Byte.lineFeed { break }
                if FoldedByte.isWord(byte) {
                    var start = position - 1
                    while start > 0, FoldedByte.isWord(bytes[start - 1]) { start -= 1 }
                    words.append(start..<position)
                    position = start
                } else {
                    position -= 1
                }
            }
            return words
        }

        /// Up to `count` words from `start`, within the line.
        static func words(in bytes: [UInt8], from start: Int, count: Int) -> [Range<Int>] {
            var words: [Range<Int>] = []
            var position = start
            while words.count < count, position < bytes.count {
                let byte = bytes[position]
                if byte == Byte.lineFeed { break }
                if FoldedByte.isWord(byte) {
                    var end = position
                    while end < bytes.count, FoldedByte.isWord(bytes[end]) { end += 1 }
                    words.append(position..<end)
                    position = end
                } else {
                    position += 1
                }
            }
            return words
        }
    }
}
