import ProfileModel
import Testing

@testable import ProfileParsing

/// Golden tests over the two real saved pages in `../shared/realdata/html` (SOURCES.md).
///
/// The pages hold real people's data and have no licence: they are read in place, never copied, and the tests
/// assert counts, lengths, generic titles and cities, or values found in the raw bytes, not personal text.
@Suite(
    "Real saved Upwork pages", .enabled(if: TestFiles.hasRealData, "needs ../shared/realdata next to the repository"))
struct RealSavedPageTests {
    @Test func air3OwnerView2023() throws {
        let source = try TestFiles.real("html/upwork_profile_owner_view_2023_alfareiza.html")
        let document = try ProfileReader.read(source)
        let profile = document.profile
        #expect(document.format == .html)
        #expect(profile.title?.value == "Software Engineer")
        #expect(
            source.position(profile.title) == source.position(of: "Software Engineer", after: "class=\"span-10\"><h2"))
        #expect(source.position(profile.title) == "309:13")
        #expect(profile.location?.city?.value == "Amsterdam")
        #expect(profile.location?.country?.value == "Netherlands")
        #expect(
            source.position(profile.location?.city) == source.position(of: "Amsterdam", after: "itemprop=\"locality\""))
        #expect(profile.hourlyRate?.value == Money(amount: 70, currency: "USD"))
        #expect(profile.skills.map(\.value) == ["Python", "JavaScript"])
        #expect(
            profile.skills.map { source.position($0) } == [
                source.position(of: "Python", after: "air3-token"),
                source.position(of: "JavaScript", after: "popper_9"),
            ])
        #expect(profile.availability?.status?.value == .moreThan30)
        #expect(profile.languages.count == 1)
        #expect(profile.languages.first?.language?.value == "English")
        #expect(profile.languages.first?.proficiency?.value == "Fluent")
        #expect(profile.employment.isEmpty)
        #expect(profile.portfolio.isEmpty)
        #expect(profile.education.isEmpty)
        #expect(profile.linkedAccounts.isEmpty)
        #expect(profile.video == nil)
        #expect(profile.marketplaceCompleteness == nil, "the Air-3 page shows only per-section hints")
        // The name is the person's; compare with what the raw bytes hold after itemprop="name".
        let name = try #require(profile.name)
        #expect(name.span.range.count == name.value.utf8.count)
        #expect(source.offset(of: name.value, after: "itemprop=\"name\"") == name.span.range.lowerBound)
        let overview = try #require(profile.overview)
        #expect(overview.value.utf8.count == overview.span.range.count)
    }

    @Test func phpVarsOwnerView2016() throws {
        let source = try TestFiles.real("html/upwork_profile_owner_view_2016_devpub.html")
        let document = try ProfileReader.read(source)
        let profile = document.profile
        #expect(document.format == .html)
        TestFiles.expectDevpub2016(profile)
        #expect(source.position(profile.title) == "48:514")
        #expect(profile.location?.country?.value == "Malaysia")
        #expect(profile.skills.allSatisfy { source.location(ofOffset: $0.span.range.lowerBound).line == 48 })
    }

}
