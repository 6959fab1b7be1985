import ProfileModel

/// Gathers one rule's findings, turning byte offsets into locations and excerpts as they arrive.
public struct FindingCollector: Sendable {
    public let source: SourceFile
    public let ruleID: String
    public let category: RuleCategory
    /// The severity findings get unless a report overrides it.
    public var severity: Severity
    public private(set) var findings: [Finding] = []

    /// A collector for one rule over one file.
    public init(source: SourceFile, ruleID: String, category: RuleCategory, severity: Severity) {
        self.source = source
        self.ruleID = ruleID
        self.category = category
        self.severity = severity
    }

    /// Reports a finding over source bytes `range`.
    public mutating func report(_ message: String, range: Range<Int>, field: String?, severity: Severity? = nil) {
        let start = source.location(ofOffset: range.lowerBound)
        let end = source.location(ofOffset: range.upperBound)
        findings.append(
            Finding(
                ruleID: ruleID, category: category, severity: severity ?? self.severity, message: message,
                location: start, end: end, offset: range.lowerBound, fieldPath: field,
                excerpt: excerpt(range)))
    }

    /// Reports a finding about a whole field.
    public mutating func report<Value>(_ message: String, at field: Field<Value>, severity: Severity? = nil) {
        report(message, range: field.span.range, field: field.pointer, severity: severity)
    }

    /// Reports a finding about part of a text field: `valueRange` is in UTF-8 offsets of the decoded value.
    public mutating func report(
        _ message: String, in field: Field<String>, valueRange: Range<Int>,
        severity: Severity? = nil
    ) {
        let start = field.span.sourceOffset(ofValueOffset: valueRange.lowerBound)
        // The end maps from the last byte, so an escape inside the match doesn't shorten it.
        let last = field.span.sourceOffset(ofValueOffset: max(valueRange.lowerBound, valueRange.upperBound - 1))
        report(message, range: start..<max(start, last + 1), field: field.pointer, severity: severity)
    }

    /// The source text of `range`, on one line and at most 120 bytes.
    private func excerpt(_ range: Range<Int>) -> String? {
        guard !range.isEmpty, range.lowerBound < source.bytes.count else { return nil }
        var upper = min(range.upperBound, source.bytes.count, range.lowerBound + 120)
        // Never cut a multi-byte character in half.
        while upper > range.lowerBound, upper < source.bytes.count, source.bytes[upper] & 0xC0 == 0x80 { upper -= 1 }
        var slice = source.bytes[range.lowerBound..<upper]
        if let newline = slice.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
            slice = slice[..<newline]
        }
        let text = String(decoding: slice, as: UTF8.self)
        return text.isEmpty ? nil : text
    }
}
