import ProfileModel
import Testing

@testable import ProfileParsing

/// Specialized profiles in every format that carries them: our JSON, Upwork's GraphQL `TalentProfile`, and a saved
/// page's embedded state; and the rules every format shares (two at most, one specialty each).
@Suite struct SpecializedProfileReaderTests {
    func read(_ text: String, path: String = "p.json") throws(ProfileParseError) -> ProfileDocument {
        try ProfileReader.read(SourceFile(path: path, text: text))
    }

    static let ours = """
        {"profile": {"title": "Web developer", "skills": ["React"],
          "specializedProfiles": [
            {"specialty": "Shopify Development", "title": "Shopify developer", "overview": "I fix checkouts.",
             "hourlyRate": {"amount": 80, "currency": "EUR"}, "skills": ["Shopify", "Liquid"],
             "portfolio": [{"title": "Checkout fix", "url": "https://e.com/c", "skills": ["Liquid"]}]},
            {"specialty": "Mobile App Development", "titel": "typo", "skills": []}
          ]}}
        """

    @Test func ourJSONReadsEachFieldWithItsPointerAndPosition() throws {
        let document = try read(Self.ours)
        let specialized = document.profile.specializedProfiles
        try #require(specialized.count == 2)
        let shop = specialized[0]
        #expect(shop.specialty?.value == "Shopify Development")
        #expect(shop.title?.pointer == "/specializedProfiles/0/title")
        #expect(document.source.position(shop.title) == document.source.position(of: "Shopify developer"))
        #expect(shop.hourlyRate?.value == Money(amount: 80, currency: "EUR"))
        #expect(shop.skills.map(\.value) == ["Shopify", "Liquid"])
        #expect(shop.skills[1].pointer == "/specializedProfiles/0/skills/1")
        #expect(shop.portfolio.first?.title?.pointer == "/specializedProfiles/0/portfolio/0/title")
        #expect(shop.portfolio.first?.skills.first?.pointer == "/specializedProfiles/0/portfolio/0/skills/0")
        #expect(specialized[1].origin.pointer == "/specializedProfiles/1")
        #expect(specialized[1].skills.isEmpty)
        // Their text fields join the general profile's, so the Terms-of-Service rules scan them.
        let pointers = document.profile.textFields.map(\.pointer)
        #expect(pointers.contains("/specializedProfiles/0/overview"))
        #expect(pointers.contains("/specializedProfiles/0/portfolio/0/skills/0"))
    }

    @Test func unknownKeysAreReportedWithSuggestions() throws {
        let document = try read(Self.ours)
        let typo = try #require(document.profile.unknownFields.first { $0.key.value == "titel" })
        #expect(typo.key.pointer == "/specializedProfiles/1/titel")
        #expect(typo.suggestion == "title")
        let top = try read(#"{"specializedProfile": [{"specialty": "x"}]}"#)
        #expect(top.profile.unknownFields.first?.suggestion == "specializedProfiles")
    }

    @Test func aThirdSpecializedProfileIsAnErrorAtItsPlace() throws {
        let text = """
            {"specializedProfiles": [
              {"specialty": "A"},
              {"specialty": "B"},
              {"specialty": "C"}
            ]}
            """
        #expect(
            throws: ProfileParseError.invalidValue(
                SourceLocation(file: "p.json", line: 4, column: 3), pointer: "/specializedProfiles/2",
                expected: "at most 2 specialized profiles (Upwork allows two beside the general profile), found 3")
        ) {
            try read(text)
        }
    }

