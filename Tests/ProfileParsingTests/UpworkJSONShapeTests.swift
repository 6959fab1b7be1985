import ProfileModel
import Testing

@testable import ProfileParsing

@Suite("Upwork JSON shapes")
struct UpworkJSONShapeTests {
    func read(_ text: String) throws -> ProfileDocument {
        try ProfileReader.read(SourceFile(path: "inline.json", text: text))
    }

    @Test func graphQLFreelancerProfileResponseMapsEveryField() throws {
        let source = try TestFiles.sample("upwork/graphql-profile.json")
        let document = try ProfileReader.read(source)
        let profile = document.profile
        #expect(document.format == .upworkGraphQL)
        #expect(profile.name?.value == "Ines Varga-Holm")
        #expect(profile.title?.value == "Data Engineer | Airflow, dbt, BigQuery")
        #expect(profile.title?.pointer == "/title")
        #expect(source.position(profile.title) == "12:19")
        #expect(profile.overview?.pointer == "/overview")
        // The decoded "\n" escape shifts later characters; the text map keeps "Reach" exact.
        let reach = try #require(profile.overview?.value.utf8.firstIndex(of: UInt8(ascii: "R")))
        let reachOffset = profile.overview!.value.utf8.distance(
            from: profile.overview!.value.utf8.startIndex, to: reach)
        #expect(profile.overview!.span.sourceOffset(ofValueOffset: reachOffset) == source.offset(of: "Reach me"))
        #expect(profile.photo?.value == "https://example.com/portraits/ines.png")
        #expect(profile.hourlyRate?.value == Money(amount: 65, currency: "USD"))
        #expect(profile.location?.city?.value == "Porto")
        #expect(profile.location?.country?.pointer == "/location/country")
        #expect(profile.skills.map(\.value) == ["Apache Airflow", "dbt", "BigQuery"])
        #expect(profile.skills.map(\.pointer) == ["/skills/0", "/skills/1", "/skills/2"])
        #expect(source.position(profile.skills[2]) == source.position(of: "BigQuery\"}}"))
        let job = try #require(profile.employment.first)
        #expect(job.company?.value == "Fictional Freight Ltd")
        #expect(job.company?.pointer == "/employment/0/company")
        #expect(job.title?.value == "Data Engineer")
        #expect(job.from?.value == "2020-01-01")
        #expect(job.to == nil)
        let school = try #require(profile.education.first)
        #expect(school.school?.value == "Example Polytechnic")
        #expect(school.field?.pointer == "/education/0/field")
        #expect(school.description == nil)
        #expect(profile.availability?.status?.value == .moreThan30)
        #expect(profile.availability?.updated?.value == "2024-03-05")
        #expect(profile.portfolio.first?.url?.pointer == "/portfolio/0/url")
        #expect(profile.otherExperience.first?.subject?.value == "Meetup talks")
        #expect(profile.languages.first?.language?.value == "Portuguese")
        #expect(profile.languages.first?.proficiency?.value == "Native or Bilingual")
        #expect(profile.linkedAccounts.first?.url?.pointer == "/linkedAccounts/0/url")
        let pci = try #require(profile.marketplaceCompleteness)
        #expect(pci.actual == 85)
        #expect(pci.display == 80)
        #expect(pci.source == "graphql.profileCompletenessSummary")
        #expect(profile.unknownFields.isEmpty)
    }

    @Test func bareTalentProfileAndTalentProfileQueryAreRecognised() throws {
        let talent = """
            {"personId": "p1", "identity": {"id": "1", "ciphertext": "~01x"},
             "personalData": {"firstName": "Kai", "lastName": "Lund", "title": "Illustrator",
                              "chargeRate": {"rawValue": "0", "currency": "USD", "displayValue": "$0.00"},
                              "location": {"country": "Norway", "city": "Bergen"}},
             "skills": [{"skill": "illustration", "prettyName": "Illustration"}],
             "projectList": {"projects": [{"id": "1", "title": "Book cover", "skills": ["Procreate"]}]},
             "communityCertificates": [{"certificate": {"name": "Color theory", "provider": "Example Academy"}}],
             "profileCompleteness": {"pciActual": 55, "pciDisplay": 50}}
            """
        for text in [
            talent, #"{"data": {"talentProfile": {"profiles": [\#(talent)]}}}"#,
            #"{"data": {"talentProfileByProfileKey": \#(talent)}}"#,
        ] {
            let document = try read(text)
            let profile = document.profile
            #expect(document.format == .upworkGraphQL)
            #expect(profile.name?.value == "Kai Lund")
            // "Lund" keeps its own place although the name is joined from two fields.
            let lund = try #require(SourceFile(path: "", text: text).offset(of: "Lund"))
            #expect(profile.name?.span.sourceOffset(ofValueOffset: 4) == lund)
            #expect(profile.hourlyRate == nil, "a zero rate is Upwork's 'not set'")
            #expect(profile.location?.city?.value == "Bergen")
            #expect(profile.skills.map(\.value) == ["Illustration"])
            #expect(profile.portfolio.first?.skills.map(\.pointer) == ["/portfolio/0/skills/0"])
            #expect(profile.certifications.first?.issuer?.value == "Example Academy")
            #expect(profile.marketplaceCompleteness?.actual == 55)
            #expect(profile.marketplaceCompleteness?.source == "graphql.profileCompleteness")
        }
    }

