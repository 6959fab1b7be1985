import Foundation
import ProfileLintTestSupport
import Testing

/// Configuration discovery, rule settings, suppressions and configuration errors, through the binary.
@Suite struct ConfigurationTests {
    /// A temporary git repository holding `files`.
    func repository(_ files: [String: String]) throws -> String {
        let directory = try CommandRunner.temporaryDirectory(with: files)
        try FileManager.default.createDirectory(atPath: directory + "/.git", withIntermediateDirectories: true)
        return directory
    }

    static let longTitle = #"{"title": "A rather long title for testing", "overview": "short"}"#

    @Test func theNearestConfigurationAppliesToEachFile() throws {
        let directory = try repository([
            ".profilelint.yml": "rules:\n  title-too-long:\n    severity: error\n    max_characters: 20\n",
            "team/.profilelint.json": #"{"disabled_rules": ["title-too-long"]}"#,
            "me.json": Self.longTitle,
            "team/ana.json": Self.longTitle,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["--quiet", "me.json", "team/ana.json"], in: directory)
        #expect(
            result.stdout.contains(
                "me.json:1:32: error: the title is 31 characters; Upwork allows 20 (11 over) [title-too-long]"))
        #expect(!result.stdout.contains("team/ana.json:1:32"))
        #expect(result.status == 1)
    }

