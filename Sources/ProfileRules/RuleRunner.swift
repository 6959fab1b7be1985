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
    private var identities: [Identity]

    private struct Identity {
        var id: String
        var category: RuleCategory
        var checksSpecializedProfiles: Bool
    }

    /// Every registered rule with its defaults.
    public init() { self.init(rules: RuleRegistry.all.map(ConfiguredRule.init)) }

    /// A chosen set of rules.
    public init(rules: [ConfiguredRule]) {
        self.rules = rules
        identities = Self.identities(of: rules)
    }

    private static func identities(of rules: [ConfiguredRule]) -> [Identity] {
        rules.map {
            let type = type(of: $0.rule)
            return Identity(
                id: type.description.id, category: type.description.category,
                checksSpecializedProfiles: type.checksSpecializedProfiles)
        }
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
            var collector = FindingCollector(
                source: input.source, ruleID: identity.id,
                category: identity.category, severity: configured.severity)
            configured.rule.check(input, into: &collector)
            findings += collector.findings
        }
        for specialized in input.profile?.specializedProfiles ?? [] {
            findings += run(specialized: specialized, source: input.source, categories: categories)
        }
        return findings.sorted { ($0.offset, $0.ruleID) < ($1.offset, $1.ruleID) }
    }

    /// The per-profile rules on one specialized profile's own fields. Messages name the profile, and a pointer a rule
    /// writes as a general profile's (`/title` for a missing title) moves under `/specializedProfiles/N`.
    private func run(
        specialized: SpecializedProfile, source: SourceFile,
        categories: Set<RuleCategory>
    ) -> [Finding] {
        let input = RuleInput(specialized: specialized, source: source)
        let base = specialized.origin.pointer
        var findings: [Finding] = []
        for (configured, identity) in zip(rules, identities)
        where identity.checksSpecializedProfiles && categories.contains(identity.category) {
            var collector = FindingCollector(
                source: source, ruleID: identity.id, category: identity.category,
                severity: configured.severity)
            configured.rule.check(input, into: &collector)
            for var finding in collector.findings {
                finding.message = "\(specialized.label): \(finding.message)"
                if let field = finding.fieldPath, !field.hasPrefix(base + "/") { finding.fieldPath = base + field }
                findings.append(finding)
            }
        }
        return findings
    }
}
