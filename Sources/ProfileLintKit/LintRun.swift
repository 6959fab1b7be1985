import AccountReading
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
        /// `--jobs`: how many files are linted at once (the output order never depends on it).
        public var jobs = ParallelMap.defaultJobs
        /// Whether results keep the file as read (`FileResult.source`), which only SARIF (UTF-16 columns) and the
        /// HTML report need. Off, a run over many saved pages holds one page at a time, not all of them.
        public var keepSources = true
        public init() {}
    }

    /// The most files linted at once (`--jobs`): each is a thread.
    public static let maxJobs = 256

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
    /// One linter per configuration file (`""` for the defaults): building one instantiates every rule and the
    /// eligibility policy, which cost more than linting a small profile when done for each of 10,000 files.
    private var linters: [String: Linter] = [:]
    /// `--as-of`, else today's date, read once so every file of a run is judged on the same day.
    private lazy var today = options.today ?? EligibilityCheck.localToday()

    /// A run with `options`.
    public init(options: Options) {
        self.options = options
        resolver = ConfigurationResolver(explicitPath: options.configPath)
    }

    /// The configuration that applies to `path` (the current folder's for `nil`), as `--print-config` shows it.
    public func configuration(for path: String?) throws(ConfigurationError) -> Configuration {
        try resolver.resolve(forInput: path).configuration
    }

    /// Lints every entry; results come in the entries' order whatever `jobs` is. A broken configuration file
    /// stops the run (exit 2).
    public func run(_ entries: [InputFiles.Entry], stdinName: String = "<stdin>") throws(ConfigurationError)
        -> Outcome
    {
        let project = try resolver.resolve(forInput: nil).configuration
        var jobs: [Job] = []
        for entry in entries {
            switch entry {
            case .unreadable(let path, let message):
                jobs.append(Job(path: path, plan: .failure(.init(path: path, message: message))))
            case .file(let path):
                jobs.append(try job(.file, path: path, configFor: path))
            case .standardInput(let name):
                jobs.append(try job(.standardInput, path: name, configFor: nil))
            }
        }
        var results = lintAll(jobs)
        for path in configurationsUsed.keys.sorted() {
            let unused = ledger.unused(in: configurationsUsed[path]!)
            if !unused.isEmpty {
                results.append(FileResult(path: path, kind: .configuration, format: nil, completeness: nil,
                                          marketplaceCompleteness: nil, findings: unused))
            }
        }
        return outcome(results, project)
    }

    /// Lints in-memory files (the git hook's staged blobs) named by their paths, which also find their configuration.
    public func run(staged files: [SourceFile]) throws(ConfigurationError) -> Outcome {
        let project = try resolver.resolve(forInput: nil).configuration
        var jobs: [Job] = []
        for file in files {
            jobs.append(try job(.inMemory(file), path: file.path, configFor: file.path))
        }
        return outcome(lintAll(jobs), project)
    }

    /// `--ndjson`: each line of `input` is one document, linted with the current folder's configuration. One
    /// compact JSON record per non-blank line goes to `write`, in input order, as soon as it is ready (reading,
    /// linting and writing overlap; memory stays bounded). A bad line yields an error record and the stream goes
    /// on. A line's `idKey` member, when it has one, is echoed in its record rather than reported as unknown.
    /// Returns the exit code.
    public func stream(_ input: @escaping NDJSONStream.ChunkSource, name: String = "<stdin>", idKey: String = "id",
                       write: ([UInt8]) -> Void) throws(ConfigurationError) -> Int32
    {
        let project = try resolver.resolve(forInput: nil).configuration
        guard case .success(let plan) = try job(.standardInput, path: name, configFor: nil).plan else { return 2 }
        let failOn = options.failOn ?? project.failOn ?? .error
        var tally = NDJSONStream.Tally(failOn: failOn)
        let lines = NDJSONStream.Lines(input, maxLineBytes: plan.maxBytes, name: name)
        NDJSONStream.pipeline(lines, jobs: options.jobs, process: { line in
            let result: FileResult
            var id: (key: String, json: [UInt8])?
            switch line.bytes {
            case .failure(let error):
                result = FileResult(path: name, kind: .profile, error: error)
            case .success(let bytes):
                var linted = plan.linter.lintRecord(SourceFile(path: name, bytes: bytes), idKey: idKey)
                if let range = linted.id { id = (idKey, Array(bytes[range])) }
                // Suppressions apply as in a run over files; which were used is never reported for a stream.
                var ledger = SuppressionLedger()
                if linted.result.error == nil {
                    (linted.result.findings, linted.result.suppressedFindings) = ledger.apply(
                        plan.configuration, to: linted.result.findings, path: name)
                }
                result = linted.result
            }
            return NDJSONStream.Record(result, line: line.number, id: id, failOn: failOn)
        }, write: write, tally: &tally)
        return tally.exitCode(maxWarnings: options.maxWarnings ?? project.maxWarnings)
    }

    /// `profilelint eligibility`: the account alone, or with the profile that feeds its completeness and conduct.
    public func eligibility(accountPath: String, profilePath: String?) throws(ConfigurationError) -> Outcome {
        let resolved = try resolver.resolve(forInput: accountPath)
        let check = EligibilityCheck(policy: try resolved.configuration.policy(),
                                     today: options.today ?? EligibilityCheck.localToday(),
                                     limits: options.limits.over(resolved.configuration.limits))
        let account: Account
        switch Self.readAccount(path: accountPath, maxBytes: options.limits.over(resolved.configuration.limits).fileBytes) {
        case .failure(let error):
            return outcome([FileResult(path: accountPath, kind: .account, error: error)], resolved.configuration)
        case .success(let record): account = record
        }
        // A full document (profile + account) is its own profile: its completeness is the profile criterion.
        if profilePath == nil, case .success(let source) = InputFiles.read(path: accountPath, maxBytes:
            options.limits.over(resolved.configuration.limits).fileBytes), AccountReader.isFullDocument(source) {
            return try run([.file(accountPath)])
        }
        guard let profilePath else {
            var result = FileResult(path: accountPath, kind: .account, format: nil, completeness: nil,
                                    marketplaceCompleteness: nil, findings: [])
            let model = options.model ?? resolved.configuration.model ?? .upwork
            result.accountPath = accountPath
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

    /// The configuration (and its rules) for an input; the current folder's for `nil`.
    func resolved(forInput path: String?) throws(ConfigurationError) -> ConfigurationResolver.Resolved {
        try resolver.resolve(forInput: path)
    }

    /// A run's outcome: `results`, the warnings met loading configuration, and the exit settings in force.
    func outcome(_ results: [FileResult], _ configuration: Configuration) -> Outcome {
        Outcome(results: results, configurationWarnings: resolver.warnings,
                failOn: options.failOn ?? configuration.failOn ?? .error,
                maxWarnings: options.maxWarnings ?? configuration.maxWarnings)
    }

    /// The limits in force for `path` (the current folder's for `nil`): the command line's, else the configuration's.
    public func limits(for path: String?) throws(ConfigurationError) -> InputLimits {
        options.limits.over(try resolver.resolve(forInput: path).configuration.limits)
    }

    /// Whether the git hook checks `path` whatever its content: it matches the configuration's `files` globs.
    package func isConfiguredHookTarget(_ path: String) throws(ConfigurationError) -> Bool {
        let configuration = try resolver.resolve(forInput: path).configuration
        let relative = PathGlob.relative(path, to: configuration.baseDirectory)
        return (configuration.files ?? []).contains { PathGlob.matches($0, relative) }
    }

    /// Whether the git hook checks a staged file that no `files` glob names: a `*.json`/`*.html` holding a
    /// profile document (`HookDefaults`).
    package func isSniffedHookTarget(_ file: SourceFile) -> Bool {
        guard HookDefaults.sniffedExtensions.contains((file.path as NSString).pathExtension.lowercased()),
              let limits = try? limits(for: file.path), file.bytes.count <= limits.fileBytes
        else { return false }
        return ProfileReader.isProfileDocument(file, limits: limits.reader)
    }

    // MARK: - Linting in parallel

    /// One input, with everything stateful (configuration lookup, the resolver's cache and warnings) already
    /// decided, so that reading and linting it touches nothing shared.
    struct Job: Sendable {
        enum Source: Sendable {
            case file
            case standardInput
            case inMemory(SourceFile)
        }

        /// What to read, with the configuration that applies, a linter built from it and the size limit in force.
        struct Plan: Sendable {
            var source: Source
            var configuration: Configuration
            var linter: Linter
            var maxBytes: Int
            var keepSource = true
        }

        var path: String
        /// The plan, or why the input cannot be read at all (it was never found).
        var plan: Result<Plan, FileResult.InputError>

        /// The input's result before suppressions, and whether it was read (only then do suppressions apply).
        func lint() -> (result: FileResult, read: Bool) {
            let plan: Plan
            switch self.plan {
            case .success(let value): plan = value
            case .failure(let error): return (FileResult(path: path, kind: .profile, error: error), false)
            }
            let read: Result<SourceFile, FileResult.InputError>
            switch plan.source {
            case .file: read = InputFiles.read(path: path, maxBytes: plan.maxBytes)
            case .standardInput: read = InputFiles.readStandardInput(name: path, maxBytes: plan.maxBytes)
            case .inMemory(let source):
                read = source.bytes.count > plan.maxBytes
                    ? .failure(.init(path: path, message: InputFiles.sizeMessage(source.bytes.count, plan.maxBytes)))
                    : .success(source)
            }
            switch read {
            case .success(let source):
                var result = plan.linter.lintProfile(source)
                if !plan.keepSource { result.source = nil }
                return (result, true)
            case .failure(let error): return (FileResult(path: path, kind: .profile, error: error), false)
            }
        }
    }

    /// Resolves the configuration for an input (sequentially: the resolver caches and collects warnings) and
    /// builds its linter.
    private func job(_ source: Job.Source, path: String, configFor configPath: String?) throws(ConfigurationError)
        -> Job
    {
        let resolved = try resolver.resolve(forInput: configPath)
        if let configFile = resolved.configuration.path { configurationsUsed[configFile] = resolved.configuration }
        let key = resolved.configuration.path ?? ""
        let limits = options.limits.over(resolved.configuration.limits)
        let linter: Linter
        if let cached = linters[key] {
            linter = cached
        } else {
            var lintOptions = LintOptions()
            lintOptions.model = options.model ?? resolved.configuration.model ?? .upwork
            lintOptions.rules = resolved.runner
            lintOptions.limits = limits.reader
            lintOptions.account = options.account
            lintOptions.eligibility = EligibilityCheck(policy: try resolved.configuration.policy(), today: today,
                                                       limits: limits)
            linter = Linter(options: lintOptions)
            linters[key] = linter
        }
        let plan = Job.Plan(source: source, configuration: resolved.configuration, linter: linter,
                            maxBytes: limits.fileBytes, keepSource: options.keepSources)
        return Job(path: path, plan: .success(plan))
    }

    /// Reads and lints the jobs on up to `options.jobs` threads, then applies suppressions in input order so the
    /// ledger (which suppressions were used) is the same whatever the thread count.
    private func lintAll(_ jobs: [Job]) -> [FileResult] {
        let linted = ParallelMap.map(jobs, jobs: options.jobs) { $0.lint() }
        var results: [FileResult] = []
        results.reserveCapacity(jobs.count)
        for (job, (result, read)) in zip(jobs, linted) {
            var result = result
            if read, case .success(let plan) = job.plan {
                (result.findings, result.suppressedFindings) = ledger.apply(plan.configuration, to: result.findings,
                                                                           path: job.path)
            }
            results.append(result)
        }
        return results
    }
}
