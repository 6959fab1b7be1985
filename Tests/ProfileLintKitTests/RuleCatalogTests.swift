import Foundation
import ProfileLintKit
import ProfileLintTestSupport
import ProfileRules
import Testing

@Suite struct RuleCatalogTests {
    @Test func theCheckedInCatalogueIsCurrent() throws {
        let path = TestPaths.repositoryRoot + "/Docs/rules.md"
        let checkedIn = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            checkedIn == RuleCatalog.markdown(),
            "Docs/rules.md is out of date: run `swift run profilelint rules --format markdown > Docs/rules.md`")
    }

    @Test func everyRuleIsDocumentedWithRationaleAndFix() {
        let catalogue = RuleCatalog.markdown()
        for rule in RuleRegistry.all {
            let description = rule.description
            #expect(catalogue.contains("\n## \(description.id)\n"))
            #expect(description.rationale.count > 40, "\(description.id) needs a real rationale")
            #expect(!description.howToFix.isEmpty, "\(description.id) needs a fix")
        }
    }

    @Test func explainShowsTheRationaleAndExamples() throws {
        let type = try #require(RuleRegistry.rule(withID: "title-too-long"))
        let text = RuleCatalog.explain(type)
        #expect(text.hasPrefix("title-too-long: Title too long\ncategory: completeness, default severity: warning\n"))
        #expect(text.contains("How to fix: "))
        #expect(text.contains("Fails (↓ marks each finding):"))
    }
}
