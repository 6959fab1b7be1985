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

    /// The built `profilelint` binary (debug) that CLI tests spawn.
    public static var binary: String { repositoryRoot + "/.build/debug/profilelint" }
}
