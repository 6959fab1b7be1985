import Foundation
import ProfileLintTestSupport
import Testing

/// End-to-end: these spawn the built binary, so they check what a user sees, exit codes included.
@Suite(.serialized) struct LintCommandTests {
    func write(_ files: [String: [UInt8]]) throws -> String {
        let directory = try CommandRunner.temporaryDirectory()
        for (name, bytes) in files {
            let path = directory + "/" + name
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        return directory
    }

    @Test func theSampleProfilePrintsFindingsScoreAndNextSteps() throws {
        let result = try CommandRunner.profilelint(["Samples/me.json"])
        #expect(result.status == 0, "only warnings and infos: exit 0 with the default --fail-on error")
        #expect(
            result.stdout.contains(
                "Samples/me.json:6:85: warning: the title is 86 characters; Upwork allows 70 (16 over) [title-too-long]"
            ))
        #expect(result.stdout.contains("Samples/me.json: completeness 90% (upwork model)"))
        #expect(result.stdout.contains("To reach 100%: add a linked account (+10) → 100%."))
        #expect(result.stdout.hasSuffix("1 file checked: 0 errors, 3 warnings, 1 info\n"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
        #expect(result.stderr.isEmpty)
    }

    @Test func failOnWarningTurnsWarningsIntoExitOne() throws {
        #expect(try CommandRunner.profilelint(["--fail-on", "warning", "Samples/me.json"]).status == 1)
        #expect(try CommandRunner.profilelint(["lint", "--fail-on", "info", "Samples/me.json"]).status == 1)
    }

    @Test func colorAlwaysPaintsSeverities() throws {
        let result = try CommandRunner.profilelint(["--color", "always", "Samples/me.json"])
        #expect(result.stdout.contains("\u{1B}[33mwarning\u{1B}[0m"))
    }

