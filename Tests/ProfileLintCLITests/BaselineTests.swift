import Foundation
import ProfileLintTestSupport
import Testing

/// `profilelint baseline`: accepted findings stay hidden when lines move; new ones fail the run.
@Suite struct BaselineTests {
    static let profile = #"{"title": "Editor", "overveiw": "x"}"#
    /// The same findings two lines further down, plus a new unknown field.
    static let moved = "\n\n" + #"{"title": "Editor", "overveiw": "x", "skils": ["a"]}"#

    @Test func acceptedFindingsSurviveLineMovesAndOnlyNewOnesFail() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/p.json"
        try Data(Self.profile.utf8).write(to: URL(fileURLWithPath: path))
        let write = try CommandRunner.profilelint(["baseline", "write", "p.json"], in: directory)
        #expect(write.status == 0)
        #expect(write.stdout == "wrote 4 findings to .profilelint-baseline.json\n")

        let clean = try CommandRunner.profilelint(
            ["baseline", "check", "--fail-on", "warning", "-q", "p.json"],
            in: directory)
        #expect(clean.status == 0)
        #expect(clean.stdout.isEmpty)

        try Data(Self.moved.utf8).write(to: URL(fileURLWithPath: path))
        let moved = try CommandRunner.profilelint(
            [
                "--baseline", ".profilelint-baseline.json", "--fail-on", "warning",
                "p.json",
            ], in: directory)
        #expect(moved.status == 1)
        let findings = moved.stdout.split(separator: "\n").filter { $0.contains("[") && $0.hasPrefix("p.json:") }
        #expect(findings == [#"p.json:3:38: warning: unknown field "skils"; did you mean "skills"? [unknown-field]"#])
        #expect(moved.stderr.contains("4 findings accepted by .profilelint-baseline.json hidden"))
    }

    @Test func fixedFindingsAreReportedAsStaleEntries() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(Self.profile.utf8).write(to: URL(fileURLWithPath: directory + "/p.json"))
        #expect(
            try CommandRunner.profilelint(["baseline", "write", "--baseline", "b.json", "p.json"], in: directory)
                .status == 0)
        try Data(#"{"title": "Editor", "overview": "x"}"#.utf8).write(to: URL(fileURLWithPath: directory + "/p.json"))
        let result = try CommandRunner.profilelint(["--baseline", "b.json", "-f", "json", "p.json"], in: directory)
        #expect(result.stderr.contains("1 baseline entry no longer matches (fixed)"))
    }

    @Test func aMissingOrForeignBaselineIsAnError() throws {
        let missing = try CommandRunner.profilelint(["--baseline", "nope.json", "Samples/me.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.json: error: no such baseline file"))
        let foreign = try CommandRunner.profilelint(["--baseline", "Samples/me.json", "Samples/me.json"])
        #expect(foreign.status == 2)
        #expect(foreign.stderr.contains("not a profilelint baseline"))
    }
}
