import ProfileModel
import ProfileParsing
import ProfileRules

/// Options for a lint run.
public struct LintOptions: Sendable {
    /// The completeness table to score against.
    public var model: CompletenessModel = .upwork
    /// Input limits.
    public var limits = ReaderLimits()
    /// The largest file read, in bytes.
    public var maxFileBytes = 16 * 1024 * 1024
    /// The rules in force.
    public var rules = RuleRunner()

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
            var result = lint(try read(source))
            result.source = source
            return result
        } catch {
            return FileResult(path: source.path, kind: .profile, error: error)
        }
    }

    /// Reads a profile file already in memory.
    public func read(_ source: SourceFile) throws(FileResult.InputError) -> ProfileDocument {
        do {
            return try ProfileReader.read(source, limits: options.limits)
        } catch {
            throw FileResult.InputError(error)
        }
    }

    /// Checks a profile that has been read.
    public func lint(_ document: ProfileDocument) -> FileResult {
        let findings = options.rules.run(RuleInput(document: document))
        let completeness = CompletenessScorer.score(document.profile, model: options.model)
        var result = FileResult(path: document.source.path, kind: .profile, format: document.format,
                                completeness: completeness,
                                marketplaceCompleteness: document.profile.marketplaceCompleteness, findings: findings)
        result.marketplaceNote = document.profile.marketplaceCompleteness.flatMap {
            MarketplaceComparison.explain(document.profile, ours: completeness, marketplace: $0)
        }
        return result
    }
}

extension FileResult.InputError {
    /// The error a parse failure reports.
    public init(_ error: ProfileParseError) {
        self.init(path: error.file, message: error.message, line: error.location?.line,
                  column: error.location?.column)
    }
}
