import Foundation
import ProfileLintTestSupport
import ProfileModel
import Testing

@testable import ProfileParsing

/// Issue 8: input from strangers never crashes, hangs or reads what it should not. Each check runs under a
/// watchdog, so a hang fails the test instead of stalling the suite.
@Suite("Hostile input")
struct HostileInputTests {
    /// Reads `bytes` as a profile file under the watchdog.
    func read(
        _ bytes: [UInt8], path: String = "hostile", limits: ReaderLimits = ReaderLimits(),
        stackSize: Int? = nil
    ) throws -> Result<ProfileDocument, ProfileParseError> {
        let outcome = Watchdog.run(stackSize: stackSize) { () -> Result<ProfileDocument, ProfileParseError> in
            do throws(ProfileParseError) {
                return .success(try ProfileReader.read(SourceFile(path: path, bytes: bytes), limits: limits))
            } catch {
                return .failure(error)
            }
        }
        return try #require(outcome, "reading \(path) did not finish: a hang")
    }

    func read(_ text: String, path: String = "hostile") throws -> Result<ProfileDocument, ProfileParseError> {
        try read(Array(text.utf8), path: path)
    }

    func expectLimit(
        _ result: Result<ProfileDocument, ProfileParseError>, _ detail: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard case .failure(.limitExceeded(_, let message)) = result else {
            Issue.record("expected a limit error, got \(result)", sourceLocation: sourceLocation)
            return
        }
        #expect(message.contains(detail), sourceLocation: sourceLocation)
    }

    // MARK: - JSON limits

    @Test func a100000LevelDocumentStopsAtTheDepthLimit() throws {
        let arrays = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        expectLimit(try read("{\"skills\":" + arrays + "}"), "nested deeper than 256 levels")
        let objects = String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        expectLimit(try read(objects), "nested deeper than 256 levels")
    }

    @Test func theDeepestAllowedNestingFitsAThreadStack() throws {
        // InputLimits.maxDepthCeiling, the most a configuration may allow, parsed, mapped and released on an 8 MiB
        // stack (the main thread's, and glibc's default for new threads). Debug builds spend about 4 KiB of stack
        // per level, so this is the tight case; release builds need far less.
        let depth = 1000
        var limits = ReaderLimits()
        limits.maxDepth = depth
        let text =
            "{\"profile\":{\"x\":" + String(repeating: "[", count: depth - 2) + String(repeating: "]", count: depth - 2)
            + "}}"
        let result = try read(Array(text.utf8), limits: limits, stackSize: 8 << 20)
        #expect((try? result.get()) != nil, "\(result)")
        expectLimit(try read(Array(text.utf8), limits: ReaderLimits()), "nested deeper than 256 levels")
    }

    @Test func stringLengthAndItemCountAreLimited() throws {
        var limits = ReaderLimits()
        limits.maxStringBytes = 1000
        limits.maxItems = 10
        let long = "{\"overview\":\"" + String(repeating: "é", count: 600) + "\"}"
        expectLimit(try read(Array(long.utf8), limits: limits), "longer than 1,000 bytes")
        let escaped = "{\"overview\":\"" + String(repeating: "\\n", count: 1001) + "\"}"
        expectLimit(try read(Array(escaped.utf8), limits: limits), "longer than 1,000 bytes")
        let many = "{\"skills\":[" + Array(repeating: "\"a\"", count: 11).joined(separator: ",") + "]}"
        expectLimit(try read(Array(many.utf8), limits: limits), "more than 10 items")
        let members = "{" + (0..<11).map { "\"k\($0)\":1" }.joined(separator: ",") + "}"
        expectLimit(try read(Array(members.utf8), limits: limits), "more than 10 members")
    }

    // MARK: - Encodings and odd bytes

