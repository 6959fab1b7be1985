/// One checked requirement of a badge.
public struct Criterion: Sendable, Hashable, Codable {
    /// Whether a requirement is met.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        /// Met.
        case pass
        /// Not met.
        case fail
        /// Cannot be told from the input (a missing field never passes).
        case unknown
    }

    /// A stable kebab-case id, e.g. `eligible-weeks`.
    public var id: String
    /// Met, not met, or unknown.
    public var status: Status
    /// What the account has, for people ("$1,250", "11 of 16 weeks"); `nil` when unknown.
    public var actual: String?
    /// What the policy requires ("≥ $1,000").
    public var required: String
    /// One line on why the status is what it is.
    public var explanation: String
    /// When the status will or can change on its own: a pass that lapses, or a fail that becomes reachable.
    public var changesOn: CalendarDate?
    /// The research source IDs behind the requirement.
    public var source: String?
    /// For a failing or unknown criterion, what would pass it, when the engine can tell ("$150 more by 2027-03-02").
    public var action: String?

    /// Creates a criterion.
    public init(
        id: String, status: Status, actual: String?, required: String, explanation: String,
        changesOn: CalendarDate? = nil, source: String? = nil
    ) {
        self.id = id
        self.status = status
        self.actual = actual
        self.required = required
        self.explanation = explanation
        self.changesOn = changesOn
        self.source = source
    }

    /// Encodes absent values as `null`, so the JSON shape never changes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(status, forKey: .status)
        try container.encode(actual, forKey: .actual)
        try container.encode(required, forKey: .required)
        try container.encode(explanation, forKey: .explanation)
        try container.encode(changesOn, forKey: .changesOn)
        try container.encode(source, forKey: .source)
        try container.encode(action, forKey: .action)
    }
}
