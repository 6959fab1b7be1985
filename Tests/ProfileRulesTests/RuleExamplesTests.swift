import ProfileLintTestSupport
import ProfileModel
import ProfileRules
import Testing

/// Every rule's documented examples are its tests (SwiftLint's `verifyRule`): passing examples yield nothing,
/// failing examples yield exactly one finding at each `↓`.
@Suite struct RuleExamplesTests {
    static let rules = RuleRegistry.all.map(RuleCase.init)

    @Test(arguments: rules)
    func passingExamplesFindNothing(_ rule: RuleCase) throws {
        for example in rule.type.description.passing {
            let findings = try RuleHarness.findings(of: rule.type, in: example.text, as: example)
            #expect(
                findings.isEmpty, "\(example.text.prefix(120)) → \(findings.map(\.message))",
                sourceLocation: location(of: example))
        }
    }

    @Test(arguments: rules)
    func failingExamplesFindExactlyTheMarkers(_ rule: RuleCase) throws {
        #expect(!rule.type.description.failing.isEmpty, "every rule documents at least one failing example")
        for example in rule.type.description.failing {
            let marked = MarkedText(example.text)
            #expect(
                !marked.markerOffsets.isEmpty, "a failing example needs a ↓ marker",
                sourceLocation: location(of: example))
            let findings = try RuleHarness.findings(of: rule.type, in: marked.text, as: example)
            #expect(
                findings.map(\.offset) == marked.markerOffsets,
                "\(marked.text.prefix(120)) → \(findings.map { "\($0.offset): \($0.message)" })",
                sourceLocation: location(of: example))
            #expect(findings.allSatisfy { $0.ruleID == rule.type.description.id })
        }
    }

    /// Columns count UTF-8 bytes: the same example with multi-byte text inserted in its first string must move
    /// every finding after it by exactly the inserted bytes (SwiftLint's testMultiByteOffsets).
    @Test(arguments: rules)
    func failingExamplesKeepByteOffsetsWithMultiByteText(_ rule: RuleCase) throws {
        let inserted = "Zoë 日本 "
        for example in rule.type.description.failing where example.testMultiByteOffsets {
            let marked = MarkedText(example.text)
            guard let insertAt = Self.firstValueStringOffset(marked.text, format: example.format) else { continue }
            var bytes = Array(marked.text.utf8)
            bytes.insert(contentsOf: Array(inserted.utf8), at: insertAt)
            let shifted = String(decoding: bytes, as: UTF8.self)
            let expected = marked.markerOffsets.map { $0 >= insertAt ? $0 + inserted.utf8.count : $0 }
            let findings = try RuleHarness.findings(of: rule.type, in: shifted, as: example)
            #expect(findings.map(\.offset) == expected, sourceLocation: location(of: example))
        }
    }

    /// Where the first string *value* starts (after `": "`), so keys stay as they are; a text example's start.
    static func firstValueStringOffset(_ text: String, format: Example.Format) -> Int? {
        if format == .text { return 0 }
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: ":") {
                var next = index + 1
                while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
                if next < bytes.count, bytes[next] == UInt8(ascii: "\"") { return next + 1 }
            }
            index += 1
        }
        return nil
    }

    @Test func ruleIDsAreUniqueAndKebabCase() {
        let ids = RuleRegistry.all.map { $0.description.id }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(
                id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } && !id.hasPrefix("-")
                    && !id.hasSuffix("-") && !id.contains("--"), "\(id) is not kebab-case")
        }
    }

    func location(of example: Example) -> SourceLocation {
        Testing.SourceLocation(
            fileID: "ProfileRules/\(example.file)", filePath: "\(example.file)",
            line: Int(example.line), column: 1)
    }
}

typealias SourceLocation = Testing.SourceLocation