    @Test func graphQLResponseWithoutAProfileNamesTheError() throws {
        let text = #"{"data": {"freelancerProfileByProfileKey": null}, "errors": [{"message": "Access denied"}]}"#
        #expect(
            throws: ProfileParseError.unsupportedFormat(
                file: "inline.json", detail: "the GraphQL response holds no profile: Access denied")
        ) {
            try read(text)
        }
    }

    @Test func restProvidersResponseHandlesOneItemObjectsAndStringScalars() throws {
        let source = try TestFiles.sample("upwork/rest-v1-profile.json")
        let document = try ProfileReader.read(source)
        let profile = document.profile
        #expect(document.format == .upworkREST)
        #expect(profile.name?.value == "Tomasz Quill")
        #expect(profile.title?.value == "WordPress developer")
        #expect(source.position(profile.title) == "8:27")
        #expect(profile.overview?.pointer == "/overview")
        #expect(profile.hourlyRate?.value == Money(amount: 40, currency: "USD"))
        #expect(profile.location?.city?.value == "Gdansk")
        #expect(profile.skills.map(\.value) == ["wordpress", "php"])
        #expect(profile.education.count == 1)
        #expect(profile.education.first?.degree?.pointer == "/education/0/degree")
        #expect(profile.education.first?.description == nil)
        #expect(profile.employment.first?.company?.value == "Agency Nine")
        #expect(profile.employment.first?.title?.value == "Developer")
        #expect(profile.portfolio.map { $0.title?.value } == ["Bakery shop theme"])

        let single = try read(#"{"profile": {"dev_profile_title": "T", "skills": {"skill": {"skl_name": "go"}}}}"#)
        #expect(single.profile.skills.map(\.value) == ["go"])
        #expect(single.profile.skills.first?.pointer == "/skills/0")
    }

    @Test func phpVarsIsReadWholeOrAsItsProfileMember() throws {
        let source = try TestFiles.sample("upwork/phpvars-profile.json")
        let whole = try ProfileReader.read(source)
        #expect(whole.format == .upworkPhpVars)
        let profile = whole.profile
        #expect(profile.name?.value == "Amara Okafor")
        #expect(profile.overview?.value == "Manuals, patents & datasheets.")
        #expect(source.position(profile.overview) == source.position(of: "Manuals, patents"))
        #expect(profile.skills.map(\.value) == ["Translation", "Proofreading"])
        #expect(profile.hourlyRate?.value == Money(amount: 25, currency: "USD"))
        #expect(profile.availability?.status?.value == .asNeeded)
        #expect(profile.availability?.status?.pointer == "/availability/status")
        #expect(profile.education.first?.degree == nil, "an empty degree is absent")
        #expect(profile.education.first?.from?.value == "2008-01-01")
        #expect(profile.languages.first?.language?.value == "French")
        #expect(profile.linkedAccounts.first?.service?.value == "linkedin")
        #expect(profile.marketplaceCompleteness?.actual == 70)
        #expect(profile.marketplaceCompleteness?.source == "phpVars.profile.profile.pci")

        let member = #"{"identity": {"userId": "x"}, "profile": {"title": "Editor"}, "stats": {}}"#
        let bare = try read(member)
        #expect(bare.format == .upworkPhpVars)
        #expect(bare.profile.title?.value == "Editor")
    }

    @Test(arguments: [
        #"{"profile": {"title": "Editor", "skills": ["a"]}}"#,
        #"{"title": "Editor", "overview": "I edit."}"#,
        #"{"profile": {"title": "Editor", "profile": {"title": "x"}}}"#,
        #"{"data": {"title": "Editor"}}"#,
    ])
    func profilelintJSONIsNeverTakenForAnUpworkShape(_ text: String) throws {
        #expect(try read(text).format == .profilelintJSON)
    }

    @Test func ownSampleStaysProfilelintJSON() throws {
        #expect(try ProfileReader.read(TestFiles.sample("me.json")).format == .profilelintJSON)
    }

    /// The real 2016 phpVars extract (SOURCES.md; no licence, so read in place, never copied).
    @Test(.enabled(if: TestFiles.hasRealData, "needs ../shared/realdata next to the repository"))
    func realPhpVarsExtract() throws {
        let source = try TestFiles.real("api-json/upwork_profile_2016_phpVars_from_saved_page.json")
        let document = try ProfileReader.read(source)
        let profile = document.profile
        #expect(document.format == .upworkPhpVars)
        TestFiles.expectDevpub2016(profile)
        #expect(source.position(profile.title) == source.position(of: "Computer Science Student"))
    }
}
