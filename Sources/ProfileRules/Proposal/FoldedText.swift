/// Text prepared for matching words and phrases: lower-cased, with styled letters (𝐁𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤, full-width) folded to
/// plain ones and curly quotes straightened, each folded character remembering the UTF-8 offset it came from, so a
/// match maps back to the original text.
public struct FoldedText: Sendable {
    /// A word (a run of letters and digits, with inner apostrophes) in the folded text.
    public struct Word: Sendable, Hashable {
        /// The folded word, e.g. `dont` for `Don’t`.
        public var text: String
        /// UTF-8 byte range in the original text.
        public var range: Range<Int>
    }

    /// Folded scalars.
    public let scalars: [Unicode.Scalar]
    /// `origins[i]` is the UTF-8 offset in the original text of `scalars[i]`; one extra entry marks the end.
    public let origins: [Int]
    /// The words, in order.
    public let words: [Word]
    /// The original text.
    public let original: String

    public init(_ text: String) {
        original = text
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        var offset = 0
        for scalar in text.unicodeScalars {
            let folded = Self.fold(scalar)
            // Zero-width characters and variation selectors vanish; the rest map one to one.
            if let folded {
                scalars.append(folded)
                origins.append(offset)
            }
            offset += UTF8.width(scalar)
        }
        origins.append(offset)
        self.scalars = scalars
        self.origins = origins
        words = Self.words(scalars, origins)
    }

    /// The original UTF-8 range of folded scalars `range`.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        origins[range.lowerBound]..<(range.upperBound < origins.count ? origins[range.upperBound] : origins.last!)
    }

    /// The folded text as a string.
    public var string: String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// Folded scalar offsets where `phrase` (already folded, lower-case) starts at word boundaries.
    public func occurrences(of phrase: String) -> [Range<Int>] {
        let needle = Array(phrase.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
        var found: [Range<Int>] = []
        var index = 0
        while index + needle.count <= scalars.count {
            if scalars[index] == needle[0], Array(scalars[index..<index + needle.count]) == needle,
                isBoundary(index - 1, inner: needle.first!), isBoundary(index + needle.count, inner: needle.last!)
            {
                found.append(index..<index + needle.count)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }

    private func isBoundary(_ index: Int, inner: Unicode.Scalar) -> Bool {
        guard index >= 0, index < scalars.count else { return true }
        // A phrase that starts or ends in punctuation needs no boundary there.
        guard Self.isWordScalar(inner) else { return true }
        return !Self.isWordScalar(scalars[index])
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    static func words(_ scalars: [Unicode.Scalar], _ origins: [Int]) -> [Word] {
        var words: [Word] = []
        var start: Int?
        var text = String.UnicodeScalarView()
        func close(_ end: Int) {
            if let begin = start { words.append(Word(text: String(text), range: origins[begin]..<origins[end])) }
            start = nil
            text = String.UnicodeScalarView()
        }
        for (index, scalar) in scalars.enumerated() {
            if isWordScalar(scalar) {
                if start == nil { start = index }
                text.append(scalar)
            } else if scalar == "'", start != nil, index + 1 < scalars.count, isWordScalar(scalars[index + 1]) {
                continue  // don't → dont, one word
            } else {
                close(index)
            }
        }
        close(scalars.count)
        return words
    }

    /// One scalar folded: lower case, styled and full-width letters to plain, curly quotes to straight; `nil`
    /// for invisible ones.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0xFE00...0xFE0F: return nil
        case 0x2018, 0x2019, 0x02BC: return "'"
        case 0x201C, 0x201D: return "\""
        case 0x2013, 0x2014: return "-"
        case 0xFF01...0xFF5E: return lower(Unicode.Scalar(value - 0xFEE0)!)
        case 0x1D400...0x1D6A3:
            // Mathematical alphanumeric letters: thirteen styles of 52 (A–Z then a–z).
            let letter = (value - 0x1D400) % 52
            return Unicode.Scalar(letter < 26 ? 0x61 + letter : 0x61 + letter - 26)
        case 0x1D7CE...0x1D7FF:
            return Unicode.Scalar(0x30 + (value - 0x1D7CE) % 10)
        default:
            return lower(scalar)
        }
    }

    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
        let lowered = scalar.properties.lowercaseMapping.unicodeScalars
        return lowered.count == 1 ? lowered.first! : scalar
    }
}
