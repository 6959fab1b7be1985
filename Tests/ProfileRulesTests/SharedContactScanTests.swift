import ProfileModel
import ProfileParsing
import Testing

@testable import ProfileRules

/// The seven Terms-of-Service rules share one contact scan per input (`RuleInput.contactMatches`).
@Suite struct SharedContactScanTests {
    static let profile = #"""
        {"title": "Designer — mail jo@gmail.com", "overview": "Call +1 (415) 555-2671, Skype: live:jo_42.\nPay me via PayPal; t.me/jo_dev. 504 Parkwood Drive. I'll give a refund if you leave 5 stars.",
         "skills": ["Figma", "jo at gmail dot com"]}
        """#

    static var input: RuleInput {
        get throws { RuleInput(document: try ProfileReader.read(SourceFile(path: "p.json", text: profile))) }
    }

    static let termsOfService = RuleRegistry.all.filter { $0.description.category == .termsOfService }

    @Test func runnerFindsWhatEachRuleFindsAlone() throws {
        let shared = RuleRunner(rules: Self.termsOfService.map(ConfiguredRule.init)).run(try Self.input)
        var alone: [Finding] = []
        for type in Self.termsOfService {
            let configured = ConfiguredRule(type)
            var collector = FindingCollector(
                source: try Self.input.source, ruleID: type.description.id,
                category: .termsOfService, severity: configured.severity)
            configured.rule.check(try Self.input, into: &collector)  // unscanned input: the rule scans for itself
            alone += collector.findings
        }
        #expect(Set(shared.map(\.ruleID)).count == 7)
        #expect(
            shared.map { "\($0.ruleID) \($0.offset) \($0.message)" }.sorted()
                == alone.map { "\($0.ruleID) \($0.offset) \($0.message)" }.sorted())
    }

    @Test func scanRunsOnceAndChangedFieldsDropIt() throws {
        var input = try Self.input
        #expect(input.contactMatches == nil)
        input.scanContacts()
        let scanned = try #require(input.contactMatches)
        #expect(scanned.count == input.textFields.count)
        #expect(scanned.flatMap { $0 }.count >= 7)
        input.textFields.removeLast()
        #expect(input.contactMatches == nil)
        #expect(input.contactMatches(inField: 0) == ContactScanner.scan(input.textFields[0].value))
    }
}
