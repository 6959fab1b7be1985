import ProfileModel

/// A value the JSON writer cannot represent: JSON has no NaN or infinity.
public struct JSONWriteError: LocatedError, Sendable, Hashable {
    /// JSON Pointer of the value in the document being written, e.g. `/files/0/completeness/marketplace/actual`.
    public var pointer: String
    /// The value as Swift prints it (`nan`, `inf`, `-inf`).
    public var value: String
    /// The input file whose result holds the value, when known.
    public var file: String?

    /// `file: error: the JSON output cannot be written: POINTER is nan, which JSON cannot represent`.
    public var description: String {
        file.map { "\($0): error: the JSON output cannot be written: \(message)" } ?? message
    }

    public var location: SourceLocation? { nil }

    public var message: String { "\(pointer.isEmpty ? "/" : pointer) is \(value), which JSON cannot represent" }
}

/// Writes JSON text straight to UTF-8 bytes: the one place profilelint makes JSON text. `.compact` and `.pretty`
/// are the exact forms `JSONEncoder` produces with `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted`
/// for `.pretty`), without Codable's boxing and dictionaries; `.document` is the layout of profilelint's own files.
///
/// The caller writes keys in the order the output has (for our reports: sorted, as `JSONEncoder` sorts them), or
/// hands over a `JSON` tree (`value(_:)`), e.g. one `JSONValueEncoder` made from a Codable value;
/// `JSONWriterTests` compares every writer against `JSONEncoder` on the same values. A non-finite number throws
/// `JSONWriteError` naming where it sits, rather than writing `nan` or being dropped (`.document` writes `null`).
///
/// ```swift
/// var json = JSONWriter(style: .compact)
/// json.beginObject()
/// json.key("line"); json.integer(3)
/// json.key("path"); json.string("me.json")
/// json.endObject()            // {"line":3,"path":"me.json"}
/// ```
package struct JSONWriter {
    package enum Style: Sendable {
        /// One line, no spaces (NDJSON records).
        case compact
        /// Two-space indentation and `"key" : value`, as `JSONEncoder`'s `.prettyPrinted`.
        case pretty
        /// Two-space indentation and `"key": value`, `[]` and `{}` for empty containers, numbers as `String(Double)`
        /// writes them (integers below 10¹⁵ without `.0`, `-0` as `0`, non-finite as `null`), and only `\"`, `\\`,
        /// `\n`, `\r`, `\t` as short escapes: the layout of `convert`, SARIF, the baseline and the configuration
        /// documents, kept byte for byte from before this writer wrote them.
        case document
    }

    /// The text written so far.
    package private(set) var bytes: [UInt8] = []
    private let style: Style

    /// One open container: how many members it has, and the key being written (for error pointers).
    private struct Frame {
        var count = 0
        var key: Key = .none
        var isArray: Bool
    }

    private enum Key {
        case none
        case fixed(StaticString)
        case text(String)
    }

    private var frames: [Frame] = []

    /// A writer with `style`, its buffer reserved for about `capacity` bytes.
    package init(style: Style, capacity: Int = 1024) {
        self.style = style
        bytes.reserveCapacity(capacity)
        frames.reserveCapacity(8)
    }

    // MARK: - Containers

    package mutating func beginObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        frames.append(Frame(isArray: false))
    }

    package mutating func endObject() { close(UInt8(ascii: "}")) }

    package mutating func beginArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        frames.append(Frame(isArray: true))
    }

    package mutating func endArray() { close(UInt8(ascii: "]")) }

    /// The key of the next member of the open object.
    package mutating func key(_ name: StaticString) {
        startMember()
        frames[frames.count - 1].key = .fixed(name)
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        writeColon()
    }

    /// A key known only at run time (escaped like any string).
    package mutating func key(_ name: String) {
        startMember()
        frames[frames.count - 1].key = .text(name)
        appendQuoted(name)
        writeColon()
    }

    // MARK: - Values

    package mutating func string(_ text: String) {
        beforeValue()
        appendQuoted(text)
    }

    package mutating func integer(_ value: Int) {
        beforeValue()
        appendDigits(value)
    }

    /// A number as `JSONEncoder` writes it (`Double.description` without a trailing `.0`); NaN and infinities throw.
    /// In `.document`, as `String(Double)` writes it, an integer below 10¹⁵ without `.0`, non-finite as `null`.
    package mutating func number(_ value: Double) throws(JSONWriteError) {
        if style == .document {
            guard value.isFinite else { return null() }
            beforeValue()
            if value == value.rounded(), abs(value) < 1e15 {
                appendDigits(Int(value))
            } else {
                bytes.append(contentsOf: String(value).utf8)
            }
            return
        }
        guard value.isFinite else { throw JSONWriteError(pointer: pointer(), value: value.description) }
        beforeValue()
        if value == value.rounded(.towardZero), abs(value) < 1e15, !(value == 0 && value.sign == .minus) {
            appendDigits(Int(value))
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    package mutating func bool(_ value: Bool) {
        beforeValue()
        bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
    }

    package mutating func null() {
        beforeValue()
        bytes.append(contentsOf: Self.nullBytes)
    }

    // The optional forms: `nil` writes `null` (for members whose key is always present).

    package mutating func string(_ text: String?) { if let text { string(text) } else { null() } }
    package mutating func integer(_ value: Int?) { if let value { integer(value) } else { null() } }
    package mutating func number(_ value: Double?) throws(JSONWriteError) {
        if let value { try number(value) } else { null() }
    }

    /// A whole tree, its members in their order, laid out in this writer's style.
    package mutating func value(_ tree: JSON) throws(JSONWriteError) {
        switch tree {
        case .null: null()
        case .string(let text): string(text)
        case .number(let number): try self.number(number)
        case .integer(let number): integer(number)
        case .bool(let flag): bool(flag)
        case .array(let items):
            beginArray()
            for item in items { try value(item) }
            endArray()
        case .object(let members):
            beginObject()
            for (name, member) in members {
                key(name)
                try value(member)
            }
            endObject()
        }
    }

    /// Raw bytes already in JSON form (a record written by another writer), placed as one value.
    package mutating func raw(_ json: [UInt8]) {
        beforeValue()
        bytes.append(contentsOf: json)
    }

    /// Appends a newline after the top-level value.
    package mutating func newline() { bytes.append(0x0A) }

    // MARK: - Layout

    private mutating func startMember() {
        let index = frames.count - 1
        if frames[index].count > 0 { bytes.append(UInt8(ascii: ",")) }
        frames[index].count += 1
        if style != .compact { newlineAndIndent(frames.count) }
    }

    private mutating func writeColon() {
        switch style {
        case .compact: bytes.append(UInt8(ascii: ":"))
        case .pretty: bytes.append(contentsOf: Self.prettyColon)
        case .document: bytes.append(contentsOf: Self.documentColon)
        }
    }

    /// Array elements need a separator; an object member's separator came with its key.
    private mutating func beforeValue() {
        guard let last = frames.last, last.isArray else { return }
        startMember()
    }

    private mutating func close(_ bracket: UInt8) {
        let frame = frames.removeLast()
        switch style {
        case .compact: break
        case .pretty:
            // JSONEncoder writes an empty container as an opening bracket, a blank line and the closing one.
            if frame.count == 0 { bytes.append(0x0A) }
            newlineAndIndent(frames.count)
        case .document:
            if frame.count > 0 { newlineAndIndent(frames.count) }
        }
        bytes.append(bracket)
    }

    private mutating func newlineAndIndent(_ level: Int) {
        bytes.append(0x0A)
        for _ in 0..<level { bytes.append(contentsOf: Self.indent) }
    }

    private mutating func appendDigits(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            // Int.min has no positive counterpart in Int; its magnitude fits in UInt.
            appendDigits(UInt(bitPattern: value).magnitudeOfNegative)
        } else {
            appendDigits(UInt(value))
        }
    }

    private mutating func appendDigits(_ value: UInt) {
        if value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for UInt64.max's 20 digits
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                count += 1
                buffer[24 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            bytes.append(contentsOf: buffer[(24 - count)...])
        }
    }

    /// `"text"` with JSONEncoder's escapes: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, other controls as `\u00xx`
    /// (`.document` writes `\b` and `\f` as `\u0008` and `\u000c`).
    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        let shortControls = style != .document
        var text = text
        text.withUTF8 { utf8 in
            var clean = 0  // start of the run not yet copied
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<index]))
                clean = index + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x08 where shortControls: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                case 0x0C where shortControls: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                default:
                    bytes.append(contentsOf: [
                        UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"),
                        UInt8(ascii: "0"), Self.hexDigits[Int(byte >> 4)],
                        Self.hexDigits[Int(byte & 0xF)],
                    ])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The JSON Pointer of the value about to be written.
    private func pointer() -> String {
        var pointer = ""
        for (level, frame) in frames.enumerated() {
            pointer += "/"
            if frame.isArray {
                // The innermost array has not counted the element being written yet.
                pointer += String(level == frames.count - 1 ? frame.count : frame.count - 1)
                continue
            }
            let key: String
            switch frame.key {
            case .none: key = ""
            case .fixed(let name): key = name.description
            case .text(let name): key = name
            }
            pointer += key.replacing("~", with: "~0").replacing("/", with: "~1")
        }
        return pointer
    }

    private static let indent: [UInt8] = Array("  ".utf8)
    private static let prettyColon: [UInt8] = Array(" : ".utf8)
    private static let documentColon: [UInt8] = Array(": ".utf8)
    private static let trueBytes: [UInt8] = Array("true".utf8)
    private static let falseBytes: [UInt8] = Array("false".utf8)
    private static let nullBytes: [UInt8] = Array("null".utf8)
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}

extension UInt {
    /// The magnitude of the negative `Int` whose bit pattern this is.
    fileprivate var magnitudeOfNegative: UInt { 0 &- self }
}
