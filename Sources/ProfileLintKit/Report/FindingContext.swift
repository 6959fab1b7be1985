import Foundation
import ProfileModel

/// The line around a finding, split so the matched text can be highlighted.
struct FindingContext: Sendable, Hashable {
    var before: String
    var match: String
    var after: String
    /// Whether text of the line was left out before `before` or after `after`.
    var clippedStart: Bool
    var clippedEnd: Bool

    /// The finding's line in `source`, cut to `radius` bytes either side of the match (a JSON overview is one long
    /// line). Cuts fall on character boundaries; a match running past its line is highlighted to the line's end.
    init?(_ finding: Finding, in source: SourceFile, radius: Int = 90) {
        let bytes = source.bytes
        guard finding.offset >= 0, finding.offset <= bytes.count else { return nil }
        let line = source.location(ofOffset: finding.offset).line
        let lineStart = source.lineStarts[line - 1]
        var lineEnd = line < source.lineStarts.count ? source.lineStarts[line] : bytes.count
        while lineEnd > lineStart, bytes[lineEnd - 1] == 0x0A || bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let start = min(finding.offset, lineEnd)
        var end = lineEnd
        if finding.end.line == line {
            end = min(lineEnd, max(start, lineStart + finding.end.column - 1))
        }
        func isContinuation(_ index: Int) -> Bool { index < lineEnd && bytes[index] & 0xC0 == 0x80 }
        var from = max(lineStart, start - radius)
        while from < start, isContinuation(from) { from += 1 }
        // Indentation says nothing about the finding.
        while from < start, bytes[from] == 0x20 || bytes[from] == 0x09 { from += 1 }
        var to = min(lineEnd, end + radius)
        while to > end, isContinuation(to) { to -= 1 }
        before = String(decoding: bytes[from..<start], as: UTF8.self)
        match = String(decoding: bytes[start..<end], as: UTF8.self)
        after = String(decoding: bytes[end..<to], as: UTF8.self)
        clippedStart = from > lineStart && bytes[lineStart..<from].contains { $0 != 0x20 && $0 != 0x09 }
        clippedEnd = to < lineEnd
        if VisibleText.isMarkup(bytes) {
            // A saved page's line is markup, or its embedded state JSON: show what the page shows, and of a JSON
            // string only that string.
            if let separator = before.range(of: "\":\"", options: .backwards) {
                before = String(before[separator.upperBound...])
                clippedStart = false
            }
            if let close = VisibleText.endOfJSONString(after) {
                after = String(after[..<close])
                clippedEnd = false
            }
            let visibleBefore = VisibleText.of(before, startsInside: clippedStart)
            before = visibleBefore.hasPrefix(" ") ? String(visibleBefore.dropFirst()) : visibleBefore
            match = VisibleText.of(match, startsInside: false)
            let visibleAfter = VisibleText.of(after, startsInside: false)
            after = visibleAfter.hasSuffix(" ") ? String(visibleAfter.dropLast()) : visibleAfter
        }
    }

    /// `before<mark>match</mark>after`, every part escaped, with `…` where the line was cut.
    var html: String {
        (clippedStart ? "…" : "") + HTML.escape(before) + "<mark>" + HTML.escape(match) + "</mark>"
            + HTML.escape(after) + (clippedEnd ? "…" : "")
    }
}
