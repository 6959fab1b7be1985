import ProfileModel

/// A check over one input. Each rule is one file under `Rules/<Category>/` and one line in `RuleRegistry.all`.
public protocol ProfileRule: Sendable {
    /// The rule's options, decoded from configuration; every field has a default.
    associatedtype Options: RuleOptions = NoOptions
    /// Identity, documentation and examples (the examples are the rule's tests).
    static var description: RuleDescription { get }
    /// The options in force.
    var options: Options { get set }
    /// A rule with default options.
    init()
    /// Reports what the rule finds in `input`.
    func check(_ input: RuleInput, into findings: inout FindingCollector)
    /// Whether the rule also runs on each specialized profile's own fields (title, overview, rate, skills,
    /// portfolio), as if each were a profile of its own; `false` unless a rule says so.
    static var checksSpecializedProfiles: Bool { get }
}

extension ProfileRule {
    public static var checksSpecializedProfiles: Bool { false }
}

/// Options a rule accepts from configuration. Encodable too, so configuration can overlay the defaults and
/// `--print-config` can show them.
public protocol RuleOptions: Sendable, Codable {
    /// The defaults.
    init()
}

/// For rules without options.
public struct NoOptions: RuleOptions {
    public init() {}
}

/// What a rule looks at.
public struct RuleInput: Sendable {
    /// The file being checked (for positions and excerpts).
    public var source: SourceFile
    /// The profile, when the input is a profile; `nil` for a proposal or plain text.
    public var profile: Profile?
    /// Every free-text field to scan, each mapped back to the source.
    public var textFields: [Field<String>] {
        didSet { contactMatches = nil }
    }
    /// Every contact match of each text field (by index), when scanned ahead: `RuleRunner` scans each field once for
    /// all the Terms-of-Service rules, which then keep the kind they report. `nil` until then (or after
    /// `textFields` changes): each rule scans for itself.
    private(set) var contactMatches: [[ContactMatch]]?
    /// For a proposal: the job post, profile status and past proposals; `nil` otherwise.
    public var proposal: ProposalContext?

    /// Input for a profile: its text fields are the profile's.
    public init(document: ProfileDocument) {
        source = document.source
        profile = document.profile
        textFields = document.profile.textFields
    }

    /// Input for one specialized profile's own fields, for the rules that check each (their text fields are
    /// already among the general profile's, where the Terms-of-Service rules scan them).
    init(specialized: SpecializedProfile, source: SourceFile) {
        self.source = source
        profile = specialized.ownFields
        textFields = []
    }

    /// The contact matches of text field `index`, all kinds, sorted by position: scanned ahead, or scanned now.
    func contactMatches(inField index: Int) -> [ContactMatch] {
        contactMatches?[index] ?? ContactScanner.scan(textFields[index].value)
    }

    /// Scans every text field once, for the rules that read contact matches.
    mutating func scanContacts() {
        if contactMatches == nil { contactMatches = textFields.map { ContactScanner.scan($0.value) } }
    }

    /// Input for plain text (a proposal, a job post): the whole file is one text field.
    public init(text source: SourceFile, proposal: ProposalContext? = nil) {
        self.source = source
        self.proposal = proposal
        profile = nil
        let text = String(decoding: source.bytes, as: UTF8.self)
        let length = text.utf8.count
        textFields = [
            Field(
                text, pointer: "",
                span: SourceSpan(
                    range: 0..<source.bytes.count, textMap: TextMap(verbatimAt: 0, length: length)))
        ]
    }
}
