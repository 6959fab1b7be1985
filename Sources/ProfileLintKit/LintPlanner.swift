import EligibilityEngine
import Foundation
import ProfileModel
import ProfileParsing
import ProfileRules

/// Plans a run before anything is read: the configuration that applies to each input (looked up once per folder,
/// its warnings collected once per file), one linter per configuration file, and what every input needs — limits,
/// completeness model, the eligibility check — resolved into a `LintJob`.
///
/// Planning is sequential, so the warnings and caches come out the same whatever `--jobs` is; what it hands out
/// (`LintJob`, `Linter`, `EligibilityCheck`) is `Sendable` and is what the worker threads see. The planner itself is
/// not: it belongs to one `LintRun`.
package final class LintPlanner {
    package let options: LintRun.Options
    private let resolver: ConfigurationResolver
    /// One linter per configuration file (`""` for the defaults): building one instantiates every rule and the
    /// eligibility policy, which cost more than linting a small profile when done for each of 10,000 files.
    private var linters: [String: Linter] = [:]
    /// The configuration files that applied to a planned input, by path.
    private(set) var configurationsUsed: [String: Configuration] = [:]
    /// Agency members' profile scores, shared by every eligibility check of the run: a member file is read once per
    /// run (for each model and limits it is scored under), however many profiles and configuration files name it.
    let memberScores = MemberProfiles.Cache()
    /// `--as-of`, else today's date, read once so every file of a run is judged on the same day.
    private(set) lazy var today = options.today ?? EligibilityCheck.localToday()

    /// A planner for a run with `options`.
    package init(options: LintRun.Options) {
        self.options = options
        resolver = ConfigurationResolver(explicitPath: options.configPath)
    }

    /// The warnings met so far loading configuration files, once per file.
    package var warnings: [ConfigurationWarning] { resolver.warnings }

    /// The configuration (and its rules) for an input; the current folder's for `nil`.
    package func resolve(forInput path: String?) throws(ConfigurationError) -> ConfigurationResolver.Resolved {
        try resolver.resolve(forInput: path)
    }

    // MARK: - Settings in force under a configuration (the command line's first)

    /// The input limits: the command line's, else the configuration's, else the defaults.
    func limits(under configuration: Configuration) -> InputLimits { options.limits.over(configuration.limits) }

    /// The completeness model.
    func model(under configuration: Configuration) -> CompletenessModel {
        options.model ?? configuration.model ?? .upwork
    }

    /// The severity that fails the run.
    func failOn(under configuration: Configuration) -> Severity { options.failOn ?? configuration.failOn ?? .error }

    /// The most warnings allowed.
    func maxWarnings(under configuration: Configuration) -> Int? { options.maxWarnings ?? configuration.maxWarnings }

    /// The eligibility check: the configuration's policy, the run's date, its limits and its member-profile cache.
    func eligibilityCheck(under configuration: Configuration) throws(ConfigurationError) -> EligibilityCheck {
        EligibilityCheck(
            policy: try configuration.policy(), today: today, limits: limits(under: configuration),
            memberScores: memberScores)
    }

    // MARK: - Jobs

    /// The job for one entry of the command line.
    func job(for entry: InputFiles.Entry) throws(ConfigurationError) -> LintJob {
        switch entry {
        case .unreadable(let path, let message):
            LintJob(path: path, plan: .failure(.init(path: path, message: message)))
        case .file(let path):
            try job(.file, path: path, configFor: path)
        case .found(let path):
            try job(.foundFile, path: path, configFor: path)
        case .standardInput(let name):
            try job(.standardInput, path: name, configFor: nil)
        }
    }

    /// Resolves the configuration for an input (`configPath`; the current folder's for `nil`) and builds, or
    /// reuses, its linter.
    func job(
        _ source: LintJob.Source, path: String, configFor configPath: String?
    ) throws(ConfigurationError)
        -> LintJob
    {
        let resolved = try resolver.resolve(forInput: configPath)
        let configuration = resolved.configuration
        if let configFile = configuration.path { configurationsUsed[configFile] = configuration }
        let key = configuration.path ?? ""
        let linter: Linter
        if let cached = linters[key] {
            linter = cached
        } else {
            var lintOptions = LintOptions()
            lintOptions.model = model(under: configuration)
            lintOptions.rules = resolved.runner
            lintOptions.limits = limits(under: configuration).reader
            lintOptions.account = options.account
            lintOptions.eligibility = try eligibilityCheck(under: configuration)
            linter = Linter(options: lintOptions)
            linters[key] = linter
        }
        let plan = LintJob.Plan(
            source: source, configuration: configuration, linter: linter,
            maxBytes: limits(under: configuration).fileBytes, keepSource: options.keepSources)
        return LintJob(path: path, plan: .success(plan))
    }

    // MARK: - Hook targets

    /// Whether the git hook checks `path` whatever its content: it matches the configuration's `files` globs.
    func isConfiguredHookTarget(_ path: String) throws(ConfigurationError) -> Bool {
        let configuration = try resolver.resolve(forInput: path).configuration
        let relative = PathGlob.relative(path, to: configuration.baseDirectory)
        return (configuration.files ?? []).contains { PathGlob.matches($0, relative) }
    }

    /// Whether the git hook checks a staged file that no `files` glob names: a `*.json`/`*.html` holding a
    /// profile document (`HookDefaults`).
    func isSniffedHookTarget(_ file: SourceFile) -> Bool {
        guard HookDefaults.sniffedExtensions.contains((file.path as NSString).pathExtension.lowercased()),
            let configuration = try? resolver.resolve(forInput: file.path).configuration
        else { return false }
        let limits = limits(under: configuration)
        guard file.bytes.count <= limits.fileBytes else { return false }
        return ProfileReader.isProfileDocument(file, limits: limits.reader)
    }
}

@available(*, unavailable, message: "a planner belongs to one LintRun; hand its LintJobs to other threads")
extension LintPlanner: Sendable {}