    @Test func eachNeedsASpecialtyOfItsOwn() throws {
        #expect(
            throws: ProfileParseError.invalidValue(
                SourceLocation(file: "p.json", line: 1, column: 26), pointer: "/specializedProfiles/0/specialty",
                expected: #"the specialty it is tied to, e.g. "specialty": "Mobile App Development""#)
        ) {
            try read(#"{"specializedProfiles": [{"title": "no specialty"}]}"#)
        }
        let duplicate = """
            {"specializedProfiles": [{"specialty": "Data Entry"},
              {"specialty": "data  entry"}]}
            """
        #expect(
            throws: ProfileParseError.invalidValue(
                SourceLocation(file: "p.json", line: 2, column: 17), pointer: "/specializedProfiles/1/specialty",
                expected: #"a specialty of its own; "data  entry" is already the specialty of "#
                    + #"/specializedProfiles/0 (line 1)"#)
        ) {
            try read(duplicate)
        }
        #expect(throws: ProfileParseError.self) { try read(#"{"specializedProfiles": {"specialty": "A"}}"#) }
    }

    // MARK: - Upwork's shapes

    /// A `talentProfile` response in the field list's names (our own values).
    static let graphQL = """
        {"data": {"talentProfile": {"profiles": [{
          "personId": "p1",
          "personalData": {"firstName": "Ana", "lastName": "P.", "title": "Web developer", "description": "General."},
          "profileCompleteness": {"pciActual": 80},
          "employmentRecords": [],
          "specializedProfiles": [
            {"profileId": "g", "primary": true, "title": "General copy"},
            {"profileId": "s1", "primary": false, "occupations": ["Shopify Development"], "title": "Shopify developer",
             "description": "I fix checkouts.", "hourlyRate": {"rawValue": "80.0", "currency": "EUR", "displayValue": "€80"}},
            {"profileId": "s2", "occupationId": "mobile-apps", "title": "App developer"}
          ],
          "specializedProfilesSkills": [
            {"skills": []},
            {"skills": [{"ontologySkill": {"skill": {"preferredLabel": "Shopify"}}},
                        {"ontologySkill": {"skill": {"preferredLabel": "Liquid"}}}]},
            {"skills": [{"ontologySkill": {"skill": {"preferredLabel": "Swift"}}}]}
          ],
          "specializedProfilesProjects": [
            {"profileId": "s2", "project": {"id": "x", "title": "Booking app", "projectUrl": "https://e.com/b"}},
            {"profileId": "s1", "project": {"id": "y", "title": "Checkout fix", "description": "Mobile checkout."}}
          ]
        }]}}}
        """

    @Test func graphQLTalentProfileShapesAreRead() throws {
        let document = try read(Self.graphQL)
        #expect(document.format == .upworkGraphQL)
        let specialized = document.profile.specializedProfiles
        try #require(specialized.count == 2, "the primary entry is the general profile")
        #expect(specialized[0].specialty?.value == "Shopify Development")
        #expect(specialized[0].overview?.value == "I fix checkouts.")
        #expect(specialized[0].overview?.pointer == "/specializedProfiles/0/overview")
        #expect(document.source.position(specialized[0].overview) == document.source.position(of: "I fix checkouts."))
        #expect(specialized[0].hourlyRate?.value == Money(amount: 80, currency: "EUR"))
        #expect(specialized[0].hourlyRate?.pointer == "/specializedProfiles/0/hourlyRate")
        #expect(specialized[0].skills.map(\.value) == ["Shopify", "Liquid"])
        #expect(specialized[0].skills[0].pointer == "/specializedProfiles/0/skills/0")
        #expect(specialized[0].portfolio.map { $0.title?.value } == ["Checkout fix"])
        #expect(specialized[1].specialty?.value == "mobile-apps", "no occupation name: the id stands in")
        #expect(specialized[1].skills.map(\.value) == ["Swift"])
        #expect(specialized[1].portfolio.first?.url?.pointer == "/specializedProfiles/1/portfolio/0/url")
    }

    @Test func graphQLWithThreeSpecializedProfilesIsAnError() throws {
        let three =
            #"{"data": {"talentProfile": {"profiles": [{"personalData": {"title": "t"}, "#
            + #""profileCompleteness": {}, "specializedProfiles": [{"title": "a", "occupations": ["A"]}, "#
            + #"{"title": "b", "occupations": ["B"]}, {"title": "c", "occupations": ["C"]}]}]}}}"#
        #expect(throws: ProfileParseError.self) { try read(three) }
        do {
            _ = try read(three)
        } catch {
            #expect(error.message.hasPrefix("/specializedProfiles/2: expected at most 2 specialized profiles"))
            #expect(error.location?.line == 1)
        }
    }

    @Test func aSavedPagesStateCarriesThemAsSpecializedProfilesInfo() throws {
        let page = """
            <html><head><title>Ana P. - Web developer - Upwork Freelancer from Porto, Portugal</title>
            <script>window.__NUXT__={"state":{"profile":{"profile":{"identity":{"uid":"1"},
            "profile":{"name":"Ana P.","title":"Web developer"},
            "specializedProfilesInfo":[{"occupations":["Shopify Development"],"title":"Shopify developer",
            "description":"I fix checkouts.","skills":[{"prettyName":"Shopify"}]}]}}}}</script></head><body></body></html>
            """
        let document = try read(page, path: "page.html")
        #expect(document.format == .html)
        let specialized = try #require(document.profile.specializedProfiles.first)
        #expect(specialized.specialty?.value == "Shopify Development")
        #expect(specialized.skills.map(\.value) == ["Shopify"])
        #expect(document.source.position(specialized.title) == document.source.position(of: "Shopify developer"))
    }
}
