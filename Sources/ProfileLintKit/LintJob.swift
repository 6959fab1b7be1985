import ProfileModel

/// One input planned by `LintPlanner`: everything stateful (configuration lookup, the resolver's cache and
/// warnings, the linter cache) already decided, so that reading and linting it touches nothing shared and may run
/// on any thread.
struct LintJob: Sendable {
    enum Source: Sendable {
        case file
        /// A file found walking a folder: an account file there is passed over, not reported.
        case foundFile
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

    /// The input's result before suppressions, with the configuration whose suppressions apply to it: `nil` when
    /// it was not read (only a read input's findings are suppressed). `nil` for a found file that is no profile
    /// input (an account file), which the run passes over as the git hook does (`isSniffedHookTarget`).
    func lint() -> LintRun.Linted? {
        let plan: Plan
        switch self.plan {
        case .success(let value): plan = value
        case .failure(let error): return .init(FileResult(path: path, kind: .profile, error: error))
        }
        let read: Result<SourceFile, FileResult.InputError>
        switch plan.source {
        case .file, .foundFile: read = InputFiles.read(path: path, maxBytes: plan.maxBytes)
        case .standardInput: read = InputFiles.readStandardInput(name: path, maxBytes: plan.maxBytes)
        case .inMemory(let source):
            read =
                source.bytes.count > plan.maxBytes
                ? .failure(.init(path: path, message: InputFiles.sizeMessage(source.bytes.count, plan.maxBytes)))
                : .success(source)
        }
        switch read {
        case .success(let source):
            var result = plan.linter.lintProfile(source)
            if case .foundFile = plan.source, result.error?.isAccountFile == true { return nil }
            if !plan.keepSource { result.source = nil }
            return .init(result, suppressedBy: plan.configuration, at: path)
        case .failure(let error): return .init(FileResult(path: path, kind: .profile, error: error))
        }
    }
}
