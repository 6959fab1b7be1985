import ProfileModel
import Testing

/// The line table under hostile line endings and line lengths (issue 8): every offset maps to a sane location.
@Suite struct SourceFileEdgeCaseTests {
    @Test func crlfAndLoneCRBothEndLines() {
        let file = SourceFile(path: "p.json", text: "a\r\nb\rc\nd")
        #expect(file.lineStarts == [0, 3, 5, 7])
        #expect(file.location(ofOffset: 3) == SourceLocation(file: "p.json", line: 2, column: 1))
        #expect(file.lineText(containingOffset: 0) == "a")
        #expect(file.location(ofOffset: 7).line == 4)
    }

    @Test func aFiveMegabyteLineCountsColumnsInBytes() {
        let file = SourceFile(path: "p.json", bytes: [UInt8](repeating: UInt8(ascii: "x"), count: 5_000_000))
        #expect(file.lineStarts == [0])
        #expect(file.location(ofOffset: 4_999_999) == SourceLocation(file: "p.json", line: 1, column: 5_000_000))
    }

    @Test func offsetsOutsideTheFileClamp() {
        let file = SourceFile(path: "p.json", bytes: [])
        #expect(file.location(ofOffset: -5) == SourceLocation(file: "p.json", line: 1, column: 1))
        #expect(file.location(ofOffset: 99) == SourceLocation(file: "p.json", line: 1, column: 1))
        #expect(file.lineText(containingOffset: 99) == "")
    }

    @Test func nulAndInvalidUTF8DoNotBreakLineText() {
        let file = SourceFile(path: "p.json", bytes: [0x61, 0x00, 0xFF, 0x0A, 0x62])
        #expect(file.lineText(containingOffset: 1) == "a\u{0}\u{FFFD}")
        #expect(file.location(ofOffset: 4).line == 2)
    }
}
