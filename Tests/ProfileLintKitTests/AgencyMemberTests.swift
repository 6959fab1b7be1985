import EligibilityEngine
import Foundation
import ProfileLintTestSupport
import ProfileModel
import Testing

@testable import ProfileLintKit

/// Issue 12, family 7: agency member profiles are read once, under the run's limits, and only inside the account's
/// repository.
@Suite struct AgencyMemberTests {
    static let member = #"{"name": "Priya", "title": "Designer", "overview": "I design brands.", "skills": ["Figma"]}"#

    func memberCriterion(_ report: EligibilityReport) throws -> Criterion {
        try #require(report.badges.flatMap(\.criteria).first { $0.id == "member-profiles" })
    }

    func account(_ paths: [String]) -> Account {
        var account = Account()
        account.type = .agency
        account.members = paths.map { Account.Member(name: "m", profilePath: $0) }
        return account
    }

    @Test func fourHundredMembersNamingOneFileAreOneRead() throws {
        let directory = try CommandRunner.temporaryDirectory(with: [
            "repo/.git/HEAD": "ref\n",
            "repo/members/one.json": Self.member,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let check = EligibilityCheck(today: CalendarDate("2026-10-01")!)
        let spellings = ["members/one.json", "./members/one.json", "members/../members/one.json"]
        let report = check.evaluate(
            account((0..<400).map { spellings[$0 % 3] }), profile: nil, completeness: nil,
            accountPath: directory + "/repo/account.json", model: .upwork)
        #expect(check.memberScores.count == 1)
        let criterion = try memberCriterion(report)
        #expect(!criterion.explanation.contains("not known"), "\(criterion.explanation)")
        // A second evaluation (the next file of a batch) reads nothing again.
        _ = check.evaluate(
            account(["members/one.json"]), profile: nil, completeness: nil,
            accountPath: directory + "/repo/account.json", model: .upwork)
        #expect(check.memberScores.count == 1)
    }

    @Test func aMemberProfileOverTheLimitsIsNotRead() throws {
        let directory = try CommandRunner.temporaryDirectory(with: ["members/one.json": Self.member])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for limits in [InputLimits(maxFileBytes: 20), InputLimits(maxDepth: 1), InputLimits(maxItems: 2)] {
            let check = EligibilityCheck(today: CalendarDate("2026-10-01")!, limits: limits)
            let report = check.evaluate(
                account(["members/one.json"]), profile: nil, completeness: nil,
                accountPath: directory + "/account.json", model: .upwork)
            #expect(try memberCriterion(report).explanation.contains("not known for 1 of 1"), "\(limits)")
        }
    }

    /// Profiles under two configuration files (two linters) naming one member file: the run reads it once.
    @Test func aRunReadsAMemberProfileOnceWhateverTheConfigurationFiles() throws {
        let document =
            #"{"name": "Ana", "title": "Brand designer", "account": {"type": "agency", "#
            + #""members": [{"name": "Priya", "profile": "../members/one.json"}]}}"#
        let directory = try CommandRunner.temporaryDirectory(with: [
            "repo/.git/HEAD": "ref\n", "repo/members/one.json": Self.member,
            "repo/a/.profilelint.yml": "max_warnings: 50\n", "repo/a/p.json": document,
            "repo/b/.profilelint.yml": "max_warnings: 60\n", "repo/b/p.json": document,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var options = LintRun.Options()
        options.today = CalendarDate("2026-10-01")
        let run = LintRun(options: options)
        let outcome = try run.run([.file(directory + "/repo/a/p.json"), .file(directory + "/repo/b/p.json")])
        #expect(outcome.configurationWarnings.isEmpty, "\(outcome.configurationWarnings)")
        for result in outcome.results {
            let report = try #require(result.eligibility, "\(result.path) has no eligibility")
            #expect(!(try memberCriterion(report).explanation.contains("not known")), "\(result.path)")
        }
        #expect(outcome.results.count == 2)
        #expect(run.planner.memberScores.count == 1)
    }

    /// Absolute paths, `../` escapes and symlinks leading out of the repository are never read; the member inside is.
    @Test func onlyMemberProfilesInsideTheRepositoryAreRead() throws {
        let directory = try CommandRunner.temporaryDirectory(with: [
            "outside.json": Self.member, "repo/.git/HEAD": "ref\n", "repo/team/inside.json": Self.member,
            "repo/team/sub/deeper.json": Self.member,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createSymbolicLink(
            atPath: directory + "/repo/team/link.json",
            withDestinationPath: directory + "/outside.json")
        try FileManager.default.createSymbolicLink(
            atPath: directory + "/repo/team/folder",
            withDestinationPath: directory)
        let escapes = [
            "../../outside.json", directory + "/outside.json", "link.json", "folder/outside.json",
            "/etc/passwd", "sub/../../../outside.json", "",
        ]
        let accountPath = directory + "/repo/team/account.json"
        for escape in escapes {
            let check = EligibilityCheck(today: CalendarDate("2026-10-01")!)
            let report = check.evaluate(
                account([escape]), profile: nil, completeness: nil, accountPath: accountPath,
                model: .upwork)
            #expect(try memberCriterion(report).explanation.contains("not known for 1 of 1"), "\(escape)")
            #expect(check.memberScores.count == 0, "\(escape) was read")
        }
        let check = EligibilityCheck(today: CalendarDate("2026-10-01")!)
        let report = check.evaluate(
            account(["inside.json", "sub/deeper.json", "../team/inside.json"]), profile: nil,
            completeness: nil, accountPath: accountPath, model: .upwork)
        #expect(!(try memberCriterion(report).explanation.contains("not known")))
        #expect(check.memberScores.count == 2)
    }
}
