import EligibilityEngine
import ProfileModel
import ProfileRules

/// The outcome of checking one input.
public struct FileResult: Sendable {
    /// What kind of input the file was checked as.
    public enum Kind: String, Sendable, Codable {
        case profile
        case proposal
        /// A configuration file, reported for its unused suppressions.
        case configuration
        /// An account record checked for eligibility alone.
        case account
    }

    /// Why a file could not be checked.
    public struct InputError: LocatedError, Sendable, Hashable {
        public var path: String
        public var message: String
        public var line: Int?
        public var column: Int?
        /// The reader's own error, case and all, when the file was read but not understood.
        public var cause: ProfileParseError?

        /// Creates an error.
        public init(path: String, message: String, line: Int? = nil, column: Int? = nil) {
            self.path = path
            self.message = message
            self.line = line
            self.column = column
        }

        public var location: SourceLocation? {
            guard let line, let column else { return nil }
            return SourceLocation(file: path, line: line, column: column)
        }

        /// `path:line:column: error: message`, or `path: error: message`.
        /// Escaped for a terminal (TerminalText): the path and message may carry text from the input.
        public var description: String {
            let path = TerminalText.escape(path)
            let message = TerminalText.escape(message)
            if let line, let column { return "\(path):\(line):\(column): error: \(message)" }
            return "\(path): error: \(message)"
        }
    }

    public var path: String
    public var kind: Kind
    public var format: InputFormat?
    public var completeness: CompletenessReport?
    /// profilelint's readiness checklist of each specialized profile (not an Upwork figure; the completeness score
    /// stays the general profile's).
    public var specializedReadiness: [SpecializedReadiness] = []
    public var marketplaceCompleteness: MarketplaceCompleteness?
    /// Why the marketplace's figure differs from ours, when a known cause fits.
    public var marketplaceNote: String?
    /// Badge eligibility, when the input carried an account record.
    public var eligibility: EligibilityReport?
    /// The file the account record came from (`--account`, or the input itself), which heads the eligibility block.
    public var accountPath: String?
    public var findings: [Finding]
    /// The file as read, kept for reporters that need its text (SARIF's UTF-16 columns).
    public var source: SourceFile?
    /// Findings silenced by configured suppressions (still counted by the eligibility engine for `tos` rules).
    public var suppressedFindings: [Finding] = []
    public var error: InputError?

    /// A file that was checked.
    public init(
        path: String, kind: Kind, format: InputFormat?, completeness: CompletenessReport?,
        marketplaceCompleteness: MarketplaceCompleteness?, findings: [Finding]
    ) {
        self.path = path
        self.kind = kind
        self.format = format
        self.completeness = completeness
        self.marketplaceCompleteness = marketplaceCompleteness
        self.findings = findings
        error = nil
    }

    /// A file that could not be read.
    public init(path: String, kind: Kind, error: InputError) {
        self.path = path
        self.kind = kind
        format = nil
        completeness = nil
        marketplaceCompleteness = nil
        findings = []
        self.error = error
    }
}

/// Counts over a whole run.
public struct RunSummary: Sendable, Hashable {
    public var files = 0
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    /// Files that could not be read.
    public var failedFiles = 0

    /// Counts `results`.
    public init(_ results: [FileResult]) {
        files = results.filter { $0.kind != .configuration }.count
        for result in results {
            if result.error != nil { failedFiles += 1 }
            for finding in result.findings {
                switch finding.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .info: infos += 1
                }
            }
        }
    }
}
