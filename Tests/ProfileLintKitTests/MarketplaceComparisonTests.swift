import ProfileLintKit
import ProfileModel
import ProfileParsing
import ProfileRules
import Testing

@Suite struct MarketplaceComparisonTests {
    func explain(_ json: String, actual: Double, model: CompletenessModel = .upwork) throws -> String? {
        let profile = try ProfileReader.read(SourceFile(path: "p.json", text: json)).profile
        let marketplace = MarketplaceCompleteness(actual: actual, display: nil, source: "test", span: .at(0))
        return MarketplaceComparison.explain(
            profile, ours: CompletenessScorer.score(profile, model: model),
            marketplace: marketplace)
    }

    static let base = #""photo": "p", "title": "t", "overview": "o", "employment": [{"company": "A"}], "skills": ["S"]"#

    @Test func equalFiguresNeedNoExplanation() throws {
        #expect(try explain("{\(Self.base)}", actual: 50) == nil)
    }

    @Test func aFigureMatchingTheOtherTableSaysSo() throws {
        #expect(
            try explain("{\(Self.base)}", actual: 60)
                == "it matches the legacy-60 table, so the marketplace scored this profile with that table")
    }

    @Test func aFigureWithoutPartialRequiredCreditNamesTheMissingItems() throws {
        // Ours: 25 (photo, overview) + 20 optional = 45; without partial credit the marketplace shows 20.
        let json = #"{"photo": "p", "overview": "o", "video": "v", "linkedAccounts": [{"service": "x"}]}"#
        #expect(
            try explain(json, actual: 20) == "the marketplace gives the required block no points until all of "
                + "it is present; missing: at least one employment item, at least one skill")
    }

    @Test func anUnexplainedGapSaysNoTableReproducesIt() throws {
        #expect(try explain("{\(Self.base)}", actual: 73)?.hasPrefix("no published table reproduces") == true)
    }
}
