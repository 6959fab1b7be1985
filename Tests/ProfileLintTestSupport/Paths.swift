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

    /// The built `profilelint` binary (debug) that CLI tests spawn; `PROFILELINT_BINARY` names another build's
    /// (a separate `--scratch-path`).
    public static var binary: String {
        if let path = ProcessInfo.processInfo.environment["PROFILELINT_BINARY"], !path.isEmpty { return path }
        return repositoryRoot + "/.build/debug/profilelint"
    }
}
