import Foundation
import ProfileLintTestSupport
import Testing

/// The eligibility engine fed by the linter, end to end.
@Suite struct EligibilityCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func badge(_ id: String, in file: [String: Any]) throws -> [String: Any] {
        let eligibility = try #require(file["eligibility"] as? [String: Any])
        let badges = try #require(eligibility["badges"] as? [[String: Any]])
        return try #require(badges.first { $0["badge"] as? String == id })
    }

    func criterion(_ id: String, of badge: [String: Any]) throws -> [String: Any] {
        let criteria = try #require(badge["criteria"] as? [[String: Any]])
        return try #require(criteria.first { $0["id"] as? String == id })
    }

    @Test func anAccountAloneLeavesTheProfileCriterionUnknown() throws {
        let result = try CommandRunner.profilelint(["eligibility", "--format", "json", "Samples/account.json"])
        #expect(result.status == 0, "\(result.stderr)")
        let file = try #require((try json(result.stdout)["files"] as? [[String: Any]])?.first)
        #expect(file["kind"] as? String == "account")
        let eligibility = try #require(file["eligibility"] as? [String: Any])
        #expect(eligibility["policy"] as? String == "upwork-2025")
        #expect(eligibility["asOf"] as? String == "2026-10-15")
        let topRated = try badge("top-rated", in: file)
        #expect(try criterion("profile", of: topRated)["status"] as? String == "unknown")
        #expect(topRated["verdict"] as? String == "undetermined")
    }

    @Test func theProfilesCompletenessIsTheProfileCriterion() throws {
        let result = try CommandRunner.profilelint([
            "eligibility", "--format", "json", "Samples/account.json",
            "--profile", "Samples/me.json",
        ])
        let file = try #require((try json(result.stdout)["files"] as? [[String: Any]])?.first)
        #expect(file["path"] as? String == "Samples/me.json")
        let profile = try criterion("profile", of: try badge("top-rated", in: file))
        #expect(profile["status"] as? String == "fail")
        #expect(profile["actual"] as? String == "90%")
        let complete = try CommandRunner.profilelint([
            "eligibility", "--format", "json", "Samples/account.json",
            "--profile", "Samples/good/complete.json",
        ])
        let completeFile = try #require((try json(complete.stdout)["files"] as? [[String: Any]])?.first)
        #expect(try badge("top-rated", in: completeFile)["verdict"] as? String == "eligible")
    }

    @Test func lintEvaluatesAnAccountGivenWithTheProfile() throws {
        let text = try CommandRunner.profilelint(["--account", "Samples/account.json", "Samples/good/complete.json"])
        // Headed with the account's file, which is what it describes.
        #expect(text.stdout.contains("Samples/account.json: eligibility (policy upwork-2025, as of 2026-10-15)"))
        #expect(text.stdout.contains("  top-rated: eligible\n"))
        #expect(text.stdout.contains("    [pass] profile: "))
    }

    @Test func aDocumentsOwnAccountIsEvaluated() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let profile = try String(contentsOfFile: TestPaths.samples + "/good/complete.json", encoding: .utf8)
        let account = try String(contentsOfFile: TestPaths.samples + "/account.json", encoding: .utf8)
        let document =
            "{\"profile\": "
            + profile.dropFirst(profile.firstIndex(of: ":")!.utf16Offset(in: profile) + 1)
            .dropLast(2) + ", \"account\": " + account + "}"
        try Data(document.utf8).write(to: URL(fileURLWithPath: directory + "/doc.json"))
        let result = try CommandRunner.profilelint(["--format", "json", "doc.json"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let file = try #require((try json(result.stdout)["files"] as? [[String: Any]])?.first)
        #expect(try badge("top-rated", in: file)["verdict"] as? String == "eligible")
        let noAccount = try CommandRunner.profilelint(["--format", "json", "Samples/me.json"])
        let plain = try #require((try json(noAccount.stdout)["files"] as? [[String: Any]])?.first)
        #expect(plain["eligibility"] == nil)
    }

    @Test func agencyMembersProfilesAreScoredFromTheirFiles() throws {
        let result = try CommandRunner.profilelint(["eligibility", "--format", "json", "Samples/agency-account.json"])
        let file = try #require((try json(result.stdout)["files"] as? [[String: Any]])?.first)
        let members = try criterion("member-profiles", of: try badge("top-rated", in: file))
        // (90 + 55 + Samples/members/priya.json's 65: required 50, a portfolio item 5, a second skill 10) / 3 = 70
        #expect(members["status"] as? String == "pass")
        #expect(members["actual"] as? String == "70%", "\(members)")
    }

    @Test func anUnreadableOrInvalidMemberProfileSaysWhyInTextAndJSON() throws {
        // Issue 12: "completeness not known" alone left the agency owner guessing which file was wrong and how.
        let sample = try json(
            try String(
                contentsOfFile: TestPaths.repositoryRoot + "/Samples/agency-account.json",
                encoding: .utf8))
        var account = sample
        account["members"] = [
            ["name": "Ines", "profileCompleteness": 90],
            ["name": "Priya", "profile": "members/broken.json"],
            ["name": "Tomasz", "profile": "members/gone.json"], ["name": "Ana", "profile": "/etc/passwd"],
            ["name": "Kofi", "profile": "../../outside.json"], ["name": "Lee", "profile": "members/ok.json"],
        ]
        let accountText = String(decoding: try JSONSerialization.data(withJSONObject: account), as: UTF8.self)
        let directory = try CommandRunner.temporaryDirectory(with: [
            "outside.json": Self.memberProfile, "repo/.git/HEAD": "ref\n",
            "repo/team/account.json": accountText,
            "repo/team/members/broken.json": "{\"name\": \"Priya\",\n  \"title\" \"Designer\"}\n",
            "repo/team/members/ok.json": Self.memberProfile,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let why =
            "completeness is not known for 4 of 6 members (score their profiles); "
            + #"Priya: team/members/broken.json:2:11: invalid JSON: expected ':' after the key "title", found '"'; "#
            + "Tomasz: team/members/gone.json: no such file or directory; "
            + "Ana: /etc/passwd: not read: an absolute path (name the file relative to the account's folder); "
            + "Kofi: team/../../outside.json: not read: it leads outside the repository"
        let text = try CommandRunner.profilelint(["eligibility", "team/account.json"], in: directory + "/repo")
        #expect(text.stdout.contains("[ ?? ] member-profiles: " + why + "; needs average ≥ 60%"), "\(text.stdout)")
        let result = try CommandRunner.profilelint(
            ["eligibility", "-f", "json", "team/account.json"],
            in: directory + "/repo")
        let file = try #require((try json(result.stdout)["files"] as? [[String: Any]])?.first)
        let criterion = try criterion("member-profiles", of: try badge("top-rated", in: file))
        #expect(criterion["explanation"] as? String == why)
        #expect(criterion["status"] as? String == "unknown")
    }

    static let memberProfile =
        #"{"name": "Lee", "title": "Designer", "overview": "I design brands.", "skills": ["Figma"]}"#

    @Test func configurationOverridesThePolicy() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data("eligibility:\n  policy: upwork-2025\n  earnings12m: 1000000000\n  top_rated_jsss: 3\n".utf8)
            .write(to: URL(fileURLWithPath: directory + "/strict.yml"))
        let result = try CommandRunner.profilelint([
            "eligibility", "--format", "json", "--config", directory + "/strict.yml", "Samples/account.json",
            "--profile", "Samples/good/complete.json",
        ])
        let file = try #require((try json(result.stdout)["files"] as? [[String: Any]])?.first)
        // The highest earnings threshold the policy's range allows (Docs/reliability.md, "Numbers").
        let earnings = try criterion("earnings", of: try badge("top-rated", in: file))
        #expect(earnings["status"] as? String == "fail")
        #expect(earnings["required"] as? String == "≥ $1,000,000,000 in 12 months")
        #expect(result.stderr.contains("unknown setting 'top_rated_jsss'; did you mean 'top_rated_jss'?"))
    }

    @Test func aBadAccountIsAnInputErrorWithItsPlace() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(#"{"type": "freelancer", "joined": "2026-02-30"}"#.utf8)
            .write(to: URL(fileURLWithPath: directory + "/bad.json"))
        let result = try CommandRunner.profilelint(["eligibility", "bad.json"], in: directory)
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix("bad.json:1:34: error: /joined: expected"))
        let notAnAccount = try CommandRunner.profilelint(["--account", "Samples/me.json", "Samples/me.json"])
        #expect(notAnAccount.status == 2)
        #expect(notAnAccount.stderr.contains("Samples/me.json: error: no account record"))
    }

    @Test func asOfSetsTheDateWhenTheAccountHasNone() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(#"{"type": "freelancer", "joined": "2024-02-29"}"#.utf8)
            .write(to: URL(fileURLWithPath: directory + "/a.json"))
        let result = try CommandRunner.profilelint(
            ["eligibility", "--format", "json", "--as-of", "2028-02-29", "a.json"],
            in: directory)
        let file = try #require((try json(result.stdout)["files"] as? [[String: Any]])?.first)
        #expect((file["eligibility"] as? [String: Any])?["asOf"] as? String == "2028-02-29")
        let invalid = try CommandRunner.profilelint(["eligibility", "--as-of", "2027-02-29", "a.json"], in: directory)
        #expect(invalid.status == 2)
    }
}

