import ProfileModel
import ProfileParsing
import ProfileRules

/// A registered rule as a test argument, named by its id in test output.
public struct RuleCase: Sendable, CustomStringConvertible {
    public let type: any ProfileRule.Type
    public init(type: any ProfileRule.Type) { self.type = type }
    public var description: String { type.description.id }
}

/// Runs rules over examples the way the linter does.
public enum RuleHarness {
    /// The findings of one rule (defaults) over `text` read as `format`.
    public static func findings(of rule: any ProfileRule.Type, in text: String, format: Example.Format,
                                path: String = "example") throws -> [Finding] {
        let source = SourceFile(path: path, text: text)
        let input: RuleInput
        switch format {
        case .profileJSON: input = RuleInput(document: try ProfileReader.read(source))
        case .text: input = RuleInput(text: source)
        }
        return RuleRunner(rules: [ConfiguredRule(rule)]).run(input)
    }
}
