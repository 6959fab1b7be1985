import EligibilityEngine
import ProfileModel
import Testing

@testable import ProfileLintKit

@Suite struct ConfigKeysTests {
    @Test(arguments: [
        ("maxCharacters", "max_characters"), ("topRatedJSS", "top_rated_jss"), ("earnings12m", "earnings12m"),
        ("jssMaxAgeMonths", "jss_max_age_months"), ("maxURLCount", "max_url_count"), ("id", "id"),
    ])
    func snakeCaseKeepsAcronymsTogether(camel: String, snake: String) {
        #expect(ConfigKeys.snakeCase(camel) == snake)
    }

    @Test func policyOverridesRoundTripAcronymKeysAndNestedValues() throws {
        let source = SourceFile(
            path: "c.yml",
            text: """
                eligibility:
                  top_rated_jss: 95
                  jss_weight_bands: [{up_to: 500, weight: 1}]
                """)
        let configuration = try Configuration.parse(source)
        #expect(configuration.warnings.isEmpty)
        let policy = try configuration.policy()
        #expect(policy.topRatedJSS == 95)
        #expect(policy.jssWeightBands == [Policy.WeightBand(upTo: 500, weight: 1)])
        #expect(policy.tenureDays == Policy.upwork2025.tenureDays, "unlisted settings keep their defaults")
    }
}
