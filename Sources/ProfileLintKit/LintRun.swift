import AccountReading
import EligibilityEngine
import Foundation
import ProfileModel
import ProfileParsing
import ProfileRules

/// One `profilelint` session: its entry points (files, staged blobs, an NDJSON stream, an account's eligibility, a
/// proposal) plan their inputs with the session's `LintPlanner`, lint them, and share one ending — suppressions in
/// input order, the unused ones where the entry point reports them, and the `Outcome` with its exit settings.
/// Docs/architecture.md follows one file through it.
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

    /// What an entry point hands the ending for one input: its result before suppressions, and the configuration
    /// whose suppressions apply to it with the path they match (`nil` when none do: the input was not read).
    struct Linted: Sendable {
        var result: FileResult
        var suppressions: (configuration: Configuration, path: String)?

        /// `result`, suppressed by `configuration` as the file at `path` (the result's own path by default).
        init(_ result: FileResult, suppressedBy configuration: Configuration? = nil, at path: String? = nil) {
            self.result = result
            suppressions = configuration.map { ($0, path ?? result.path) }
        }
    }

    /// Configuration and linter caches, and every input's plan.
    package let planner: LintPlanner
    /// Which suppressions this session used, and which were in scope of a file it read.
    private var ledger = SuppressionLedger()

    /// A run with `options`.
    public init(options: Options) {
        planner = LintPlanner(options: options)
    }

    /// The configuration that applies to `path` (the current folder's for `nil`), as `--print-config` shows it.
    public func configuration(for path: String?) throws(ConfigurationError) -> Configuration {
        try planner.resolve(forInput: path).configuration
    }

    /// The limits in force for `path` (the current folder's for `nil`): the command line's, else the configuration's.
    public func limits(for path: String?) throws(ConfigurationError) -> InputLimits {
        planner.limits(under: try configuration(for: path))
    }

    /// Whether the git hook checks `path` whatever its content: it matches the configuration's `files` globs.
    package func isConfiguredHookTarget(_ path: String) throws(ConfigurationError) -> Bool {
        try planner.isConfiguredHookTarget(path)
    }

    /// Whether the git hook checks a staged file that no `files` glob names: a `*.json`/`*.html` holding a
    /// profile document (`HookDefaults`).
    package func isSniffedHookTarget(_ file: SourceFile) -> Bool { planner.isSniffedHookTarget(file) }

    // MARK: - Entry points

    /// Lints every entry; results come in the entries' order whatever `jobs` is. A broken configuration file
    /// stops the run (exit 2). Suppressions of a configuration that silenced nothing are reported.
    public func run(
        _ entries: [InputFiles.Entry], stdinName: String = "<stdin>"
    ) throws(ConfigurationError)
        -> Outcome
    {
        let project = try planner.resolve(forInput: nil).configuration
        var jobs: [LintJob] = []
        for entry in entries { jobs.append(try planner.job(for: entry)) }
        return end(lintInParallel(jobs), exitSettings: project, reportingUnusedSuppressions: true)
    }

    /// Lints in-memory files (the git hook's staged blobs) named by their paths, which also find their configuration.
    public func run(staged files: [SourceFile]) throws(ConfigurationError) -> Outcome {
        let project = try planner.resolve(forInput: nil).configuration
        var jobs: [LintJob] = []
        for file in files { jobs.append(try planner.job(.inMemory(file), path: file.path, configFor: file.path)) }
        return end(lintInParallel(jobs), exitSettings: project, reportingUnusedSuppressions: false)
    }

    /// `--ndjson`: each line of `input` is one document, linted with the current folder's configuration. One
    /// compact JSON record per non-blank line goes to `write`, in input order, as soon as it is ready (reading,
    /// linting and writing overlap; memory stays bounded). A bad line yields an error record and the stream goes
    /// on. A line's `idKey` member, when it has one, is echoed in its record rather than reported as unknown.
    /// Returns the exit code.
    ///
    /// Records leave before the stream ends, so there is no `Outcome`: each line gets the ending's suppressions
    /// on its worker thread (which were used is never reported for a stream), and `NDJSONStream.Tally` counts
    /// the exit code by `Outcome.exitCode`'s rules.
    public func stream(
        _ input: @escaping NDJSONStream.ChunkSource, name: String = "<stdin>", idKey: String = "id",
        write: ([UInt8]) -> Void
    ) throws(ConfigurationError) -> Int32 {
        let project = try planner.resolve(forInput: nil).configuration
        guard case .success(let plan) = try planner.job(.standardInput, path: name, configFor: nil).plan else {
            return 2
        }
        let failOn = planner.failOn(under: project)
        var tally = NDJSONStream.Tally(failOn: failOn)
        let lines = NDJSONStream.Lines(input, maxLineBytes: plan.maxBytes, name: name)
        NDJSONStream.pipeline(
            lines, jobs: planner.options.jobs,
            process: { line in
                let result: FileResult
                var id: (key: String, json: [UInt8])?
                switch line.bytes {
                case .failure(let error):
                    result = FileResult(path: name, kind: .profile, error: error)
                case .success(let bytes):
                    let linted = plan.linter.lintRecord(SourceFile(path: name, bytes: bytes), idKey: idKey)
                    if let range = linted.id { id = (idKey, Array(bytes[range])) }
                    var ledger = SuppressionLedger()
                    let suppressions = linted.result.error == nil ? plan.configuration : nil
                    result = Self.suppress(Linted(linted.result, suppressedBy: suppressions, at: name), in: &ledger)
                }
                return NDJSONStream.Record(result, line: line.number, id: id, failOn: failOn)
            }, write: write, tally: &tally)
        return tally.exitCode(maxWarnings: planner.maxWarnings(under: project))
    }

    /// `profilelint eligibility`: the account alone, or with the profile that feeds its completeness and conduct.
    /// The account file is read once, under its configuration's limits.
    public func eligibility(accountPath: String, profilePath: String?) throws(ConfigurationError) -> Outcome {
        let configuration = try planner.resolve(forInput: accountPath).configuration
        let check = try planner.eligibilityCheck(under: configuration)
        let read = InputFiles.read(path: accountPath, maxBytes: planner.limits(under: configuration).fileBytes)
        let account: Account
        switch read.flatMap(Self.account(in:)) {
        case .failure(let error):
            return end(
                [Linted(FileResult(path: accountPath, kind: .account, error: error))],
                exitSettings: configuration, reportingUnusedSuppressions: false)
        case .success(let record): account = record
        }
        // A full document (profile + account) is its own profile: its completeness is the profile criterion.
        if profilePath == nil, case .success(let source) = read, AccountReader.isFullDocument(source) {
            let project = try planner.resolve(forInput: nil).configuration
            let job = try planner.job(.inMemory(source), path: accountPath, configFor: accountPath)
            return end(lintInParallel([job]), exitSettings: project, reportingUnusedSuppressions: true)
        }
        guard let profilePath else {
            var result = FileResult(
                path: accountPath, kind: .account, format: nil, completeness: nil,
                marketplaceCompleteness: nil, findings: [])
            result.accountPath = accountPath
            result.eligibility = check.evaluate(
                account, profile: nil, completeness: nil, accountPath: accountPath,
                model: planner.model(under: configuration))
            return end([Linted(result)], exitSettings: configuration, reportingUnusedSuppressions: false)
        }
        // The account is part of the profile's plan (as `--account`: its linter evaluates it), so the profile is
        // a run of its own, with that run's configuration warnings and exit settings.
        var options = planner.options
        options.account = (account, accountPath)
        return try LintRun(options: options).run([.file(profilePath)])
    }

    /// `profilelint proposal`: the cover letter under its configuration (the current folder's for standard input),
    /// with its job post, profile and past letters (`ProposalCheck.check`). The letter's suppressions apply; which
    /// were used is not reported.
    public func proposal(_ inputs: ProposalCheck.Inputs) throws(ConfigurationError) -> Outcome {
        let resolved = try planner.resolve(forInput: inputs.cover == "-" ? nil : inputs.cover)
        let configuration = resolved.configuration
        let linted = ProposalCheck.check(
            inputs, under: resolved, model: planner.model(under: configuration),
            limits: planner.limits(under: configuration))
        return end(linted, exitSettings: configuration, reportingUnusedSuppressions: false)
    }

    /// An account record from a file: a bare account or a document's `account` member.
    public static func readAccount(path: String, maxBytes: Int) -> Result<Account, FileResult.InputError> {
        InputFiles.read(path: path, maxBytes: maxBytes).flatMap(account(in:))
    }

    /// The account record a file holds: bare, or a document's `account` member.
    static func account(in source: SourceFile) -> Result<Account, FileResult.InputError> {
        do {
            guard let account = try AccountReader.readAccount(source) else {
                return .failure(
                    .init(
                        path: source.path,
                        message: "no account record: expected a bare account or a "
                            + "document with an \"account\" member (see Docs/eligibility.md)"))
            }
            return .success(account)
        } catch {
            return .failure(FileResult.InputError(error))
        }
    }

    // MARK: - Linting and the one ending

    /// Reads and lints the jobs on up to `options.jobs` threads; results keep the jobs' order.
    private func lintInParallel(_ jobs: [LintJob]) -> [Linted] {
        ParallelMap.map(jobs, jobs: planner.options.jobs) { $0.lint() }.compactMap { $0 }
    }

    /// Every entry point's ending. Suppressions apply in input order, so the ledger (which were used) is the same
    /// whatever the thread count; with `reportingUnusedSuppressions`, each configuration file that applied to an
    /// input adds a `.configuration` result for its suppressions that silenced nothing. The exit settings are
    /// `exitSettings`' unless the command line sets them.
    private func end(
        _ linted: [Linted], exitSettings configuration: Configuration,
        reportingUnusedSuppressions: Bool
    ) -> Outcome {
        var results: [FileResult] = []
        results.reserveCapacity(linted.count)
        for item in linted { results.append(Self.suppress(item, in: &ledger)) }
        if reportingUnusedSuppressions {
            let used = planner.configurationsUsed
            for path in used.keys.sorted() {
                let unused = ledger.unused(in: used[path]!)
                if !unused.isEmpty {
                    results.append(
                        FileResult(
                            path: path, kind: .configuration, format: nil, completeness: nil,
                            marketplaceCompleteness: nil, findings: unused))
                }
            }
        }
        return Outcome(
            results: results, configurationWarnings: planner.warnings,
            failOn: planner.failOn(under: configuration),
            maxWarnings: planner.maxWarnings(under: configuration))
    }

    /// `linted`'s result with the findings its configuration suppresses moved to `suppressedFindings`.
    private static func suppress(_ linted: Linted, in ledger: inout SuppressionLedger) -> FileResult {
        var result = linted.result
        if let (configuration, path) = linted.suppressions {
            (result.findings, result.suppressedFindings) = ledger.apply(
                configuration, to: result.findings,
                path: path)
        }
        return result
    }
}

@available(*, unavailable, message: "a session plans and ends its runs in order; hand its LintJobs to other threads")
extension LintRun: Sendable {}
