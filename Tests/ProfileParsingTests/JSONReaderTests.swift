import PositionedJSON
import ProfileModel
import Testing

@testable import ProfileParsing

@Suite struct JSONReaderTests {
    func parse(_ text: String, limits: ReaderLimits = ReaderLimits()) throws(ProfileParseError) -> JSONNode {
        try JSONReader(source: SourceFile(path: "t.json", text: text), limits: limits).parseDocument()
    }

    func parseError(_ text: String, limits: ReaderLimits = ReaderLimits()) -> ProfileParseError? {
        do {
            _ = try parse(text, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func valuesKeepTheirByteRanges() throws {
        let text = #"{"a": [1, -2.5e3, true, null], "b": "x"}"#
        let root = try parse(text)
        let array = try #require(root["a"])
        #expect(array.range == 6..<29)
        #expect(array.elements.map(\.range) == [7..<8, 10..<16, 18..<22, 24..<28])
        guard case .number(let number, let raw) = array.elements[1].value else {
            Issue.record("expected a number")
            return
        }
        #expect(number == -2500 && raw == "-2.5e3")
        #expect(root["b"]?.range == 36..<39)
        #expect(root.members.map(\.keyRange) == [1..<4, 31..<34])
    }

    @Test func escapedStringsMapEveryDecodedByteBackToTheSource() throws {
        // Decoded: `a"b é c😀d` — the escapes shift everything after them.
        let text = #"{"k": "a\"b \u00e9 c\ud83d\ude00d"}"#
        let node = try #require(try parse(text)["k"])
        #expect(node.string == "a\"b é c😀d")
        let map = try #require(node.span.textMap)
        let value = Array(node.string!.utf8)
        let source = Array(text.utf8)
        // Plain characters map to themselves.
        for (offset, byte) in value.enumerated() where byte < 0x80 && byte != 0x22 {
            #expect(source[map.sourceOffset(ofValueOffset: offset)] == byte, "value offset \(offset)")
        }
        // Escaped ones map to their backslash.
        let quote = value.firstIndex(of: 0x22)!
        #expect(source[map.sourceOffset(ofValueOffset: quote)] == UInt8(ascii: "\\"))
        let emoji = value.firstIndex(of: 0xF0)!
        #expect(map.sourceOffset(ofValueOffset: emoji) == 20)  // where the `\ud83d` escape starts
    }

    @Test func unescapedStringsUseAVerbatimMap() throws {
        let node = try #require(try parse(#"{"k": "Zoë 日本"}"#)["k"])
        let map = try #require(node.span.textMap)
        #expect(map.anchors.count == 1)
        #expect(map.sourceOffset(ofValueOffset: 5) == 12)
    }

    @Test(arguments: [
        (#"{"a": 1,}"#, 1, 9, "a string key, found '}'"),
        ("{\n  \"a\": tru\n}", 2, 8, "'true'"),
        (#"[1 2]"#, 1, 4, "',' or ']' after an array item, found '2'"),
        (#"{"a" 1}"#, 1, 6, #"':' after the key "a", found '1'"#),
        (#"{"a": "x"#, 1, 7, #"a closing '"' for the string opened"#),
        (#"{"a": 01}"#, 1, 7, "no leading zero in a number"),
        ("{\"a\": \"tab\there\"}", 1, 11, "a control character to be escaped inside a string"),
        (#"{"a": "\x"}"#, 1, 8, #"a valid escape (\" \\ \/ \b \f \n \r \t \uXXXX)"#),
        (#"{"a": 1} x"#, 1, 10, "end of input after the top-level value"),
        (#"{"a": "\ud83d"}"#, 1, 14, #"a low surrogate '\uDC00'…'\uDFFF' after a high surrogate"#),
    ])
    func syntaxErrorsNameTheirPlace(text: String, line: Int, column: Int, expected: String) throws {
        let error = try #require(parseError(text))
        #expect(error == .invalidJSON(SourceLocation(file: "t.json", line: line, column: column), expected: expected))
    }

    @Test func invalidUTF8IsAnEncodingErrorAtTheBadByte() throws {
        var bytes = Array(#"{"a": "caf"#.utf8)
        bytes += [0xE9]  // Latin-1 é
        bytes += Array(#""}"#.utf8)
        let source = SourceFile(path: "latin1.json", bytes: bytes)
        #expect(
            throws: ProfileParseError.invalidEncoding(
                SourceLocation(file: "latin1.json", line: 1, column: 11),
                detail: "invalid UTF-8 in a string")
        ) {
            try JSONReader(source: source).parseDocument()
        }
    }

    @Test func nestingBeyondTheLimitFailsWithoutRecursingFurther() throws {
        // 100,000 levels must not overflow the stack: the reader stops at the limit.
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = try #require(parseError(deep))
        #expect(
            error
                == .limitExceeded(
                    SourceLocation(file: "t.json", line: 1, column: 257),
                    detail: "JSON nested deeper than 256 levels"))
        #expect(parseError(String(repeating: "[", count: 256) + String(repeating: "]", count: 256)) == nil)
    }

    @Test func itemAndStringLimitsAreEnforced() {
        var limits = ReaderLimits()
        limits.maxItems = 3
        limits.maxStringBytes = 4
        #expect(parseError("[1,2,3]", limits: limits) == nil)
        #expect(parseError("[1,2,3,4]", limits: limits)?.message == "JSON array has more than 3 items")
        #expect(parseError(#"["abcde"]"#, limits: limits)?.message == "JSON string longer than 4 bytes")
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        let source = SourceFile(path: "bom.json", bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
        #expect(try JSONReader(source: source).parseDocument()["a"]?.range == 9..<10)
    }

    @Test func parseValueStopsAfterOneValue() throws {
        let source = SourceFile(path: "page.html", text: "var phpVars = {\"a\": [1]}; more();")
        let node = try JSONReader(source: source).parseValue(at: 14)
        #expect(node.range == 14..<24)
    }
}
