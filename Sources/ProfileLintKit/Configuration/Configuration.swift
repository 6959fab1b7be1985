import EligibilityEngine
import Foundation
import ProfileModel
import ProfileParsing
import ProfileRules

/// Settings from a `.profilelint.yml` (or `.yaml`, `.json`) file. Every field is optional; an absent one keeps
/// the built-in default.
public struct Configuration: Sendable {
    /// A rule's settings.
    public struct RuleSettings: Sendable {
        /// `nil` keeps the rule's default; `.off` disables it.
        public var severity: SeverityChoice?
        /// The rule's options, as written (decoded into the rule's `Options` when the runner is built).
        var options: [(key: String, keyLocation: SourceLocation, value: ConfigNode)]
        public var location: SourceLocation
    }

    /// A severity, or `off`.
    public enum SeverityChoice: Sendable, Hashable {
        case off
        case severity(Severity)
    }

    /// A finding to ignore, with why. Keyed by file, field and rule — not by line, so edits elsewhere keep it.
    public struct Suppression: Sendable, Hashable {
        /// Glob over paths relative to the configuration file's folder (`*` within a name, `**/` any folders).
        public var file: String
        /// JSON Pointer of the field (and everything below it); `nil` for the whole file.
        public var field: String?
        public var rule: String
        public var reason: String
        public var location: SourceLocation
    }

    /// The file the settings came from; `nil` for the built-in defaults.
    public var path: String?
    public var model: CompletenessModel?
    public var failOn: Severity?
    public var maxWarnings: Int?
    public var disabledRules: [String] = []
    public var rules: [String: RuleSettings] = [:]
    /// Globs naming the profile files the git hook checks.
    public var files: [String]?
    public var suppressions: [Suppression] = []
    /// The `eligibility` section, passed to the eligibility engine's policy overrides.
    package var eligibility: ConfigNode?
    /// The `limits` section: input limits, each overridden by its command-line flag.
    public var limits = InputLimits()
    /// Mistakes that do not stop the run (unknown keys, unknown rule ids).
    public var warnings: [ConfigurationWarning] = []

    /// The built-in defaults.
    public init() {}

    /// The folder paths in the file are relative to.
    public var baseDirectory: String {
        guard let path else { return FileManager.default.currentDirectoryPath }
        return URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
    }

    /// `max_warnings` and `--max-warnings`.
    public static let maxWarningsRange = NumberRange.count

    static let topLevelKeys = [
        "model", "fail_on", "max_warnings", "disabled_rules", "rules", "files",
        "suppressions", "eligibility", "limits",
    ]

    /// The `limits` section's keys: the file size takes a size (`16MB`), the others whole numbers.
    static let limitKeys: [(key: String, path: WritableKeyPath<InputLimits, Int?> & Sendable)] = [
        ("max_file_size", \.maxFileBytes), ("max_depth", \.maxDepth), ("max_string_length", \.maxStringBytes),
        ("max_items", \.maxItems),
    ]

    /// The largest configuration file read (1 MiB): a settings file is a few kilobytes, and a link to a huge or
    /// endless file must not be read whole.
    public static let maxFileBytes = 1 << 20

    /// Reads a configuration file (never a FIFO or device, at most `maxFileBytes`). A file found by discovery is
    /// read with `followingLinks: false`: a committed `.profilelint.yml` that links to `/proc/self/environ` or a
    /// file outside the repository is refused, not read.
    public static func load(path: String, followingLinks: Bool = true) throws(ConfigurationError) -> Configuration {
        if !followingLinks, FileKind.of(path, followingLinks: false) == .symbolicLink {
            throw .unreadable(
                path: path,
                message: "is a symbolic link; a configuration file found by discovery is "
                    + "never followed through a link (name the file with --config to use it)")
        }
        switch InputFiles.read(path: path, maxBytes: maxFileBytes, followingLinks: followingLinks) {
        case .success(let source): return try parse(source)
        case .failure(let error):
            if case .failure = FileKind.of(path, followingLinks: false) {
                throw .unreadable(path: path, message: "no such configuration file")
            }
            throw .unreadable(path: path, message: "the configuration file cannot be read: \(error.message)")
        }
    }

