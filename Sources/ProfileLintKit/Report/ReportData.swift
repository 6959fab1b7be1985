import EligibilityEngine
import ProfileModel
import ProfileParsing

/// What `profilelint report` shows for one profile: the lint result, plus the profile and account the header and
/// charts draw from, and the policy in force.
public struct ReportData: Sendable {
    /// Why a report could not be made (exit code 2).
    public enum LoadError: LocatedError, Sendable {
        case configuration(ConfigurationError)
        case input(FileResult.InputError)

        /// The error underneath.
        public var underlying: any LocatedError {
            switch self {
            case .configuration(let error): error
            case .input(let error): error
            }
        }

        public var description: String { underlying.description }
        public var location: SourceLocation? { underlying.location }
        public var message: String { underlying.message }
    }

    /// The file's result, as `profilelint` reports it (suppressions applied, eligibility evaluated).
    public var result: FileResult
    /// The profile as read, for the header; `nil` when it cannot be read again.
    public var profile: Profile?
    /// The account record eligibility was evaluated from: the document's own, else `--account`'s.
    public var account: Account?
    /// The eligibility policy in force for the file.
    public var policy: Policy

    /// Creates report data.
    public init(result: FileResult, profile: Profile?, account: Account?, policy: Policy) {
        self.result = result
        self.profile = profile
        self.account = account
        self.policy = policy
    }

    /// Lints `path` as `profilelint` would (nearest configuration, suppressions, `options.account`) and keeps what
    /// the report needs.
    public static func load(path: String, options: LintRun.Options) throws(LoadError) -> ReportData {
        let run = LintRun(options: options)
        let policy: Policy
        let outcome: LintRun.Outcome
        let limits: InputLimits
        do {
            policy = try run.configuration(for: path).policy()
            limits = try run.limits(for: path)
            outcome = try run.run([.file(path)])
        } catch {
            throw .configuration(error)
        }
        guard let result = outcome.results.first(where: { $0.kind == .profile }) else {
            throw .input(.init(path: path, message: "no profile was read"))
        }
        if let error = result.error { throw .input(error) }
        // Reading again (not linting again) recovers the profile and account, which `FileResult` does not keep.
        // Not `try?`: a read that fails here must say so, not draw a report without the profile.
        var read: (document: ProfileDocument, account: Account?)?
        if let source = result.source {
            do { read = try ProfileReader.readWithAccountRecord(source, limits: limits.reader) } catch {
                throw .input(FileResult.InputError(error))
            }
        }
        return ReportData(
            result: result, profile: read?.document.profile,
            account: read?.account ?? options.account?.record, policy: policy)
    }
}
