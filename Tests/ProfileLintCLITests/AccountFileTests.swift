import Foundation
import ProfileLintTestSupport
import Testing

/// An account file (the eligibility engine's input) given where a profile is expected: named, it is an error that
/// says what the file is and which command reads it; found walking a folder, it is passed over.
@Suite struct AccountFileTests {
    @Test func aNamedAccountFileFailsWithAPointerToEligibilityAndTheOtherFilesAreStillChecked() throws {
        let result = try CommandRunner.profilelint(["Samples/account.json", "Samples/me.json"])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        let message =
            "Samples/account.json: error: an account file (eligibility input), not a profile: check it with "
            + "`profilelint eligibility Samples/account.json`"
        #expect(result.stdout.contains(message), "\(result.stdout)")
        // Nothing is linted out of the account's members (they are no profile fields).
        #expect(!result.stdout.contains("Samples/account.json:2:3"), "\(result.stdout)")
        #expect(!result.stdout.contains("unknown field \"jssHistory\""), "\(result.stdout)")
        // me.json is linted as it is alone.
        let alone = try CommandRunner.profilelint(["Samples/me.json"])
        let meLines = alone.stdout.split(separator: "\n").filter { $0.hasPrefix("Samples/me.json") }
        #expect(!meLines.isEmpty)
        for line in meLines { #expect(result.stdout.contains(line), "\(line)") }
    }

    @Test func theErrorIsAnInputErrorInEveryFormat() throws {
        let json = try CommandRunner.profilelint(["--format", "json", "Samples/agency-account.json"])
        #expect(json.status == 2)
        #expect(json.stdout.contains("an account file (eligibility input), not a profile"), "\(json.stdout)")
        #expect(json.stderr.contains("Samples/agency-account.json: error: an account file"), "\(json.stderr)")
    }

    @Test func aFolderSweepPassesOverAccountFiles() throws {
        let account = try String(contentsOfFile: TestPaths.samples + "/account.json", encoding: .utf8)
        let profile = try String(contentsOfFile: TestPaths.samples + "/me.json", encoding: .utf8)
        let directory = try CommandRunner.temporaryDirectory(with: [
            "profiles/account.json": account, "profiles/me.json": profile,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let swept = try CommandRunner.profilelint(["profiles"], in: directory)
        let alone = try CommandRunner.profilelint(["profiles/me.json"], in: directory)
        #expect(swept.status == alone.status, "\(swept.stdout)\(swept.stderr)")
        #expect(swept.stdout == alone.stdout)
        #expect(!swept.stdout.contains("account.json") && !swept.stderr.contains("account.json"))
        // Named, the same file is still an error in the same run.
        let named = try CommandRunner.profilelint(["profiles", "profiles/account.json"], in: directory)
        #expect(named.status == 2)
        #expect(named.stdout.contains("profiles/account.json: error: an account file"), "\(named.stdout)")
    }

    @Test func aFolderOfAccountFilesOnlyHoldsNoProfiles() throws {
        let account = try String(contentsOfFile: TestPaths.samples + "/account.json", encoding: .utf8)
        let directory = try CommandRunner.temporaryDirectory(with: ["accounts/a.json": account])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(["accounts"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("profilelint: error: no profile files found in accounts"), "\(result.stderr)")
        #expect(try CommandRunner.profilelint(["--allow-empty", "accounts"], in: directory).status == 0)
    }

    @Test func aProfileWithAnAccountMemberIsStillAProfile() throws {
        let result = try CommandRunner.profilelint(["--format", "json", "Samples/good/complete.json"])
        #expect(!result.stdout.contains("an account file"))
        #expect(result.status != 2, "\(result.stderr)")
    }
}
