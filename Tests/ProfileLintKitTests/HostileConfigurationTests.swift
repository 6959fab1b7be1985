import EligibilityEngine
import Foundation
import ProfileLintTestSupport
import ProfileModel
import ProfileRules
import Testing

@testable import ProfileLintKit

/// Issue 12, families 1 and 3, in process: every number a configuration can set has a documented range that
/// refuses NaN, infinities and out-of-range values at the value's own place; configuration text is never echoed
/// beyond a short escaped excerpt; and locating nodes of a long one-line file stays linear.
@Suite struct HostileConfigurationTests {
    static let hostile = ["-1e300", "1e300", ".inf", "-.inf", ".nan", "99999999999999999999999", "-1"]

    /// Every numeric leaf key under `value` (list items and nested objects included).
    static func numericKeys(_ value: PlainValue?, key: String = "") -> Set<String> {
        switch value {
        case .number: [key]
        case .list(let items): items.reduce(into: Set<String>()) { $0.formUnion(numericKeys($1, key: key)) }
        case .map(let entries):
            entries.reduce(into: Set<String>()) { $0.formUnion(numericKeys($1.1, key: ConfigKeys.snakeCase($1.0))) }
        default: []
        }
    }

    /// A default value in YAML flow style.
    static func flow(_ value: PlainValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): String(number)
        case .string(let text): "\"" + text + "\""
        case .list(let items): "[" + items.map(flow).joined(separator: ", ") + "]"
        case .map(let entries):
            "{" + entries.map { "\(ConfigKeys.snakeCase($0.0)): \(flow($0.1))" }.joined(separator: ", ") + "}"
        }
    }

    /// The place of `§` in `template`, and the text with `value` in its place.
    static func fill(_ template: String, _ value: String) -> (text: String, line: Int, column: Int) {
        let before = template.components(separatedBy: "§")[0]
        let line = before.split(separator: "\n", omittingEmptySubsequences: false).count
        let column = (before.split(separator: "\n", omittingEmptySubsequences: false).last?.utf8.count ?? 0) + 1
        return (template.replacingOccurrences(of: "§", with: value), line, column)
    }

    static func parse(_ text: String) -> Result<Configuration, ConfigurationError> {
        Result { () throws(ConfigurationError) in
            let configuration = try Configuration.parse(SourceFile(path: ".profilelint.yml", bytes: Array(text.utf8)))
            _ = try configuration.policy()
            _ = try configuration.ruleRunner()
            return configuration
        }
    }

    static func expectRefused(_ template: String, _ value: String, _ comment: String) {
        let (text, line, column) = fill(template, value)
        switch parse(text) {
        case .success: Issue.record("\(comment): \(value) accepted in \(text)")
        case .failure(let error):
            guard case .malformed(let location, _) = error else {
                Issue.record("\(comment): \(error)")
                return
            }
            #expect(location.line == line && location.column == column, "\(comment) \(value): \(error)")
        }
    }

    /// A numeric policy setting without a range would be read unchecked: the table must name every one.
    @Test func everyNumericPolicySettingHasARange() {
        let keys = Self.numericKeys(ConfigKeys.plain(Policy.upwork2025))
        #expect(keys.count > 20)
        for key in keys { #expect(ConfigNumbers.policy[key] != nil, "eligibility \(key) has no range") }
    }

    /// Each numeric policy setting, top level or nested in a band, threshold or the classification, refuses every
    /// hostile value and the values just outside its range.
    @Test func everyPolicySettingRefusesOutOfRangeNumbers() throws {
        guard case .map(let entries) = ConfigKeys.plain(Policy.upwork2025) else { throw TestFailure() }
        var templates: [(String, NumberRange)] = []
        for (camel, value) in entries {
            let key = ConfigKeys.snakeCase(camel)
            switch value {
            case .number: templates.append(("eligibility:\n  \(key): §\n", ConfigNumbers.policy[key]!))
            case .list(let items):
                if case .number = items.first {
                    templates.append(("eligibility:\n  \(key): [§]\n", ConfigNumbers.policy[key]!))
                } else if case .map(let fields) = items.first {
                    // The whole first item, in flow style, with this one field replaced.
                    for (field, inner) in fields {
                        guard case .number = inner else { continue }
                        let name = ConfigKeys.snakeCase(field)
                        let item = fields.map { other, value in
                            "\(ConfigKeys.snakeCase(other)): " + (other == field ? "§" : Self.flow(value))
                        }.joined(separator: ", ")
                        templates.append(("eligibility:\n  \(key):\n    - {\(item)}\n", ConfigNumbers.policy[name]!))
                    }
                }
            case .map(let fields):
                for (field, inner) in fields {
                    guard case .number = inner else { continue }
                    let name = ConfigKeys.snakeCase(field)
                    templates.append(("eligibility:\n  \(key):\n    \(name): §\n", ConfigNumbers.policy[name]!))
                }
            default: continue
            }
        }
        #expect(templates.count > 25)
        for (template, range) in templates {
            for value in Self.hostile + [String(range.lowerBound - 1), String(range.upperBound * 2 + 1)] {
                Self.expectRefused(template, value, template)
            }
            if range.wholeNumber, range.upperBound > range.lowerBound + 1 {
                Self.expectRefused(template, String(range.lowerBound + 0.5), template)
            }
            // The bounds themselves are accepted.
            let bound = Self.fill(template, String(range.upperBound)).text
            if case .failure(let error) = Self.parse(bound) { Issue.record("\(bound): \(error)") }
        }
    }

    @Test func theReportedPolicyValuesAreRefused() {
        Self.expectRefused("eligibility:\n  eligible_weeks_window: §\n", "0", "weeks window")
        Self.expectRefused("eligibility:\n  eligible_weeks_window: §\n", "1e300", "weeks window")
        Self.expectRefused("eligibility:\n  jss_long_term_period_months: §\n", "0", "period")
    }

    /// Every numeric option of every registered rule refuses hostile values (a negative line count would trap
    /// `prefix(_:)`, a huge one allocate).
    @Test func everyNumericRuleOptionRefusesOutOfRangeNumbers() {
        func options<Rule: ProfileRule>(_: Rule.Type) -> PlainValue? { ConfigKeys.plain(Rule().options) }
        var checked = 0
        for type in RuleRegistry.all {
            guard case .map(let entries) = options(type) else { continue }
            for (camel, value) in entries {
                guard case .number = value else { continue }
                let key = ConfigKeys.snakeCase(camel)
                let template = "rules:\n  \(type.description.id):\n    \(key): §\n"
                for hostile in Self.hostile { Self.expectRefused(template, hostile, template) }
                checked += 1
            }
        }
        #expect(checked >= 6)
    }

    @Test(arguments: ["max_file_size", "max_depth", "max_string_length", "max_items", "max_warnings"])
    func everyLimitRefusesOutOfRangeNumbers(_ key: String) {
        let template = key == "max_warnings" ? "max_warnings: §\n" : "limits:\n  \(key): §\n"
        for value in Self.hostile + ["0", "1.5", "9223372036854775807", "4294967296"] {
            if key == "max_warnings", value == "0" { continue }
            Self.expectRefused(template, value, key)
        }
    }

    // MARK: - Family 3: never echo, linear locations

    /// Whatever a file holds, an error or warning quotes at most a short escaped excerpt of it.
    @Test func configurationMessagesNeverEchoMoreThanAnExcerpt() {
        let secret = "TOPSECRET" + String(repeating: "x", count: 60)
        let contents = [
            "A=1\0B=\(secret)\0",
            "key: [unclosed \(secret)",
            "\(String(repeating: "k", count: 50))\(secret): 1\n",
            "rules:\n  \(String(repeating: "r", count: 50))\(secret): error\n",
            "rules:\n  title-too-long: \(String(repeating: "s", count: 50))\(secret)\n",
            "\u{1B}]0;\(secret)\u{07}: 1\n",
            "- \(secret)\n",
            "fail_on: \(secret)\n",
            "\(secret)",
            "{\"a\": \"\(secret)\", ",
        ]
        let jsonContents = ["{\"\(String(repeating: "k", count: 120))\(secret)\" 1}", "{\"a\": \(secret)}"]
        for (text, name) in contents.map({ ($0, ".profilelint.yml") }) + jsonContents.map({ ($0, ".profilelint.json") })
        {
            var messages: [String] = []
            let parsed = Result { () throws(ConfigurationError) in
                try Configuration.parse(SourceFile(path: name, bytes: Array(text.utf8)))
            }
            switch parsed {
            case .success(let configuration): messages = configuration.warnings.map(\.description)
            case .failure(let error): messages = [error.description]
            }
            for message in messages {
                #expect(!message.contains("TOPSECRET"), "\(message)")
                #expect(!message.unicodeScalars.contains { TerminalText.needsEscape($0) }, "\(message)")
            }
        }
    }

    /// 150 KB on one line: each node's column is found from a per-line table, not a scan of the line.
    @Test func aLongOneLineFileIsLocatedCorrectlyAndFinishes() throws {
        let pairs = (0..<12_000).map { "k\($0): é\($0)" }.joined(separator: ", ")
        let text = "eligibility: {\(pairs)}\n"
        #expect(text.utf8.count > 150_000)
        let outcome = Watchdog.run { Self.parse(text) }
        let configuration = try #require(outcome).get()
        let last = try #require(configuration.warnings.last)
        let expected = text.components(separatedBy: "k11999")[0].utf8.count + 1
        #expect(last.location.line == 1 && last.location.column == expected, "\(last)")
    }

    /// FuzzConfiguration (2026-12-01) timed out on a 2.6 KB `eligibility:` mapping of about 200 unknown keys: every key
    /// was compared with every known one for "did you mean", at any length. A candidate whose length differs by more
    /// than the edits allowed is now skipped, so a word costs at most a candidate's length squared per candidate; the
    /// fuzzer's input is kept in Fuzz/Corpus/FuzzConfiguration/unknown-keys-did-you-mean.yml.
    @Test func didYouMeanSkipsCandidatesOutOfReachAndStillFindsTypos() throws {
        let keys = ["top_rated_jss", "earnings12m", "eligible_weeks_window", "jss_minimum_jobs"]
        // Ten million letters against every key was billions of steps; the length check makes it none.
        let found = Watchdog.run { closestMatch(to: String(repeating: "k", count: 10_000_000), in: keys) }
        #expect(try #require(found, "closestMatch did not finish") == nil)
        #expect(closestMatch(to: "top_rated_jsss", in: keys) == "top_rated_jss")
        #expect(closestMatch(to: "earnings12", in: keys) == "earnings12m")
        #expect(closestMatch(to: "k12", in: keys) == nil)
        let fuzzed = try String(
            contentsOfFile: TestPaths.repositoryRoot
                + "/Fuzz/Corpus/FuzzConfiguration/unknown-keys-did-you-mean.yml", encoding: .utf8)
        let configuration = try #require(Watchdog.run { Self.parse(fuzzed) }).get()
        #expect(configuration.warnings.count > 200)
        #expect(configuration.warnings.filter { !$0.message.hasPrefix("unknown setting 'k") }.map(\.description) == [])
        #expect(configuration.warnings.allSatisfy { !$0.message.contains("did you mean") })
    }
}

struct TestFailure: Error {}
