import ProfileModel
import Testing

@Suite struct SourceFileTests {
    @Test func locationsAreOneBasedWithByteColumnsForEveryLineEnding() {
        // LF, CRLF and a lone CR each end a line; "é" is two bytes.
        let file = SourceFile(path: "f.txt", text: "ab\ncé\r\nx\ry")
        #expect(file.lineStarts == [0, 3, 8, 10])
        #expect(file.location(ofOffset: 0) == SourceLocation(file: "f.txt", line: 1, column: 1))
        #expect(file.location(ofOffset: 5) == SourceLocation(file: "f.txt", line: 2, column: 3))
        #expect(file.location(ofOffset: 8).description == "f.txt:3:1")
        #expect(file.location(ofOffset: 10).description == "f.txt:4:1")
        #expect(file.location(ofOffset: 99).description == "f.txt:4:2", "past the end clamps to the end")
        #expect(file.lineText(containingOffset: 4) == "cé")
    }

    @Test func anEmptyFileHasOneLine() {
        let file = SourceFile(path: "e", bytes: [])
        #expect(file.lineStarts == [0])
        #expect(file.location(ofOffset: 0).description == "e:1:1")
    }

    @Test func locationsOrderByFileLineAndColumn() {
        let a = SourceLocation(file: "a", line: 2, column: 9)
        #expect(a < SourceLocation(file: "a", line: 3, column: 1))
        #expect(a < SourceLocation(file: "b", line: 1, column: 1))
        #expect(!(a < a))
    }

    @Test func textMapsAnchorRunsAndVerbatimText() {
        let verbatim = TextMap(verbatimAt: 10, length: 5)
        #expect(verbatim.sourceOffset(ofValueOffset: 3) == 13)
        // `a\nb`: value offset 1 comes from the escape at 12, value offset 2 from 14.
        let escaped = TextMap(
            anchors: [
                .init(valueOffset: 0, sourceOffset: 11), .init(valueOffset: 1, sourceOffset: 12),
                .init(valueOffset: 2, sourceOffset: 14),
            ], sourceEnd: 15)
        #expect([0, 1, 2].map(escaped.sourceOffset(ofValueOffset:)) == [11, 12, 14])
        #expect(SourceSpan(range: 4..<9).sourceOffset(ofValueOffset: 3) == 4, "without a map: the value's start")
    }

    @Test func severitiesAreOrdered() {
        #expect(Severity.info < .warning && Severity.warning < .error)
        #expect(Severity.allCases.max() == .error)
    }

    @Test(arguments: [
        ("overveiw", "overview"), ("titel", "title"), ("skils", "skills"), ("linkedAcounts", "linkedAccounts"),
    ])
    func closestMatchFindsTypos(typo: String, intended: String) {
        let keys = ["overview", "title", "skills", "linkedAccounts", "languages"]
        #expect(closestMatch(to: typo, in: keys) == intended)
    }

    @Test func closestMatchRefusesDistantWords() {
        #expect(closestMatch(to: "hobby", in: ["overview", "title"]) == nil)
        #expect(editDistance(Array("ab"), Array("ba")) == 1, "a swap is one edit")
        #expect(editDistance(Array(""), Array("abc")) == 3)
    }
}
