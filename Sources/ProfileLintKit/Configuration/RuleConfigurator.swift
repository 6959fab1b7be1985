import Foundation
import ProfileModel
import ProfileParsing
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

    static func configure<Rule: ProfileRule>(_: Rule.Type, settings: RuleSettings,
                                             warnings: inout [ConfigurationWarning]) throws(ConfigurationError)
        -> Rule
    {
        let defaults = defaultOptions(of: Rule.self)
        let known = defaults.map(\.0)
        var merged = defaults
        for entry in settings.options {
            if let index = merged.firstIndex(where: { $0.0 == entry.key }) {
                merged[index].1 = entry.value.plain
            } else {
                let hint = closestMatch(to: entry.key, in: known).map { "; did you mean '\($0)'?" } ?? ""
                let valid = known.isEmpty ? " (the rule has no options)" : ""
                warnings.append(ConfigurationWarning(
                    location: entry.keyLocation,
                    message: "\(Rule.description.id) has no option '\(entry.key)'\(hint)\(valid)"))
            }
        }
        var rule = Rule()
        var text = ""
        JSON(PlainValue.map(merged)).write(to: &text, indent: 0)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            rule.options = try decoder.decode(Rule.Options.self, from: Data(text.utf8))
        } catch {
            throw .malformed(location: settings.location,
                             message: "options of \(Rule.description.id): \(describe(error))")
        }
        return rule
    }

    /// A rule's default options as snake_case configuration entries, in declaration order.
    static func defaultOptions<Rule: ProfileRule>(of _: Rule.Type) -> [(String, PlainValue)] {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let data = try? encoder.encode(Rule().options),
              let node = try? JSONReader(source: SourceFile(path: "<defaults>", bytes: [UInt8](data))).parseDocument()
        else { return [] }
        return node.members.map { ($0.key, PlainValue(node: $0.value)) }
    }

    static func snakeCase(_ name: String) -> String {
        var out = ""
        for character in name {
            if character.isUppercase {
                out += "_" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let key = context.codingPath.last.map { snakeCase($0.stringValue) } ?? "value"
            return "\(key) must be \(typeName(type))"
        case .keyNotFound(let key, _):
            return "\(snakeCase(key.stringValue)) is missing"
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
    /// Converts a parsed JSON value, keeping member order.
    init(node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number, _): self = .number(number)
        case .string(let text, _): self = .string(text)
        case .array(let items): self = .list(items.map(PlainValue.init(node:)))
        case .object(let members): self = .map(members.map { ($0.key, PlainValue(node: $0.value)) })
        }
    }
}
