import Foundation
import ProfileLintTestSupport
import Testing

/// `profilelint proposal`, end to end, on the samples and on pasted text.
@Suite struct ProposalCommandTests {
    static let job = "Samples/jobs/shopify-checkout.md"

    @Test func aGoodProposalPasses() throws {
        // Sent with a profile listing the post's skills: `job-coverage` compares them (complete.json is a data
        // engineer's, which lists none of them).
        let result = try CommandRunner.profilelint([
            "proposal", "Samples/proposals/good.txt", "--job", Self.job,
            "--profile", "Samples/specialized.json",
            "--as", "Shopify Development", "--fail-on", "info",
        ])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout == "1 file checked: 0 errors, 0 warnings, 0 infos\n")
    }

    @Test func aBadProposalIsReportedWithPositions() throws {
        let result = try CommandRunner.profilelint([
            "proposal", "Samples/proposals/bad.txt", "--job", Self.job, "--profile", "Samples/me.json",
            "--history", "Samples/proposals/history",
        ])
        #expect(result.status == 1)
        let lines = Set(result.stdout.split(separator: "\n").map(String.init))
        #expect(
            lines.contains(
                #"Samples/proposals/bad.txt:3:114: error: placeholder "[Project Name]" left in the "#
                    + #"proposal [placeholder-left]"#))
        #expect(
            lines.contains(
                #"Samples/proposals/bad.txt:6:12: error: placeholder "XXX" left in the proposal [placeholder-left]"#))
        #expect(
            lines.contains(
                #"Samples/proposals/bad.txt:1:1: warning: the first 230 characters say nothing about this "#
                    + #"job: a greeting or pleasantry ("Dear Sir/Madam"), a remark that you read or noticed the "#
                    + #"post ("I have read your job"), a statement that you are applying ("I am very "#
                    + #"interested") [opening-lines]"#))
        #expect(
            lines.contains(
                #"Samples/proposals/bad.txt:3:1: warning: 2 boilerplate sentences a client has read in a "#
                    + #"thousand proposals: "I have read your job description and I am very interested.", "I am "#
                    + #"𝐭𝐡𝐞 𝐛𝐞𝐬𝐭 developer 🚀 for [Project Name] and have" [boilerplate]"#))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "Samples/proposals/bad.txt:1:1: warning: the proposal addresses 0 of 7 job "
                        + "requirements (0%); missing: \"Diagnose the mobile checkout abandonment at the "
                        + "shipping step\"") && $0.contains("\"Google Analytics\"")
            })
        #expect(
            lines.contains(
                #"Samples/proposals/bad.txt:1:1: warning: screening question 2 ("How long would the "#
                    + #"diagnosis take?") is not answered [screening-unanswered]"#))
        #expect(
            lines.contains(
                #"Samples/proposals/bad.txt:1:1: warning: the proposal is 86% the same as "#
                    + #"Samples/proposals/history/sent-2026-09.txt; Upwork treats copied letters as spam "#
                    + #"[canned-proposal]"#))
        #expect(
            lines.contains(
                "Samples/proposals/bad.txt:1:1: warning: the profile Samples/me.json is 90% complete "
                    + "[profile-not-ready]"))
        #expect(
            lines.contains(
                "Samples/proposals/bad.txt:9:1: info: the proposal ends without a question or a next "
                    + "step [call-to-action]"))
    }

    @Test func pastedTextWithCRLFEmojiAndBoldLettersKeepsByteColumns() throws {
        // CRLF line ends, an emoji and mathematical bold letters before the placeholder on line 2.
        let pasted = "Hi there 👋\r\n𝐈 𝐜𝐚𝐧 𝐬𝐭𝐚𝐫𝐭 for {{client_name}} today.\r\nWhich page first?\r\n"
        let result = try CommandRunner.profilelint(
            ["proposal", "--stdin-filename", "pasted.txt", "-q", "-"],
            stdin: pasted)
        // "𝐈 𝐜𝐚𝐧 𝐬𝐭𝐚𝐫𝐭 for " is 9 bold letters of 4 bytes, 2 spaces between them and " for ": 36 + 2 + 5 = 43
        // bytes, so the placeholder starts at column 44 (a character count would say 18).
        #expect(
            result.stdout.contains(
                #"pasted.txt:2:44: error: placeholder "{{client_name}}" left in the proposal [placeholder-left]"#))
        #expect(!result.stdout.contains("[call-to-action]"), "the last line is a question")
        #expect(result.status == 1)
    }

    @Test func jsonOutputMarksTheFileAsAProposal() throws {
        let result = try CommandRunner.profilelint(["proposal", "-f", "json", "Samples/proposals/bad.txt"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let file = try #require((document["files"] as? [[String: Any]])?.first)
        #expect(file["kind"] as? String == "proposal")
        #expect(file["format"] as? String == "text")
        #expect(file["completeness"] == nil)
        let rules = Set((file["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String })
        #expect(rules.isSuperset(of: ["placeholder-left", "opening-lines", "call-to-action"]))
        #expect(!rules.contains("job-coverage"), "no job post, no coverage check")
    }

    @Test func theConfigurationsLimitsApplyToProposalsToo() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/.git", withIntermediateDirectories: true)
        try Data("limits:\n  max_file_size: 100\n".utf8).write(
            to: URL(fileURLWithPath: directory + "/.profilelint.yml"))
        try Data(String(repeating: "Hello there. ", count: 20).utf8).write(
            to: URL(fileURLWithPath: directory + "/c.txt"))
        let result = try CommandRunner.profilelint(["proposal", "c.txt"], in: directory)
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix("c.txt: error: the file is 260 bytes"), "\(result.stdout)")
    }

    @Test func unreadableInputsAreErrorsAndBothOnStdinIsAUsageError() throws {
        // A missing --job is a usage error, found before anything is checked (FirstUseTests has the rest).
        let missing = try CommandRunner.profilelint(["proposal", "Samples/proposals/good.txt", "--job", "nope.md"])
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.hasPrefix("profilelint: error: --job nope.md: no such file\n"))
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data([0x48, 0x69, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: directory + "/latin.txt"))
        let latin = try CommandRunner.profilelint(["proposal", "latin.txt"], in: directory)
        #expect(latin.status == 2)
        #expect(latin.stdout.contains("latin.txt:1:3: error: invalid UTF-8 (save the text as UTF-8)"))
        let both = try CommandRunner.profilelint(["proposal", "-", "--job", "-"])
        #expect(both.status == 2)
        #expect(both.stderr.contains("only one of COVER and --job can be standard input"))
    }

    @Test func anUnreadableOrInvalidPastProposalIsAnInputErrorNamingIt() throws {
        // `--history` used to skip what it could not read (a `try?` and a `continue`): a copied letter then passed
        // `canned-proposal` with exit 0. Each bad past letter is an error naming it (line:column for bad UTF-8),
        // exit 2, and the readable ones are still compared.
        let letter = "Hello, I can fix the checkout bug in your Shopify store this week. Which theme do you use?\n"
        let directory = try CommandRunner.temporaryDirectory(with: [
            "cover.txt": letter, "history/sent.txt": letter,
            "history/blank.md": "\n  \n",
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(Array("Dear client,\nI am a ".utf8) + [0xC3, 0x28] + Array("dev\n".utf8))
            .write(to: URL(fileURLWithPath: directory + "/history/latin.txt"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).write(to: URL(fileURLWithPath: directory + "/history/zip.md"))
        #expect(mkfifo(directory + "/history/pipe.txt", 0o600) == 0)
        try FileManager.default.createDirectory(
            atPath: directory + "/history/older.txt",
            withIntermediateDirectories: true)
        let result = try CommandRunner.profilelint(["proposal", "cover.txt", "--history", "history"], in: directory)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("history/latin.txt:2:8: error: past proposal: invalid UTF-8 (save the text as UTF-8)"))
        #expect(lines.contains("history/zip.md: error: past proposal: the file is binary, not text"))
        #expect(
            lines.contains(
                "history/pipe.txt: error: past proposal: not a regular file (a FIFO); skipped so the "
                    + "run cannot block on it"))
        #expect(!result.stdout.contains("blank.md"), "an empty file holds no letter: passed over")
        #expect(!result.stdout.contains("older.txt"), "a sub-folder is not a letter")
        #expect(
            lines.contains {
                $0.hasPrefix("cover.txt:1:1: warning: the proposal is 100% the same as history/sent.txt")
            },
            "the readable past letter is still compared: \(result.stdout)")
        #expect(lines.last == "4 files checked: 0 errors, 2 warnings, 0 infos, 3 unreadable files", "\(result.stdout)")
        // A folder that cannot be listed (only a non-root user can be refused one).
        guard getuid() != 0 else { return }
        #expect(chmod(directory + "/history", 0) == 0)
        defer { chmod(directory + "/history", 0o755) }
        let refused = try CommandRunner.profilelint(["proposal", "cover.txt", "--history", "history"], in: directory)
        #expect(refused.status == 2)
        #expect(refused.stdout.contains("history: error: the folder of past proposals cannot be read"))
    }

    @Test func aLetterFarOverTheFormsLimitIsAnInputErrorAtTheFirstCharacterPastTheCap() throws {
        // A 1.4 MB file given as the cover letter took ~150 s in a debug build across the proposal rules. Letters
        // over 50,000 characters (ten times the form's 5,000, R5) are refused with where the cap falls; the letter
        // just under it is checked as usual (proposal-length reports it over 5,000).
        let line = String(repeating: "é", count: 99) + "\n"  // 100 characters, 199 bytes a line
        let directory = try CommandRunner.temporaryDirectory(with: [
            "huge.txt": String(repeating: line, count: 501), "under.txt": String(repeating: line, count: 500),
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let huge = try CommandRunner.profilelint(["proposal", "huge.txt"], in: directory)
        #expect(huge.status == 2)
        #expect(
            huge.stdout.hasPrefix(
                "huge.txt:501:1: error: the letter is 50,100 characters; Upwork's proposal form "
                    + "takes at most 5,000 (R5), and profilelint checks letters of up to 50,000: check the "
                    + "cover letter alone\n"),
            "\(huge.stdout)")
        let under = try CommandRunner.profilelint(["proposal", "under.txt"], in: directory)
        #expect(under.status == 1)
        #expect(
            under.stdout.contains(
                "under.txt:51:1: error: the proposal is 50,000 characters; the form refuses more "
                    + "than 5,000 [proposal-length]"), "\(under.stdout)")
    }
}
