import EligibilityEngine
import Foundation
import ProfileLintTestSupport

@testable import ProfileLintKit

/// Builds reports of sample files in process, and reads the tags of the HTML they produce.
enum ReportFixture {
    /// The report of `Samples/<sample>`, with `Samples/<account>` as `--account` when given.
    static func data(_ sample: String, account: String? = nil, as path: String? = nil) throws -> ReportData {
        var options = LintRun.Options()
        options.today = CalendarDate("2026-10-15")
        if let account {
            let accountPath = TestPaths.samples + "/" + account
            options.account = (try LintRun.readAccount(path: accountPath, maxBytes: 1 << 24).get(), accountPath)
        }
        return try ReportData.load(path: path ?? TestPaths.samples + "/" + sample, options: options)
    }

    static func html(_ sample: String, account: String? = nil) throws -> String {
        HTMLReport.render(try data(sample, account: account))
    }

    /// Every real tag in `html` (`<` only ever starts a tag: text is escaped), with quoted attribute values
    /// removed, so what is left is the element name and attribute names.
    static func tagsWithoutValues(_ html: String) -> [String] {
        var tags: [String] = []
        var rest = html[...]
        // The style sheet is CSS, not markup: skip it.
        if let styleStart = rest.range(of: "<style>"), let styleEnd = rest.range(of: "</style>") {
            tags.append("<style>")
            rest = rest[..<styleStart.lowerBound] + rest[styleEnd.lowerBound...]
        }
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            var tag = ""
            var inQuotes = false
            for character in rest[open...close] {
                if character == "\"" {
                    inQuotes.toggle()
                    continue
                }
                if !inQuotes { tag.append(character) }
            }
            tags.append(tag)
            rest = rest[rest.index(after: close)...]
        }
        return tags
    }

    /// Heading levels in document order.
    static func headingLevels(_ html: String) -> [Int] {
        tagsWithoutValues(html).compactMap { tag in
            let characters = Array(tag)
            guard characters.count >= 3, characters[0] == "<", characters[1] == "h",
                let level = characters[2].wholeNumberValue
            else { return nil }
            return level
        }
    }
}