    @Test func invalidUTF8InAJSONStringNamesItsPlace() throws {
        let bytes = Array("{\"title\":\"ab".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
        guard case .failure(.invalidEncoding(let location, _)) = try read(bytes) else {
            Issue.record("expected an encoding error")
            return
        }
        #expect(location.line == 1 && location.column == 13)
    }

    @Test func utf16WithABOMIsAClearErrorForJSONAndReadForPages() throws {
        func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
            (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
                + text.utf16.flatMap { unit -> [UInt8] in
                    bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                }
        }
        let json = utf16("{\"name\":\"x\"}", bigEndian: false)
        guard case .failure(.invalidEncoding(_, let detail)) = try read(json) else {
            Issue.record("UTF-16 JSON must be refused")
            return
        }
        #expect(detail.contains("UTF-16"))
        let page = "<html><head><title>Zoë K. - Translator - Upwork Freelancer from Lyon, France</title></head></html>"
        for bytes in [utf16(page, bigEndian: false), utf16(page, bigEndian: true)] {
            let document = try read(bytes, path: "page.html").get()
            #expect(document.profile.name?.value == "Zoë K.")
        }
    }

    @Test func nulBytesAreBinaryInput() throws {
        for bytes: [UInt8] in [[0x7B, 0x00, 0x7D], Array("<html>".utf8) + [0, 0, 0]] {
            guard case .failure(.binaryInput) = try read(bytes) else {
                Issue.record("NUL bytes must be reported as binary input")
                continue
            }
        }
    }

    @Test func crlfLinesGiveTheRightPlaces() throws {
        let text = "{\r\n  \"name\": \"A\",\r\n  \"title\": \"Writer\"\r\n}\r\n"
        let document = try read(text).get()
        let range = try #require(document.profile.title?.span.range)
        #expect(document.source.location(ofOffset: range.lowerBound).line == 3)
        #expect(document.source.location(ofOffset: range.lowerBound).column == 12)
    }

    @Test func aFiveMegabyteSingleLineOverviewIsRead() throws {
        let overview = String(repeating: "Reliable Swift work, every week. ", count: 5_000_000 / 33)
        let document = try read("{\"name\":\"A\",\"overview\":\"\(overview)\"}").get()
        #expect(document.profile.overview?.value.utf8.count == overview.utf8.count)
        #expect(document.source.lineStarts.count == 1)
    }

    @Test func overlongLinesAndControlCharactersInJSONAreErrorsNotCrashes() throws {
        let line = "{\"title\":\"" + String(repeating: "x", count: 1_000_000) + "\u{01}\"}"
        guard case .failure(.invalidJSON(let location, _)) = try read(line) else {
            Issue.record("a raw control character inside a string is invalid JSON")
            return
        }
        #expect(location.column == 1_000_011)
    }

    // MARK: - libxml2 hardening

    static let profileTitle = "<title>Ada L. - Engineer - Upwork Freelancer from London, United Kingdom</title>"

    @Test func aBillionLaughsPageIsNotExpanded() throws {
        var entities = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let page =
            "<?xml version=\"1.0\"?><!DOCTYPE html [\(entities)]><html><head>"
            + "<title>&lol9; - Engineer - Upwork Freelancer from London, United Kingdom</title>"
            + "<meta property=\"og:description\" content=\"&lol9;&lol9;\"></head><body><p>&lol9;</p></body></html>"
        let document = try read(page, path: "laughs.html").get()
        let texts = [document.profile.name?.value, document.profile.overview?.value].compactMap { $0 }
        #expect(texts.allSatisfy { $0.count < 100 }, "entities stay unexpanded: \(texts)")
        #expect(!texts.joined().contains("lollol"))
    }

    @Test func externalEntitiesAndDTDsReadNothing() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let secret = directory + "/secret.txt"
        try Data("TOP-SECRET-7731".utf8).write(to: URL(fileURLWithPath: secret))
        let dtd = directory + "/evil.dtd"
        try Data("<!ENTITY leak SYSTEM \"file://\(secret)\">".utf8).write(to: URL(fileURLWithPath: dtd))
        let pages = [
            "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file://\(secret)\">]><html><head>"
                + "<title>&xxe; - Engineer - Upwork Freelancer from London, United Kingdom</title></head>"
                + "<body><p>&xxe;</p></body></html>",
            "<!DOCTYPE html SYSTEM \"file://\(dtd)\"><html><head>"
                + "<title>&leak; - Engineer - Upwork Freelancer from London, United Kingdom</title></head></html>",
            "<!DOCTYPE html [<!ENTITY % p SYSTEM \"file://\(dtd)\"> %p;]><html><head>" + Self.profileTitle
                + "<meta property=\"og:description\" content=\"&leak;\"></head></html>",
            "<html xmlns:xi=\"http://www.w3.org/2001/XInclude\"><head>" + Self.profileTitle
                + "</head><body><xi:include href=\"file://\(secret)\" parse=\"text\"/></body></html>",
        ]
        for page in pages {
            let document = try read(page, path: "xxe.html").get()
            let dump = String(describing: document.profile)
            #expect(!dump.contains("TOP-SECRET"), "\(page)")
        }
    }

