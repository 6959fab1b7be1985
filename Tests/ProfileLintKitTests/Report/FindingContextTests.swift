import ProfileModel
import Testing

@testable import ProfileLintKit

/// The line around a finding, cut on character boundaries, with the match apart.
@Suite struct FindingContextTests {
    func finding(_ source: SourceFile, from start: Int, to end: Int) -> Finding {
        Finding(
            ruleID: "contact-email", category: .termsOfService, severity: .error, message: "m",
            location: source.location(ofOffset: start), end: source.location(ofOffset: end), offset: start,
            fieldPath: nil, excerpt: nil)
    }

    @Test func theMatchIsSplitOutOfItsLine() throws {
        let text = "{\n  \"overview\": \"Zoë 日本 mail dana@example.com now\"\n}"
        let source = SourceFile(path: "p.json", text: text)
        let start = Array(text.utf8).firstRange(of: Array("dana@".utf8))!.lowerBound
        let context = try #require(FindingContext(finding(source, from: start, to: start + 16), in: source))
        #expect(context.before == "\"overview\": \"Zoë 日本 mail ")
        #expect(context.match == "dana@example.com")
        #expect(context.after == " now\"")
        #expect(!context.clippedStart && !context.clippedEnd)
        #expect(context.html == "&quot;overview&quot;: &quot;Zoë 日本 mail <mark>dana@example.com</mark> now&quot;")
    }

    @Test func aLongLineIsCutOnCharacterBoundaries() throws {
        let text = String(repeating: "日本", count: 100) + "CALL ME" + String(repeating: "é", count: 100)
        let source = SourceFile(path: "p.txt", text: text)
        let start = String(repeating: "日本", count: 100).utf8.count
        let context = try #require(FindingContext(finding(source, from: start, to: start + 7), in: source, radius: 10))
        #expect(context.match == "CALL ME")
        #expect(context.before == "本日本")  // 9 bytes: the 10th would split a character
        #expect(context.after == "ééééé")
        #expect(context.clippedStart && context.clippedEnd)
        #expect(context.html.hasPrefix("…") && context.html.hasSuffix("…"))
    }

    @Test func aMatchRunningPastItsLineIsMarkedToTheLineEnd() throws {
        let source = SourceFile(path: "p.txt", text: "call +1 555\r\n0100 now")
        let context = try #require(FindingContext(finding(source, from: 5, to: 17), in: source))
        #expect(context.match == "+1 555")
        #expect(context.after.isEmpty)
    }

    @Test func escapingCoversTextAndAttributes() {
        #expect(
            HTML.escape(#"<a href="x" title='y'>&amp;</a>"#)
                == "&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;amp;&lt;/a&gt;")
        #expect(HTML.escape("tab\tand\u{1}bell") == "tab\tandbell")
    }
}
