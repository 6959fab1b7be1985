import ProfileModel

/// Finds where a text value libxml2 decoded stands in the page's raw bytes, so findings get exact columns.
///
/// libxml2 gives decoded text but no positions. The locator walks the element's raw content beside the text:
/// markup and comments are skipped, character references are decoded, and every break in the one-to-one run
/// starts a new `TextMap` anchor. Text that cannot be matched (an unusual entity, a non-UTF-8 page) falls back to
/// a verbatim search of the element's slice, then to the element's start.
enum HTMLTextLocator {
    /// A field for `text` (trimmed here), positioned inside `segments`; `nil` when the text is blank.
    static func field(
        _ text: String, pointer: String, segments: [Range<Int>], fallback: Range<Int>,
        elementStart: Int, in bytes: [UInt8], markup: Bool = true
    ) -> Field<String>? {
        let value = text.trimmingWhitespace()
        guard !value.isEmpty else { return nil }
        let span =
            align(value, in: bytes, segments: segments, markup: markup)
            ?? verbatim(value, in: bytes, within: fallback)
            ?? SourceSpan(range: elementStart..<elementStart)
        return Field(value, pointer: pointer, span: span)
    }

    /// The text of `match` (its own or its whole content), located in the match's source.
    static func field(of match: HTMLMatch, deep: Bool, pointer: String, in bytes: [UInt8]) -> Field<String>? {
        let slice = match.contentStart..<max(match.contentStart, match.end ?? bytes.count)
        if let attribute = match.attribute {
            let tag = match.start..<match.contentStart
            return field(
                attribute.value, pointer: pointer, segments: valueRange(of: attribute.name, in: tag, bytes),
                fallback: tag, elementStart: match.start, in: bytes, markup: false)
        }
        return field(
            deep ? match.deepText : match.ownText, pointer: pointer,
            segments: deep ? [slice] : match.ownTextSegments, fallback: slice,
            elementStart: match.start, in: bytes)
    }

    /// A part of a located field: `range` is in UTF-8 offsets of the field's value.
    static func slice(_ field: Field<String>, _ range: Range<Int>, pointer: String) -> Field<String>? {
        let utf8 = Array(field.value.utf8)
        guard range.lowerBound >= 0, range.upperBound <= utf8.count else { return nil }
        let raw = String(decoding: utf8[range], as: UTF8.self)
        let value = raw.trimmingWhitespace()
        guard !value.isEmpty else { return nil }
        let lead = range.lowerBound + raw.utf8.count - raw.drop(while: \.isWhitespace).utf8.count
        let upper = lead + value.utf8.count
        guard let map = field.span.textMap else { return Field(value, pointer: pointer, span: field.span) }
        var anchors = [TextMap.Anchor(valueOffset: 0, sourceOffset: map.sourceOffset(ofValueOffset: lead))]
        anchors += map.anchors.filter { $0.valueOffset > lead && $0.valueOffset < upper }
            .map { TextMap.Anchor(valueOffset: $0.valueOffset - lead, sourceOffset: $0.sourceOffset) }
        let sourceEnd = map.sourceOffset(ofValueOffset: upper - 1) + 1
        let newMap = TextMap(anchors: anchors, sourceEnd: sourceEnd)
        return Field(
            value, pointer: pointer, span: SourceSpan(range: anchors[0].sourceOffset..<sourceEnd, textMap: newMap))
    }

    // MARK: - Alignment

