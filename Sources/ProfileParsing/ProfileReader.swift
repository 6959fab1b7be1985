import PositionedJSON
import ProfileModel

/// Reads a profile from any supported input: profilelint JSON, Upwork's JSON shapes, or a saved HTML page.
public enum ProfileReader {
    /// Reads `source`, detecting its format from its content (never from its name).
    public static func read(
        _ source: SourceFile, limits: ReaderLimits = ReaderLimits()
    )
        throws(ProfileParseError) -> ProfileDocument
    {
        try readWithAccount(source, limits: limits).document
    }

    /// Reads the profile and, from a profilelint JSON document, its raw `account` member (for `AccountReader`),
    /// parsing the file once.
    public static func readWithAccount(
        _ source: SourceFile, limits: ReaderLimits = ReaderLimits()
    )
        throws(ProfileParseError) -> (document: ProfileDocument, account: JSONNode?)
    {
        switch try InputSniffer.kind(of: source) {
        case .json:
            let root = try JSONReader(source: source, limits: limits).parseDocument()
            let document = try readJSON(root: root, source: source)
            guard document.format == .profilelintJSON else { return (document, nil) }
            return (document, root["account"])
        case .html:
            let document = try HTMLProfileReader.read(source, limits: limits)
            try SpecializedProfileCheck.validate(document.profile, source: source)
            return (document, nil)
        }
    }

    /// Reads one record of a stream: as `readWithAccount`, except that a top-level `idKey` member of a JSON record
    /// belongs to the stream, not to the profile. It is left out of a profilelint document (so it is not an unknown
    /// field) and its value's byte range is returned.
    public static func readRecord(
        _ source: SourceFile, idKey: String, limits: ReaderLimits = ReaderLimits()
    )
        throws(ProfileParseError) -> (document: ProfileDocument, account: JSONNode?, id: Range<Int>?)
    {
        guard case .json = try InputSniffer.kind(of: source) else {
            let (document, account) = try readWithAccount(source, limits: limits)
            return (document, account, nil)
        }
        var root = try JSONReader(source: source, limits: limits).parseDocument()
        var id: Range<Int>?
        if case .object(var members) = root.value, let member = members.last(where: { $0.key == idKey }) {
            id = member.value.range
            // Upwork's shapes keep their own members (one may be an `id`); only our own layout checks for unknowns.
            if UpworkJSONShape.detect(root) == nil {
                members.removeAll { $0.key == idKey }
                root.value = .object(members)
            }
        }
        let document = try readJSON(root: root, source: source)
        guard document.format == .profilelintJSON else { return (document, nil, id) }
        return (document, root["account"], id)
    }

    /// Whether `source` holds a profile document, judged from its content only, for callers that choose inputs by
    /// content (the git hook's default: a staged `settings.json` is not a profile, a staged `me.json` is).
    ///
    /// JSON counts when it has a `profile` member, is one of Upwork's shapes, or at least half of its top-level
    /// keys are profile fields (so one misspelt key still counts); HTML when a profile can be read from the page.
    public static func isProfileDocument(_ source: SourceFile, limits: ReaderLimits = ReaderLimits()) -> Bool {
        do {
            switch try InputSniffer.kind(of: source) {
            case .json:
                let root = try JSONReader(source: source, limits: limits).parseDocument()
                guard case .object(let members) = root.value, !members.isEmpty else { return false }
                if root["profile"].map({ !$0.members.isEmpty }) == true || UpworkJSONShape.detect(root) != nil {
                    return true
                }
                let known = members.filter { ProfilelintJSONMapper.profileKeys.contains($0.key) && $0.key != "name" }
                return !known.isEmpty && known.count * 2 >= members.count
            case .html:
                _ = try HTMLProfileReader.read(source, limits: limits)
                return true
            }
        } catch {
            return false
        }
    }

    /// Maps parsed JSON in any of the JSON shapes to a document.
    static func readJSON(root: JSONNode, source: SourceFile) throws(ProfileParseError) -> ProfileDocument {
        guard case .object = root.value else {
            throw .unsupportedFormat(
                file: source.path,
                detail: "the JSON is not an object, so it is not a profile document")
        }
        if let shape = UpworkJSONShape.detect(root) {
            let profile = try shape.map(root: root, source: source)
            try SpecializedProfileCheck.validate(profile, source: source)
            return ProfileDocument(source: source, format: shape.format, profile: profile)
        }
        let profile = try ProfilelintJSONMapper(source: source).map(root: root)
        try SpecializedProfileCheck.validate(profile, source: source)
        return ProfileDocument(source: source, format: .profilelintJSON, profile: profile)
    }
}

/// Tells JSON from HTML, and rejects empty, binary and non-UTF-8 input with a clear error.
enum InputSniffer {
    enum Kind { case json, html }

    static func kind(of source: SourceFile) throws(ProfileParseError) -> Kind {
        let bytes = source.bytes
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            // UTF-16 pages are still fine for libxml2, which honours the BOM; JSON must be UTF-8 (RFC 8259).
            if looksLikeHTML(utf16: bytes) { return .html }
            throw .invalidEncoding(
                source.location(ofOffset: 0),
                detail: "the file is UTF-16; JSON must be UTF-8 (re-save it as UTF-8)")
        }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if bytes[start...].contains(0) { throw .binaryInput(file: source.path) }
        guard let first = bytes[start...].firstIndex(where: { !isSpace($0) }) else {
            throw .emptyInput(file: source.path)
        }
        switch bytes[first] {
        case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
        case UInt8(ascii: "<"): return .html
        default:
            if String(validating: bytes[start...], as: UTF8.self) == nil, !looksLikeText(bytes[start...]) {
                throw .binaryInput(file: source.path)
            }
            throw .unsupportedFormat(
                file: source.path,
                detail: "not a profile: expected a JSON document (starting with '{') or a saved HTML page "
                    + "(starting with '<'), found \(describe(bytes[first]))"
                    + " at \(source.location(ofOffset: first).line):\(source.location(ofOffset: first).column)")
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    /// Latin-1 and other 8-bit text: mostly printable bytes.
    static func looksLikeText(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(4096)
        let controls = sample.filter { $0 < 0x20 && !isSpace($0) }.count
        return controls * 100 <= sample.count
    }

    static func looksLikeHTML(utf16 bytes: [UInt8]) -> Bool {
        // The first non-space code unit after the BOM, in either byte order.
        let littleEndian = bytes[0] == 0xFF
        var index = 2
        while index + 1 < bytes.count {
            let unit =
                littleEndian
                ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            if unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D {
                index += 2
                continue
            }
            return unit == 0x3C  // "<"
        }
        return false
    }
}
