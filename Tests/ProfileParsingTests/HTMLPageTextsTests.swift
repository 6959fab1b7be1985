import ProfileModel
import Testing

@testable import ProfileParsing

/// Contact details hidden in a saved page's attributes reach the Terms-of-Service rules with their positions.
@Suite struct HTMLPageTextsTests {
    @Test func mailtoTelAltAndTitleAttributesAreScannedText() throws {
        let html = """
            <html><head><title>Ana K. - Translator - Upwork Freelancer from Porto, Portugal</title></head>
            <body><a href="mailto:ana@example.com">write</a><a href="https://e.com">site</a>
            <img alt="call +1 415 555 0199" src="x.png"><span title="Zoë">x</span></body></html>
            """
        let profile = try ProfileReader.read(SourceFile(path: "p.html", text: html)).profile
        let texts = profile.pageTexts.map { "\($0.pointer)=\($0.value)" }
        #expect(texts == ["/$page/href=mailto:ana@example.com", "/$page/alt=call +1 415 555 0199", "/$page/title=Zoë"])
        let source = SourceFile(path: "p.html", text: html)
        let alt = try #require(profile.pageTexts.first { $0.pointer == "/$page/alt" })
        #expect(source.location(ofOffset: alt.span.sourceOffset(ofValueOffset: 5)).description == "p.html:3:16")
        #expect(profile.textFields.contains { $0.pointer == "/$page/href" })
    }
}