    static func align(_ text: String, in bytes: [UInt8], segments: [Range<Int>], markup: Bool) -> SourceSpan? {
        let target = Array(text.utf8)
        var anchors: [TextMap.Anchor] = []
        var produced = 0
        var expected = -1  // the source offset a continuing run would have
        var lastEnd = 0
        for segment in segments {
            var index = segment.lowerBound
            let end = min(segment.upperBound, bytes.count)
            while index < end, produced < target.count {
                let byte = bytes[index]
                if markup, byte == UInt8(ascii: "<") {
                    index = skipMarkup(bytes, from: index, end: end)
                    continue
                }
                if produced == 0, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    index += 1
                    continue
                }
                var decoded: [UInt8] = [byte]
                var width = 1
                if byte == UInt8(ascii: "&"), let reference = decodeReference(bytes, at: index, end: end) {
                    (decoded, width) = reference
                } else if byte == 0x0D, target[produced] == 0x0A {
                    // A CR LF the parser turned into LF: the CR is skipped.
                    if index + 1 < end, bytes[index + 1] == 0x0A {
                        index += 1
                        continue
                    }
                    decoded = [0x0A]
                }
                guard produced + decoded.count <= target.count,
                    target[produced..<produced + decoded.count].elementsEqual(decoded)
                else { return nil }
                if index != expected { anchors.append(TextMap.Anchor(valueOffset: produced, sourceOffset: index)) }
                produced += decoded.count
                index += width
                expected = decoded.count == width ? index : -1
                lastEnd = index
            }
            if produced == target.count { break }
        }
        guard produced == target.count, let first = anchors.first else { return nil }
        return SourceSpan(range: first.sourceOffset..<lastEnd, textMap: TextMap(anchors: anchors, sourceEnd: lastEnd))
    }

    static func verbatim(_ text: String, in bytes: [UInt8], within range: Range<Int>) -> SourceSpan? {
        let target = Array(text.utf8)
        let upper = min(range.upperBound, bytes.count)
        guard !target.isEmpty, range.lowerBound + target.count <= upper else { return nil }
        var index = range.lowerBound
        while index + target.count <= upper {
            if bytes[index] == target[0], bytes[index..<index + target.count].elementsEqual(target) {
                return SourceSpan(
                    range: index..<index + target.count,
                    textMap: TextMap(verbatimAt: index, length: target.count))
            }
            index += 1
        }
        return nil
    }

    /// Past a tag, comment or declaration starting at `index`.
    static func skipMarkup(_ bytes: [UInt8], from index: Int, end: Int) -> Int {
        let isComment =
            index + 3 < end && bytes[index + 1] == UInt8(ascii: "!") && bytes[index + 2] == UInt8(ascii: "-")
            && bytes[index + 3] == UInt8(ascii: "-")
        var cursor = index + (isComment ? 4 : 1)
        while cursor < end {
            if isComment {
                if bytes[cursor] == UInt8(ascii: ">"), bytes[cursor - 1] == UInt8(ascii: "-"),
                    bytes[cursor - 2] == UInt8(ascii: "-")
                {
                    return cursor + 1
                }
            } else if bytes[cursor] == UInt8(ascii: ">") {
                return cursor + 1
            }
            cursor += 1
        }
        return end
    }

    /// The quoted value of attribute `name` inside a start tag.
    static func valueRange(of name: String, in tag: Range<Int>, _ bytes: [UInt8]) -> [Range<Int>] {
        let key = Array(name.utf8)
        // Offsets from libxml2 can point just past the input at its very end (found by fuzzing).
        let tag = tag.clamped(to: 0..<bytes.count)
        var index = tag.lowerBound + 1
        while index + key.count < tag.upperBound {
            let before = bytes[index - 1]
            if before == 0x20 || before == 0x09 || before == 0x0A || before == 0x0D,
                zip(bytes[index..<index + key.count], key).allSatisfy({ $0 | 0x20 == $1 | 0x20 })
            {
                var cursor = index + key.count
                while cursor < tag.upperBound, bytes[cursor] == 0x20 || bytes[cursor] == 0x0A { cursor += 1 }
                if cursor < tag.upperBound, bytes[cursor] == UInt8(ascii: "=") {
                    cursor += 1
                    while cursor < tag.upperBound, bytes[cursor] == 0x20 || bytes[cursor] == 0x0A { cursor += 1 }
                    guard cursor < tag.upperBound else { return [] }
                    let quote = bytes[cursor]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        let close = bytes[(cursor + 1)..<tag.upperBound].firstIndex(of: quote) ?? tag.upperBound
                        return [(cursor + 1)..<close]
                    }
                    let close = bytes[cursor..<tag.upperBound].firstIndex(where: {
                        $0 == 0x20 || $0 == UInt8(ascii: ">")
                    })
                    return [cursor..<(close ?? tag.upperBound)]
                }
            }
            index += 1
        }
        return []
    }

    /// Named references libxml2 decodes that profile text commonly holds; others fall back to a search.
    static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "copy": "©", "reg": "®",
        "trade": "™", "mdash": "—", "ndash": "–", "hellip": "…", "rsquo": "’", "lsquo": "‘", "ldquo": "“",
        "rdquo": "”", "bull": "•", "middot": "·", "euro": "€", "pound": "£",
    ]

    /// A character reference (`&amp;`, `&#233;`, `&#xE9;`) at `index`: its UTF-8 bytes and its source width.
    static func decodeReference(_ bytes: [UInt8], at index: Int, end: Int) -> ([UInt8], Int)? {
        guard let semicolon = bytes[index..<min(end, index + 12)].firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let body = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
        let width = semicolon - index + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let scalarValue =
                digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let scalarValue, let scalar = Unicode.Scalar(scalarValue) else { return nil }
            return (Array(String(Character(scalar)).utf8), width)
        }
        guard let text = namedReferences[body] else { return nil }
        return (Array(text.utf8), width)
    }
}
