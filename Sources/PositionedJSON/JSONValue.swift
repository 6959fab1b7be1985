import ProfileModel

/// A JSON value with the byte range it occupies in its source file.
public struct JSONNode: Sendable {
    /// The value.
    public var value: JSONValue
    /// Bytes of the value in the source (a string's quotes included).
    public var range: Range<Int>

    /// Creates a node.
    public init(_ value: JSONValue, range: Range<Int>) {
        self.value = value
        self.range = range
    }

    /// The member named `key` of an object (the last one, as most JSON readers do, if the key repeats).
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    /// The members of an object, in source order; empty for other values.
    public var members: [JSONMember] {
        if case .object(let members) = value { return members }
        return []
    }

    /// The elements of an array; empty for other values.
    public var elements: [JSONNode] {
        if case .array(let elements) = value { return elements }
        return []
    }

    /// The string, when the value is one.
    public var string: String? {
        if case .string(let text, _) = value { return text }
        return nil
    }

    /// The span of this node; strings carry their decoded-to-source text map.
    public var span: SourceSpan {
        if case .string(_, let map) = value { return SourceSpan(range: range, textMap: map) }
        return SourceSpan(range: range)
    }

    /// `true` for `null`, `""`, `[]` and `{}`: the document format treats all of these as absent.
    public var isAbsent: Bool {
        switch value {
        case .null: true
        case .string(let text, _):
            // `Character.isWhitespace` tests a character's first scalar, so an ASCII first byte that is not
            // whitespace settles it without walking characters.
            if let first = text.utf8.first, first < 0x80, first != 0x20, !(0x09...0x0D).contains(first) {
                false
            } else {
                text.allSatisfy(\.isWhitespace)
            }
        case .array(let elements): elements.isEmpty
        case .object(let members): members.isEmpty
        case .bool, .number: false
        }
    }
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Sendable {
    /// The key, unescaped.
    public var key: String
    /// Bytes of the key in the source, quotes included.
    public var keyRange: Range<Int>
    /// The value, with its range.
    public var value: JSONNode

    /// Creates a member.
    public init(key: String, keyRange: Range<Int>, value: JSONNode) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }
}

/// The JSON data model.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// A number and its source text (kept so large integers and `1.0` survive unchanged).
    case number(Double, raw: String)
    /// A decoded string and the map from its UTF-8 offsets to source bytes.
    case string(String, TextMap)
    case array([JSONNode])
    case object([JSONMember])
}