    @Test func aConfigurationAboveTheRepositoryRootIsIgnored() throws {
        let outer = try repository([".profilelint.yml": "disabled_rules: [missing-title]\n"])
        defer { try? FileManager.default.removeItem(atPath: outer) }
        try FileManager.default.createDirectory(atPath: outer + "/inner/.git", withIntermediateDirectories: true)
        try Data(#"{"overview": "x"}"#.utf8).write(to: URL(fileURLWithPath: outer + "/inner/p.json"))
        let result = try CommandRunner.profilelint(["--quiet", "p.json"], in: outer + "/inner")
        #expect(result.stdout.contains("[missing-title]"))
    }

    @Test func explicitConfigFailOnAndModelComeFromTheFileAndFlagsOverrideThem() throws {
        let directory = try repository([
            "strict.yml": "fail_on: warning\nmodel: legacy-60\n",
            "me.json": #"{"title": "Editor"}"#,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let strict = try CommandRunner.profilelint(["--config", "strict.yml", "me.json"], in: directory)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("completeness 12% (legacy-60 model)"))
        let relaxed = try CommandRunner.profilelint(
            [
                "--config", "strict.yml", "--fail-on", "error", "--model", "upwork",
                "me.json",
            ], in: directory)
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.contains("completeness 0% (upwork model)"))
        #expect(
            try CommandRunner.profilelint(["--config", "strict.yml", "--exit-zero", "me.json"], in: directory).status
                == 0)
        #expect(try CommandRunner.profilelint(["--max-warnings", "1", "me.json"], in: directory).status == 1)
        #expect(try CommandRunner.profilelint(["--max-warnings", "5", "me.json"], in: directory).status == 0)
    }

    @Test func suppressionsSilenceByFileFieldAndRuleAndUnusedOnesAreReported() throws {
        let directory = try repository([
            ".profilelint.yml": """
            suppressions:
              - file: "*.json"
                field: /availability
                rule: availability-missing
                reason: Availability is set on the agency profile
              - file: me.json
                rule: missing-title
                reason: Title added next week
              - file: other/*.json
                rule: missing-title
                reason: Not linted in this run, so not reported unused
            """,
            "me.json": #"{"title": "Editor"}"#,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["--quiet", "me.json"], in: directory)
        #expect(!result.stdout.contains("[availability-missing]"))
        #expect(
            result.stdout.contains(
                ".profilelint.yml:6:5: warning: this suppression of missing-title matched nothing; "
                    + "remove it [unused-suppression]"))
        #expect(!result.stdout.contains(":9:5:"))
    }

    @Test func aSuppressionWithoutAReasonIsAnError() throws {
        let directory = try repository([
            ".profilelint.yml": "suppressions:\n  - file: me.json\n    rule: missing-title\n",
            "me.json": "{}",
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["me.json"], in: directory)
        #expect(result.status == 2)
        #expect(
            result.stderr == ".profilelint.yml:2:5: error: the suppression of missing-title needs a reason: say why "
                + "the finding is acceptable\n")
    }

    @Test func unknownKeysAndRuleIdsWarnWithTheClosestValidName() throws {
        let directory = try repository([
            ".profilelint.yml": """
            fial_on: error
            disabled_rules: [hourly-rate-mising]
            rules:
              title-too-long:
                max_charactres: 60
            """,
            "me.json": #"{"title": "Editor"}"#,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["--quiet", "me.json"], in: directory)
        #expect(result.status == 0)
        let warnings = result.stderr.split(separator: "\n").map(String.init)
        #expect(warnings.contains(".profilelint.yml:1:1: warning: unknown setting 'fial_on'; did you mean 'fail_on'?"))
        #expect(
            warnings.contains(
                ".profilelint.yml:2:18: warning: unknown rule 'hourly-rate-mising'; did you mean 'hourly-rate-missing'?"
            ))
        #expect(
            warnings.contains(
                ".profilelint.yml:5:5: warning: title-too-long has no option 'max_charactres'; did you "
                    + "mean 'max_characters'?"))
    }

    @Test(arguments: [
        ("model: [1, 2\n", ".profilelint.yml:2:1: error: invalid YAML:"),
        (
            "rules:\n  title-too-long:\n    max_characters: lots\n",
            ".profilelint.yml:3:5: error: options of title-too-long: max_characters must be a whole number"
        ),
        ("model: modern\n", ".profilelint.yml:1:8: error: model must be one of 'upwork', 'legacy-60'"),
        (
            "rules:\n  title-too-long: loud\n",
            ".profilelint.yml:2:19: error: severity must be 'error', 'warning', 'info' or 'off', not 'loud'"
        ),
        ("- just a list\n", ".profilelint.yml:1:1: error: the configuration must be a mapping of settings"),
    ])
    func malformedConfigurationExitsTwoNamingThePlace(config: String, expected: String) throws {
        let directory = try repository([".profilelint.yml": config, "me.json": "{}"])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["me.json"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aJSONConfigurationErrorNamesItsPlaceToo() throws {
        let directory = try repository([".profilelint.json": "{\"model\": }", "me.json": "{}"])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["me.json"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr == ".profilelint.json:1:11: error: invalid JSON: expected a value, found '}'\n")
    }

    @Test func printConfigShowsEffectiveSettings() throws {
        let directory = try repository([
            ".profilelint.yml":
                "rules:\n  title-too-long: {severity: error, max_characters: 60}\n  hourly-rate-missing: off\n"
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["--print-config"], in: directory)
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["source"] as? String == ".profilelint.yml")
        let rules = try #require(object["rules"] as? [String: [String: Any]])
        #expect(rules["title-too-long"]?["severity"] as? String == "error")
        #expect(rules["title-too-long"]?["max_characters"] as? Int == 60)
        #expect(rules["hourly-rate-missing"]?["severity"] as? String == "off")
        #expect(rules["overview-too-short"]?["min_words"] as? Int == 100)
    }
}

/// A user can silence a Terms-of-Service finding for their own lint run, but not for eligibility: the
/// marketplace does not honour the suppression, so the conduct risk stays on every badge.
@Suite struct SuppressedConductRiskTests {
    @Test func suppressedContactDetailsStillWarnEveryBadge() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(
            """
            rules:
              contact-email: warning
            suppressions:
              - file: "*.json"
                field: /overview
                rule: contact-email
                reason: we know
            """.utf8
        ).write(to: URL(fileURLWithPath: directory + "/.profilelint.yml"))
        try FileManager.default.createDirectory(atPath: directory + "/.git", withIntermediateDirectories: true)
        try Data(#"{"title": "Editor", "overview": "Mail me: ana [at] example [dot] com"}"#.utf8)
            .write(to: URL(fileURLWithPath: directory + "/p.json"))
        let result = try CommandRunner.profilelint(
            [
                "-f", "json", "--account", TestPaths.samples + "/account.json",
                "p.json",
            ], in: directory)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let file = try #require((document["files"] as? [[String: Any]])?.first)
        let findings = try #require(file["findings"] as? [[String: Any]])
        #expect(!findings.contains { $0["rule"] as? String == "contact-email" }, "suppressed in the lint output")
        let badges = try #require((file["eligibility"] as? [String: Any])?["badges"] as? [[String: Any]])
        #expect(badges.count == 4)
        for badge in badges {
            let warnings = badge["warnings"] as? [String] ?? []
            #expect(warnings.contains { $0.hasPrefix("conduct risk: contact-email:") }, "\(badge["badge"] ?? "")")
        }
    }
}
