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
    /// The findings of one rule (defaults) over `text` read as `example` says (its format and proposal context).
    public static func findings(
        of rule: any ProfileRule.Type, in text: String, as example: Example,
        path: String = "example"
    ) throws -> [Finding] {
        let source = SourceFile(path: path, text: text)
        let input: RuleInput
        switch example.format {
        case .profileJSON: input = RuleInput(document: try ProfileReader.read(source))
        case .text:
            let profile = try example.profile.map {
                try ProfileReader.read(SourceFile(path: "profile.json", text: $0)).profile
            }
            input = RuleInput(
                text: source,
                proposal: ProposalContext(
                    job: example.job.map { JobPost(text: $0) },
                    profile: profile.map { .init(profile: $0, model: .upwork, path: "profile.json") },
                    history: example.history.enumerated().map {
                        .init(name: "past-\($0.offset + 1).txt", text: $0.element)
                    }))
        }
        return RuleRunner(rules: [ConfiguredRule(rule)]).run(input)
    }
}
