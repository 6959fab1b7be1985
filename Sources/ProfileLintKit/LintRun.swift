import EligibilityEngine
import Foundation
import ProfileModel
import ProfileParsing
import ProfileRules

/// One `profilelint` run over many inputs: configuration lookup per file, linting, suppressions, and the
/// settings that decide the exit code.
public final class LintRun {
    /// Command-line settings; each overrides the configuration file's.
    public struct Options: Sendable {
        public var model: CompletenessModel?
        public var configPath: String?
        public var failOn: Severity?
        public var maxWarnings: Int?
        /// Input limits from the command line; each unset one comes from the configuration, else the default.
        public var limits = InputLimits()
        /// `--account`: an account record applied to every profile that has none of its own.
        public var account: (record: Account, path: String)?
        /// `--as-of`: the evaluation date when an account gives none.
        public var today: CalendarDate?
        public init() {}
    }

    /// What the run produced.
    public struct Outcome: Sendable {
        public var results: [FileResult]
        public var configurationWarnings: [ConfigurationWarning]
        public var failOn: Severity
        public var maxWarnings: Int?

        /// 2 when an input could not be read; 1 when a finding reaches `failOn` or warnings exceed `maxWarnings`.
        public var exitCode: Int32 {
            if results.contains(where: { $0.error != nil }) { return 2 }
            if results.contains(where: { $0.findings.contains { $0.severity >= failOn } }) { return 1 }
            if let maxWarnings, RunSummary(results).warnings > maxWarnings { return 1 }
            return 0
        }
    }

    private let options: Options
    private let resolver: ConfigurationResolver
    private var ledger = SuppressionLedger()
    private var configurationsUsed: [String: Configuration] = [:]

    /// A run with `options`.
    public init(options: Options) {
        self.options = options
        resolver = ConfigurationResolver(explicitPath: options.configPath)
    }

    /// The configuration that applies to `path` (the current folder's for `nil`), as `--print-config` shows it.
    public func configuration(for path: String?) throws(ConfigurationError) -> Configuration {
        try resolver.resolve(forInput: path).configuration
    }

    /// Lints every entry in order. A broken configuration file stops the run (exit 2).
    public func run(_ entries: [InputFiles.Entry], stdinName: String = "<stdin>") throws(ConfigurationError)
        -> Outcome
    {
        let project = try resolver.resolve(forInput: nil).configuration
        var results: [FileResult] = []
        for entry in entries {
            switch entry {
            case .unreadable(let path, let message):
                results.append(FileResult(path: path, kind: .profile, error: .init(path: path, message: message)))
            case .file(let path):
                results.append(try lint(InputFiles.read(path: path, maxBytes: try limits(for: path).fileBytes),
                                        path: path, configFor: path))
            case .standardInput(let name):
                results.append(try lint(InputFiles.readStandardInput(name: name,
                                                                     maxBytes: try limits(for: nil).fileBytes),
                                        path: name, configFor: nil))
            }
        }
        for path in configurationsUsed.keys.sorted() {
            let unused = ledger.unused(in: configurationsUsed[path]!)
            if !unused.isEmpty {
                results.append(FileResult(path: path, kind: .configuration, format: nil, completeness: nil,
                                          marketplaceCompleteness: nil, findings: unused))
            }
        }
        return Outcome(results: results, configurationWarnings: resolver.warnings,
                       failOn: options.failOn ?? project.failOn ?? .error,
                       maxWarnings: options.maxWarnings ?? project.maxWarnings)
    }

    /// Lints in-memory files (the git hook's staged blobs) named by their paths, which also find their configuration.
    public func run(staged files: [SourceFile]) throws(ConfigurationError) -> Outcome {
        let project = try resolver.resolve(forInput: nil).configuration
        var results: [FileResult] = []
        for file in files {
            let limit = try limits(for: file.path).fileBytes
            let read: Result<SourceFile, FileResult.InputError> = file.bytes.count > limit
                ? .failure(.init(path: file.path, message: InputFiles.sizeMessage(file.bytes.count, limit))) : .success(file)
            results.append(try lint(read, path: file.path, configFor: file.path))
        }
        return Outcome(results: results, configurationWarnings: resolver.warnings,
                       failOn: options.failOn ?? project.failOn ?? .error,
                       maxWarnings: options.maxWarnings ?? project.maxWarnings)
    }

