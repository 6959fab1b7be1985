import ProfileModel
import Testing

@testable import ProfileParsing

@Suite struct ProfilelintJSONMapperTests {
    func read(_ text: String) throws(ProfileParseError) -> ProfileDocument {
        try ProfileReader.read(SourceFile(path: "p.json", text: text))
    }

    static let full = """
        {"profile": {
          "name": "Ana P.", "photo": {"url": "https://e.com/a.jpg"}, "title": "Editor", "overview": "Hi there",
          "hourlyRate": {"amount": 40.5, "currency": "EUR"}, "location": {"city": "Porto", "country": "Portugal"},
          "availability": {"status": "not-available", "availableFrom": "2027-01-04", "updated": "2026-11-01"},
          "skills": ["Editing", "", null, "Proofreading"],
          "employment": [{"company": "Acme", "title": "Editor", "from": "2020-01", "to": "2024-05", "description": "d"}],
          "education": [{"school": "U. Porto", "degree": "BA", "field": "Letters", "from": "2014", "to": "2018"}],
          "portfolio": [{"title": "Book", "description": "A novel", "url": "https://e.com/b", "role": "Editor",
                         "skills": ["Editing"]}],
          "certifications": [{"name": "CPE", "issuer": "Cambridge", "issued": "2019-06", "url": "https://e.com/c"}],
          "video": "https://e.com/v.mp4",
          "linkedAccounts": [{"service": "GitHub", "url": "https://github.com/ana"}],
          "otherExperience": [{"subject": "Volunteer", "description": "Reading club"}],
          "languages": [{"language": "Portuguese", "proficiency": "Native or bilingual"}],
          "skillTestCredits": 2, "importedFromElance": true
        }, "account": {"type": "freelancer"}}
        """

    @Test func everyDocumentedFieldIsRead() throws {
        let document = try read(Self.full)
        #expect(document.format == .profilelintJSON)
        let profile = document.profile
        #expect(profile.name?.value == "Ana P.")
        #expect(profile.photo?.value == "https://e.com/a.jpg")
        #expect(profile.photo?.pointer == "/photo/url")
        #expect(profile.title?.value == "Editor")
        #expect(profile.overview?.value == "Hi there")
        #expect(profile.hourlyRate?.value == Money(amount: 40.5, currency: "EUR"))
        #expect(profile.location?.city?.value == "Porto" && profile.location?.country?.value == "Portugal")
        #expect(profile.availability?.status?.value == .notAvailable)
        #expect(profile.availability?.availableFrom?.value == "2027-01-04")
        #expect(profile.skills.map(\.value) == ["Editing", "Proofreading"])
        #expect(profile.skills.map(\.pointer) == ["/skills/0", "/skills/3"])
        #expect(profile.employment.first?.company?.value == "Acme")
        #expect(profile.employment.first?.to?.pointer == "/employment/0/to")
        #expect(profile.education.first?.field?.value == "Letters")
        #expect(profile.portfolio.first?.skills.map(\.value) == ["Editing"])
        #expect(profile.certifications.first?.issuer?.value == "Cambridge")
        #expect(profile.video?.value == "https://e.com/v.mp4")
        #expect(profile.linkedAccounts.first?.service?.value == "GitHub")
        #expect(profile.otherExperience.first?.subject?.value == "Volunteer")
        #expect(profile.languages.first?.proficiency?.value == "Native or bilingual")
        #expect(profile.skillTestCredits?.value == 2)
        #expect(profile.importedFromElance?.value == true)
        #expect(profile.unknownFields.isEmpty)
    }

    @Test func aBareProfileIsReadToo() throws {
        let document = try read(#"{"title": "Editor", "skills": ["A"]}"#)
        #expect(document.profile.title?.pointer == "/title")
        #expect(document.profile.span.range == 0..<36)
    }

    @Test(arguments: [#"{"overview": null}"#, #"{"overview": ""}"#, #"{"overview": "  \n "}"#, #"{}"#])
    func nullEmptyAndBlankMeanAbsent(_ text: String) throws {
        #expect(try read(text).profile.overview == nil)
    }

    @Test func emptyArraysAndObjectsMeanAbsent() throws {
        let profile = try read(#"{"skills": [], "employment": [], "photo": {}, "location": {}}"#).profile
        #expect(profile.skills.isEmpty && profile.employment.isEmpty && profile.photo == nil)
        #expect(profile.unknownFields.isEmpty)
    }

    @Test func unknownKeysAreKeptWithTheClosestKnownName() throws {
        let profile = try read(
            #"{"profile": {"overveiw": "x", "portfolio": [{"titel": "y"}], "zzz": 1}, "acount": {}}"#
        ).profile
        let found = profile.unknownFields.map { "\($0.key.pointer)→\($0.suggestion ?? "-")" }
        #expect(found.sorted() == ["/acount→account", "/overveiw→overview", "/portfolio/0/titel→title", "/zzz→-"])
    }

    @Test(arguments: [
        (#"{"skills": "Swift"}"#, "/skills: expected an array of strings", 12),
        (#"{"title": 42}"#, "/title: expected a string", 11),
        (
            #"{"availability": {"status": "busy"}}"#,
            #"/availability/status: expected one of "more-than-30", "less-than-30", "as-needed", "not-available""#, 29
        ),
        (#"{"hourlyRate": 40}"#, #"/hourlyRate: expected an object {"amount": number, "currency": "USD"}"#, 16),
        (
            #"{"skillTestCredits": 1.5}"#,
            "/skillTestCredits: expected a whole number from 0 to 1,000,000 (skill test credits)", 22
        ),
        (#"{"employment": [3]}"#, "/employment/0: expected an object", 17),
    ])
    func wrongValueTypesAreClearErrors(text: String, message: String, column: Int) throws {
        do {
            _ = try read(text)
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.message == message)
            #expect(error.location == SourceLocation(file: "p.json", line: 1, column: column))
        }
    }

    @Test func notAnObjectIsUnsupported() {
        #expect(
            throws: ProfileParseError.unsupportedFormat(
                file: "p.json", detail: "the JSON is not an object, so it is not a profile document")
        ) {
            try read("[1, 2]")
        }
    }
}
