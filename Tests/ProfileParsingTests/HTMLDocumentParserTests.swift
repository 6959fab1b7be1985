import ProfileModel
import Testing

@testable import ProfileParsing

/// The parser edge cases of STYLE.md §B.
@Suite("libxml2 HTML parsing edge cases")
struct HTMLDocumentParserTests {
    static let root = #"<div data-qa-profile-viewer-uid="1">"#

    func profile(_ bytes: [UInt8]) throws -> (Profile, SourceFile) {
        let source = SourceFile(path: "edge.html", bytes: bytes)
        return (try ProfileReader.read(source).profile, source)
    }

    @Test func linesPast65535KeepTheirRealNumber() throws {
        let html =
            "<html><body>\(Self.root)\n" + String(repeating: "<p>x</p>\n", count: 69_999)
            + "  <h2 itemprop=\"name\">Far Down</h2>\n</div></body></html>"
        let (profile, source) = try profile(Array(html.utf8))
        #expect(source.position(profile.name) == "70001:23")
        let element = source.location(ofOffset: profile.name!.span.range.lowerBound)
        #expect(element.line == 70_001)
    }

    @Test func tagSpreadOverLinesStartsAtItsLessThan() throws {
        let html =
            "<html><body>\(Self.root)\n<h2\n  itemprop=\"name\"\n  class=\"h4\">&eacute;clair</h2></div></body></html>"
        let (profile, source) = try profile(Array(html.utf8))
        #expect(profile.name?.value == "éclair")
        // An entity outside the locator's table falls back to the element's start: line 2, column 1.
        #expect(source.position(profile.name) == "2:1")
    }

    @Test func latin1WithoutMetaIsDecodedAsLatin1() throws {
        var bytes = Array("<html><body>\(Self.root)<h2 itemprop=\"name\">Zo".utf8)
        bytes += [0xEB] + Array(" Caf".utf8) + [0xE9] + Array("</h2></div></body></html>".utf8)
        let (profile, source) = try profile(bytes)
        #expect(profile.name?.value == "Zoë Café")
        // Latin-1 bytes cannot be matched against the decoded UTF-8 text: the element's start stands in.
        #expect(source.position(profile.name) == "1:49")
    }

    @Test func lyingMetaCharsetLosesToValidUTF8() throws {
        let html =
            "<html><head><meta charset=\"windows-1252\"></head><body>\(Self.root)<h2 "
            + "itemprop=\"name\">Zoë 日本</h2></div></body></html>"
        let (profile, _) = try profile(Array(html.utf8))
        #expect(profile.name?.value == "Zoë 日本")
    }

    @Test func utf16WithBOMIsRead() throws {
        let html = "<html><body>\(Self.root)\n<h2 itemprop=\"name\">Zoë</h2></div></body></html>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (profile, source) = try profile(bytes)
        #expect(profile.name?.value == "Zoë")
        #expect(source.location(ofOffset: profile.name!.span.range.lowerBound).line == 2)
    }

    @Test func sixtyFourConcurrentParsesAgree() async throws {
        let source = try TestFiles.sample("html/air3-profile.html")
        let names = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<64 {
                group.addTask { try? ProfileReader.read(source).profile.skills.map(\.value).joined(separator: ",") }
            }
            var results: [String?] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(names.count == 64)
        #expect(Set(names) == ["Swift,SwiftUI,HealthKit"])
    }
}

extension HTMLDocumentParserTests {
    @Test func utf8ByteOrderMarkKeepsColumns() throws {
        let html = "<html><body>\(Self.root)\n<h2 itemprop=\"name\">Zoë</h2></div></body></html>"
        let (profile, source) = try profile([0xEF, 0xBB, 0xBF] + Array(html.utf8))
        #expect(profile.name?.value == "Zoë")
        #expect(source.position(profile.name) == "2:21")
    }
}
