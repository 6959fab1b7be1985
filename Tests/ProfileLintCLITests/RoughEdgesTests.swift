import Foundation
import ProfileLintTestSupport
import Testing

/// Rough edges found re-checking issue 13's items through the built binary, each pinned here.
@Suite struct RoughEdgesTests {
    /// Item 4: a placeholder skill was named by its index ("the 0 at /skills/0 is placeholder text").
    @Test func aPlaceholderSkillIsNamedAsASkill() throws {
        let directory = try CommandRunner.temporaryDirectory(with: [
            "me.json": #"{"title": "Editor", "overview": "Fine.", "skills": ["Editing", "lorem ipsum"], "#
                + #""portfolio": [{"title": "Book", "skills": ["TBD"]}]}"#
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["me.json"], in: directory)
        #expect(
            result.stdout.contains(
                "me.json:1:65: warning: the skill at /skills/1 is placeholder text (lorem ipsum); write real text or "
                    + "leave it empty [placeholder-text]"), "\(result.stdout)")
        #expect(
            result.stdout.contains("warning: the skill at /portfolio/0/skills/0 is placeholder text (\"tbd\")"),
            "\(result.stdout)")
        #expect(!result.stdout.contains("the 0 at") && !result.stdout.contains("the 1 at"))
    }

    /// Item 5: a finding about a missing field of a saved page (it points at the profile element's `<`) fell back
    /// to the raw excerpt, so the report showed markup: `<mark>&lt;</mark>`.
    @Test func aSavedPagesReportShowsNoMarkupForMissingFields() throws {
        let result = try CommandRunner.profilelint(["report", "Samples/html/air3-stats.html", "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.contains("<code>required-item-missing</code>"), "the finding is still listed")
        #expect(!html.contains("<mark>&lt;"), "no markup in the excerpts")
        // Findings inside the page's text keep their context.
        #expect(html.contains("<mark>I design batch and streaming pipelines for retail analytics teams."))
        // A JSON profile's missing-field finding keeps its excerpt as before.
        let json = try CommandRunner.profilelint(["report", "Samples/bad/contact-details.json", "-o", "-"])
        #expect(json.stdout.contains("<code>required-item-missing</code>"))
    }
}