    @Test func onlyLibxml2sHTMLParserReadsPages() throws {
        // No XML parser entry point, no entity substitution, no DTD loading, no XInclude, no FoundationXML.
        let forbidden = [
            "xmlReadMemory", "xmlReadFile", "xmlCtxtRead", "xmlParseMemory", "xmlParseDoc",
            "xmlParseFile", "XML_PARSE_NOENT", "XML_PARSE_DTDLOAD", "HTML_PARSE_NOENT",
            "xmlXInclude", "FoundationXML", "XMLDocument(", "XMLParser(",
        ]
        let sources = TestFiles.repoRoot.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)?.allObjects as? [String])
        for file in files where file.hasSuffix(".swift") || file.hasSuffix(".h") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for name in forbidden {
                #expect(!text.contains(name), "\(file) uses \(name)")
            }
        }
    }

    @Test func deeplyNestedHTMLIsReadWithoutCrashing() throws {
        let depth = 100_000
        let page =
            "<html><head>" + Self.profileTitle + "</head><body>"
            + String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
            + "</body></html>"
        let document = try read(page, path: "deep.html").get()
        #expect(document.profile.name?.value == "Ada L.")
        let unclosed =
            "<html><head>" + Self.profileTitle + "</head><body>"
            + String(repeating: "<span><b><i>", count: 30_000)
        #expect(try read(unclosed, path: "unclosed.html").get().profile.name?.value == "Ada L.")
    }

    @Test func unterminatedCommentsAndScriptsEndTheRead() throws {
        let pages = [
            "<html><head>" + Self.profileTitle + "</head><body><!-- never closed <p>x</p>",
            "<html><head>" + Self.profileTitle + "<script>var phpVars = {\"profile\": {\"profile\": ",
            "<html><head>" + Self.profileTitle + "<style>p { color: red",
            "<html><head>" + Self.profileTitle + "</head><body><p title=\"never closed",
            "<html><head>" + Self.profileTitle + "</head><body><![CDATA[ never closed",
            "<html><head>" + Self.profileTitle + "<script>" + String(repeating: "<!--<script>", count: 20_000),
        ]
        for page in pages {
            #expect(try read(page, path: "open.html").get().profile.name?.value == "Ada L.", "\(page.suffix(40))")
        }
    }

    @Test func invalidUTF8AndLatin1PagesAreRead() throws {
        let page =
            Array("<html><head><title>Zo".utf8) + [0xEB, 0xFF, 0xC3]
            + Array(" - Engineer - Upwork Freelancer from London, United Kingdom</title></head></html>".utf8)
        let name = try read(page, path: "latin.html").get().profile.name?.value
        #expect(name?.hasPrefix("Zo") == true)
    }
}
