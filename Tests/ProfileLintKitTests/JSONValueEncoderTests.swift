import EligibilityEngine
import Foundation
import ProfileRules
import Testing

@testable import ProfileLintKit

/// `JSONValueEncoder` with `JSONWriter` against `JSONEncoder` on the Codable values profilelint writes or reads
/// defaults from, and the `.document` layout that the `JSON` tree's own writer had.
@Suite struct JSONValueEncoderTests {
    static func written(_ value: some Encodable, style: JSONWriter.Style) throws -> String {
        var json = JSONWriter(style: style)
        try json.value(JSONValueEncoder.encode(value))
        return String(decoding: json.bytes, as: UTF8.self)
    }

    static func encoded(_ value: some Encodable, pretty: Bool) throws -> String {
        String(decoding: try JSONWriterTests.encoder(pretty: pretty).encode(value), as: UTF8.self)
    }

    /// Every rule's default options: `ConfigKeys.plain` reads the keys and defaults the configuration documents
    /// list (`--print-config`, `rules --format json`, the schema) from this encoder, in this order.
    @Test(arguments: RuleRegistry.all.map { $0.description.id })
    func ruleOptionsEncodeAsJSONEncoderEncodesThem(_ id: String) throws {
        let rule = try #require(RuleRegistry.rule(withID: id)).init()
        func check<Rule: ProfileRule>(_ rule: Rule) throws {
            #expect(try Self.written(rule.options, style: .compact) == Self.encoded(rule.options, pretty: false))
        }
        try check(rule)
    }

    @Test func policyAndWhatIfEncodeAsJSONEncoderEncodesThem() throws {
        for pretty in [false, true] {
            let style: JSONWriter.Style = pretty ? .pretty : .compact
            #expect(
                try Self.written(Policy.upwork2025, style: style) == Self.encoded(Policy.upwork2025, pretty: pretty))
            let answer = WhatIf(
                target: 90, contractEarnings: 12.5, currentJSS: nil, contractsNeeded: 3, resultingJSS: 91)
            #expect(try Self.written(answer, style: style) == Self.encoded(answer, pretty: pretty))
        }
    }

    /// Absent values: left out by synthesized conformances, `null` where the engine's own `encode(to:)` writes it.
    @Test func absentValuesFollowEachTypesOwnEncoding() throws {
        let criterion = Criterion(id: "jss", status: .pass, actual: nil, required: "90", explanation: "x")
        let text = try Self.written(criterion, style: .compact)
        #expect(text.contains(#""actual":null"#) && text.contains(#""changesOn":null"#))
        #expect(text == (try Self.encoded(criterion, pretty: false)))
        let window = JSSWindow(window: "12m", value: nil, score: nil)
        #expect(try Self.written(window, style: .compact) == #"{"window":"12m"}"#)
        #expect(try Self.written([CalendarDate("2024-02-29")], style: .compact) == #"["2024-02-29"]"#)
    }

    @Test func aNonFiniteNumberIsAnErrorAtItsPointer() throws {
        let window = JSSWindow(window: "12m", value: 1, score: .nan)
        var json = JSONWriter(style: .compact)
        let error = #expect(throws: JSONWriteError.self) { try json.value(JSONValueEncoder.encode(window)) }
        #expect(error?.pointer == "/score")
    }

    /// The `.document` layout: `"key": value`, `[]`/`{}`, `String(Double)` numbers (an integer below 10¹⁵
    /// without `.0`, `-0` as `0`), `null` for a non-finite number, `\b`/`\f` spelled as `\u` escapes.
    @Test func documentLayoutIsTheFilesOwn() {
        let tree = JSON.object([
            ("empty", .array([])), ("none", .object([])),
            ("numbers", .array([.number(3), .number(-0.0), .number(0.5), .number(1e15), .number(.infinity)])),
            ("big", .integer(Int.max)),
            ("text", .string("a\u{8}b\u{C}c\n\t\"\\/\u{1B}é")),
            ("nested", .array([.object([("on", .bool(true)), ("off", .null)])])),
        ])
        let expected = """
            {
              "empty": [],
              "none": {},
              "numbers": [
                3,
                0,
                0.5,
                1000000000000000.0,
                null
              ],
              "big": 9223372036854775807,
              "text": "a\\u0008b\\u000cc\\n\\t\\"\\\\/\\u001bé",
              "nested": [
                {
                  "on": true,
                  "off": null
                }
              ]
            }
            """
        #expect(tree.documentText() == expected)
    }
}
