import Foundation
import ProfileLintTestSupport
import Testing

/// Specialized profiles end to end: `proposal --as`, `convert`, and the input errors, on the built binary.
@Suite struct SpecializedProfileCommandTests {
    static let job = "Samples/jobs/shopify-checkout.md"
    static let profile = "Samples/specialized.json"

    func proposal(_ extra: [String]) throws -> CommandResult {
        try CommandRunner.profilelint(
            [
                "proposal", "Samples/proposals/good.txt", "--job", Self.job,
                "--profile", Self.profile,
            ] + extra)
    }

    @Test func proposalAsChecksTheSpecializedProfileItIsSentWith() throws {
        // The general profile (the default) lists two of the post's four skills: a note.
        let general = try proposal([])
        #expect(general.status == 0)
        #expect(
            general.stdout == """
                Samples/proposals/good.txt:1:1: info: the profile Samples/specialized.json lists 2 of the job's 4 skills; \
                not listed: "Liquid", "Google Analytics" [job-coverage]
                1 file checked: 0 errors, 0 warnings, 1 info

                """)
        // The Shopify profile lists all four and is ready: nothing, even at --fail-on info.
        let shopify = try proposal(["--as", "Shopify Development", "--fail-on", "info"])
        #expect(shopify.status == 0, "\(shopify.stdout)")
        #expect(shopify.stdout == "1 file checked: 0 errors, 0 warnings, 0 infos\n")
        // The mobile profile lists none of them; case and spacing of the specialty do not matter.
        let mobile = try proposal(["--as", "mobile app  development", "--fail-on", "warning"])
        #expect(mobile.status == 1)
        #expect(
            mobile.stdout.contains(
                """
                Samples/proposals/good.txt:1:1: warning: the profile Samples/specialized.json (specialized profile \
                "Mobile App Development") lists 0 of the job's 4 skills; not listed: "Shopify", "Liquid", "JavaScript", \
                "Google Analytics" [job-coverage]
                """))
    }

    @Test func profileNotReadyLooksAtTheSpecializedProfilesOwnItems() throws {
        let directory = try CommandRunner.temporaryDirectory(with: [
            "cover.txt": "Hi, I can start on Monday with the checkout.\n",
            "me.json": """
            {"photo": "p.jpg", "overview": "General overview.", "skills": ["Shopify"],
             "employment": [{"company": "A"}],
             "specializedProfiles": [{"specialty": "Shopify Development", "title": "Shopify developer"}]}
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let general = try CommandRunner.profilelint(
            ["proposal", "cover.txt", "--profile", "me.json", "-q"],
            in: directory)
        #expect(!general.stdout.contains("lacks"), "the general profile has its overview and skills")
        let specialized = try CommandRunner.profilelint(
            ["proposal", "cover.txt", "--profile", "me.json", "--as", "Shopify Development", "-q"], in: directory)
        #expect(specialized.status == 1)
        #expect(
            specialized.stdout.contains(
                """
                cover.txt:1:1: error: the profile me.json (specialized profile "Shopify Development") lacks an overview \
                and a skill: Upwork asks for these before a proposal can be submitted [profile-not-ready]

                """))
    }

    @Test func anUnknownSpecialtyIsAUsageErrorNamingThoseThere() throws {
        let result = try proposal(["--as", "Data Entry"])
        #expect(result.status == 2)
        #expect(
            result.stdout.contains(
                """
                Samples/specialized.json: error: --as "Data Entry": no specialized profile has that specialty; it has \
                "Shopify Development" and "Mobile App Development" (leave out --as for the general profile)
                """))
        let none = try CommandRunner.profilelint([
            "proposal", "Samples/proposals/good.txt", "--profile",
            "Samples/good/complete.json", "--as", "Data Entry", "-q",
        ])
        #expect(none.status == 2)
        #expect(none.stderr.contains("this profile has none (leave out --as to send the general profile)"))
        let noProfile = try CommandRunner.profilelint(["proposal", "Samples/proposals/good.txt", "--as", "X"])
        #expect(noProfile.status == 2)
        #expect(
            noProfile.stderr.hasPrefix(
                "profilelint: error: --as names a specialized profile of --profile; give --profile too"))
    }

    @Test func convertKeepsThemAndReadsBackTheSame() throws {
        let converted = try CommandRunner.profilelint(["convert", Self.profile])
        #expect(converted.status == 0)
        #expect(
            converted.stdout.contains(
                "\"specializedProfiles\": [\n      {\n        \"specialty\": \"Shopify Development\","))
        let directory = try CommandRunner.temporaryDirectory(with: ["round.json": converted.stdout])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let again = try CommandRunner.profilelint(["convert", "round.json"], in: directory)
        #expect(again.stdout == converted.stdout)
        let original = try CommandRunner.profilelint(["-f", "json", Self.profile])
        let round = try CommandRunner.profilelint(["-f", "json", "round.json"], in: directory)
        func readiness(_ text: String) throws -> [Int] {
            let document = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            let file = (document?["files"] as? [[String: Any]])?.first
            return (file?["specializedProfiles"] as? [[String: Any]] ?? []).compactMap { $0["met"] as? Int }
        }
        #expect(try readiness(original.stdout) == [5, 1])
        #expect(try readiness(round.stdout) == readiness(original.stdout))
    }

    @Test func convertTurnsGraphQLSpecializedProfilesIntoOurs() throws {
        let directory = try CommandRunner.temporaryDirectory(with: [
            "talent.json": """
            {"data": {"talentProfile": {"profiles": [{"personalData": {"firstName": "Ana", "title": "Web developer"},
              "profileCompleteness": {"pciActual": 70},
              "specializedProfiles": [{"profileId": "s1", "occupations": ["Shopify Development"],
                "title": "Shopify developer", "hourlyRate": {"rawValue": "80", "currency": "EUR", "displayValue": "€80"}}],
              "specializedProfilesSkills": [{"skills": [{"ontologySkill": {"skill": {"preferredLabel": "Liquid"}}}]}],
              "specializedProfilesProjects": []}]}}}
            """
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let converted = try CommandRunner.profilelint(["convert", "talent.json"], in: directory)
        #expect(converted.status == 0, "\(converted.stderr)")
        #expect(
            converted.stdout.contains(
                """
                    "specializedProfiles": [
                      {
                        "specialty": "Shopify Development",
                        "title": "Shopify developer",
                        "hourlyRate": {
                          "amount": 80,
                          "currency": "EUR"
                        },
                        "skills": [
                          "Liquid"
                        ]
                      }
                    ]
                """))
    }

    @Test func aThirdSpecializedProfileIsAnInputErrorAndTheOtherFilesAreStillChecked() throws {
        let directory = try CommandRunner.temporaryDirectory(with: [
            "three.json": """
            {"title": "t", "specializedProfiles": [
              {"specialty": "A"}, {"specialty": "B"},
              {"specialty": "C"}]}
            """,
            "ok.json": #"{"title": "t"}"#,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["-q", "three.json", "ok.json"], in: directory)
        #expect(result.status == 2)
        let output = result.stdout + result.stderr
        #expect(
            output.contains(
                "three.json:3:3: error: /specializedProfiles/2: expected at most 2 specialized "
                    + "profiles (Upwork allows two beside the general profile), found 3"))
        #expect(output.contains("ok.json:1:1: warning"), "the other file is still checked")
    }
}
