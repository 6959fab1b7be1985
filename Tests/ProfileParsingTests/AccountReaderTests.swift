import Foundation
import PositionedJSON
import ProfileModel
import ProfileParsing
import Testing

@testable import AccountReading

// ProfileParsingTests does not list EligibilityEngine as a dependency, so the engine's types are reached through
// AccountReader's results and compared through their descriptions.

@Suite struct AccountReaderTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples")

    func sample(_ name: String) throws -> SourceFile {
        let data = try Data(contentsOf: Self.samples.appendingPathComponent(name))
        return SourceFile(path: "Samples/\(name)", bytes: Array(data))
    }

    @Test func readsTheBareSampleAccount() throws {
        let account = try #require(try AccountReader.readAccount(sample("account.json")))
        #expect(account.kind.rawValue == "freelancer")
        #expect(account.asOf?.description == "2026-10-15")
        #expect(account.jssHistory?.count == 16)
        let contracts = try #require(account.contracts)
        #expect(contracts.count == 5)
        #expect(contracts[0].payments.count == 5)
        #expect(contracts[0].totalEarnings == 16_200)
        #expect(contracts[0].feedback?.publicStars == 5)
        #expect(contracts[4].payments.isEmpty && contracts[4].feedback == nil)
        #expect(account.availability?.status?.rawValue == "less-than-30")
        #expect(account.holds?.isEmpty == true)
        #expect(account.offPlatformViolations?.isEmpty == true)
        #expect(account.readinessTestPassed == true)
    }

    @Test func readsTheAgencySample() throws {
        let account = try #require(try AccountReader.readAccount(sample("agency-account.json")))
        #expect(account.kind.rawValue == "agency")
        #expect(account.owner?.jss == 97)
        #expect(account.members?.map(\.name) == ["Ines Vásquez-Holm", "Tomasz Okafor", "Priya Saarinen"])
        #expect(account.members?[2].profilePath == "members/priya.json")
        #expect(account.members?[2].profileCompleteness == nil)
        #expect(account.agencyProfile?.services.count == 2)
        #expect(account.holds?.first?.to?.description == "2026-03-09")
    }

    @Test func readsTheAccountMemberOfADocument() throws {
        let json = #"{"profile": {"title": "Editor"}, "account": {"jss": 92, "asOf": "2024-02-29"}}"#
        let account = try #require(try AccountReader.readAccount(SourceFile(path: "doc.json", text: json)))
        #expect(account.jss == 92)
        #expect(account.asOf?.description == "2024-02-29")
    }

    @Test(arguments: [
        #"{"profile": {"title": "Editor"}}"#, #"{"title": "Editor", "overview": "Hi"}"#,
        #"{"profile": {}, "account": null}"#, #"{"availability": {"status": "as-needed"}}"#,
    ])
    func documentsWithoutAnAccountGiveNil(_ json: String) throws {
        #expect(try AccountReader.readAccount(SourceFile(path: "doc.json", text: json)) == nil)
    }

    @Test func nullMeansAbsent() throws {
        let account = try #require(
            try AccountReader.readAccount(
                SourceFile(
                    path: "a.json",
                    text: #"{"jss": null, "contracts": null, "holds": []}"#)))
        #expect(account.jss == nil)
        #expect(account.contracts == nil)
        #expect(account.holds?.isEmpty == true)
    }

    @Test(arguments: [
        // (JSON, pointer, line, column) of the first bad value.
        (#"{"asOf": "2023-02-29"}"#, "/asOf", 1, 10),
        (#"{"account": {"jss": 90.5}}"#, "/account/jss", 1, 21),
        (#"{"account": {"jss": "90"}}"#, "/account/jss", 1, 21),
        (
            "{\"contracts\": [\n  {\"payments\": [{\"date\": \"2026-1-5\", \"amount\": 10}]}]}",
            "/contracts/0/payments/0/date",
            2, 26
        ),
        (#"{"contracts": [{"payments": [{"date": "2026-01-05"}]}]}"#, "/contracts/0/payments/0/amount", 1, 30),
        (#"{"holds": [{"to": "2026-01-05"}]}"#, "/holds/0/from", 1, 12),
        (#"{"type": "company"}"#, "/type", 1, 10),
        (#"{"contracts": [{"feedback": {"publicStars": 6}}]}"#, "/contracts/0/feedback/publicStars", 1, 45),
        (#"{"holds": [], "availability": {"status": "busy"}}"#, "/availability/status", 1, 42),
        (#"{"account": {"contrats": []}}"#, "/account/contrats", 1, 14),
        (#"{"account": {"identityVerified": "yes"}}"#, "/account/identityVerified", 1, 34),
        (#"{"account": []}"#, "/account", 1, 13),
    ])
    func wrongValuesAreErrorsWithPointerAndLocation(_ json: String, _ pointer: String, _ line: Int, _ column: Int) {
        #expect {
            _ = try AccountReader.readAccount(SourceFile(path: "bad.json", text: json))
        } throws: { error in
            guard case .invalidValue(let location, let errorPointer, _) = error as? ProfileParseError else {
                return false
            }
            return errorPointer == pointer && location.line == line && location.column == column
        }
    }

    @Test func unknownKeysSuggestTheClosestOne() throws {
        do {
            _ = try AccountReader.readAccount(SourceFile(path: "a.json", text: #"{"account": {"contrats": []}}"#))
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains(#"did you mean "contracts"?"#))
        }
    }

    /// `mayBeBareAccount` skips the second parse of a profile with unknown fields: it must hold for every bare
    /// account. It reads only unknown fields, so the keys accounts and profiles share must be the ones
    /// `isBareAccount` does not count, and every other account key, and a near miss of one, must pass it.
    @Test func theCheapAccountCheckHoldsForEveryBareAccount() throws {
        let shared = AccountReader.accountKeys.intersection(ProfilelintJSONLayout.profileKeys)
        #expect(shared == ["$schema", "availability", "importedFromElance"])
        for key in AccountReader.accountKeys.subtracting(shared) {
            #expect(AccountReader.mayBeBareAccount(unknownKeys: [key]), "\(key)")
        }
        #expect(AccountReader.mayBeBareAccount(unknownKeys: ["linkedAcounts", "jsss"]))
        #expect(!AccountReader.mayBeBareAccount(unknownKeys: ["linkedAcounts", "nickname"]))
        #expect(!AccountReader.mayBeBareAccount(unknownKeys: []))
    }
}