/// The what-if question and the rules catalogue as JSON, through the binary.
@Suite struct WhatIfAndCatalogueTests {
    @Test func whatIfCountsContractsToTheTarget() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // Two $600 jobs (weight 1.25 each), one positive and one negative: (1.25 − 1.25) / 2.5 = 0.
        let account = #"""
            {"type": "freelancer", "asOf": "2026-10-01", "contracts": [
              {"id": "a", "client": "A", "started": "2026-01-05", "ended": "2026-02-01", "earnings": 600,
               "payments": [{"date": "2026-02-01", "amount": 600}], "feedback": {"publicStars": 5, "privateScore": 10}},
              {"id": "b", "client": "B", "started": "2026-03-02", "ended": "2026-04-01", "earnings": 600,
               "payments": [{"date": "2026-04-01", "amount": 600}], "feedback": {"publicStars": 2, "privateScore": 3}}]}
            """#
        try Data(account.utf8).write(to: URL(fileURLWithPath: directory + "/a.json"))
        let result = try CommandRunner.profilelint(
            [
                "eligibility", "a.json", "--what-if", "90", "--contract-size", "600",
                "-f", "json",
            ], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(answer["currentJSS"] as? Int == 0)
        // The best window wins. New contracts land on asOf, so the 3-month window holds only them (100), and the
        // 6-month one holds them plus the negative job of 1 April: (1.25n − 1.25) / (1.25n + 1.25) = (n − 1)/(n + 1).
        // Trending = (6m + 3m) / 2 ≥ 90 needs (n − 1)/(n + 1) ≥ 0.8, first true at n = 9 (the 24-month window
        // would need 18).
        #expect(answer["contractsNeeded"] as? Int == 9)
        let text = try CommandRunner.profilelint(
            ["eligibility", "a.json", "--what-if", "90", "--contract-size", "600"],
            in: directory)
        #expect(text.stdout == "a.json: JSS 0 now; 9 more positive $600 contracts reach 90 (JSS 90)\n")
        #expect(try CommandRunner.profilelint(["eligibility", "a.json", "--what-if", "0"], in: directory).status == 2)
    }

    @Test func theRulesCatalogueIsAvailableAsJSON() throws {
        let result = try CommandRunner.profilelint(["rules", "--format", "json"])
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let title = try #require(rules.first { $0["id"] as? String == "title-too-long" })
        #expect(title["defaultSeverity"] as? String == "warning")
        #expect((title["options"] as? [String: Any])?["max_characters"] as? Int == 70)
        #expect(rules.contains { $0["category"] as? String == "tos" })
    }
}
