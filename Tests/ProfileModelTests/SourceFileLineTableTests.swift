import ProfileModel
import Testing

@Suite struct SourceFileLineTableTests {
    @Test func everyLineEndingStartsALine() {
        let file = SourceFile(path: "x", text: "a\nb\r\nc\rd")
        #expect(file.lineStarts == [0, 2, 5, 7])
        #expect(file.location(ofOffset: 5) == SourceLocation(file: "x", line: 3, column: 1))
    }

    @Test func columnsCountUTF8Bytes() {
        let file = SourceFile(path: "x", text: "ë\nZoë x")
        // "Zoë " is 5 bytes, so "x" sits at column 6 of line 2.
        #expect(file.location(ofOffset: 3 + 5) == SourceLocation(file: "x", line: 2, column: 6))
    }

    @Test func offsetsPastTheEndClamp() {
        let file = SourceFile(path: "x", text: "ab")
        #expect(file.location(ofOffset: 99) == SourceLocation(file: "x", line: 1, column: 3))
        #expect(file.lineText(containingOffset: 1) == "ab")
    }
}
