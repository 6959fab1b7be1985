import Foundation
import ProfileModel
import ProfileParsing
import ProfileRules

/// `--print-config`: the configuration in force for a file, every rule with its effective severity and options.
public enum ConfigurationPrinter {
    public static func json(_ configuration: Configuration) throws(ConfigurationError) -> String {
        let runner = try configuration.ruleRunner().runner
        var rules: [(String, JSON)] = []
        for type in RuleRegistry.all {
            let id = type.description.id
            guard let configured = runner.rules.first(where: { $0.description.id == id }) else {
                rules.append((id, .object([("severity", .string("off"))])))
                continue
            }
            var entry: [(String, JSON)] = [("severity", .string(configured.severity.rawValue))]
            entry += options(of: configured.rule)
            rules.append((id, .object(entry)))
        }
        var members: [(String, JSON)] = [
            ("source", configuration.path.map(JSON.string) ?? .string("built-in defaults")),
            ("model", .string((configuration.model ?? .upwork).rawValue)),
            ("fail_on", .string((configuration.failOn ?? .error).rawValue)),
            ("max_warnings", configuration.maxWarnings.map { .number(Double($0)) } ?? .null),
            (
                "limits",
                .object(
                    Configuration.limitKeys.map { key, path in
                        let reader = configuration.limits.reader
                        let defaults: [String: Int] = [
                            "max_file_size": configuration.limits.fileBytes, "max_depth": reader.maxDepth,
                            "max_string_length": reader.maxStringBytes, "max_items": reader.maxItems,
                        ]
                        return (key, .number(Double(configuration.limits[keyPath: path] ?? defaults[key]!)))
                    })
            ),
            ("files", .array((configuration.files ?? []).map(JSON.string))),
            ("rules", .object(rules)),
            (
                "suppressions",
                .array(
                    configuration.suppressions.map { suppression in
                        .object([
                            ("file", .string(suppression.file)), ("field", suppression.field.map(JSON.string) ?? .null),
                            ("rule", .string(suppression.rule)), ("reason", .string(suppression.reason)),
                        ])
                    })
            ),
        ]
        if let eligibility = configuration.eligibility { members.append(("eligibility", JSON(eligibility.plain))) }
        return JSON.object(members).documentText() + "\n"
    }

    static func options<Rule: ProfileRule>(of rule: Rule) -> [(String, JSON)] {
        guard case .map(let entries) = ConfigKeys.plain(rule.options) else { return [] }
        return entries.map { (ConfigKeys.snakeCase($0.0), JSON($0.1)) }
    }
}

/// What the git hook checks besides the configuration's `files`: every staged file with one of these endings
/// whose content is a profile document (`ProfileReader.isProfileDocument`), whatever it is called.
package enum HookDefaults {
    package static let sniffedExtensions: Set<String> = ["json", "html", "htm"]
}
