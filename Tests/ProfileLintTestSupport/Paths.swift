import Foundation

/// Paths tests need, found from this file's location (never from the working directory).
public enum TestPaths {
    /// The repository root.
    public static let repositoryRoot: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/ProfileLintTestSupport/Paths.swift
        return parts.joined(separator: "/")
    }()

    /// `Samples/` in the repository.
    public static var samples: String { repositoryRoot + "/Samples" }

    /// `../shared/realdata`, real inputs nobody here wrote; absent on machines without the shared folder.
    public static var realData: String { repositoryRoot + "/../shared/realdata" }

    /// The built `profilelint` binary that CLI tests spawn: `PROFILELINT_BINARY` when set, else the one built
    /// beside the running test bundle (so any `--scratch-path` works), else `.build/debug/profilelint`.
    public static var binary: String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["PROFILELINT_BINARY"], !path.isEmpty { return path }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("profilelint").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return repositoryRoot + "/.build/debug/profilelint"
    }
}
