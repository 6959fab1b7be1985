/// One thing a rule found, at a place in an input file.
public struct Finding: Sendable, Hashable, Codable {
    /// The rule's stable kebab-case id, e.g. `title-too-long`.
    public var ruleID: String
    /// The rule's category (`completeness`, `tos`, `proposal`, `input`).
    public var category: RuleCategory
    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in a sentence.
    public var message: String
    /// Where the finding starts.
    public var location: SourceLocation
    /// Where it ends (exclusive).
    public var end: SourceLocation
    /// Byte offset of `location` in the file.
    public var offset: Int
    /// JSON Pointer of the field in our profile layout, when the finding is about a field.
    public var fieldPath: String?
    /// The source text the finding is about, trimmed to one line.
    public var excerpt: String?

    /// Creates a finding.
    public init(
        ruleID: String, category: RuleCategory, severity: Severity, message: String,
        location: SourceLocation, end: SourceLocation, offset: Int, fieldPath: String?,
        excerpt: String?
    ) {
        self.ruleID = ruleID
        self.category = category
        self.severity = severity
        self.message = message
        self.location = location
        self.end = end
        self.offset = offset
        self.fieldPath = fieldPath
        self.excerpt = excerpt
    }
}

/// The families rules belong to; also the folder names under `Sources/ProfileRules/Rules/`.
public enum RuleCategory: String, Sendable, Hashable, Codable, CaseIterable {
    /// Profile completeness and quality.
    case completeness
    /// Terms-of-Service risks: contact details, off-platform payment, feedback manipulation.
    case termsOfService = "tos"
    /// Proposal (cover letter) checks.
    case proposal
    /// Problems with the input itself that still let it be read (unknown fields).
    case input
}