    @Test func jsonOutputFollowsTheContract() throws {
        let result = try CommandRunner.profilelint(["--format", "json", "Samples/me.json"])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["formatVersion"] as? Int == 1)
        let tool = try #require(document["tool"] as? [String: Any])
        #expect(tool["name"] as? String == "profilelint")
        let files = try #require(document["files"] as? [[String: Any]])
        #expect(files.count == 1)
        let file = files[0]
        #expect(file["path"] as? String == "Samples/me.json")
        #expect(file["kind"] as? String == "profile")
        #expect(file["format"] as? String == "profilelint-json")
        let completeness = try #require(file["completeness"] as? [String: Any])
        #expect(completeness["model"] as? String == "upwork")
        #expect(completeness["score"] as? Double == 90)
        let items = try #require(completeness["items"] as? [[String: Any]])
        #expect(items.first?["id"] as? String == "photo" && items.first?["points"] as? Double == 12.5)
        let findings = try #require(file["findings"] as? [[String: Any]])
        let title = try #require(findings.first { $0["rule"] as? String == "title-too-long" })
        #expect(title["line"] as? Int == 6 && title["column"] as? Int == 85)
        #expect(title["endLine"] as? Int == 6 && title["endColumn"] as? Int == 101)
        #expect(title["field"] as? String == "/title", "pointers are in the profile's own layout, wrapped or not")
        #expect(title["severity"] as? String == "warning" && title["category"] as? String == "completeness")
        #expect(title["excerpt"] as? String == "p Store launches", "the part past the limit")
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 1 && summary["warnings"] as? Int == 3 && summary["infos"] as? Int == 1)
    }

    @Test func badInputsAreOneLineErrorsWithExitTwoAndTheOtherFilesAreStillChecked() throws {
        let directory = try write([
            "a-invalid.json": Array("{\n  \"title\": \"x\",\n  \"skills\": [\"a\" \"b\"]\n}".utf8),
            "b-empty.json": [],
            "c-binary.json": [0x00, 0x01, 0x02, 0xFF],
            "d-latin1.json": Array("{\"title\": \"caf".utf8) + [0xE9] + Array("\"}".utf8),
            "e-notes.json": Array("just some notes".utf8),
            "f-good.json": Array(#"{"title": "Editor"}"#.utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(
            [
                "a-invalid.json", "b-empty.json", "c-binary.json", "d-latin1.json", "e-notes.json", "missing.json",
                "f-good.json",
            ], in: directory)
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "a-invalid.json:3:18: error: invalid JSON: expected ',' or ']' after an array item, found '\"'"))
        #expect(lines.contains("b-empty.json: error: the file is empty"))
        #expect(lines.contains("c-binary.json: error: the file is binary, not a JSON or HTML profile"))
        #expect(lines.contains("d-latin1.json:1:15: error: invalid UTF-8 in a string"))
        #expect(lines.contains { $0.hasPrefix("e-notes.json: error: not a profile: expected a JSON document") })
        #expect(lines.contains("missing.json: error: no such file or directory"))
        #expect(
            lines.contains(
                "f-good.json:1:1: warning: the profile lacks a profile photo, an overview, an employment "
                    + "history item and a skill: required for 100% and before applying to jobs "
                    + "[required-item-missing]"))
        #expect(lines.contains("f-good.json: completeness 0% (upwork model)"))
        #expect(lines.last == "7 files checked: 0 errors, 2 warnings, 1 info, 6 unreadable files")
    }

    @Test func jsonOutputCarriesTheErrorOfAFileThatCouldNotBeRead() throws {
        let directory = try write(["bad.json": Array("{\"a\": }".utf8)])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["--format", "json", "bad.json"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr == "bad.json:1:7: error: invalid JSON: expected a value, found '}'\n")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let file = try #require((document["files"] as? [[String: Any]])?.first)
        let error = try #require(file["error"] as? [String: Any])
        #expect(error["message"] as? String == "invalid JSON: expected a value, found '}'")
        #expect(error["line"] as? Int == 1 && error["column"] as? Int == 7)
        #expect(file["completeness"] == nil)
    }

    @Test func aDirectoryIsSearchedForProfileFilesInOrder() throws {
        let directory = try write([
            "profiles/b.json": Array(#"{"title": "B"}"#.utf8),
            "profiles/sub/a.htm": Array("<html><body><p>nothing here</p></body></html>".utf8),
            "profiles/notes.txt": Array("ignored".utf8),
            "profiles/.hidden/c.json": Array(#"{"title": "C"}"#.utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["--quiet", "profiles"], in: directory)
        let paths = Set(
            result.stdout.split(separator: "\n").compactMap { $0.split(separator: ":").first.map(String.init) })
        #expect(paths == ["profiles/b.json", "profiles/sub/a.htm"])
    }

    @Test func standardInputIsReadAndNamed() throws {
        let result = try CommandRunner.profilelint(
            ["--stdin-filename", "pasted.json", "--quiet", "-"],
            stdin: #"{"title": "T", "overveiw": "x"}"#)
        #expect(
            result.stdout.contains(
                #"pasted.json:1:16: warning: unknown field "overveiw"; did you mean "overview"? [unknown-field]"#))
    }

    @Test func usageErrorsExitTwo() throws {
        let noFiles = try CommandRunner.profilelint([])
        #expect(noFiles.status == 2)
        #expect(
            noFiles.stderr.contains(
                "profilelint: error: name at least one profile file, directory, or - for standard input"))
        let badFormat = try CommandRunner.profilelint(["--format", "yaml", "Samples/me.json"])
        #expect(badFormat.status == 2)
        #expect(badFormat.stderr.contains("yaml"))
        #expect(try CommandRunner.profilelint(["--help"]).status == 0)
        #expect(try CommandRunner.profilelint(["--version"]).stdout.hasPrefix("0."))
    }

    @Test func theLegacyModelIsSelectable() throws {
        let result = try CommandRunner.profilelint(["--model", "legacy-60", "Samples/me.json"])
        #expect(result.stdout.contains("Samples/me.json: completeness 100% (legacy-60 model)"))
    }

    @Test func convertPrintsOurFormatAndItReadsBackTheSame() throws {
        let converted = try CommandRunner.profilelint(["convert", "Samples/me.json"])
        #expect(converted.status == 0)
        #expect(converted.stdout.hasPrefix("{\n  \"profile\": {\n    \"name\": \"Marta Okonkwo-Lindqvist\","))
        let directory = try write(["round.json": Array(converted.stdout.utf8)])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let again = try CommandRunner.profilelint(["convert", "round.json"], in: directory)
        #expect(again.stdout == converted.stdout)
        let lint = try CommandRunner.profilelint(["--quiet", "round.json"], in: directory)
        #expect(!lint.stdout.contains("unknown-field"))
    }

    @Test func convertTurnsASavedPageIntoOurFormat() throws {
        let converted = try CommandRunner.profilelint(["convert", "Samples/html/air3-profile.html"])
        #expect(converted.status == 0)
        let directory = try write(["profile.json": Array(converted.stdout.utf8)])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let page = try CommandRunner.profilelint(["-f", "json", "Samples/html/air3-profile.html"])
        let json = try CommandRunner.profilelint(["-f", "json", "profile.json"], in: directory)
        func score(_ text: String) throws -> Double? {
            let document = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            let file = (document?["files"] as? [[String: Any]])?.first
            return (file?["completeness"] as? [String: Any])?["score"] as? Double
        }
        #expect(try score(page.stdout) != nil)
        #expect(try score(page.stdout) == score(json.stdout), "the converted profile scores as the page does")
    }

    @Test func convertReportsUnreadableInputWithExitTwo() throws {
        let result = try CommandRunner.profilelint(["convert", "no-such.json"])
        #expect(result.status == 2)
        #expect(result.stderr == "no-such.json: error: no such file or directory\n")
    }
}
