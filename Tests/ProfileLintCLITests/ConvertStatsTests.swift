import Foundation
import ProfileLintTestSupport
import Testing

/// Issue 13, item 3: `convert` keeps what it read of a page (the marketplace's completeness figure and the page's
/// stats) in documented fields, and the converted file reads back with both, through the built binary.
@Suite struct ConvertStatsTests {
    static let sample = "Samples/html/air3-stats.html"
    static let realPage = TestPaths.realData + "/html/upwork_profile_owner_view_2016_devpub.html"
    /// The same page's `phpVars`, extracted by whoever collected it: an oracle that our HTML reader never touched.
    static let realState = TestPaths.realData + "/api-json/upwork_profile_2016_phpVars_from_saved_page.json"
    static var hasRealData: Bool { FileManager.default.fileExists(atPath: realPage) }

    /// `profile.stats` of a converted document.
    func statsOf(_ converted: CommandResult) throws -> [String: Any] {
        let parsed = try JSONSerialization.jsonObject(with: Data(converted.stdout.utf8))
        let document = try #require(parsed as? [String: Any])
        let profile = try #require(document["profile"] as? [String: Any])
        return try #require(profile["stats"] as? [String: Any], "no stats in \(converted.stdout)")
    }

    func marketplaceLine(_ output: String) -> Substring? {
        output.split(separator: "\n").first { $0.contains("The marketplace's own figure") }
    }

    func validate(_ document: String) throws -> CommandResult {
        try CommandRunner.run(
            "/usr/bin/env",
            [
                "python3", TestPaths.repositoryRoot + "/scripts/validate-json-schema.py",
                TestPaths.repositoryRoot + "/Schemas/profilelint-document.schema.json", "-",
            ], stdin: document)
    }

    // MARK: - Markup

    @Test func theSamplePagesHeaderAndStatsBlockBecomeDocumentedFields() throws {
        let converted = try CommandRunner.profilelint(["convert", Self.sample])
        #expect(converted.status == 0, "\(converted.stderr)")
        let stats = try statsOf(converted)
        let earnings = try #require(stats["totalEarnings"] as? [String: Any])
        // The page shows "$40K+", "38", "1,262", a 96% ring and "Top Rated Plus".
        #expect(earnings["amount"] as? Double == 40_000)
        #expect(earnings["currency"] as? String == "USD")
        #expect(earnings["atLeast"] as? Bool == true)
        #expect(stats["totalJobs"] as? Int == 38)
        #expect(stats["totalHours"] as? Double == 1_262)
        #expect(stats["jobSuccessScore"] as? Int == 96)
        #expect(stats["badges"] as? [String] == ["top-rated-plus"])
        #expect(stats["source"] as? String == "html.profile-header")
        let schema = try validate(converted.stdout)
        #expect(schema.status == 0, "\(schema.stdout)\(schema.stderr)")

        // The converted file reads back without complaint and converts to the same bytes.
        let directory = try CommandRunner.temporaryDirectory(with: ["me.json": converted.stdout])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let lint = try CommandRunner.profilelint(["me.json"], in: directory)
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        #expect(!lint.stdout.contains("unknown-field"), "\(lint.stdout)")
        let again = try CommandRunner.profilelint(["convert", "me.json"], in: directory)
        #expect(again.stdout == converted.stdout)
    }

