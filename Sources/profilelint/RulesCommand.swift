import ArgumentParser
import Foundation
import ProfileLintKit
import ProfileModel
import ProfileRules

struct RulesCommand: ParsableCommand {
    enum Format: String, CaseArgument {
        case text
        case markdown
        case json
        /// The configuration file's JSON Schema (rules, options, policy settings).
        case configSchema = "config-schema"
    }

    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its id, default severity and category."
    )

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "text (one line per rule), markdown (the full catalogue), json, or config-schema (the "
                + "configuration file's JSON Schema)."))
    var format: Format = .text

    func run() throws {
        let output =
            switch format {
            case .text: RuleCatalog.text()
            case .markdown: RuleCatalog.markdown()
            case .json: RuleCatalog.json()
            case .configSchema: ConfigurationSchema.render()
            }
        Console.out(output)
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule: why it exists, how to fix what it reports, and examples."
    )

    @Argument(help: "A rule id, e.g. title-too-long.")
    var rule: String

    func validate() throws {
        guard RuleRegistry.rule(withID: rule) != nil else {
            let ids = RuleRegistry.all.map { $0.description.id }
            let hint = closestMatch(to: rule, in: ids).map { " Did you mean '\($0)'?" } ?? ""
            throw ValidationError("unknown rule '\(rule)'.\(hint) 'profilelint rules' lists them all.")
        }
    }

    func run() throws {
        guard let type = RuleRegistry.rule(withID: rule) else { return }
        Console.out(RuleCatalog.explain(type))
    }
}
