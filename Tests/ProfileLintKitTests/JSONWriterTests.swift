import EligibilityEngine
import Foundation
import ProfileLintTestSupport
import ProfileModel
import ProfileParsing
import ProfileRules
import Testing

@testable import ProfileLintKit

/// `JSONWriter` against `JSONEncoder` on the same values: the reports it writes must stay byte for byte what the
/// Codable version wrote, and a value JSON cannot carry must be an error, never `nan` or a missing report.
@Suite struct JSONWriterTests {
    /// A value tree written both ways: through the writer, and through `JSONEncoder` with the report's options.
    indirect enum Value: Encodable {
        case string(String)
        case integer(Int)
        case number(Double)
        case bool(Bool)
        case array([Value])
        /// Members in sorted order, as the writer's callers write them.
        case object([(String, Value)])

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .string(let text):
                var container = encoder.singleValueContainer()
                try container.encode(text)
            case .integer(let value):
                var container = encoder.singleValueContainer()
                try container.encode(value)
            case .number(let value):
                var container = encoder.singleValueContainer()
                try container.encode(value)
            case .bool(let value):
                var container = encoder.singleValueContainer()
                try container.encode(value)
            case .array(let items):
                var container = encoder.unkeyedContainer()
                for item in items { try container.encode(item) }
            case .object(let members):
                var container = encoder.container(keyedBy: Key.self)
                for (key, value) in members { try container.encode(value, forKey: Key(stringValue: key)) }
            }
        }

        func write(to json: inout JSONWriter) throws(JSONWriteError) {
            switch self {
            case .string(let text): json.string(text)
            case .integer(let value): json.integer(value)
            case .number(let value): try json.number(value)
            case .bool(let value): json.bool(value)
            case .array(let items):
                json.beginArray()
                for item in items { try item.write(to: &json) }
                json.endArray()
            case .object(let members):
                json.beginObject()
                for (key, value) in members {
                    json.key(key)
                    try value.write(to: &json)
                }
                json.endObject()
            }
        }
    }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty
            ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    func expectSame(_ value: Value, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        for pretty in [false, true] {
            var json = JSONWriter(style: pretty ? .pretty : .compact)
            try value.write(to: &json)
            let expected = try Self.encoder(pretty: pretty).encode(value)
            #expect(
                String(decoding: json.bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
                sourceLocation: sourceLocation)
        }
    }

    @Test func stringsAreEscapedAsJSONEncoderEscapesThem() throws {
        let controls = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
        let strings = [
            "", "plain", controls, "quote \" backslash \\ slash / del \u{7F}", "Zoë 日本 — ok 👩🏽‍💻",
            "line\u{2028}separator\u{2029}", "\u{FEFF}bom", "tab\tend\n",
        ]
        try expectSame(.array(strings.map(Value.string)))
        try expectSame(.object(strings.enumerated().map { ("k\($0.offset)", Value.string($0.element)) }))
    }

    @Test func numbersAreWrittenAsJSONEncoderWritesThem() throws {
        var numbers: [Double] = [
            0, -0.0, 1, -1, 0.1, 2.5, 100, 1e14, 999_999_999_999_999, 1e15, 1e16, 1e20, 1e-7, 0.30000000000000004,
            1.2345678901234568e20, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
            4_503_599_627_370_496.5, 9_007_199_254_740_992, 66.66666666666667, 1.0 / 3,
        ]
        var generator = SplitMix64(seed: 16)
        for _ in 0..<2000 {
            let bits = generator.next()
            let value = Double(bitPattern: bits)
            if value.isFinite { numbers.append(value) }
            numbers.append(Double(Int64(bitPattern: bits) >> Int64(bits % 60)))  // integers of every size
            numbers.append(Double(bits % 100_000) / 100)
        }
        try expectSame(.array(numbers.map(Value.number)))
        try expectSame(.array([Int.min, Int.max, 0, -1, 9, 10, 1234567].map(Value.integer)))
    }

    @Test func nestingAndEmptyContainersAreLaidOutAsJSONEncoderLaysThemOut() throws {
        let inner: Value = .object([("f", Value.array([.integer(1), .bool(false)]))])
        let members: [(String, Value)] = [
            ("a", .array([])), ("b", .object([])), ("c", .array([.array([]), .object([]), .bool(true)])),
            ("d", .object([("e", inner)])),
        ]
        try expectSame(.object(members))
        try expectSame(.array([]))
        try expectSame(.object([]))
    }

    @Test func nonFiniteNumbersThrowNamingWhereTheyAre() throws {
        for bad in [Double.nan, .infinity, -.infinity] {
            var json = JSONWriter(style: .compact)
            json.beginObject()
            json.key("files")
            json.beginArray()
            json.integer(1)
            json.beginObject()
            json.key("a/b")
            let error = #expect(throws: JSONWriteError.self) { try json.number(bad) }
            #expect(error?.pointer == "/files/1/a~1b")
            #expect(error?.value == bad.description)
        }
    }

    // MARK: - The report's records against their Codable forms

    /// The sample account's eligibility report, and the completeness report of `Samples/me.json`.
    static func sampleResult() throws -> FileResult {
        var options = LintRun.Options()
        options.today = CalendarDate("2026-06-01")
        let outcome = try LintRun(options: options).eligibility(
            accountPath: TestPaths.samples + "/account.json",
            profilePath: TestPaths.samples + "/me.json")
        return try #require(outcome.results.first)
    }

    @Test func eligibilityAndCompletenessAreWrittenAsTheirCodableForms() throws {
        let result = try Self.sampleResult()
        let eligibility = try #require(result.eligibility)
        let completeness = try #require(result.completeness)
        #expect(!eligibility.badges.isEmpty && !eligibility.jss.windows.isEmpty, "the sample exercises every part")
        var json = JSONWriter(style: .pretty)
        try json.value(JSONValueEncoder.encode(eligibility))
        #expect(
            String(decoding: json.bytes, as: UTF8.self)
                == String(decoding: try Self.encoder(pretty: true).encode(eligibility), as: UTF8.self))
        json = JSONWriter(style: .compact)
        try JSONReporter.completeness(completeness, marketplace: nil, note: nil, to: &json)
        #expect(
            String(decoding: json.bytes, as: UTF8.self)
                == String(decoding: try Self.encoder(pretty: false).encode(completeness), as: UTF8.self))
    }

    @Test func specializedReadinessIsWrittenAsItsCodableForm() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestPaths.samples + "/specialized.json")))
        let result = Linter().lintProfile(SourceFile(path: "specialized.json", bytes: bytes))
        #expect(!result.specializedReadiness.isEmpty, "the sample has specialized profiles")
        for readiness in result.specializedReadiness {
            var json = JSONWriter(style: .compact)
            JSONReporter.specialized(readiness, to: &json)
            #expect(
                String(decoding: json.bytes, as: UTF8.self)
                    == String(decoding: try Self.encoder(pretty: false).encode(readiness), as: UTF8.self))
        }
    }

    // MARK: - Nothing dropped silently (issue 12, family 2)

    static func resultWithMarketplaceFigure(_ actual: Double) throws -> FileResult {
        var result = try Self.sampleResult()
        result.path = "figure.json"
        result.marketplaceCompleteness = MarketplaceCompleteness(
            actual: actual, display: 80, source: "test",
            span: SourceSpan(range: 0..<0))
        return result
    }

    @Test func aReportWithANaNFigureIsAnErrorNamingTheFileAndTheValue() throws {
        let good = try Self.sampleResult()
        let bad = try Self.resultWithMarketplaceFigure(.nan)
        let error = #expect(throws: JSONWriteError.self) { try ReportFormat.json.render([good, bad], failOn: .error) }
        #expect(
            error?.description == "figure.json: error: the JSON output cannot be written: "
                + "/files/1/completeness/marketplace/actual is nan, which JSON cannot represent")
        // A finite figure is written, with the difference the report derives from it.
        let text = try ReportFormat.json.render([try Self.resultWithMarketplaceFigure(72.5)], failOn: .error)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let file = try #require((document["files"] as? [[String: Any]])?.first)
        let marketplace = try #require((file["completeness"] as? [String: Any])?["marketplace"] as? [String: Any])
        #expect(marketplace["actual"] as? Double == 72.5 && marketplace["display"] as? Double == 80)
    }

    @Test func anNDJSONRecordWithAnInfiniteFigureIsAnErrorRecordThatFailsTheRun() throws {
        let record = NDJSONStream.Record(
            try Self.resultWithMarketplaceFigure(.infinity), line: 7, id: nil,
            failOn: .error)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(record.bytes)) as? [String: Any])
        #expect(object["line"] as? Int == 7 && object["path"] as? String == "figure.json")
        #expect(
            (object["error"] as? [String: Any])?["message"] as? String
                == "the result cannot be written: /completeness/marketplace/actual is inf, which JSON cannot represent")
        #expect(record.counts.inputError, "counted as an unreadable line: the run exits 2")
    }
}

/// A small seeded generator (SplitMix64), so the random cases are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