    /// `profilelint eligibility`: the account alone, or with the profile that feeds its completeness and conduct.
    public func eligibility(accountPath: String, profilePath: String?) throws(ConfigurationError) -> Outcome {
        let resolved = try resolver.resolve(forInput: accountPath)
        let check = EligibilityCheck(policy: try resolved.configuration.policy(),
                                     today: options.today ?? EligibilityCheck.localToday())
        let account: Account
        switch Self.readAccount(path: accountPath, maxBytes: options.limits.over(resolved.configuration.limits).fileBytes) {
        case .failure(let error):
            return outcome([FileResult(path: accountPath, kind: .account, error: error)], resolved.configuration)
        case .success(let record): account = record
        }
        guard let profilePath else {
            var result = FileResult(path: accountPath, kind: .account, format: nil, completeness: nil,
                                    marketplaceCompleteness: nil, findings: [])
            let model = options.model ?? resolved.configuration.model ?? .upwork
            result.eligibility = check.evaluate(account, profile: nil, completeness: nil, accountPath: accountPath,
                                                model: model)
            return outcome([result], resolved.configuration)
        }
        var run = options
        run.account = (account, accountPath)
        return try LintRun(options: run).run([.file(profilePath)])
    }

    /// An account record from a file: a bare account or a document's `account` member.
    public static func readAccount(path: String, maxBytes: Int) -> Result<Account, FileResult.InputError> {
        switch InputFiles.read(path: path, maxBytes: maxBytes) {
        case .failure(let error): return .failure(error)
        case .success(let source):
            do {
                guard let account = try AccountReader.readAccount(source) else {
                    return .failure(.init(path: path, message: "no account record: expected a bare account or a "
                        + "document with an \"account\" member (see Docs/eligibility.md)"))
                }
                return .success(account)
            } catch {
                return .failure(FileResult.InputError(error))
            }
        }
    }

    private func outcome(_ results: [FileResult], _ configuration: Configuration) -> Outcome {
        Outcome(results: results, configurationWarnings: resolver.warnings,
                failOn: options.failOn ?? configuration.failOn ?? .error,
                maxWarnings: options.maxWarnings ?? configuration.maxWarnings)
    }

    /// The limits in force for `path` (the current folder's for `nil`): the command line's, else the configuration's.
    public func limits(for path: String?) throws(ConfigurationError) -> InputLimits {
        options.limits.over(try resolver.resolve(forInput: path).configuration.limits)
    }

    /// Whether `path` is one the git hook checks: the configuration's `files` globs, else `HookDefaults`.
    public func isHookTarget(_ path: String) throws(ConfigurationError) -> Bool {
        let configuration = try resolver.resolve(forInput: path).configuration
        let relative = PathGlob.relative(path, to: configuration.baseDirectory)
        return (configuration.files ?? HookDefaults.fileGlobs).contains { PathGlob.matches($0, relative) }
    }

    private func lint(_ read: Result<SourceFile, FileResult.InputError>, path: String, configFor configPath: String?)
        throws(ConfigurationError) -> FileResult
    {
        let resolved = try resolver.resolve(forInput: configPath)
        if let configFile = resolved.configuration.path { configurationsUsed[configFile] = resolved.configuration }
        var lintOptions = LintOptions()
        lintOptions.model = options.model ?? resolved.configuration.model ?? .upwork
        lintOptions.rules = resolved.runner
        let limits = options.limits.over(resolved.configuration.limits)
        lintOptions.maxFileBytes = limits.fileBytes
        lintOptions.limits = limits.reader
        lintOptions.account = options.account
        lintOptions.eligibility = EligibilityCheck(policy: try resolved.configuration.policy(),
                                                   today: options.today ?? EligibilityCheck.localToday())
        var result: FileResult
        switch read {
        case .success(let source): result = Linter(options: lintOptions).lintProfile(source)
        case .failure(let error): return FileResult(path: path, kind: .profile, error: error)
        }
        let (kept, suppressed) = ledger.apply(resolved.configuration, to: result.findings, path: path)
        result.findings = kept
        result.suppressedFindings = suppressed
        return result
    }
}
