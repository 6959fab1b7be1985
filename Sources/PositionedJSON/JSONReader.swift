import ProfileModel

/// Limits that keep hostile input from exhausting the stack or memory.
public struct ReaderLimits: Sendable, Hashable {
    /// Deepest nesting of arrays and objects.
    public var maxDepth = 256
    /// Longest string, in bytes.
    public var maxStringBytes = 8 * 1024 * 1024
    /// Most items in one array or object.
    public var maxItems = 100_000

    /// The defaults.
    public init() {}
}

/// A JSON reader that keeps the byte range of every value, and for strings a map back to the source.
///
/// Foundation's decoders give no positions; findings need `line:column` in the user's file, so this reader is
/// ours (STYLE.md, "Findings and source locations"). It follows RFC 8259 strictly: no comments, no trailing
/// commas, UTF-8 only.
public struct JSONReader {
    private let source: SourceFile
    private let limits: ReaderLimits

    /// A reader over `source`.
    public init(source: SourceFile, limits: ReaderLimits = ReaderLimits()) {
        self.source = source
        self.limits = limits
    }

    /// Parses the whole file as one JSON value (a UTF-8 byte-order mark is skipped).
    public func parseDocument() throws(ProfileParseError) -> JSONNode {
        try source.bytes.withUnsafeBufferPointer { buffer throws(ProfileParseError) in
            var cursor = Cursor(bytes: buffer, source: source, limits: limits)
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { cursor.index = 3 }
            cursor.skipWhitespace()
            let node = try cursor.parseValue(depth: 0)
            cursor.skipWhitespace()
            if cursor.index < buffer.count { throw cursor.error("end of input after the top-level value") }
            return node
        }
    }

    /// Parses one JSON value starting at byte `offset` and ignores what follows it (embedded JSON in a page).
    public func parseValue(at offset: Int) throws(ProfileParseError) -> JSONNode {
        try source.bytes.withUnsafeBufferPointer { buffer throws(ProfileParseError) in
            var cursor = Cursor(bytes: buffer, source: source, limits: limits)
            cursor.index = offset
            cursor.skipWhitespace()
            return try cursor.parseValue(depth: 0)
        }
    }
}

private struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let source: SourceFile
    let limits: ReaderLimits
    var index = 0
    /// Members and items of the objects and arrays being read, innermost last. Each container's own array is
    /// copied out at its end with its exact size, instead of growing (and reallocating) one array per container.
    var memberStack: [JSONMember] = []
    var elementStack: [JSONNode] = []

    init(bytes: UnsafeBufferPointer<UInt8>, source: SourceFile, limits: ReaderLimits) {
        self.bytes = bytes
        self.source = source
        self.limits = limits
    }

    func error(_ expected: String, at offset: Int? = nil) -> ProfileParseError {
        .invalidJSON(source.location(ofOffset: offset ?? index), expected: expected)
    }

    func describeHere() -> String {
        guard index < bytes.count else { return "end of input" }
        let byte = bytes[index]
        if byte >= 0x20, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    mutating func parseValue(depth: Int) throws(ProfileParseError) -> JSONNode {
        guard index < bytes.count else { throw error("a value, found end of input") }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""):
            let (text, map) = try parseString()
            return JSONNode(.string(text, map), range: start..<index)
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return JSONNode(.bool(true), range: start..<index)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return JSONNode(.bool(false), range: start..<index)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return JSONNode(.null, range: start..<index)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try parseNumber()
        default:
            throw error("a value, found \(describeHere())")
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(ProfileParseError) {
        let start = index
        let count = literal.utf8CodeUnitCount
        let matches = literal.withUTF8Buffer { expected in
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != expected[offset] { return false }
            return true
        }
        guard matches else { throw error("'\(literal)'", at: start) }
        index += count
    }

    mutating func checkDepth(_ depth: Int) throws(ProfileParseError) {
        if depth > limits.maxDepth {
            throw .limitExceeded(
                source.location(ofOffset: index),
                detail: "JSON nested deeper than \(Wording.number(limits.maxDepth)) levels")
        }
    }

    mutating func parseObject(depth: Int) throws(ProfileParseError) -> JSONNode {
        try checkDepth(depth)
        let start = index
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return JSONNode(.object([]), range: start..<index)
        }
        let base = memberStack.count
        defer { memberStack.removeSubrange(base...) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("a string key, found \(describeHere())")
            }
            let keyStart = index
            let (key, _) = try parseString()
            let keyRange = keyStart..<index
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("':' after the key \"\(key)\", found \(describeHere())")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            memberStack.append(JSONMember(key: key, keyRange: keyRange, value: value))
            if memberStack.count - base > limits.maxItems {
                throw .limitExceeded(
                    source.location(ofOffset: start),
                    detail: "JSON object has more than \(Wording.number(limits.maxItems)) members")
            }
            skipWhitespace()
            guard index < bytes.count else { throw error("',' or '}', found end of input") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return JSONNode(.object(Array(memberStack[base...])), range: start..<index)
            }
            throw error("',' or '}' after an object member, found \(describeHere())")
        }
    }

    mutating func parseArray(depth: Int) throws(ProfileParseError) -> JSONNode {
        try checkDepth(depth)
        let start = index
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return JSONNode(.array([]), range: start..<index)
        }
        let base = elementStack.count
        defer { elementStack.removeSubrange(base...) }
        while true {
            skipWhitespace()
            let element = try parseValue(depth: depth)
            elementStack.append(element)
            if elementStack.count - base > limits.maxItems {
                throw .limitExceeded(
                    source.location(ofOffset: start),
                    detail: "JSON array has more than \(Wording.number(limits.maxItems)) items")
            }
            skipWhitespace()
            guard index < bytes.count else { throw error("',' or ']', found end of input") }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return JSONNode(.array(Array(elementStack[base...])), range: start..<index)
            }
            throw error("',' or ']' after an array item, found \(describeHere())")
        }
    }

    mutating func parseNumber() throws(ProfileParseError) -> JSONNode {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits(_ cursor: inout Cursor) -> Int {
            let begin = cursor.index
            while cursor.index < cursor.bytes.count, (0x30...0x39).contains(cursor.bytes[cursor.index]) {
                cursor.index += 1
            }
            return cursor.index - begin
        }
        let integerStart = index
        let integerDigits = digits(&self)
        guard integerDigits > 0 else { throw error("a digit", at: index) }
        if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") {
            throw error("no leading zero in a number", at: integerStart)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw error("a digit after the decimal point") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits(&self) > 0 else { throw error("a digit in the exponent") }
        }
        let raw = String(
            decoding: UnsafeBufferPointer(start: bytes.baseAddress! + start, count: index - start),
            as: UTF8.self)
        // Valid JSON, but `1e400` is `inf` as a Double: refused here so no non-finite number enters any model
        // (every field then applies its own range, NumberRange).
        guard let value = Double(raw), value.isFinite else {
            throw .invalidJSON(source.location(ofOffset: start), expected: "a number within ±1.8e308")
        }
        return JSONNode(.number(value, raw: raw), range: start..<index)
    }

    /// Parses a string at `index` (on its opening quote); returns the text and its source map.
    mutating func parseString() throws(ProfileParseError) -> (String, TextMap) {
        let quote = index
        index += 1
        let contentStart = index
        var allBits: UInt8 = 0
        // Fast path: no escapes, so the text stands verbatim.
        while index < bytes.count {
            let byte = bytes[index]
            allBits |= byte
            if byte == UInt8(ascii: "\"") {
                // Not `UnsafeBufferPointer(rebasing:)`: its slice type's metadata was looked up for every string.
                let slice = UnsafeBufferPointer(start: bytes.baseAddress! + contentStart, count: index - contentStart)
                try checkStringLength(slice.count, start: quote)
                let text =
                    allBits < 0x80
                    ? String(decoding: slice, as: UTF8.self) : try decodeUTF8(slice, at: contentStart)
                index += 1
                return (text, TextMap(verbatimAt: contentStart, length: slice.count))
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("a control character to be escaped inside a string") }
            index += 1
        }
        guard index < bytes.count else { throw error("a closing '\"' for the string opened", at: quote) }
        return try parseEscapedString(quote: quote, contentStart: contentStart)
    }

    mutating func parseEscapedString(quote: Int, contentStart: Int) throws(ProfileParseError) -> (String, TextMap) {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(index - contentStart + 16)
        var anchors = [TextMap.Anchor(valueOffset: 0, sourceOffset: contentStart)]
        var runStart = contentStart
        func flushRun(_ cursor: Cursor, upTo end: Int) {
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: cursor.bytes[runStart..<end]))
        }
        while true {
            guard index < bytes.count else { throw error("a closing '\"' for the string opened", at: quote) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flushRun(self, upTo: index)
                try checkStringLength(decoded.count, start: quote)
                let text = try decoded.withUnsafeBufferPointer { buffer throws(ProfileParseError) in
                    try decodeUTF8(buffer, at: contentStart)
                }
                let end = index
                index += 1
                return (text, TextMap(anchors: anchors, sourceEnd: end))
            }
            if byte < 0x20 { throw error("a control character to be escaped inside a string") }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            flushRun(self, upTo: index)
            let escapeStart = index
            // The escape's decoded bytes map onto the escape itself; the next run starts after it.
            anchors.append(TextMap.Anchor(valueOffset: decoded.count, sourceOffset: escapeStart))
            index += 1
            guard index < bytes.count else { throw error("an escape character after '\\'") }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "\""): decoded.append(0x22)
            case UInt8(ascii: "\\"): decoded.append(0x5C)
            case UInt8(ascii: "/"): decoded.append(0x2F)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800..<0xDC00).contains(scalar) {
                    // A high surrogate must be followed by an escaped low one.
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                        bytes[index + 1] == UInt8(ascii: "u")
                    else { throw error("a low surrogate '\\uDC00'…'\\uDFFF' after a high surrogate") }
                    index += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else {
                        throw error("a low surrogate '\\uDC00'…'\\uDFFF' after a high surrogate", at: index - 6)
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(scalar) {
                    throw error("a high surrogate before the low surrogate", at: escapeStart)
                }
                let unicode = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                decoded.append(contentsOf: String(Character(unicode)).utf8)
            default:
                throw error("a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)", at: escapeStart)
            }
            runStart = index
            anchors.append(TextMap.Anchor(valueOffset: decoded.count, sourceOffset: index))
        }
    }

    mutating func hex4() throws(ProfileParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("four hex digits after '\\u'") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw error("four hex digits after '\\u'")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    func checkStringLength(_ length: Int, start: Int) throws(ProfileParseError) {
        if length > limits.maxStringBytes {
            throw .limitExceeded(
                source.location(ofOffset: start),
                detail: "JSON string longer than \(Wording.number(limits.maxStringBytes)) bytes")
        }
    }

    /// The text of UTF-8 bytes, or an error at the first bad byte. ASCII-only strings (most keys and values) skip
    /// this: `String(validating:as:)` is not specialised and cost ~975 instructions a string.
    func decodeUTF8(_ slice: UnsafeBufferPointer<UInt8>, at offset: Int) throws(ProfileParseError) -> String {
        if let text = String(validating: slice, as: UTF8.self) { return text }
        // Find the first bad byte to name its place.
        var position = 0
        var iterator = slice.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): position += UTF8.width(scalar)
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        throw .invalidEncoding(source.location(ofOffset: offset + position), detail: "invalid UTF-8 in a string")
    }
}