    /// Reads configuration text (the path names it in messages and decides YAML or JSON).
    public static func parse(_ source: SourceFile) throws(ConfigurationError) -> Configuration {
        let root = try ConfigParser.parse(source)
        var configuration = Configuration()
        configuration.path = source.path
        guard case .map(let entries) = root.value else {
            throw .malformed(location: root.location, message: "the configuration must be a mapping of settings")
        }
        for entry in entries {
            let node = entry.value
            switch entry.key {
            case "model":
                let name = try string(node, "model")
                guard let model = CompletenessModel(rawValue: name) else {
                    throw .malformed(
                        location: node.location,
                        message: "model must be one of "
                            + CompletenessModel.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))
                }
                configuration.model = model
            case "fail_on":
                configuration.failOn = try severity(node, "fail_on")
            case "max_warnings":
                guard case .number(let number) = node.value, let count = Self.maxWarningsRange.int(number) else {
                    throw .malformed(location: node.location, message: "max_warnings must be \(Self.maxWarningsRange)")
                }
                configuration.maxWarnings = count
            case "disabled_rules":
                for item in try list(node, "disabled_rules") {
                    let id = try string(item, "disabled_rules")
                    configuration.checkRuleID(id, at: item.location)
                    configuration.disabledRules.append(id)
                }
            case "rules":
                guard case .map(let rules) = node.value else {
                    throw .malformed(location: node.location, message: "rules must map rule ids to settings")
                }
                for rule in rules {
                    configuration.checkRuleID(rule.key, at: rule.keyLocation)
                    configuration.rules[rule.key] = try ruleSettings(rule.value, id: rule.key)
                }
            case "files":
                configuration.files = try list(node, "files").map { item throws(ConfigurationError) in
                    try string(item, "files")
                }
            case "suppressions":
                configuration.suppressions = try list(node, "suppressions").map { item throws(ConfigurationError) in
                    try suppression(item, configuration: &configuration)
                }
            case "eligibility":
                try ConfigNumbers.check(
                    node, key: "eligibility", ranges: ConfigNumbers.policy,
                    fallback: .money)
                configuration.eligibility = node
                let known = ["policy"] + Self.policyKeys
                for setting in node.entries where !known.contains(setting.key) {
                    configuration.warnUnknown(setting.key, at: setting.keyLocation, among: known)
                }
            case "limits":
                configuration.limits = try limits(node, configuration: &configuration)
            default:
                configuration.warnUnknown(entry.key, at: entry.keyLocation, among: topLevelKeys)
            }
        }
        return configuration
    }

    // MARK: - Pieces

    /// The policy's settings as snake_case keys, read from its own encoding so the list cannot drift.
    static let policyKeys = ConfigKeys.keys(of: Policy.upwork2025)

    static func ruleSettings(_ node: ConfigNode, id: String) throws(ConfigurationError) -> RuleSettings {
        switch node.value {
        case .string(let text):
            // Shorthand: `title-too-long: error` or `title-too-long: off`.
            return RuleSettings(
                severity: try severityChoice(text, at: node.location), options: [],
                location: node.location)
        case .bool(false):
            return RuleSettings(severity: .off, options: [], location: node.location)
        case .map(let entries):
            var settings = RuleSettings(severity: nil, options: [], location: node.location)
            for entry in entries {
                try ConfigNumbers.check(
                    entry.value, key: entry.key, ranges: ConfigNumbers.ruleOptions,
                    fallback: .count)
                if entry.key == "severity" {
                    settings.severity = try severityChoice(
                        try string(entry.value, "severity"), at: entry.value.location)
                } else {
                    settings.options.append(entry)
                }
            }
            return settings
        default:
            throw .malformed(
                location: node.location,
                message: "settings for \(Excerpt.quoted(id)) must be a severity or a mapping, not \(node.kindName)")
        }
    }

    static func limits(
        _ node: ConfigNode, configuration: inout Configuration
    ) throws(ConfigurationError)
        -> InputLimits
    {
        guard case .map(let entries) = node.value else {
            throw .malformed(location: node.location, message: "limits must be a mapping, not \(node.kindName)")
        }
        var limits = InputLimits()
        for entry in entries {
            guard let path = limitKeys.first(where: { $0.key == entry.key })?.path else {
                configuration.warnUnknown(entry.key, at: entry.keyLocation, among: limitKeys.map(\.key))
                continue
            }
            let value: Int?
            switch entry.value.value {
            case .number(let number):
                switch InputLimits.checked(number, for: entry.key) {
                case .success(let whole): value = whole
                case .failure(let problem): throw .malformed(location: entry.value.location, message: problem.message)
                }
            case .string(let text) where entry.key == "max_file_size": value = InputLimits.parseSize(text)
            default: value = nil
            }
            guard let value else {
                throw .malformed(
                    location: entry.value.location,
                    message: entry.key == "max_file_size"
                        ? "max_file_size must be a size such as 16MB, 512KB or 1048576"
                        : "\(entry.key) must be a whole number")
            }
            if let problem = InputLimits.problem(with: value, for: entry.key) {
                throw .malformed(location: entry.value.location, message: problem)
            }
            limits[keyPath: path] = value
        }
        return limits
    }

    static func severityChoice(
        _ text: String, at location: SourceLocation
    ) throws(ConfigurationError)
        -> SeverityChoice
    {
        if text == "off" { return .off }
        guard let severity = Severity(rawValue: text) else {
            throw .malformed(
                location: location,
                message: "severity must be 'error', 'warning', 'info' or 'off', not \(Excerpt.quoted(text))")
        }
        return .severity(severity)
    }

    static func suppression(
        _ node: ConfigNode, configuration: inout Configuration
    ) throws(ConfigurationError)
        -> Suppression
    {
        guard case .map(let entries) = node.value else {
            throw .malformed(location: node.location, message: "a suppression is a mapping with file, rule and reason")
        }
        for entry in entries where !["file", "field", "rule", "reason"].contains(entry.key) {
            configuration.warnUnknown(entry.key, at: entry.keyLocation, among: ["file", "field", "rule", "reason"])
        }
        guard let rule = node["rule"] else {
            throw .malformed(location: node.location, message: "a suppression needs the rule it silences")
        }
        let ruleID = try string(rule, "rule")
        configuration.checkRuleID(ruleID, at: rule.location)
        let reason = try node["reason"].map { node throws(ConfigurationError) in try string(node, "reason") } ?? ""
        guard !reason.allSatisfy(\.isWhitespace) else {
            throw .malformed(
                location: node.location,
                message: "the suppression of \(ruleID) needs a reason: say why the finding is acceptable")
        }
        let field = try node["field"].map { node throws(ConfigurationError) in try string(node, "field") }
        if let field, !field.isEmpty, !field.hasPrefix("/") {
            throw .malformed(
                location: node["field"]!.location,
                message: "field must be a JSON Pointer such as /overview or /portfolio/0/title")
        }
        let file = try node["file"].map { node throws(ConfigurationError) in try string(node, "file") } ?? "**"
        return Suppression(file: file, field: field, rule: ruleID, reason: reason, location: node.location)
    }

    static func string(_ node: ConfigNode, _ key: String) throws(ConfigurationError) -> String {
        guard case .string(let text) = node.value else {
            throw .malformed(location: node.location, message: "\(key) must be a string, not \(node.kindName)")
        }
        return text
    }

    static func severity(_ node: ConfigNode, _ key: String) throws(ConfigurationError) -> Severity {
        let text = try string(node, key)
        guard let severity = Severity(rawValue: text) else {
            throw .malformed(location: node.location, message: "\(key) must be 'error', 'warning' or 'info'")
        }
        return severity
    }

    static func list(_ node: ConfigNode, _ key: String) throws(ConfigurationError) -> [ConfigNode] {
        switch node.value {
        case .list(let items): return items
        case .null: return []
        default: throw .malformed(location: node.location, message: "\(key) must be a list, not \(node.kindName)")
        }
    }

    mutating func warnUnknown(_ key: String, at location: SourceLocation, among known: [String]) {
        let hint = closestMatch(to: key, in: known).map { "; did you mean '\($0)'?" } ?? ""
        warnings.append(
            ConfigurationWarning(location: location, message: "unknown setting \(Excerpt.quoted(key))\(hint)"))
    }

    mutating func checkRuleID(_ id: String, at location: SourceLocation) {
        guard RuleRegistry.rule(withID: id) == nil else { return }
        let hint =
            closestMatch(to: id, in: RuleRegistry.all.map { $0.description.id })
            .map { "; did you mean '\($0)'?" } ?? ""
        warnings.append(ConfigurationWarning(location: location, message: "unknown rule \(Excerpt.quoted(id))\(hint)"))
    }
}
