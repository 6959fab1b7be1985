/// Why an input could not be read. Each case names the file and, where one exists, the place.
public enum ProfileParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file is empty or only white space.
    case emptyInput(file: String)
    /// The file holds binary data (NUL bytes or no text structure).
    case binaryInput(file: String)
    /// The bytes are not valid in the file's encoding.
    case invalidEncoding(SourceLocation, detail: String)
    /// JSON syntax error.
    case invalidJSON(SourceLocation, expected: String)
    /// A limit was exceeded (nesting depth, size, string length, array items).
    case limitExceeded(SourceLocation, detail: String)
    /// Valid JSON or HTML, but not a profile in any format profilelint knows.
    case unsupportedFormat(file: String, detail: String)
    /// A field holds the wrong kind of value.
    case invalidValue(SourceLocation, pointer: String, expected: String)

    /// Where the problem is, when a place can be named.
    public var location: SourceLocation? {
        switch self {
        case .emptyInput, .binaryInput, .unsupportedFormat: nil
        case .invalidEncoding(let location, _), .invalidJSON(let location, _), .limitExceeded(let location, _),
            .invalidValue(let location, _, _):
            location
        }
    }

    /// The file the error is about.
    public var file: String {
        switch self {
        case .emptyInput(let file), .binaryInput(let file), .unsupportedFormat(let file, _): file
        case .invalidEncoding(let location, _), .invalidJSON(let location, _), .limitExceeded(let location, _),
            .invalidValue(let location, _, _):
            location.file
        }
    }

    /// The message without the location prefix.
    public var message: String {
        switch self {
        case .emptyInput: "the file is empty"
        case .binaryInput: "the file is binary, not a JSON or HTML profile"
        case .invalidEncoding(_, let detail): detail
        case .invalidJSON(_, let expected): "invalid JSON: expected \(expected)"
        case .limitExceeded(_, let detail): detail
        case .unsupportedFormat(_, let detail): detail
        case .invalidValue(_, let pointer, let expected): "\(pointer): expected \(expected)"
        }
    }

    /// `path:line:column: message`, or `path: message` when there is no place.
    public var description: String {
        if let location { return "\(location): \(message)" }
        return "\(file): \(message)"
    }
}
