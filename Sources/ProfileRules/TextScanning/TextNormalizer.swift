/// The one normalisation layer in front of every contact detector.
///
/// Three passes, each keeping the map back to the original bytes:
/// 1. characters: `%40`-style escapes, lowercase, full-width and mathematical letters, circled letters, accented Latin, look-alike
///    Cyrillic/Greek letters, odd spaces/dashes/quotes; invisible characters are dropped;
/// 2. words: `[at]`/`(dot)`, `(followed by "@…")`, letter-spaced runs (`j o h n`),
///    split names (`sk ype`), spelled digits (`four one five`, `double five`, `oh`), letter O inside digits,
///    spelled dots between domain labels (`studio dot net`);
/// 3. a spelled `at` between a user name and a domain (`john at gmail.com`), only where it reads as an address.
enum TextNormalizer {
    static func normalize(_ original: [UInt8]) -> FoldedBytes {
        let folded = foldCharacters(original)
        var words = WordPass(folded)
        let spelledOut = words.run()
        var at = AtPass(spelledOut)
        return at.run()
    }

    // MARK: - Pass 1: characters

    static func foldCharacters(_ source: [UInt8]) -> FoldedBytes {
        // Every folded byte consumes at least one source byte: write into buffers of the source's size, then trim.
        let count = source.count
        var bytes = [UInt8](repeating: 0, count: count)
        var starts = [Int32](repeating: 0, count: count)
        var ends = [Int32](repeating: 0, count: count)
        let smallFolds = Self.smallFolds  // statics read once, not per byte
        let written = source.withUnsafeBufferPointer { source in
            asciiFolds.withUnsafeBufferPointer { asciiFolds in
                bytes.withUnsafeMutableBufferPointer { bytes in
                    starts.withUnsafeMutableBufferPointer { starts in
                        ends.withUnsafeMutableBufferPointer { ends in
                            var written = 0
                            var index = 0
                            while index < count {
                                let byte = source[index]
                                if byte < Byte.firstNonASCII, byte != Byte.percentSign {
                                    // ASCII: lowercase letters, tabs as spaces, everything else as is.
                                    bytes[written] = asciiFolds[Int(byte)]
                                    starts[written] = Int32(truncatingIfNeeded: index)
                                    ends[written] = Int32(truncatingIfNeeded: index + 1)
                                    written += 1
                                    index += 1
                                    continue
                                }
                                let folded: UInt8
                                let length: Int
                                if byte < Byte.firstNonASCII {
                                    if index + 2 < count,
                                        let escaped = percentEscape(source[index + 1], source[index + 2])
                                    {
                                        (folded, length) = (escaped, 3)
                                    } else {
                                        (folded, length) = (byte, 1)
                                    }
                                } else {
                                    let value: UInt32
                                    (value, length) = decodeScalar(source, at: index)
                                    folded = value < 0x800 ? smallFolds[Int(value)] : foldedScalar(value)
                                }
                                if folded != dropped {
                                    bytes[written] = folded
                                    starts[written] = Int32(truncatingIfNeeded: index)
                                    ends[written] = Int32(truncatingIfNeeded: index + length)
                                    written += 1
                                }
                                index += length
                            }
                            return written
                        }
                    }
                }
            }
        }
        if written < count {
            bytes.removeSubrange(written...)
            starts.removeSubrange(written...)
            ends.removeSubrange(written...)
        }
        return FoldedBytes(bytes: bytes, starts: starts, ends: ends)
    }

    private static let asciiFolds: [UInt8] = (UInt8(0)..<Byte.firstNonASCII).map { (byte: UInt8) -> UInt8 in
        if byte >= Byte.upperA, byte <= Byte.upperZ { return byte | Byte.asciiCaseBit }
        return byte == Byte.tab ? Byte.space : byte
    }

    /// `fold` of every two-byte scalar (Latin, Greek, Cyrillic, Hebrew, Arabic…), `dropped` where it drops the
    /// scalar: generated ahead of time (`ScanTables`), since computing it on the first non-ASCII character cost
    /// ~4 M instructions of Unicode property look-ups at start-up.
    private static let smallFolds: [UInt8] = ScanTables.smallFolds
    /// A folded byte never produced (`fold` yields ASCII or 0x80): marks a dropped scalar.
    static let dropped: UInt8 = 0xFF

