import EligibilityEngine
import Foundation
import ProfileLintTestSupport
import Testing

@testable import ProfileLintKit

/// A profile is untrusted input: markup in any field must come out as text.
@Suite struct ReportEscapingTests {
    static let script = "<script>alert(1)</script>"
    static let attribute = #""><img src=x onerror=alert(1)>"#
    static let payload = script + " " + attribute

    /// A document with the payloads in every text field of the profile and the account, in unknown keys, and next
    /// to contact details so they stand in the findings' excerpts too.
    static func document() -> [String: Any] {
        let p = payload
        let profile: [String: Any] = [
            "name": p, "photo": "https://example.com/" + p, "title": p,
            "overview": p + " Write to dana@example.com or WhatsApp me. "
                + String(repeating: "More words here. ", count: 30),
            "hourlyRate": ["amount": 50, "currency": p],
            "location": ["city": p, "country": p],
            "skills": [p, "Swift " + p],
            "employment": [["company": p, "title": p, "description": p + " call +1 (555) 010-4477"]],
            "education": [["school": p, "degree": p, "field": p, "description": p]],
            "portfolio": [["title": p, "description": p, "url": "https://example.com/" + p, "role": p, "skills": [p]]],
            "certifications": [["name": p, "issuer": p, "url": p]],
            "video": p,
            "linkedAccounts": [["service": p, "url": p]],
            "otherExperience": [["subject": p, "description": p]],
            "languages": [["language": p, "proficiency": p]],
            script: p,
            attribute: [attribute: p],
        ]
        let contract: [String: Any] = [
            "id": p, "client": p, "category": p, "started": "2025-01-06", "ended": "2026-09-01",
            "payments": [["date": "2026-09-01", "amount": 25000]], "feedback": ["publicStars": 5],
        ]
        var second = contract
        second["client"] = attribute
        let account: [String: Any] = [
            "asOf": "2026-10-15", "joined": "2024-01-01", "contracts": [contract, second],
            "jssHistory": [["week": "2026-10-12", "jss": 95]], "holds": [], "offPlatformViolations": [],
        ]
        return ["profile": profile, "account": account]
    }

    @Test func markupInEveryFieldIsEscaped() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The file name is user text too.
        let path = folder + "/" + Self.attribute + ".json"
        let json = try JSONSerialization.data(
            withJSONObject: Self.document(),
            options: [.sortedKeys, .withoutEscapingSlashes])
        try json.write(to: URL(fileURLWithPath: path))
        var options = LintRun.Options()
        options.today = CalendarDate("2026-10-15")
        let data = try ReportData.load(path: path, options: options)
        #expect(data.result.findings.contains { $0.category == .termsOfService })
        #expect(data.result.findings.contains { $0.ruleID == "unknown-field" })
        #expect(data.result.eligibility != nil)
        let html = HTMLReport.render(data)

        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("<img"))
        for tag in ReportFixture.tagsWithoutValues(html) {
            // With quoted values removed, an injected attribute would be left standing in the tag.
            #expect(!tag.lowercased().contains("onerror"), "\(tag)")
            #expect(!tag.contains("alert("), "\(tag)")
        }
        // Every `onerror=` is in text content: the last `<` or `>` before it closes a tag.
        var rest = html[...]
        while let hit = rest.range(of: "onerror=") {
            let before = html[..<hit.lowerBound]
            #expect(before.last { $0 == "<" || $0 == ">" } == ">")
            rest = html[hit.upperBound...]
        }
        let escapedAttribute = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; " + escapedAttribute + "</h1>"))
        // The payload reaches the page from the header, the findings' context and the account's contracts.
        #expect(html.contains("<p class=\"subtitle\">&lt;script&gt;"))
        #expect(html.contains("<mark>dana@example.com</mark>"))
        #expect(html.contains("&lt;/script&gt; \\&quot;&gt;&lt;img src=x onerror=alert(1)&gt; Write to <mark>"))
        #expect(html.contains("unknown field &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;"))
        #expect(html.contains("<td data-label=\"Has\">&lt;script&gt;alert(1)&lt;/script&gt; "))
        #expect(html.contains("<code>" + HTML.escape(path) + "</code>"))
    }
}
