/// Text folded for detection, with every folded byte mapped back to the original UTF-8 bytes it came from.
///
/// The folded text is lowercase ASCII: look-alike and full-width characters become their ASCII letters,
/// invisible characters disappear, `[at]`/`(dot)`/`name at gmail dot com` become `@` and `.`, letter-spaced
/// words close up and spelled digits become digits (see `TextNormalizer`). A letter outside ASCII that has no
/// ASCII stand-in is byte `0x80`, so it still counts as part of a word.
public struct NormalizedText: Sendable {
    /// The original text's UTF-8 bytes.
    public let original: [UInt8]
    /// The folded bytes.
    public let bytes: [UInt8]
    /// For each folded byte, the original byte range it came from (`starts[i]..<ends[i]`).
    let starts: [Int32]
    let ends: [Int32]

    /// Folds `text`.
    public init(_ text: String) {
        let original = Array(text.utf8)
        let folded = TextNormalizer.normalize(original)
        self.original = original
        bytes = folded.bytes
        starts = folded.starts
        ends = folded.ends
    }

    /// The original UTF-8 range that folded bytes `range` came from.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < starts.count ? Int(starts[range.lowerBound]) : original.count
            return at..<at
        }
        return Int(starts[range.lowerBound])..<Int(ends[range.upperBound - 1])
    }

    /// The original text behind folded bytes `range`.
    public func originalText(of range: Range<Int>) -> String {
        let source = originalRange(of: range)
        return String(decoding: original[source], as: UTF8.self)
    }

    /// The folded bytes of `range` as a string.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
