import Foundation
import ProfileLintTestSupport
import Testing

/// `scripts/install.sh` (issue 13, item 1): a release build with the Swift runtime linked in, installed where the
/// user asks, that runs with nothing but the install folder and the system's folders on PATH.
@Suite(.serialized) struct InstallTests {
    /// The release build takes minutes on a shared machine: it runs where `scripts/test.sh` (and so CI) asks.
    static let enabled = ProcessInfo.processInfo.environment["PROFILELINT_INSTALL_TEST"] == "1"

    @Test(.enabled(if: enabled, "set PROFILELINT_INSTALL_TEST=1 (scripts/test.sh does) to build and install a release"))
    func installRunsWithoutAToolchainWorksAsAHookAndUninstalls() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let prefix = directory + "/bin"
        // Its own build folder: `swift test` holds the lock on .build while the tests run.
        let install = try CommandRunner.run(
            TestPaths.repositoryRoot + "/scripts/install.sh", [prefix],
            environment: [
                "PROFILELINT_BUILD_PATH": TestPaths.repositoryRoot + "/.build/install-test"
            ])
        #expect(install.status == 0, "\(install.stdout.suffix(2000))\(install.stderr.suffix(2000))")
        let binary = prefix + "/profilelint"
        #expect(install.stdout.contains("installed \(binary) (0."))
        #expect(FileManager.default.isExecutableFile(atPath: binary))

        // No Swift runtime library is loaded from the toolchain: the runtime is inside the binary.
        let ldd = try CommandRunner.run("/usr/bin/ldd", [binary])
        #expect(ldd.status == 0)
        #expect(!ldd.stdout.contains("libswiftCore.so"), "\(ldd.stdout)")
        #expect(!ldd.stdout.contains("not found"), "\(ldd.stdout)")
        // Linked position-dependent (`-no-pie`): the loader has no metadata pointers to relocate at every start.
        let header = try CommandRunner.run("/usr/bin/readelf", ["-h", binary])
        #expect(header.stdout.contains("EXEC (Executable file)"), "\(header.stdout)")

        // Only the install folder and the system's folders on PATH, as on a machine without Swift.
        let bare = ["PATH": prefix + ":/usr/bin:/bin", "LD_LIBRARY_PATH": ""]
        let run = try CommandRunner.run("/usr/bin/env", ["profilelint", "Samples/me.json"], environment: bare)
        let expected = try String(contentsOfFile: TestPaths.samples + "/expected/me.json.txt", encoding: .utf8)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == expected)

        // `hook install` from the installed binary: the hook calls it, and a commit with an error is blocked.
        let repository = directory + "/repo"
        try FileManager.default.createDirectory(atPath: repository, withIntermediateDirectories: true)
        var environment = GitHookTests.gitEnvironment
        for (key, value) in bare { environment[key] = value }
        let git = { (arguments: [String]) throws -> CommandResult in
            try CommandRunner.run("/usr/bin/git", arguments, in: repository, environment: environment)
        }
        _ = try git(["init", "-q", "-b", "main"])
        let hook = try CommandRunner.run(
            "/usr/bin/env", ["profilelint", "hook", "install"], in: repository,
            environment: environment)
        #expect(hook.status == 0, "\(hook.stderr)")
        let script = try String(contentsOfFile: repository + "/.git/hooks/pre-commit", encoding: .utf8)
        #expect(script.contains("'\(URL(fileURLWithPath: binary).standardizedFileURL.path)' hook run"))
        try Data(GitHookTests.risky.utf8).write(to: URL(fileURLWithPath: repository + "/me.json"))
        _ = try git(["add", "me.json"])
        let blocked = try git(["commit", "-m", "risky"])
        #expect(blocked.status != 0)
        #expect(blocked.stderr.contains("me.json:1:5034: error: the overview is 5,001 characters"))
        #expect(blocked.stderr.contains("commit blocked: 1 error in 1 file"))

        // The pre-commit framework's `profilelint` (system) hook finds the installed binary on PATH.
        var preCommitEnvironment = GitHookTests.gitEnvironment
        preCommitEnvironment["PATH"] = prefix + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        preCommitEnvironment["PRE_COMMIT_HOME"] = directory + "/.pre-commit-cache"
        try Data(GitHookTests.risky.utf8).write(to: URL(fileURLWithPath: repository + "/profile.json"))
        _ = try git(["add", "profile.json"])
        let framework = try CommandRunner.run(
            "/usr/bin/env",
            [
                "pre-commit", "try-repo", TestPaths.repositoryRoot, "profilelint", "--files", "profile.json",
                "--verbose",
            ], in: repository, environment: preCommitEnvironment)
        #expect(framework.status == 1, "\(framework.stdout.suffix(2000))\(framework.stderr.suffix(2000))")
        #expect(framework.stdout.contains("profile.json:1:5034: error: the overview is 5,001 characters"))

        let uninstall = try CommandRunner.run(
            TestPaths.repositoryRoot + "/scripts/install.sh", ["--uninstall", prefix])
        #expect(uninstall.status == 0)
        #expect(uninstall.stdout == "removed \(binary)\n")
        #expect(!FileManager.default.fileExists(atPath: binary))
    }

    @Test func theInstallScriptRefusesUnknownOptionsAndUninstallsNothingQuietly() throws {
        let script = TestPaths.repositoryRoot + "/scripts/install.sh"
        let unknown = try CommandRunner.run(script, ["--prefix=/tmp"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("install.sh: error: unknown option --prefix=/tmp\n"))
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let nothing = try CommandRunner.run(script, ["--uninstall", directory])
        #expect(nothing.status == 0)
        #expect(nothing.stdout == "install.sh: nothing to remove: \(directory)/profilelint does not exist\n")
        let help = try CommandRunner.run(script, ["--help"])
        #expect(help.stdout.contains("scripts/install.sh [PREFIX]"))
        #expect(help.stdout.contains("~/.local/bin, or /usr/local/bin when run as root"))
    }
}