    /// Captions decide which figure a column holds, whatever the order; rounding marks and suffixes are read.
    @Test func statsColumnsAreReadByCaptionWithTheirSuffixes() throws {
        let page = try String(contentsOfFile: TestPaths.repositoryRoot + "/" + Self.sample, encoding: .utf8)
        let column = { (amount: String, caption: String) in
            #"<div class="col-compact"><div class="stat-amount h5"><span>\#(amount)</span></div>"#
                + #"<span class="text-base-sm text-light-on-inverse">\#(caption)</span></div>"#
        }
        let start = try #require(page.range(of: #"<div class="d-flex space-between">"#))
        let end = try #require(
            page.range(
                of: "</div>\n      </div>\n    </section>",
                range: start.upperBound..<page.endIndex))
        let reordered = page.replacingCharacters(
            in: start.upperBound..<end.lowerBound,
            with: column("7", "Total hours") + column("$1.5M+", "Total earnings") + column("2", "Total jobs")
        )
        .replacingOccurrences(of: "<span>96%</span>", with: "<span>100%</span>")
        .replacingOccurrences(of: "Top Rated Plus", with: "Expert-Vetted")
        let hostile = page.replacingCharacters(
            in: start.upperBound..<end.lowerBound,
            with: column("$" + String(repeating: "9", count: 400) + "+", "Total earnings")
                + column("1e400", "Total hours") + column("many", "Total jobs")
        )
        .replacingOccurrences(of: "<span>96%</span>", with: "<span>140%</span>")
        let directory = try CommandRunner.temporaryDirectory(with: [
            "reordered.html": reordered,
            "hostile.html": hostile,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let stats = try statsOf(CommandRunner.profilelint(["convert", "reordered.html"], in: directory))
        let earnings = try #require(stats["totalEarnings"] as? [String: Any])
        #expect(earnings["amount"] as? Double == 1_500_000)
        #expect(earnings["atLeast"] as? Bool == true)
        #expect(stats["totalHours"] as? Double == 7)
        #expect(stats["totalJobs"] as? Int == 2)
        #expect(stats["jobSuccessScore"] as? Int == 100)
        #expect(stats["badges"] as? [String] == ["expert-vetted"])

        // Page text is not a number field: figures out of range are not read, and nothing non-finite is written.
        let converted = try CommandRunner.profilelint(["convert", "hostile.html"], in: directory)
        #expect(converted.status == 0, "\(converted.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(converted.stdout.utf8))) != nil, "\(converted.stdout)")
        let kept = try statsOf(converted)
        #expect(kept["totalEarnings"] == nil && kept["jobSuccessScore"] == nil && kept["totalJobs"] == nil)
        #expect(kept["totalHours"] as? Double == 1, "1e400 reads as its leading 1, as page text would")
        #expect(kept["badges"] as? [String] == ["top-rated-plus"])
    }

    // MARK: - Our JSON

    @Test func statsInProfilelintJSONAreCheckedAtTheirPlace() throws {
        let directory = try CommandRunner.temporaryDirectory(with: [
            "score.json": "{\"profile\": {\"title\": \"Editor\",\n  \"stats\": {\"jobSuccessScore\": 101}}}\n",
            "badge.json": "{\"profile\": {\"stats\": {\"badges\": [\"top-rated\",\n \"gold\"]}}}\n",
            "typo.json": "{\"profile\": {\"title\": \"Editor\", \"stats\": {\"totalJob\": 3, \"totalHours\": 2.5}}}\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let score = try CommandRunner.profilelint(["score.json"], in: directory)
        #expect(score.status == 2)
        #expect(score.stdout.contains("score.json:2:32: error:"), "\(score.stdout)")
        #expect(score.stdout.contains("a whole number from 0 to 100"), "\(score.stdout)")
        let badge = try CommandRunner.profilelint(["badge.json"], in: directory)
        #expect(badge.status == 2)
        #expect(badge.stdout.contains("badge.json:2:2: error:"), "\(badge.stdout)")
        #expect(badge.stdout.contains(#""rising-talent", "top-rated", "top-rated-plus", "expert-vetted""#))
        let typo = try CommandRunner.profilelint(["typo.json"], in: directory)
        #expect(
            typo.stdout.contains(#"typo.json:1:43: warning: unknown field "totalJob"; did you mean "totalJobs"?"#),
            "\(typo.stdout)")
        let converted = try CommandRunner.profilelint(["convert", "typo.json"], in: directory)
        #expect(try statsOf(converted)["totalHours"] as? Double == 2.5)
    }

    // MARK: - Upwork's GraphQL

    @Test func graphQLAggregatesBecomeStatsAndBadNumbersFailAtTheirPlace() throws {
        let freelancer =
            #"{"data": {"freelancerProfileByProfileKey": {"personalData": {"firstName": "Ana"}, "#
            + #""profileCompletenessSummary": {"actual": 70}, "aggregates": {"totalEarnings": {"rawValue": "#
            + #""12500.50", "currency": "EUR"}, "totalHourlyJobs": 4, "totalFixedJobs": 7, "totalHours": 321.5, "#
            + #""jobSuccessScore": 0, "topRatedStatus": "top_rated", "topRatedPlusStatus": "not_eligible", "#
            + #""vetted": true}}}}"#
        let talent =
            #"{"data": {"talentProfileByProfileKey": {"personalData": {"firstName": "Ana"}, "#
            + #""profileCompleteness": {"pciActual": 55}, "profileAggregates": {"totalEarnings": 900, "#
            + #""totalJobs": 3, "topRatedStatus": "not_eligible"}}}}"#
        let directory = try CommandRunner.temporaryDirectory(with: [
            "freelancer.json": freelancer, "talent.json": talent,
            "hostile.json": freelancer.replacingOccurrences(of: #""totalHours": 321.5"#, with: #""totalHours": 1e300"#),
            "nulled.json": freelancer.replacingOccurrences(
                of: #""totalHourlyJobs""#, with: #""totalJobs": null, "totalHourlyJobs""#),
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let stats = try statsOf(CommandRunner.profilelint(["convert", "freelancer.json"], in: directory))
        let earnings = try #require(stats["totalEarnings"] as? [String: Any])
        #expect(earnings["amount"] as? Double == 12_500.5)
        #expect(earnings["currency"] as? String == "EUR")
        #expect(stats["totalJobs"] as? Int == 11, "hourly plus fixed-price")
        #expect(stats["totalHours"] as? Double == 321.5)
        #expect(stats["jobSuccessScore"] == nil, "0 is no score yet")
        #expect(stats["badges"] as? [String] == ["top-rated", "expert-vetted"])
        #expect(stats["source"] as? String == "graphql.aggregates")
        let nulled = try statsOf(CommandRunner.profilelint(["convert", "nulled.json"], in: directory))
        #expect(nulled["totalJobs"] as? Int == 11, "a null total leaves hourly plus fixed-price")
        let other = try statsOf(CommandRunner.profilelint(["convert", "talent.json"], in: directory))
        #expect((other["totalEarnings"] as? [String: Any])?["amount"] as? Double == 900)
        #expect(other["totalJobs"] as? Int == 3)
        #expect(other["badges"] == nil, "not_eligible names no badge")
        #expect(other["source"] as? String == "graphql.profileAggregates")
        let hostile = try CommandRunner.profilelint(["convert", "hostile.json"], in: directory)
        #expect(hostile.status == 2)
        let column = try #require(freelancer.range(of: "321.5")).lowerBound.utf16Offset(in: freelancer) + 1
        #expect(
            hostile.stderr.contains("hostile.json:1:\(column): error:")
                || hostile.stdout.contains(
                    "hostile.json:1:\(column): error:"),
            "\(hostile.stdout)\(hostile.stderr)")
    }

    // MARK: - The real 2016 page

    @Test(.enabled(if: hasRealData, "needs ../shared/realdata/html next to the repository"))
    func theRealPagesStatsAndMarketplaceFigureSurviveConvertAndLint() throws {
        let state = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: Self.realState))) as? [String: Any])
        let expected = try #require((state["profile"] as? [String: Any])?["stats"] as? [String: Any])
        let converted = try CommandRunner.profilelint(["convert", Self.realPage])
        #expect(converted.status == 0, "\(converted.stderr)")
        let stats = try statsOf(converted)
        let earnings = try #require(stats["totalEarnings"] as? [String: Any])
        #expect(earnings["amount"] as? Double == (expected["totalRevenue"] as? NSNumber)?.doubleValue)
        #expect(stats["totalJobs"] as? Int == (expected["totalJobsWorked"] as? NSNumber)?.intValue)
        #expect(stats["totalHours"] as? Double == (expected["totalHours"] as? NSNumber)?.doubleValue)
        let score = try #require((expected["nSS100BwScore"] as? NSNumber)?.intValue)
        #expect(stats["jobSuccessScore"] as? Int == (score > 0 ? score : nil), "0 is no score yet")
        #expect(stats["source"] as? String == "phpVars.profile.stats")
        let schema = try validate(converted.stdout)
        #expect(schema.status == 0, "\(schema.stdout)\(schema.stderr)")
        // The extracted state alone (Upwork's phpVars JSON, another reader path) gives the same figures.
        let fromState = try CommandRunner.profilelint(["convert", Self.realState])
        #expect(try statsOf(fromState).keys.sorted() == stats.keys.sorted())

        let page = try CommandRunner.profilelint([Self.realPage])
        let figure = try #require(marketplaceLine(page.stdout), "the page shows the marketplace's figure")
        let directory = try CommandRunner.temporaryDirectory(with: ["me.json": converted.stdout])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let lint = try CommandRunner.profilelint(["me.json"], in: directory)
        #expect(!lint.stdout.contains("unknown-field"), "\(lint.stdout)")
        let kept = try #require(marketplaceLine(lint.stdout), "the converted file lost the marketplace's figure")
        #expect(kept == figure)
        let again = try CommandRunner.profilelint(["convert", "me.json"], in: directory)
        #expect(again.stdout == converted.stdout, "a second round trip changes nothing")
    }
}
