import AccountReading
import EligibilityEngine
import PositionedJSON
import ProfileModel
import ProfileParsing
import ProfileRules

/// Options for a lint run.
public struct LintOptions: Sendable {
    /// The completeness table to score against.
    public var model: CompletenessModel = .upwork
    /// Input limits.
    public var limits = ReaderLimits()
    /// The rules in force.
    public var rules = RuleRunner()
    /// Policy and date for eligibility, evaluated when an input carries an account record.
    public var eligibility = EligibilityCheck()
    /// An account record given apart from the profile (`--account`), and the file it came from.
    public var account: (record: Account, path: String)?

    /// The defaults.
    public init() {}
}

/// Checks profiles: read → parse → rules → completeness. Everything the CLI does, in process.
public struct Linter: Sendable {
    public var options: LintOptions

    /// A linter with `options`.
    public init(options: LintOptions = LintOptions()) {
        self.options = options
    }

    /// Checks one profile file already in memory.
    public func lintProfile(_ source: SourceFile) -> FileResult {
        do {
            let (document, account) = try readWithAccount(source)
            var result = lint(document, account: account)
            result.source = source
            return result
        } catch {
            return FileResult(path: source.path, kind: .profile, error: error)
        }
    }

    /// Checks one `--ndjson` record: as `lintProfile`, except that a top-level `idKey` member is the caller's, not
    /// the profile's (never an unknown field); its byte range in the line is returned for echoing.
    public func lintRecord(_ source: SourceFile, idKey: String) -> (result: FileResult, id: Range<Int>?) {
        do {
            let (document, accountNode, id) = try ProfileReader.readRecord(source, idKey: idKey, limits: options.limits)
            var account: Account?
            if let accountNode { account = try AccountReader.readAccount(member: accountNode, source: source) }
            var result = lint(document, account: account)
            result.source = source
            return (result, id)
        } catch {
            return (FileResult(path: source.path, kind: .profile, error: FileResult.InputError(error)), nil)
        }
    }

    /// Reads a profile file already in memory.
    public func read(_ source: SourceFile) throws(FileResult.InputError) -> ProfileDocument {
        try readWithAccount(source).document
    }

    /// Reads a profile file and the account record it carries, if any.
    public func readWithAccount(
        _ source: SourceFile
    ) throws(FileResult.InputError)
        -> (document: ProfileDocument, account: Account?)
    {
        do {
            return try ProfileReader.readWithAccountRecord(source, limits: options.limits)
        } catch {
            throw FileResult.InputError(error)
        }
    }

    /// Checks a profile that has been read; eligibility is evaluated when there is an account record (the
    /// document's own, else `--account`'s).
    public func lint(_ document: ProfileDocument, account: Account? = nil) -> FileResult {
        let findings = options.rules.run(RuleInput(document: document))
        let completeness = CompletenessScorer.score(document.profile, model: options.model)
        var result = FileResult(
            path: document.source.path, kind: .profile, format: document.format,
            completeness: completeness,
            marketplaceCompleteness: document.profile.marketplaceCompleteness, findings: findings)
        result.specializedReadiness = SpecializedReadiness.assess(document.profile)
        result.marketplaceNote = document.profile.marketplaceCompleteness.flatMap {
            MarketplaceComparison.explain(document.profile, ours: completeness, marketplace: $0)
        }
        let record = account.map { ($0, document.source.path) } ?? options.account.map { ($0.record, $0.path) }
        if let (account, path) = record {
            result.accountPath = path
            result.eligibility = options.eligibility.evaluate(
                account, profile: document.profile, completeness: completeness.score, accountPath: path,
                model: options.model)
        }
        return result
    }
}

extension ProfileReader {
    /// The profile and the account record its document carries: ProfileParsing hands back the raw `account` member
    /// and AccountReading maps it, so parsing profiles needs nothing of the engine.
    static func readWithAccountRecord(
        _ source: SourceFile, limits: ReaderLimits
    )
        throws(ProfileParseError) -> (document: ProfileDocument, account: Account?)
    {
        let (document, accountNode) = try readWithAccount(source, limits: limits)
        guard let accountNode else {
            // A bare account maps to an empty profile whose members are all unknown fields: say what the file is
            // instead. Only a document with an account key among its unknown fields can be one, so a profile
            // (even one with a typo in a key) is not parsed again.
            if document.format == .profilelintJSON,
                AccountReader.mayBeBareAccount(unknownKeys: document.profile.unknownFields.lazy.map(\.key.value)),
                AccountReader.isBareAccountFile(source, limits: limits)
            {
                throw accountFileError(source.path)
            }
            return (document, nil)
        }
        return (document, try AccountReader.readAccount(member: accountNode, source: source))
    }

    /// The error for an account file given as a profile.
    static func accountFileError(_ path: String) -> ProfileParseError {
        .unsupportedFormat(
            file: path,
            detail: "an account file (eligibility input), not a profile: check it with "
                + "`profilelint eligibility \(path)`")
    }
}

extension FileResult.InputError {
    /// Whether the input was an account file given as a profile (`ProfileReader.accountFileError`).
    var isAccountFile: Bool { cause == ProfileReader.accountFileError(path) }
}

extension FileResult.InputError {
    /// The error a parse failure reports.
    public init(_ error: ProfileParseError) {
        self.init(
            path: error.file, message: error.message, line: error.location?.line,
            column: error.location?.column)
        cause = error
    }
}
