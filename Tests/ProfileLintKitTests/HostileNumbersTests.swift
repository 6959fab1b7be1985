import AccountReading
import Foundation
import PositionedJSON
import ProfileLintKit
import ProfileLintTestSupport
import ProfileModel
import Testing

@testable import ProfileParsing

/// Issue 12, family 1 (numbers that trap) and 2 (results that vanish), over every number of every sample: each
/// number in each sample file, replaced by each hostile value, either fails the file with an error at that
/// number's own `line:column`, or is a field nobody reads — and then no reporter shows a non-finite or
/// astronomically large figure. Either way the run finishes and every reporter renders the file.
@Suite struct HostileNumbersTests {
    static let hostile = ["1e19", "-1e19", "1e300", "-1e300", "1e400", "-1", "123456789012345678901234567890"]

    /// The samples that hold number literals (the others write every figure as text, covered below).
    static let samples = ["good/complete.json", "upwork/graphql-profile.json", "upwork/phpvars-profile.json"]

    /// A non-finite or astronomically large figure in a report (`info` is a severity, not `inf`).
    static let shownHostile = try! NSRegularExpression(
        pattern: #"\b(inf|infinity|nan)\b|e\+?(19|300)\b|1234567890123456789"#, options: [.caseInsensitive])

    /// The byte ranges of every number literal in `bytes`.
    static func numberRanges(in source: SourceFile) throws -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        func walk(_ node: JSONNode) {
            switch node.value {
            case .number: ranges.append(node.range)
            case .array(let items): items.forEach(walk)
            case .object(let members): for member in members { walk(member.value) }
            default: break
            }
        }
        walk(try JSONReader(source: source).parseDocument())
        return ranges
    }

    @Test(arguments: samples)
    func everyNumberOfTheSampleIsRangeChecked(_ name: String) throws {
        let path = TestPaths.samples + "/" + name
        let original = SourceFile(path: name, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        let ranges = try Self.numberRanges(in: original)
        #expect(!ranges.isEmpty)
        var refused = 0
        for range in ranges {
            for value in Self.hostile {
                var bytes = original.bytes
                bytes.replaceSubrange(range, with: Array(value.utf8))
                let source = SourceFile(path: name, bytes: bytes)
                let expected = source.location(ofOffset: range.lowerBound)
                let result = Linter().lintProfile(source)
                if let error = result.error {
                    refused += 1
                    #expect(
                        error.line == expected.line && error.column == expected.column,
                        "\(name) with \(value) at \(expected): \(error.description)")
                    continue
                }
                // Accepted: the number is in no field that is read (an unknown key, `actionCredit`…).
                for format in ReportFormat.allCases {
                    let report = try format.render([result], failOn: .error)
                    let range = NSRange(report.startIndex..., in: report)
                    #expect(
                        Self.shownHostile.firstMatch(in: report, range: range) == nil,
                        "\(name) with \(value) at \(expected): \(format) shows it")
                }
            }
        }
        // The samples' numbers are nearly all read; each read one must have been refused.
        #expect(refused > 0, "\(name): no hostile number was refused")
    }

    /// The same over account records read as `--account` (the eligibility command's path).
    @Test(arguments: ["account.json", "agency-account.json"])
    func everyNumberOfAnAccountIsRangeChecked(_ name: String) throws {
        let path = TestPaths.samples + "/" + name
        let original = SourceFile(path: name, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        for range in try Self.numberRanges(in: original) {
            for value in Self.hostile {
                var bytes = original.bytes
                bytes.replaceSubrange(range, with: Array(value.utf8))
                let expected = original.location(ofOffset: range.lowerBound)
                do {
                    let account = try AccountReader.readAccount(SourceFile(path: name, bytes: bytes))
                    Issue.record("\(name): \(value) at \(expected) was accepted as \(String(describing: account))")
                } catch {
                    #expect(
                        error.location?.line == expected.line && error.location?.column == expected.column,
                        "\(name) with \(value): \(error)")
                }
            }
        }
    }

    /// Numbers written as text (`"amount": "NaN"`) parse with `Double(…)`: the range refuses them too.
    @Test(arguments: ["\"NaN\"", "\"nan\"", "\"inf\"", "\"-inf\"", "\"infinity\"", "\"1e300\"", "\"-5\""])
    func numbersWrittenAsTextAreRangeChecked(_ value: String) throws {
        let documents = [
            #"{"profile": {"hourlyRate": {"amount": §}}}"#,
            #"{"data": {"freelancerProfileByProfileKey": {"personalData": {"firstName": "A"}, "#
                + #""profileCompletenessSummary": {"actual": §}}}}"#,
            #"{"data": {"freelancerProfileByProfileKey": {"personalData": {"firstName": "A"}, "#
                + #""profileCompleteness": {"pciActual": 50, "pciDisplay": §}}}}"#,
            #"{"profile": {"dev_recno": "1", "dev_first_name": "A", "dev_bill_rate": §}}"#,
        ]
        for template in documents {
            let text = template.replacingOccurrences(of: "§", with: value)
            let column = template.components(separatedBy: "§")[0].utf8.count + 1
            let result = Linter().lintProfile(SourceFile(path: "p.json", bytes: Array(text.utf8)))
            let error = try #require(result.error, "\(text) was accepted")
            #expect(error.line == 1 && error.column == column, "\(text): \(error.description)")
        }
    }
}
