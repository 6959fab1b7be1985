/// A value read from an input, with where it came from.
///
/// `pointer` is a JSON Pointer into the profile as our JSON format lays it out (`/skills/3`), whatever the
/// input format was, so configuration and suppressions can name a field once for every format.
public struct Field<Value: Sendable>: Sendable {
    /// The value itself.
    public var value: Value
    /// JSON Pointer (RFC 6901) of the field in our profile layout, e.g. `/portfolio/0/title`.
    public var pointer: String
    /// Where the value stands in the source file, and how its text maps back to the source bytes.
    public var span: SourceSpan

    /// Creates a field.
    public init(_ value: Value, pointer: String, span: SourceSpan) {
        self.value = value
        self.pointer = pointer
        self.span = span
    }
}

extension Field: Equatable where Value: Equatable {}
extension Field: Hashable where Value: Hashable {}

/// The bytes a value occupies in its source file, plus an offset map for text values.
public struct SourceSpan: Sendable, Hashable {
    /// Byte range of the whole value in the source file (for a JSON string, quotes included).
    public var range: Range<Int>
    /// Maps UTF-8 offsets in a decoded text value to byte offsets in the source; `nil` for non-text values.
    public var textMap: TextMap?

    /// Creates a span.
    public init(range: Range<Int>, textMap: TextMap? = nil) {
        self.range = range
        self.textMap = textMap
    }

    /// The source byte offset of a UTF-8 offset within the decoded value (the value's start without a map).
    public func sourceOffset(ofValueOffset offset: Int) -> Int {
        textMap?.sourceOffset(ofValueOffset: offset) ?? range.lowerBound
    }

    /// A span for a value that was synthesised (no place in the file): points at the start of `range`.
    public static func at(_ offset: Int) -> SourceSpan { SourceSpan(range: offset..<offset) }
}

/// A piecewise-linear map from UTF-8 offsets in a decoded string to byte offsets in its source.
///
/// Each anchor starts a run in which one decoded byte is one source byte; an escape (`\n`, `\u00e9`, `&amp;`)
/// ends a run and the next anchor starts after it. Lookups are a binary search over the anchors.
public struct TextMap: Sendable, Hashable {
    /// A run start: `valueOffset` in the decoded text corresponds to `sourceOffset` in the file.
    public struct Anchor: Sendable, Hashable {
        /// UTF-8 offset in the decoded text.
        public var valueOffset: Int
        /// Byte offset in the source file.
        public var sourceOffset: Int
        /// Creates an anchor.
        public init(valueOffset: Int, sourceOffset: Int) {
            self.valueOffset = valueOffset
            self.sourceOffset = sourceOffset
        }
    }

    /// Sorted by `valueOffset`; never empty.
    public var anchors: [Anchor] { [first] + rest }
    /// The first anchor, kept apart so that the common one-anchor map (text without escapes, which is every key
    /// and most values of a JSON file) allocates nothing.
    private var first: Anchor
    /// The anchors after `first`; empty for verbatim text.
    private var rest: [Anchor]
    /// The source offset just past the text (for ranges ending at the value's end).
    public var sourceEnd: Int

    /// A map in which the text stands verbatim at `sourceStart`.
    public init(verbatimAt sourceStart: Int, length: Int) {
        first = Anchor(valueOffset: 0, sourceOffset: sourceStart)
        rest = []
        sourceEnd = sourceStart + length
    }

    /// A map from explicit anchors (sorted by value offset, first at value offset 0).
    public init(anchors: [Anchor], sourceEnd: Int) {
        precondition(!anchors.isEmpty, "a text map needs at least one anchor")
        first = anchors[0]
        rest = anchors.count == 1 ? [] : Array(anchors.dropFirst())
        self.sourceEnd = sourceEnd
    }

    /// The source byte offset that decoded byte `offset` came from.
    public func sourceOffset(ofValueOffset offset: Int) -> Int {
        // Binary search for the last run starting at or before `offset`; `first` stands at index 0.
        var low = 0
        var high = rest.count
        while low < high {
            let mid = (low + high + 1) / 2
            if rest[mid - 1].valueOffset <= offset { low = mid } else { high = mid - 1 }
        }
        let anchor = low == 0 ? first : rest[low - 1]
        return anchor.sourceOffset + (offset - anchor.valueOffset)
    }
}
