import ProfileModel
import Testing

@testable import ProfileParsing

@Suite("HTML profile pages")
struct HTMLProfileReaderTests {
    func read(_ html: String, path: String = "inline.html") throws -> ProfileDocument {
        try ProfileReader.read(SourceFile(path: path, text: html))
    }

    @Test func air3FixtureMapsLandmarksWithPositions() throws {
        let source = try TestFiles.sample("html/air3-profile.html")
        let document = try ProfileReader.read(source)
        let profile = document.profile
        #expect(document.format == .html)
        #expect(profile.name?.value == "Lena P.")
        #expect(source.position(profile.name) == "13:9")
        #expect(profile.title?.value == "iOS Developer & SwiftUI Coach")
        #expect(source.position(profile.title) == "23:11")
        // After "&amp;" the text map jumps 4 bytes: "SwiftUI" is found where it is written.
        let swiftUI = try #require(profile.title?.value.utf8.split(separator: UInt8(ascii: "&")).first?.count)
        #expect(profile.title!.span.sourceOffset(ofValueOffset: swiftUI + 2) == source.offset(of: "SwiftUI Coach"))
        #expect(profile.hourlyRate?.value == Money(amount: 55, currency: "USD"))
        #expect(source.position(profile.hourlyRate) == "27:3")
        #expect(profile.location?.city?.value == "Graz")
        #expect(profile.location?.country?.value == "Austria")
        #expect(profile.overview?.value == "I build native apps for clinics & labs.\nAsk me about HealthKit work.")
        let overview = try #require(profile.overview)
        let health = overview.value.utf8.count - "HealthKit work.".utf8.count
        #expect(overview.span.sourceOffset(ofValueOffset: health) == source.offset(of: "HealthKit</a>"))
        #expect(profile.skills.map(\.value) == ["Swift", "SwiftUI", "HealthKit"])
        #expect(profile.skills.map(\.pointer) == ["/skills/0", "/skills/1", "/skills/2"])
        #expect(source.position(profile.skills[1]) == "38:87")
        #expect(profile.availability?.status?.value == .lessThan30)
        #expect(profile.languages.map { $0.language?.value } == ["English", "German"])
        #expect(profile.languages.map { $0.proficiency?.value } == ["Fluent", "Native or Bilingual"])
        #expect(profile.languages[1].language?.pointer == "/languages/1/language")
        let job = try #require(profile.employment.first)
        #expect(job.title?.value == "Mobile Lead")
        #expect(job.company?.value == "Example Clinics GmbH")
        #expect(source.position(job.company) == source.position(of: "Example Clinics"))
        #expect(job.from?.value == "March 2019")
        #expect(job.to?.value == "Present")
    }

    @Test func phpVarsPageIsParsedInPlace() throws {
        let source = try TestFiles.sample("html/phpvars-2016.html")
        let document = try ProfileReader.read(source)
        let profile = document.profile
        #expect(document.format == .html)
        #expect(profile.title?.value == "Network engineer")
        #expect(source.position(profile.title) == source.position(of: "Network engineer"))
        #expect(profile.skills.count == 3)
        #expect(profile.skills[2].pointer == "/skills/2")
        #expect(profile.location?.city?.value == "Leipzig")
        #expect(profile.marketplaceCompleteness?.actual == 60)
        #expect(profile.marketplaceCompleteness?.display == 40)
    }

    @Test func titleAndOpenGraphTagsAloneAreEnough() throws {
        let html = """
            <html><head><title>Sam K. - Copywriter - Upwork Freelancer from Cork, Ireland</title>
            <meta property="og:description" content="Landing pages &amp; emails.">
            <meta property="product:price:amount" content="45.00"><meta property="product:price:currency" content="EUR">
            </head><body></body></html>
            """
        let profile = try read(html).profile
        #expect(profile.name?.value == "Sam K.")
        #expect(profile.title?.value == "Copywriter")
        #expect(profile.title?.pointer == "/title")
        #expect(profile.location?.city?.value == "Cork")
        #expect(profile.location?.country?.value == "Ireland")
        #expect(profile.overview?.value == "Landing pages & emails.")
        #expect(profile.hourlyRate?.value == Money(amount: 45, currency: "EUR"))
        #expect(SourceFile(path: "", text: html).position(profile.title) == "1:29")
    }

    @Test(arguments: [
        "<html><head><title>Recipes</title><meta property=\"og:title\" "
            + "content=\"Soup\"></head><body><h2>Soup</h2></body></html>",
        "<p>hello</p>",
        "   <!-- nothing -->",
    ])
    func pageWithoutProfileIsAnError(_ html: String) throws {
        let error = #expect(throws: ProfileParseError.self) { try read(html) }
        guard case .unsupportedFormat(_, let detail) = error else {
            Issue.record("expected unsupportedFormat, got \(String(describing: error))")
            return
        }
        #expect(detail.hasPrefix("no Upwork profile found in this HTML page"))
    }

    @Test func emptyInputIsAnError() throws {
        #expect(throws: ProfileParseError.emptyInput(file: "empty.html")) {
            try HTMLProfileReader.read(SourceFile(path: "empty.html", bytes: []), limits: ReaderLimits())
        }
    }

    @Test func everyLandmarkExpressionCompiles() {
        let expressions =
            HTMLLandmarks.roots + HTMLLandmarks.entries.flatMap { [$0.xpath] + $0.parts.map(\.xpath) }
            + [HTMLLandmarks.stateScripts, HTMLLandmarks.pageTitle]
            + HTMLLandmarks.metaProperties.map(HTMLLandmarks.meta)
        #expect(HTMLDocumentParser.invalidExpressions(expressions) == [])
        #expect(HTMLDocumentParser.invalidExpressions(["//div[@"]) == ["//div[@"])
    }
}
