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
        #expect(
            empty.stderr == "profilelint: error: no profile files found in empty/ (folders are searched for "
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
        #expect(
            typo.stderr == "profilelint: error: no such command or file 'eligibilty'; did you mean "
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
        let history = try CommandRunner.profilelint([
            "proposal", "Samples/proposals/bad.txt", "--history",
            "/nonexistent",
        ])
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
        #expect(
            sarif.stdout.contains(#""uri" : "bad/x.json""#) || sarif.stdout.contains(#""uri": "bad/x.json""#),
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
          {"client": "A", "started": "2026-01-05", "ended": "2026-01-20", \
        "payments": [{"date": "2026-01-20", "amount": 200}], "feedback": {"publicStars": 5, "privateScore": 10}},
          {"client": "B", "started": "2026-02-05", "ended": "2026-02-20", \
        "payments": [{"date": "2026-02-20", "amount": 150}], "feedback": {"publicStars": 5, "privateScore": 10}},
          {"client": "C", "started": "2026-03-05", "ended": "2026-03-20", \
        "payments": [{"date": "2026-03-20", "amount": 200}], "feedback": {"publicStars": 5, "privateScore": 10}},
          {"client": "D", "started": "2026-04-05", "ended": "2026-04-20", \
        "payments": [{"date": "2026-04-20", "amount": 100}], "feedback": {"publicStars": 5, "privateScore": 10}},
          {"client": "E", "started": "2026-05-05", "ended": "2026-05-20", \
        "payments": [{"date": "2026-05-20", "amount": 200}], "feedback": {"publicStars": 5, "privateScore": 10}}
         ]}
        """

    @Test func theDisplayedJSSIsTheOneEveryCriterionTheReportAndTheWhatIfUse() throws {
        let directory = try folder(["acct.json": Self.account])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = try CommandRunner.profilelint(["eligibility", "acct.json"], in: directory)
        #expect(
            text.stdout.contains(
                "acct.json: eligibility (policy upwork-2025, as of 2026-10-15): JSS 89 (displayed "
                    + "in the week of 2026-10-12; estimate from the contracts alone: 100, 24m window)\n"))
        #expect(
            text.stdout.contains(
                "    [FAIL] jss: JSS 89 (as displayed in the week of 2026-10-12; the contracts "
                    + "alone estimate 100); needs ≥ 90: 1 point more;"))
        let json = try CommandRunner.profilelint(["eligibility", "-f", "json", "acct.json"], in: directory)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let file = try #require((document["files"] as? [[String: Any]])?.first)
        let jss = try #require((file["eligibility"] as? [String: Any])?["jss"] as? [String: Any])
        #expect(jss["value"] as? Int == 89 && jss["window"] as? String == "history")
        #expect(jss["estimate"] as? Int == 100 && jss["week"] as? String == "2026-10-12")
        let whatIf = try CommandRunner.profilelint(["eligibility", "acct.json", "--what-if", "90"], in: directory)
        #expect(
            whatIf.stdout == "acct.json: JSS 89 now (displayed; estimate from the contracts alone: 100); 1 more "
                + "positive $1,000 contract reaches 90 (JSS 91)\n")
        let met = try CommandRunner.profilelint(["eligibility", "acct.json", "--what-if", "89"], in: directory)
        #expect(met.stdout.hasSuffix("already at or above 89\n"))
        let report = try CommandRunner.profilelint([
            "report", "Samples/me.json", "--account", directory + "/acct.json",
            "-o", "-",
        ])
        #expect(
            report.stdout.contains(
                "The JSS is <strong>89%</strong> (as displayed in the week of 2026-10-12; "
                    + "an estimate from the contracts alone: 100%)"))
    }

    @Test func failingAndUnknownCriteriaSayWhatTheyNeedAndWhen() throws {
        // The 16 weeks back from 2026-10-12; the five latest are eligible.
        let dates = [
            "2026-10-12", "2026-10-05", "2026-09-28", "2026-09-21", "2026-09-14", "2026-09-07",
            "2026-08-31", "2026-08-24", "2026-08-17", "2026-08-10", "2026-08-03", "2026-07-27",
            "2026-07-20", "2026-07-13", "2026-07-06", "2026-06-29",
        ]
        let weeks = dates.enumerated().map { #"{"week": "\#($1)", "jss": \#($0 < 5 ? 92 : 85)}"# }
        let history =
            #"{"type": "freelancer", "asOf": "2026-10-15", "jss": 92, "jssHistory": ["#
            + weeks.joined(separator: ", ") + "]}"
        let directory = try folder(["acct.json": Self.account, "weeks.json": history])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["eligibility", "acct.json"], in: directory)
        #expect(
            result.stdout.contains(
                "    [FAIL] earnings: $850 earned in the last 12 months; needs ≥ $1,000 in 12 "
                    + "months: $150 more by 2027-01-21, when the earliest counted payment leaves the 12-month window\n")
        )
        #expect(
            result.stdout.contains(
                "    [ ?? ] availability: availability is not given; needs set; a future date "
                    + "when not available\n"))
        let lines = result.stdout.split(separator: "\n")
        for line in lines where line.contains("[FAIL]") || line.contains("[ ?? ]") {
            #expect(line.contains("; needs "), "\(line)")
        }
        let future = try CommandRunner.profilelint(["eligibility", "weeks.json"], in: directory)
        #expect(
            future.stdout.contains(
                "  top-rated: not-eligible (earliest 2026-12-07, if every week from now on is "
                    + "eligible)\n"), "\(future.stdout)")
        #expect(
            future.stdout.contains(
                "[FAIL] eligible-weeks: 5 eligible weeks; 13 reachable on 2026-12-07 if every "
                    + "week from now on is eligible; needs ≥ 13 of the last 16 weeks: 8 more eligible weeks (JSS ≥ 90)")
        )
        #expect(
            future.stdout.contains(
                "  top-rated-plus: not-eligible (earliest 2026-12-07, if every week from now on "
                    + "is eligible)\n"))
        let profile = try CommandRunner.profilelint([
            "eligibility", directory + "/acct.json", "--profile",
            "Samples/me.json",
        ])
        #expect(
            profile.stdout.contains(
                "[FAIL] profile: the profile is 90% complete; needs ≥ 100%: add a linked "
                    + "account (+10)\n"))
    }

    @Test func anAccountTypoIsSuggestedTheBlockIsHeadedByTheAccountAndAFullDocumentUsesItsProfile() throws {
        let document =
            #"{"profile": {"title": "Editor", "overview": "Short.", "skills": ["Editing"]}, "#
            + #""account": {"type": "freelancer", "asOf": "2026-10-15", "jss": 95}}"#
        let directory = try folder([
            "typo.json": #"{"jsss": 92, "asOf": "2026-10-15"}"#, "acct.json": Self.account,
            "doc.json": document,
        ])
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
        try CommandRunner.run(
            "/usr/bin/env", ["git"] + arguments, in: directory, environment: GitHookTests.gitEnvironment)
    }

    @Test func theHookChecksEveryStagedProfileByContentSaysWhichAndPrintsOnlyFindingsThenWhyItBlocks() throws {
        let directory = try repository()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try CommandRunner.profilelint(["hook", "install"], in: directory).status == 0)
        let files = [
            "me.json": GitHookTests.risky,  // the README's own example name
            "pages/saved.html": try String(
                contentsOfFile: TestPaths.samples + "/html/air3-profile.html", encoding: .utf8),
            "package.json": #"{"name": "app", "version": "1.0.0", "scripts": {}}"#,
            "notes.html": "<html><body><p>Shopping list</p></body></html>",
        ]
        for (name, text) in files {
            let path = directory + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        try git(["add", "."], in: directory)
        let blocked = try git(["commit", "-m", "profiles"], in: directory)
        #expect(blocked.status != 0)
        // git shows the hook's output on standard error.
        #expect(
            blocked.stderr.contains("me.json:1:5034: error: the overview is 5,001 characters")
                || blocked.stderr.contains("me.json:1:5034: error: the overview is 5,001 characters"))
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

    // MARK: - 6: wording with 0, 1 and 2

    /// Nouns the messages count; after 1 they must be singular, after 0 and 2 plural.
    static let countedNouns = [
        "word", "character", "skill", "item", "point", "week", "error", "warning", "file",
        "requirement", "contract", "finding", "portfolio item", "education item",
        "certification", "job requirement", "more eligible week", "unreadable file",
    ]

    func wordingProblems(in text: String, employment: Int = 0) -> [String] {
        var problems: [String] = []
        for line in text.split(separator: "\n").map(String.init) {
            for noun in Self.countedNouns {
                if line.contains(" 1 \(noun)s") || line.hasPrefix("1 \(noun)s") {
                    problems.append("1 \(noun)s: \(line)")
                }
                for number in ["0", "2"] {
                    for ending in [" ", ";", ",", ")", ":", "."]
                    where line.contains(" \(number) \(noun)\(ending)")
                        || line.hasPrefix("\(number) \(noun)\(ending)")
                    {
                        problems.append("\(number) \(noun): \(line)")
                    }
                }
            }
            // A list in a sentence ends with "and": "lacks a, b" is wrong, "lacks a and b" right.
            if let range = line.range(of: "lacks "), let end = line[range.upperBound...].firstIndex(of: ":"),
                line[range.upperBound..<end].contains(","), !line[range.upperBound..<end].contains(" and ")
            {
                problems.append("list without and: \(line)")
            }
            if employment == 0, line.contains("more employment items") || line.contains("another employment item") {
                problems.append("counts from an employment item that may not exist: \(line)")
            }
        }
        return problems
    }

    @Test(arguments: [0, 1, 2])
    func everyMessageTemplateReadsRightWithZeroOneAndTwo(_ count: Int) throws {
        let words = (0..<count).map { "word\($0)" }.joined(separator: " ")
        let skills = (0..<count).map { #""skill \#($0)""# }.joined(separator: ", ")
        let jobs = (0..<count).map { #"{"company": "Co\#($0)", "title": "Editor"}"# }.joined(separator: ", ")
        let items = (0..<count).map { #"{"title": "Item \#($0)"}"# }.joined(separator: ", ")
        // Title and skill limits low enough that 0, 1 and 2 over are all reachable.
        let config =
            "rules:\n  title-too-long:\n    max_characters: 1\n  too-many-skills:\n    max_skills: 0\n"
            + "  proposal-length:\n    min_words: 3\n"
        let profile =
            #"{"title": "T\#(String(repeating: "x", count: count))", "overview": "\#(words)", "#
            + #""skills": [\#(skills)], "employment": [\#(jobs)], "portfolio": [\#(items)], "#
            + #""education": [\#(items.replacingOccurrences(of: "title", with: "school"))]}"#
        let proposal = (0..<count).map { "word\($0)" }.joined(separator: " ") + "\n"
        let job = "Requirements:\n" + (0..<max(1, count)).map { "- Kotlin\($0) experience\n" }.joined()
        let directory = try folder([
            ".profilelint.yml": config, "p.json": profile, "cover.txt": proposal,
            "job.md": job, "bare.json": "{}", "acct.json": Self.account,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var output = ""
        for arguments in [
            ["p.json"], ["bare.json"], ["proposal", "cover.txt", "--job", "job.md", "--profile", "p.json"],
            ["eligibility", "acct.json", "--profile", "p.json"], ["p.json", "bare.json", "missing.json"],
        ] {
            let result = try CommandRunner.profilelint(arguments, in: directory)
            output += result.stdout + result.stderr
        }
        #expect(wordingProblems(in: output, employment: count) == [], "\(output)")
        // The counted phrases that must be there, singular or plural as the number asks.
        let noun = count == 1 ? "word" : "words"
        if count > 0 { #expect(output.contains("the overview has \(count) \(noun); write at least 100")) }
        if count > 0 {
            #expect(output.contains("the title is \(count + 1) characters; Upwork allows 1 (\(count) over)"))
        }
        if count == 0 { #expect(output.contains("add two employment items beyond the first (+20)")) }
        if count == 1 { #expect(output.contains("add two more employment items (+20)")) }
    }

    @Test func theWordingCheckCatchesWhatItLooksFor() {
        #expect(wordingProblems(in: "the overview has 1 words").count == 1)
        #expect(wordingProblems(in: "2 skill; Upwork keeps at most 1").count == 1)
        #expect(wordingProblems(in: "the profile lacks a profile photo, an overview: required").count == 1)
        #expect(wordingProblems(in: "add two more employment items (+20)").count == 1)
        #expect(wordingProblems(in: "the profile lacks a profile photo and an overview: required").isEmpty)
    }

    // MARK: - 2, 3, 18: saved pages, convert, sources

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: TestPaths.realData + "/html"),
            "needs ../shared/realdata/html next to the repository"))
    func theSavedPagesHeaderPortraitCountsAsAPhoto() throws {
        let page = TestPaths.realData + "/html/upwork_profile_owner_view_2023_alfareiza.html"
        let result = try CommandRunner.profilelint([page])
        #expect(!result.stdout.contains("lacks a profile photo"), "\(result.stdout)")
        #expect(result.stdout.contains("  [x] Profile photo "))
        let converted = try CommandRunner.profilelint(["convert", page])
        #expect(converted.stdout.contains(#""photo": "https://www.upwork.com/profile-portraits/"#))
    }

    @Test func thePlaceholderAvatarIsNoPhotoAndARealOneIs() throws {
        func page(_ source: String) -> String {
            #"<html><body><div data-qa-profile-viewer-uid="1"><div itemscope itemtype="http://schema.org/Person">"#
                + #"<div class="cfe-ui-profile-photo"><img class="air3-avatar" src="\#(source)" alt="A."></div>"#
                + #"<h2 itemprop="name">A.</h2></div><section class="air3-card-section"><div class="span-10">"#
                + #"<h2>Editor</h2></div></section></div></body></html>"#
        }
        let directory = try folder([
            "real.html": page("https://www.upwork.com/profile-portraits/c1abcDEF"),
            "placeholder.html": page("https://www.upwork.com/static/assets/avatar-placeholder.png"),
            "svg.html": page("https://example.invalid/people/default.svg"),
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let real = try CommandRunner.profilelint(["real.html"], in: directory)
        #expect(real.stdout.contains("  [x] Profile photo "), "\(real.stdout)")
        for name in ["placeholder.html", "svg.html"] {
            let placeholder = try CommandRunner.profilelint([name], in: directory)
            #expect(placeholder.stdout.contains("  [ ] Profile photo "), "\(name): \(placeholder.stdout)")
        }
    }

    @Test func convertKeepsTheMarketplacesFigureAndTheConvertedFileShowsIt() throws {
        let page = try CommandRunner.profilelint(["Samples/html/phpvars-2016.html"])
        let figure = try #require(
            page.stdout.split(separator: "\n").first { $0.contains("The marketplace's own figure") })
        let converted = try CommandRunner.profilelint(["convert", "Samples/html/phpvars-2016.html"])
        #expect(converted.stdout.contains(#""marketplaceCompleteness": {"#))
        let directory = try folder(["profile.json": converted.stdout])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let again = try CommandRunner.profilelint(["profile.json"], in: directory)
        #expect(!again.stdout.contains("unknown-field"))
        let kept = try #require(
            again.stdout.split(separator: "\n").first { $0.contains("The marketplace's own figure") })
        // The same figure; only where it was read differs.
        #expect(kept.prefix(while: { $0 != "(" }) == figure.prefix(while: { $0 != "(" }))
        let schema = try String(
            contentsOfFile: TestPaths.repositoryRoot + "/Schemas/profilelint-document.schema.json",
            encoding: .utf8)
        #expect(schema.contains(#""marketplaceCompleteness""#))
    }

    @Test func everyCitedSourceIsListedWithTitleAddressAndDateAndExplainLinksTheList() throws {
        let sources = try String(contentsOfFile: TestPaths.repositoryRoot + "/Docs/sources.md", encoding: .utf8)
        let catalogue = try CommandRunner.profilelint(["rules", "--format", "markdown"])
        #expect(catalogue.stdout.contains("[`sources.md`](sources.md)"))
        var cited = Set<String>()
        for line in catalogue.stdout.split(separator: "\n") where line.hasPrefix("**Sources:**") {
            for part in line.split(separator: "[").dropFirst() { cited.insert(String(part.prefix { $0 != "]" })) }
        }
        #expect(cited.count > 10)
        for id in cited.sorted() {
            let row = sources.split(separator: "\n").first {
                $0.hasPrefix("| <a id=\"\(id.lowercased())\"></a>\(id) |")
            }
            let cells = try #require(row, "\(id) is cited but not in Docs/sources.md").split(separator: "|")
            #expect(
                cells.count >= 5 && cells.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).isEmpty },
                "\(id): title, address and date")
        }
        let explain = try CommandRunner.profilelint(["explain", "contact-email"])
        #expect(
            explain.stdout.contains(
                "Sources: T1, T2, T8, T9; each one's title, address and date is in "
                    + "Docs/sources.md"))
        #expect(!explain.stdout.contains("upwork-rules.md"))
    }

    // MARK: - 19: the README's first example is the real output

    @Test func theReadmesFirstExampleIsWhatTheCommandPrints() throws {
        let readme = try String(contentsOfFile: TestPaths.repositoryRoot + "/README.md", encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```").dropFirst().first, "README has a code block")
        var shown = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while shown.first?.isEmpty == true { shown.removeFirst() }
        while shown.last?.isEmpty == true { shown.removeLast() }
        let command = try #require(shown.first, "the block starts with the command").split(separator: " ").map(
            String.init)
        #expect(command.first == "$" && command.dropFirst().first == "profilelint")
        let result = try CommandRunner.profilelint(Array(command.dropFirst(2)))
        let printed = result.stdout.split(separator: "\n").map(String.init)
        // Each shown line is printed, in order and next to the one before it; a line "  ..." stands for lines
        // left out, and a line ending in "..." for the rest of that line.
        var index = 0
        var gap = false
        for line in shown.dropFirst() {
            if line.trimmingCharacters(in: .whitespaces) == "..." {
                gap = true
                continue
            }
            let matches = { (candidate: String) in
                line.hasSuffix(" ...") ? candidate.hasPrefix(String(line.dropLast(3))) : candidate == line
            }
            guard let found = printed[index...].firstIndex(where: matches) else {
                Issue.record("README line not printed: \(line)\n\(result.stdout)")
                return
            }
            #expect(gap || found == index, "README shows \(line) right after the line before it")
            index = found + 1
            gap = false
        }
        #expect(index == printed.count, "the README shows the output to its end")
    }

    // MARK: - 5: report excerpts of saved pages are the page's text

    func contexts(_ html: String) -> [String] {
        html.components(separatedBy: "<pre class=\"context\"><code>").dropFirst().map {
            $0.components(separatedBy: "</code></pre>")[0]
        }
    }

    @Test func reportExcerptsOfSavedPagesShowVisibleTextNotMarkupOrEscapes() throws {
        let air3 =
            #"<html><body><div data-qa-profile-viewer-uid="1"><div itemscope itemtype="http://schema.org/Person">"#
            + #"<h2 itemprop="name">A.</h2></div><section class="air3-card-section"><div "#
            + #"class="span-10"><h2>Editor</h2>"#
            + #"</div><span class="text-body text-pre-line">Reach me: <b>ana@example.com</b> &amp; say hi</span>"#
            + "</section></div></body></html>\n"
        var phpVars = try String(contentsOfFile: TestPaths.samples + "/html/phpvars-2016.html", encoding: .utf8)
        phpVars = phpVars.replacingOccurrences(
            of: #""description":"Cisco, Juniper and MikroTik setups for small offices.""#,
            with: #""description":"Cisco setups.\nWrite to ana@example.com \u2014 thanks""#)
        let directory = try folder(["air3.html": air3, "php.html": phpVars])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (name, expected) in [
            ("air3.html", "Reach me: <mark>ana@example.com</mark> &amp; say hi"),
            ("php.html", "Cisco setups. Write to <mark>ana@example.com</mark> — thanks"),
        ] {
            let report = try CommandRunner.profilelint(["report", name, "-o", "-"], in: directory)
            #expect(report.status == 0, "\(report.stderr)")
            let shown = contexts(report.stdout)
            let email = try #require(shown.first { $0.contains("<mark>ana@example.com</mark>") }, "\(name): \(shown)")
            #expect(email.contains(expected), "\(name): \(email)")
            #expect(!email.contains("&lt;") && !email.contains("\\n") && !email.contains("\\u"), "\(name): \(email)")
        }
    }
}
