import ProfileModel
import Testing

/// Issue 12, families 1 and 9: the one checked conversion and the one escaping function.
@Suite struct NumberRangeAndEscapingTests {
    static let hostileNumbers: [Double] = [
        .nan, .infinity, -.infinity, 1e19, -1e19, 1e300, -1e300,
        Double(Int.max), -Double(Int.max), .greatestFiniteMagnitude,
    ]

    @Test(arguments: [NumberRange.money, .percent, .score, .count, .whole(1...1000), NumberRange(0...5)])
    func everyRangeRefusesNonFiniteAndHugeNumbers(_ range: NumberRange) {
        for value in Self.hostileNumbers {
            #expect(range.check(value) == nil, "\(range) accepted \(value)")
            #expect(range.int(value) == nil, "\(range) converted \(value)")
        }
        #expect(range.check(range.lowerBound) == range.lowerBound)
        #expect(range.check(range.upperBound) == range.upperBound)
        #expect(range.check(range.lowerBound - 1) == nil)
        #expect(range.check(range.upperBound + 1) == nil)
        // The conversion to Int never traps inside the range.
        #expect(range.int(range.upperBound) == Int(range.upperBound))
    }

    @Test func wholeRangesRefuseFractions() {
        #expect(NumberRange.count.int(1.5) == nil)
        #expect(NumberRange.count.int(2) == 2)
        #expect(NumberRange.percent.check(62.5) == 62.5)
        #expect(NumberRange.score.description == "a whole number from 0 to 100")
        #expect(NumberRange.money.description == "a number from 0 to 1,000,000,000")
    }

    /// Every C0 control, DEL, every C1 control and the bidirectional controls are spelled out.
    @Test func everyControlCharacterIsEscaped() {
        let controls =
            Array(0x00...0x1F) + Array(0x7F...0x9F) + [
                0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D,
                0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
            ]
        for value in controls {
            let scalar = Unicode.Scalar(UInt32(value))!
            let escaped = TerminalText.escape("a\(Character(scalar))b")
            #expect(!escaped.unicodeScalars.contains(scalar), "U+\(String(value, radix: 16)) survived")
            #expect(escaped.hasPrefix("a\\") && escaped.hasSuffix("b"), "\(escaped)")
        }
        #expect(TerminalText.escape("\u{1B}]0;pwned\u{07}") == "\\x1b]0;pwned\\x07")
        #expect(TerminalText.escape("x\u{202E}y") == "x\\u{202e}y")
        #expect(TerminalText.escape("Zoë 日本 — ok") == "Zoë 日本 — ok")
        #expect(TerminalText.escape("one\ntwo", keepingNewlines: true) == "one\ntwo")
        #expect(TerminalText.escape("one\ntwo") == "one\\x0atwo")
    }

    @Test func excerptsAreShortAndEscaped() {
        let long = String(repeating: "s3cret", count: 100)
        let quoted = Excerpt.quoted(long)
        #expect(quoted.count == Excerpt.maxCharacters + 3)
        #expect(quoted.hasSuffix("…'"))
        #expect(Excerpt.quoted("a\u{1B}b") == "'a\\x1bb'")
        #expect(Excerpt.quoted("short") == "'short'")
    }
}