    /// `fold` of a scalar of three or four bytes, or `dropped`: CJK ideographs and Hangul syllables (whole blocks of
    /// letters) without the property look-ups.
    @inline(__always)
    static func foldedScalar(_ value: UInt32) -> UInt8 {
        if (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) { return Byte.nonASCIILetter }
        return fold(value) ?? dropped
    }

    private static let escapable = ByteSet([Byte.at, Byte.hyphen, Byte.dot, Byte.underscore, Byte.plus, Byte.space])

    /// `%40` → `@` (and `-`, `.`, `_`, `+`, space): URL-encoded separators.
    private static func percentEscape(_ high: UInt8, _ low: UInt8) -> UInt8? {
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case Byte.zero...Byte.nine: byte - Byte.zero
            case Byte.upperA...Byte.upperF: byte - Byte.upperA + 10
            case Byte.lowerA...Byte.lowerF: byte - Byte.lowerA + 10
            default: nil
            }
        }
        guard let high = hex(high), let low = hex(low), escapable.contains(high << 4 | low) else { return nil }
        return high << 4 | low
    }

    /// Decodes the scalar starting at `index` of valid UTF-8 (a `String`'s bytes always are).
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        func continuation(_ offset: Int) -> UInt32 {
            index + offset < bytes.count ? UInt32(bytes[index + offset] & Byte.continuationPayload) : 0
        }
        if lead < Byte.threeByteLead { return ((UInt32(lead & Byte.twoBytePayload) << 6) | continuation(1), 2) }
        if lead < Byte.fourByteLead {
            return ((UInt32(lead & Byte.threeBytePayload) << 12) | (continuation(1) << 6) | continuation(2), 3)
        }
        let payload = UInt32(lead & Byte.fourBytePayload)
        return ((payload << 18) | (continuation(1) << 12) | (continuation(2) << 6) | continuation(3), 4)
    }

    /// The ASCII stand-in for a non-ASCII scalar; `nil` drops it.
    static func fold(_ value: UInt32) -> UInt8? {
        if CharacterFolding.invisible.contains(value) { return nil }
        switch value {
        case 0xFF01...0xFF5E:  // full-width ASCII
            let ascii = UInt8(value - 0xFEE0)
            return ascii >= Byte.upperA && ascii <= Byte.upperZ ? ascii | Byte.asciiCaseBit : ascii
        case 0x1D400...0x1D6A3:  // mathematical bold/italic/script/… letters, 52 per style
            let letter = UInt8((value - 0x1D400) % 52)
            return letter < 26 ? Byte.lowerA + letter : Byte.lowerA + letter - 26
        case 0x1D7CE...0x1D7FF:  // mathematical digits, 10 per style
            return Byte.zero + UInt8((value - 0x1D7CE) % 10)
        case 0x24B6...0x24CF: return Byte.lowerA + UInt8(value - 0x24B6)  // Ⓐ…Ⓩ
        case 0x24D0...0x24E9: return Byte.lowerA + UInt8(value - 0x24D0)  // ⓐ…ⓩ
        case 0x2460...0x2468: return Byte.one + UInt8(value - 0x2460)  // ①…⑨
        case 0x24EA: return Byte.zero  // ⓪
        case 0xD7: return Byte.asterisk  // × is an operator ("1024 × 768"), not a letter
        case 0xF7: return Byte.slash  // ÷
        case 0xC0...0x17F:
            let base = CharacterFolding.latinBaseLetters[Int(value - 0xC0)]
            return base == UInt8(ascii: "?") ? Byte.space : base
        default: break
        }
        if let single = CharacterFolding.singles[value] { return single }
        guard let scalar = Unicode.Scalar(value) else { return Byte.space }
        let properties = scalar.properties
        if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark {
            return nil  // a combining accent belongs to the letter before it
        }
        if properties.numericType == .decimal, let digit = properties.numericValue { return Byte.zero + UInt8(digit) }
        return properties.isAlphabetic ? Byte.nonASCIILetter : Byte.space
    }
}
