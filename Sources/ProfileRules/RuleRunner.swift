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
    public var rules: [ConfiguredRule]

    /// Every registered rule with its defaults.
    public init() { rules = RuleRegistry.all.map(ConfiguredRule.init) }

    /// A chosen set of rules.
    public init(rules: [ConfiguredRule]) { self.rules = rules }

    /// The findings of every rule whose category is in `categories`, sorted by position then rule id.
    public func run(_ input: RuleInput, categories: Set<RuleCategory> = Set(RuleCategory.allCases)) -> [Finding] {
        var findings: [Finding] = []
        var input = input
        // The Terms-of-Service rules all read contact matches: one scan per field serves them all.
        if categories.contains(.termsOfService), rules.contains(where: { $0.description.category == .termsOfService }) {
            input.scanContacts()
        }
        for configured in rules where categories.contains(configured.description.category) {
            let description = configured.description
            var collector = FindingCollector(source: input.source, ruleID: description.id,
                                             category: description.category, severity: configured.severity)
            configured.rule.check(input, into: &collector)
            findings += collector.findings
        }
        return findings.sorted { ($0.offset, $0.ruleID) < ($1.offset, $1.ruleID) }
    }
}
