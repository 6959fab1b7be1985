import Foundation
import ProfileLintTestSupport
import Testing

/// Issue 13: what a new user meets first, each through the built binary.
@Suite(.serialized) struct FirstUseTests {
    static let profile = #"{"title": "Editor", "overview": "Short.", "skills": ["Editing"]}"#

    func folder(_ files: [String: String]) throws -> String { try CommandRunner.temporaryDirectory(with: files) }

    // MARK: - 11: no input found is not a clean run

    @Test func anEmptyFolderIsExitTwoUnlessAllowEmpty() throws {
        let directory = try folder(["empty/notes.txt": "not a profile\n"])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let empty = try CommandRunner.profilelint(["empty/"], in: directory)
        #expect(empty.status == 2)
        #expect(empty.stdout.isEmpty)
        #expect(empty.stderr == "profilelint: error: no profile files found in empty/ (folders are searched for "
            + "*.json, *.html and *.htm); pass --allow-empty to accept that\n")
        let allowed = try CommandRunner.profilelint(["--allow-empty", "empty/"], in: directory)
        #expect(allowed.status == 0)
        #expect(allowed.stdout == "0 files checked: 0 errors, 0 warnings, 0 infos\n")
        let wrong = try CommandRunner.profilelint(["no-such-folder/"], in: directory)
        #expect(wrong.status == 2)
        #expect(wrong.stdout.contains("no-such-folder/: error: no such file or directory"))
    }

    // MARK: - 13: a misspelt subcommand

    @Test func aMisspeltSubcommandIsSuggestedNotLintedAsAFile() throws {
        let typo = try CommandRunner.profilelint(["eligibilty", "Samples/account.json"])
        #expect(typo.status == 2)
        #expect(typo.stdout.isEmpty, "nothing was linted")
        #expect(typo.stderr == "profilelint: error: no such command or file 'eligibilty'; did you mean "
            + "`profilelint eligibility`?\n")
        #expect(try CommandRunner.profilelint(["rule"]).stderr.contains("did you mean `profilelint rules`?"))
        // A file of that name is linted as before; a name far from every command is an unreadable file.
        let directory = try folder(["eligibilty": Self.profile])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try CommandRunner.profilelint(["-q", "eligibilty"], in: directory).status == 0)
        let far = try CommandRunner.profilelint(["zzzzzz.json"], in: directory)
        #expect(far.stdout.contains("zzzzzz.json: error: no such file or directory"))
        #expect(!far.stderr.contains("did you mean"))
    }

    // MARK: - 14: missing companions are usage errors before any check

    @Test func aMissingHistoryJobOrProfileIsAUsageErrorBeforeAnyCheck() throws {
        let history = try CommandRunner.profilelint(["proposal", "Samples/proposals/bad.txt", "--history",
                                                     "/nonexistent"])
        #expect(history.status == 2)
        #expect(history.stdout.isEmpty, "no check ran")
        #expect(history.stderr.hasPrefix("profilelint: error: --history /nonexistent: no such folder"))
        let job = try CommandRunner.profilelint(["proposal", "Samples/proposals/bad.txt", "--job", "missing-job.md"])
        #expect(job.status == 2)
        #expect(job.stdout.isEmpty)
        #expect(job.stderr.hasPrefix("profilelint: error: --job missing-job.md: no such file"))
        let profile = try CommandRunner.profilelint(["eligibility", "Samples/account.json", "--profile", "nope.json"])
        #expect(profile.status == 2)
        #expect(profile.stdout.isEmpty)
        #expect(profile.stderr.hasPrefix("profilelint: error: --profile nope.json: no such file"))
    }

    // MARK: - 16: one error style

    @Test func usageAndSetupErrorsShareOneStyleAndInputErrorsNameTheirPlace() throws {
        let usage = try CommandRunner.profilelint(["--format", "yaml", "Samples/me.json"])
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("profilelint: error: "))
        #expect(!usage.stderr.contains("Error: "))
        let directory = try folder(["bad.json": "{\n  \"title\": \"x\",,\n}\n", "ok.json": Self.profile])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let input = try CommandRunner.profilelint(["-q", "bad.json", "ok.json"], in: directory)
        #expect(input.status == 2)
        #expect(input.stderr.hasPrefix("bad.json:2:16: error: "), "\(input.stderr)")
        let outsideGit = try CommandRunner.profilelint(["hook", "run"], in: directory)
        #expect(outsideGit.status == 2)
        #expect(outsideGit.stderr == "profilelint: error: not a git repository: \(directory)\n")
        let report = try CommandRunner.profilelint(["-q", "ok.json", "-o", "json=missing/r.json"], in: directory)
        #expect(report.status == 2)
        #expect(report.stderr.hasPrefix("profilelint: error: cannot write the report to missing/r.json"))
    }

    // MARK: - 12: annotation paths

    @Test func githubAndSarifPathsAreRelativeToTheRepositoryRootWithoutDotSlash() throws {
        let directory = try folder(["bad/x.json": #"{"title": "T", "overveiw": "x"}"#])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let github = try CommandRunner.profilelint(["--format", "github", "."], in: directory)
        #expect(github.stdout.contains("::warning file=bad/x.json,line=1,col=16,"), "\(github.stdout)")
        #expect(!github.stdout.contains("file=./"))
        let sarif = try CommandRunner.profilelint(["--format", "sarif", "./bad/../bad/x.json"], in: directory)
        #expect(sarif.stdout.contains(#""uri" : "bad/x.json""#) || sarif.stdout.contains(#""uri": "bad/x.json""#),
                "\(sarif.stdout.prefix(0))")
        // Inside a repository, run from a subfolder: the path is the one from the repository root.
        _ = try CommandRunner.run("/usr/bin/env", ["git", "init", "-q"], in: directory)
        let fromSubfolder = try CommandRunner.profilelint(["--format", "github", "./x.json"], in: directory + "/bad")
        #expect(fromSubfolder.stdout.contains("::warning file=bad/x.json,line=1,"), "\(fromSubfolder.stdout)")
    }

    // MARK: - 7, 8, 9: eligibility a user can act on

    /// Shows JSS 89 in its latest week; five positive contracts alone would compute 100; $850 earned.
    static let account = """
        {"type": "freelancer", "asOf": "2026-10-15", "joined": "2024-01-01",
         "jssHistory": [{"week": "2026-10-05", "jss": 90}, {"week": "2026-10-12", "jss": 89}],
         "contracts": [
          {"client": "A", "started": "2026-01-05", "ended": "2026-01-20", "payments": [{"date": "2026-01-20", "amount": 200}], "feedback": {"publicStars": 5, "privateScore": 10}},
          {"client": "B", "started": "2026-02-05", "ended": "2026-02-20", "payments": [{"date": "2026-02-20", "amount": 150}], "feedback": {"publicStars": 5, "privateScore": 10}},
          {"client": "C", "started": "2026-03-05", "ended": "2026-03-20", "payments": [{"date": "2026-03-20", "amount": 200}], "feedback": {"publicStars": 5, "privateScore": 10}},
          {"client": "D", "started": "2026-04-05", "ended": "2026-04-20", "payments": [{"date": "2026-04-20", "amount": 100}], "feedback": {"publicStars": 5, "privateScore": 10}},
          {"client": "E", "started": "2026-05-05", "ended": "2026-05-20", "payments": [{"date": "2026-05-20", "amount": 200}], "feedback": {"publicStars": 5, "privateScore": 10}}
         ]}
        """

    @Test func theDisplayedJSSIsTheOneEveryCriterionTheReportAndTheWhatIfUse() throws {
        let directory = try folder(["acct.json": Self.account])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = try CommandRunner.profilelint(["eligibility", "acct.json"], in: directory)
        #expect(text.stdout.contains("acct.json: eligibility (policy upwork-2025, as of 2026-10-15): JSS 89 (displayed "
            + "in the week of 2026-10-12; estimate from the contracts alone: 100, 24m window)\n"))
        #expect(text.stdout.contains("    [FAIL] jss: JSS 89 (as displayed in the week of 2026-10-12; the contracts "
            + "alone estimate 100); needs ≥ 90: 1 point more;"))
        let json = try CommandRunner.profilelint(["eligibility", "-f", "json", "acct.json"], in: directory)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let file = try #require((document["files"] as? [[String: Any]])?.first)
        let jss = try #require((file["eligibility"] as? [String: Any])?["jss"] as? [String: Any])
        #expect(jss["value"] as? Int == 89 && jss["window"] as? String == "history")
        #expect(jss["estimate"] as? Int == 100 && jss["week"] as? String == "2026-10-12")
        let whatIf = try CommandRunner.profilelint(["eligibility", "acct.json", "--what-if", "90"], in: directory)
        #expect(whatIf.stdout == "acct.json: JSS 89 now (displayed; estimate from the contracts alone: 100); 1 more "
            + "positive $1000 contract reaches 90 (JSS 91)\n")
        let met = try CommandRunner.profilelint(["eligibility", "acct.json", "--what-if", "89"], in: directory)
        #expect(met.stdout.hasSuffix("already at or above 89\n"))
        let report = try CommandRunner.profilelint(["report", "Samples/me.json", "--account", directory + "/acct.json",
                                                    "-o", "-"])
        #expect(report.stdout.contains("The JSS is <strong>89%</strong> (as displayed in the week of 2026-10-12; "
            + "an estimate from the contracts alone: 100%)"))
    }

    @Test func failingAndUnknownCriteriaSayWhatTheyNeedAndWhen() throws {
        // The 16 weeks back from 2026-10-12; the five latest are eligible.
        let dates = ["2026-10-12", "2026-10-05", "2026-09-28", "2026-09-21", "2026-09-14", "2026-09-07",
                     "2026-08-31", "2026-08-24", "2026-08-17", "2026-08-10", "2026-08-03", "2026-07-27",
                     "2026-07-20", "2026-07-13", "2026-07-06", "2026-06-29"]
        let weeks = dates.enumerated().map { #"{"week": "\#($1)", "jss": \#($0 < 5 ? 92 : 85)}"# }
        let history = #"{"type": "freelancer", "asOf": "2026-10-15", "jss": 92, "jssHistory": ["#
            + weeks.joined(separator: ", ") + "]}"
        let directory = try folder(["acct.json": Self.account, "weeks.json": history])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["eligibility", "acct.json"], in: directory)
        #expect(result.stdout.contains("    [FAIL] earnings: $850 earned in the last 12 months; needs ≥ $1,000 in 12 "
            + "months: $150 more by 2027-01-21, when the earliest counted payment leaves the 12-month window\n"))
        #expect(result.stdout.contains("    [ ?? ] availability: availability is not given; needs set; a future date "
            + "when not available\n"))
        let lines = result.stdout.split(separator: "\n")
        for line in lines where line.contains("[FAIL]") || line.contains("[ ?? ]") {
            #expect(line.contains("; needs "), "\(line)")
        }
        let future = try CommandRunner.profilelint(["eligibility", "weeks.json"], in: directory)
        #expect(future.stdout.contains("  top-rated: not-eligible (earliest 2026-12-07, if every week from now on is "
            + "eligible)\n"), "\(future.stdout)")
        #expect(future.stdout.contains("[FAIL] eligible-weeks: 5 eligible weeks; 13 reachable on 2026-12-07 if every "
            + "week from now on is eligible; needs ≥ 13 of the last 16 weeks: 8 more eligible weeks (JSS ≥ 90)"))
        #expect(future.stdout.contains("  top-rated-plus: not-eligible (earliest 2026-12-07, if every week from now on "
            + "is eligible)\n"))
        let profile = try CommandRunner.profilelint(["eligibility", directory + "/acct.json", "--profile",
                                                     "Samples/me.json"])
        #expect(profile.stdout.contains("[FAIL] profile: the profile is 90% complete; needs ≥ 100%: add a linked "
            + "account (+10)\n"))
    }

    @Test func anAccountTypoIsSuggestedTheBlockIsHeadedByTheAccountAndAFullDocumentUsesItsProfile() throws {
        let document = #"{"profile": {"title": "Editor", "overview": "Short.", "skills": ["Editing"]}, "#
            + #""account": {"type": "freelancer", "asOf": "2026-10-15", "jss": 95}}"#
        let directory = try folder(["typo.json": #"{"jsss": 92, "asOf": "2026-10-15"}"#, "acct.json": Self.account,
                                    "doc.json": document])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let typo = try CommandRunner.profilelint(["eligibility", "typo.json"], in: directory)
        #expect(typo.status == 2)
        #expect(typo.stdout.contains(#"typo.json:1:2: error: /jsss: expected a known key (did you mean "jss"?)"#))
        let lint = try CommandRunner.profilelint(["--account", directory + "/acct.json", "Samples/me.json"])
        #expect(lint.stdout.contains("\n\(directory)/acct.json: eligibility (policy upwork-2025"))
        #expect(!lint.stdout.contains("Samples/me.json: eligibility"))
        let full = try CommandRunner.profilelint(["eligibility", "doc.json"], in: directory)
        #expect(full.stdout.contains("doc.json: completeness 25% (upwork model)"))
        #expect(full.stdout.contains("    [FAIL] profile: the profile is 25% complete; needs ≥ 100%"))
        #expect(!full.stdout.contains("the profile completeness is not known"))
    }

    // MARK: - 10, 15: the hook's defaults and its output

    func repository() throws -> String {
        let directory = try CommandRunner.temporaryDirectory()
        _ = try git(["init", "-q", "-b", "main"], in: directory)
        return directory
    }

    @discardableResult
    func git(_ arguments: [String], in directory: String) throws -> CommandResult {
        try CommandRunner.run("/usr/bin/env", ["git"] + arguments, in: directory, environment: GitHookTests.gitEnvironment)
    }

    @Test func theHookChecksEveryStagedProfileByContentSaysWhichAndPrintsOnlyFindingsThenWhyItBlocks() throws {
        let directory = try repository()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try CommandRunner.profilelint(["hook", "install"], in: directory).status == 0)
        let files = [
            "me.json": GitHookTests.risky,  // the README's own example name
            "pages/saved.html": try String(contentsOfFile: TestPaths.samples + "/html/air3-profile.html", encoding: .utf8),
            "package.json": #"{"name": "app", "version": "1.0.0", "scripts": {}}"#,
            "notes.html": "<html><body><p>Shopping list</p></body></html>",
        ]
        for (name, text) in files {
            let path = directory + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        try git(["add", "."], in: directory)
        let blocked = try git(["commit", "-m", "profiles"], in: directory)
        #expect(blocked.status != 0)
        // git shows the hook's output on standard error.
        #expect(blocked.stderr.contains("me.json:1:5034: error: the overview is 5,001 characters")
                || blocked.stderr.contains("me.json:1:5034: error: the overview is 5001 characters"))
        #expect(blocked.stderr.contains("profilelint: checked 2 staged profile files: me.json and pages/saved.html\n"))
        #expect(blocked.stderr.contains("commit blocked: 1 error in 1 file (fix them, or `git commit --no-verify`)\n"))
        #expect(!blocked.stderr.contains("completeness"), "hook mode prints no completeness table")
        #expect(!blocked.stderr.contains("files checked"), "nor the totals line")
        #expect(!blocked.stderr.contains("package.json") && !blocked.stderr.contains("notes.html"))

        try Data(GitHookTests.clean.utf8).write(to: URL(fileURLWithPath: directory + "/me.json"))
        try git(["add", "me.json"], in: directory)
        let passed = try git(["commit", "-m", "profiles"], in: directory)
        #expect(passed.status == 0, "\(passed.stderr)")
        #expect(passed.stderr.contains("profilelint: checked 2 staged profile files: me.json and pages/saved.html\n"))
        #expect(!passed.stderr.contains("commit blocked"))
        try Data("notes\n".utf8).write(to: URL(fileURLWithPath: directory + "/README.md"))
        try git(["add", "README.md"], in: directory)
        let none = try git(["commit", "-m", "readme"], in: directory)
        #expect(none.status == 0)
        #expect(none.stderr.contains("profilelint: no staged profile files to check\n"))
    }
}

