import Foundation
import ProfileLintTestSupport
import ProfileModel
import ProfileParsing
import ProfileRules
import Testing

/// The rules on specialized profiles, beyond each rule's own examples: where their findings stand, that every
/// Terms-of-Service rule reaches their fields, and the readiness checklist.
@Suite struct SpecializedProfileRulesTests {
    static let profile = """
        {"profile": {"title": "Web developer", "overview": "General overview.", "skills": ["React"],
          "specializedProfiles": [
            {"specialty": "Shopify Development",
             "overview": "Shopify work. Pay me via PayPal or mail ana@example.com.",
             "skills": ["Shopify"]},
            {"specialty": "Mobile App Development",
             "title": "Mobile App Developer for iOS and Android | React Native, Expo, Firebase & Play Store",
             "skills": ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12", "a13", "a14",
                        "a15", "a16"]}
          ]}}
        """

    func findings() throws -> (SourceFile, [Finding]) {
        let source = SourceFile(path: "p.json", text: Self.profile)
        return (source, RuleRunner().run(RuleInput(document: try ProfileReader.read(source))))
    }

    @Test func termsOfServiceRulesScanSpecializedFieldsWhereTheyStand() throws {
        let (_, findings) = try findings()
        let email = try #require(findings.first { $0.ruleID == "contact-email" })
        #expect(email.fieldPath == "/specializedProfiles/0/overview")
        #expect(email.offset == offset(of: "ana@example.com"))
        #expect("\(email.location)" == "p.json:4:59")
        let payment = try #require(findings.first { $0.ruleID == "off-platform-payment" })
        #expect(payment.fieldPath == "/specializedProfiles/0/overview")
    }

    @Test func perProfileRulesNameTheProfileAndPointUnderIt() throws {
        let (_, findings) = try findings()
        let title = try #require(findings.first { $0.ruleID == "title-too-long" })
        #expect(title.fieldPath == "/specializedProfiles/1/title")
        #expect(title.message.hasPrefix(#"specialized profile "Mobile App Development": the title is 84 characters"#))
        #expect(title.location.line == 7)
        let skills = try #require(findings.first { $0.ruleID == "too-many-skills" })
        #expect(skills.fieldPath == "/specializedProfiles/1/skills/15")
        #expect(skills.offset == offset(of: #""a16""#))
        // A rule that writes a general pointer ("/title") is moved under the specialized profile.
        let missing = findings.filter { $0.ruleID == "missing-title" }
        #expect(missing.map(\.fieldPath) == ["/specializedProfiles/0/title"])
        #expect(missing.first?.offset == offset(of: #"{"specialty": "Shopify"#))
        // The general profile's own title is present, so nothing points at /title.
        #expect(!findings.contains { $0.fieldPath == "/title" })
        #expect(
            findings.filter { $0.ruleID == "overview-too-short" }.map(\.fieldPath)
                == ["/overview", "/specializedProfiles/0/overview"])
    }

    @Test func categoriesStillFilterThePerProfileRules() throws {
        let source = SourceFile(path: "p.json", text: Self.profile)
        let findings = RuleRunner().run(
            RuleInput(document: try ProfileReader.read(source)),
            categories: [.termsOfService])
        #expect(findings.allSatisfy { $0.category == .termsOfService })
        #expect(!findings.isEmpty)
    }

    /// The byte offset of the first occurrence of `text` in the profile.
    func offset(of text: String) -> Int? {
        let haystack = Array(Self.profile.utf8)
        let needle = Array(text.utf8)
        return haystack.indices.first { start in
            start + needle.count <= haystack.count && haystack[start..<start + needle.count].elementsEqual(needle)
        }
    }

    @Test func readinessListsEachOwnItem() throws {
        let profile = try ProfileReader.read(SourceFile(path: "p.json", text: Self.profile)).profile
        let readiness = SpecializedReadiness.assess(profile)
        #expect(readiness.map(\.measuredBy) == ["profilelint", "profilelint"])
        #expect(readiness[0].items.filter(\.met).map(\.id) == ["skills"])
        #expect(readiness[0].met == 1 && readiness[0].total == 5)
        #expect(
            readiness[1].missing.map(\.id) == ["title", "overview", "hourly-rate", "skills", "portfolio"],
            "an 84-character title and 16 skills are over the limits")
        #expect(readiness[1].pointer == "/specializedProfiles/1")
    }
}
