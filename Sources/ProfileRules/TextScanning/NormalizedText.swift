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

/// Folded bytes under construction, each with the original range it came from.
struct FoldedBytes {
    var bytes: [UInt8] = []
    var starts: [Int32] = []
    var ends: [Int32] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
        starts.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
    }

    init(bytes: [UInt8], starts: [Int32], ends: [Int32]) {
        self.bytes = bytes
        self.starts = starts
        self.ends = ends
    }

    /// Appends `other[range]` with its own origins (bulk copies).
    mutating func append(_ other: FoldedBytes, _ range: Range<Int>) {
        bytes.append(contentsOf: other.bytes[range])
        starts.append(contentsOf: other.starts[range])
        ends.append(contentsOf: other.ends[range])
    }

    var count: Int { bytes.count }

    mutating func append(_ byte: UInt8, from start: Int32, to end: Int32) {
        bytes.append(byte)
        starts.append(start)
        ends.append(end)
    }

    /// Drops trailing spaces (before a joined `@` or `.`).
    mutating func trimTrailingSpaces() {
        while let last = bytes.last, last == 0x20 {
            bytes.removeLast()
            starts.removeLast()
            ends.removeLast()
        }
    }
}
