import ProfileModel

/// A rule's identity and documentation, with the examples that double as its tests.
public struct RuleDescription: Sendable {
    /// Stable kebab-case id used in configuration, output and suppressions.
    public var id: String
    /// Short human name.
    public var name: String
    public var category: RuleCategory
    public var defaultSeverity: Severity
    /// Why the rule exists, citing source IDs (Docs/sources.md) where a number comes from there.
    public var rationale: String
    /// How to fix what the rule reports.
    public var howToFix: String
    /// Inputs the rule must accept without a finding.
    public var passing: [Example] { makePassing() }
    /// Inputs with `↓` before each place the rule must report.
    public var failing: [Example] { makeFailing() }

    // The examples are built when asked for (tests, `rules`, `explain`), not when a lint run first reads a rule's
    // id: some are thousands of characters built by interpolation (one alone cost 1.55 M instructions at start-up).
    private let makePassing: @Sendable () -> [Example]
    private let makeFailing: @Sendable () -> [Example]

    /// Creates a description.
    public init(
        id: String, name: String, category: RuleCategory, defaultSeverity: Severity, rationale: String,
        howToFix: String, passing: @autoclosure @escaping @Sendable () -> [Example],
        failing: @autoclosure @escaping @Sendable () -> [Example]
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.rationale = rationale
        self.howToFix = howToFix
        makePassing = passing
        makeFailing = failing
    }
}

/// An input for a rule's documentation and tests. `↓` marks where a finding must start.
public struct Example: Sendable {
    /// What kind of input the text is.
    public enum Format: String, Sendable {
        /// A profilelint JSON document.
        case profileJSON
        /// Plain text (a proposal).
        case text
    }
    /// The input, with `↓` markers in failing examples.
    public var text: String
    public var format: Format
    /// For proposal examples: the job post, a profile document (JSON) and past proposals the rule sees.
    public var job: String?
    public var profile: String?
    public var history: [String]
    /// Whether the tests re-run the example with multi-byte text inserted in its first string value. Off where
    /// the insertion changes what the rule measures (a length limit), not just where findings stand.
    public var testMultiByteOffsets: Bool
    /// Where the example is written, so a failing test points at it.
    public var file: StaticString
    public var line: UInt

    /// Creates an example.
    public init(
        _ text: String, format: Format = .profileJSON, testMultiByteOffsets: Bool = true,
        job: String? = nil, profile: String? = nil, history: [String] = [],
        file: StaticString = #filePath, line: UInt = #line
    ) {
        self.text = text
        self.format = format
        self.job = job
        self.profile = profile
        self.history = history
        self.testMultiByteOffsets = testMultiByteOffsets
        self.file = file
        self.line = line
    }
}
