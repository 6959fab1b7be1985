import Foundation
import ProfileModel
import ProfileRules

extension Configuration {
    /// The rules in force: every registered rule not disabled, with its configured severity and options.
    public func ruleRunner() throws(ConfigurationError) -> (runner: RuleRunner, warnings: [ConfigurationWarning]) {
        var configured: [ConfiguredRule] = []
        var warnings: [ConfigurationWarning] = []
        for type in RuleRegistry.all {
            let id = type.description.id
            let settings = rules[id]
            if disabledRules.contains(id) || settings?.severity == .off { continue }
            var rule = ConfiguredRule(type)
            if let settings {
                if case .severity(let severity) = settings.severity { rule.severity = severity }
                if !settings.options.isEmpty {
                    rule.rule = try Self.configure(type, settings: settings, warnings: &warnings)
                }
            }
            configured.append(rule)
        }
        return (RuleRunner(rules: configured), warnings)
    }

    /// A rule with its configured options laid over its defaults.
    static func configure<Rule: ProfileRule>(
        _: Rule.Type, settings: RuleSettings,
        warnings: inout [ConfigurationWarning]
    ) throws(ConfigurationError)
        -> Rule
    {
        var rule = Rule()
        var unknown: [ConfigurationWarning] = []
        do {
            rule.options = try ConfigKeys.decode(
                Rule.Options.self, defaults: rule.options,
                overrides: settings.options
            ) { key, location, known in
                let hint = closestMatch(to: key, in: known).map { "; did you mean '\($0)'?" } ?? ""
                let valid = known.isEmpty ? " (the rule has no options)" : ""
                unknown.append(
                    ConfigurationWarning(
                        location: location,
                        message: "\(Rule.description.id) has no option \(Excerpt.quoted(key))\(hint)\(valid)"))
            }
        } catch {
            throw .malformed(
                location: settings.location,
                message: "options of \(Rule.description.id): \(describe(error))")
        }
        warnings += unknown
        return rule
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let key = context.codingPath.last.map { ConfigKeys.snakeCase($0.stringValue) } ?? "value"
            return "\(key) must be \(typeName(type))"
        case .keyNotFound(let key, _):
            return "\(ConfigKeys.snakeCase(key.stringValue)) is missing"
        case .dataCorrupted(let context):
            return context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is [String].Type: "a list of strings"
        default: "\(type)"
        }
    }
}

extension JSON {
    /// Plain configuration data as writable JSON.
    init(_ value: PlainValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number)
        case .string(let text): self = .string(text)
        case .list(let items): self = .array(items.map(JSON.init))
        case .map(let entries): self = .object(entries.map { ($0.0, JSON($0.1)) })
        }
    }
}

extension PlainValue {
    /// An encoded value as plain data (numbers as `Double`, as a configuration file's reader gives them).
    init(_ json: JSON) {
        switch json {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number)
        case .integer(let number): self = .number(Double(number))
        case .string(let text): self = .string(text)
        case .array(let items): self = .list(items.map(PlainValue.init))
        case .object(let members): self = .map(members.map { ($0.0, PlainValue($0.1)) })
        }
    }
}
