import ProfileModel

/// A rule as configured for a run: its options and the severity its findings get.
public struct ConfiguredRule: Sendable {
    public var rule: any ProfileRule
    public var severity: Severity

    /// The rule with its defaults.
    public init(_ type: any ProfileRule.Type) {
        rule = type.init()
        severity = type.description.defaultSeverity
    }

    /// A rule with explicit options and severity.
    public init(rule: any ProfileRule, severity: Severity) {
        self.rule = rule
        self.severity = severity
    }

    /// The rule's description.
    public var description: RuleDescription { type(of: rule).description }
}

/// Runs a set of configured rules over inputs.
public struct RuleRunner: Sendable {
    public var rules: [ConfiguredRule] { didSet { identities = Self.identities(of: rules) } }
    /// Each rule's id and category, read once: `description` copies the whole description (examples and all),
    /// which cost more than most rules' checks when done for every rule of every file.
    private var identities: [(id: String, category: RuleCategory)]

    /// Every registered rule with its defaults.
    public init() { self.init(rules: RuleRegistry.all.map(ConfiguredRule.init)) }

    /// A chosen set of rules.
    public init(rules: [ConfiguredRule]) {
        self.rules = rules
        identities = Self.identities(of: rules)
    }

    private static func identities(of rules: [ConfiguredRule]) -> [(id: String, category: RuleCategory)] {
        rules.map { ($0.description.id, $0.description.category) }
    }

    /// The findings of every rule whose category is in `categories`, sorted by position then rule id.
    public func run(_ input: RuleInput, categories: Set<RuleCategory> = Set(RuleCategory.allCases)) -> [Finding] {
        var findings: [Finding] = []
        var input = input
        // The Terms-of-Service rules all read contact matches: one scan per field serves them all.
        if categories.contains(.termsOfService), identities.contains(where: { $0.category == .termsOfService }) {
            input.scanContacts()
        }
        for (configured, identity) in zip(rules, identities) where categories.contains(identity.category) {
            var collector = FindingCollector(source: input.source, ruleID: identity.id,
                                             category: identity.category, severity: configured.severity)
            configured.rule.check(input, into: &collector)
            findings += collector.findings
        }
        return findings.sorted { ($0.offset, $0.ruleID) < ($1.offset, $1.ruleID) }
    }
}
