import Foundation
import ProfileLintTestSupport
import Testing

/// The pre-commit hook in real git repositories: what blocks a commit, what doesn't, and that nothing of the
/// user's is touched.
@Suite(.serialized) struct GitHookTests {
    static let gitEnvironment = [
        "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1",
    ]
    /// 5,001 characters: over the overview limit, an error by default.
    static let risky = #"{"title": "Editor", "overview": "\#(String(repeating: "a", count: 5001))"}"#
    static let clean = #"{"title": "Editor", "overview": "Short and fine."}"#

    struct Repository {
        let path: String

        @discardableResult
        func git(_ arguments: String...) throws -> CommandResult {
            try CommandRunner.run(
                "/usr/bin/env", ["git"] + arguments, in: path, environment: GitHookTests.gitEnvironment)
        }

        func profilelint(_ arguments: String...) throws -> CommandResult {
            try CommandRunner.profilelint(arguments, in: path, environment: GitHookTests.gitEnvironment)
        }

        func write(_ name: String, _ text: String) throws {
            let file = path + "/" + name
            try FileManager.default.createDirectory(
                atPath: (file as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        }

        func read(_ name: String) throws -> String { try String(contentsOfFile: path + "/" + name, encoding: .utf8) }
    }

    func repository() throws -> Repository {
        let repository = Repository(path: try CommandRunner.temporaryDirectory())
        try repository.git("init", "-q", "-b", "main")
        try repository.write("README.md", "notes\n")
        try repository.git("add", "README.md")
        try repository.git("commit", "-q", "-m", "start")
        return repository
    }

    @Test func aStagedErrorBlocksTheCommitAndAStagedFixLetsItThrough() throws {
        let repo = try repository()
        defer { try? FileManager.default.removeItem(atPath: repo.path) }
        let install = try repo.profilelint("hook", "install")
        #expect(install.status == 0)
        #expect(install.stdout.hasSuffix("/.git/hooks/pre-commit\n"))

        try repo.write("profile.json", Self.risky)
        try repo.git("add", "profile.json")
        let blocked = try repo.git("commit", "-m", "risky")
        #expect(blocked.status != 0)
        // git shows a hook's output on standard error.
        #expect(
            blocked.stderr.contains(
                "profile.json:1:5034: error: the overview is 5,001 characters; Upwork refuses more than "
                    + "5,000 (1 over) [overview-too-long]"))

        // Fixed in the working tree only: the staged content still has the error, so the commit is still blocked,
        // and the working-tree fix is left exactly as the user wrote it.
        try repo.write("profile.json", Self.clean)
        let stillBlocked = try repo.git("commit", "-m", "risky")
        #expect(stillBlocked.status != 0)
        #expect(try repo.read("profile.json") == Self.clean)
        #expect(try repo.git("status", "--porcelain").stdout == "AM profile.json\n")

        try repo.git("add", "profile.json")
        let allowed = try repo.git("commit", "-m", "clean")
        #expect(allowed.status == 0, "\(allowed.stdout)\(allowed.stderr)")
    }

    @Test func aCleanStagedFileWithADirtyWorkingTreePasses() throws {
        let repo = try repository()
        defer { try? FileManager.default.removeItem(atPath: repo.path) }
        #expect(try repo.profilelint("hook", "install").status == 0)
        try repo.write("me.profile.json", Self.clean)
        try repo.git("add", "me.profile.json")
        try repo.write("me.profile.json", Self.risky)
        #expect(try repo.git("commit", "-q", "-m", "clean staged").status == 0)
        #expect(try repo.read("me.profile.json") == Self.risky, "the unstaged change survives the hook")
    }

    @Test func noVerifyBypassesAndJSONThatIsNoProfileIsIgnored() throws {
        let repo = try repository()
        defer { try? FileManager.default.removeItem(atPath: repo.path) }
        #expect(try repo.profilelint("hook", "install").status == 0)
        try repo.write(
            "data/settings.json",
            #"{"editor.tabSize": 4, "overview": "\#(String(repeating: "a", count: 5001))", "x": 1, "y": 2}"#)
        try repo.git("add", "data/settings.json")
        #expect(try repo.git("commit", "-q", "-m", "not a profile").status == 0)
        try repo.write("profiles/ana.json", Self.risky)
        try repo.git("add", "profiles/ana.json")
        #expect(try repo.git("commit", "-q", "-m", "risky").status != 0)
        #expect(try repo.git("commit", "-q", "--no-verify", "-m", "risky anyway").status == 0)
    }

    /// Issue 12, family 6: a staged file whose name is also a git path spec or revision (`0:x` reads index stage 0
    /// of `x`, `:x` the index entry of `x`, `*` and `[1]` glob) is read as itself, by its object id: its own risky
    /// content blocks the commit although the file its name points at is clean.
    @Test func pathSpecNamesAreReadAsThemselves() throws {
        for name in [
            "0:x.profile.json", ":x.profile.json", "::x.profile.json", ":(glob)x.profile.json",
            "*.profile.json", "x[1].profile.json", " x.profile.json", "HEAD:x.profile.json",
            "x.profile.json@{0}.profile.json",
        ] {
            let repo = try repository()
            defer { try? FileManager.default.removeItem(atPath: repo.path) }
            try repo.write("x.profile.json", Self.clean)
            try repo.write("x1.profile.json", Self.clean)
            try repo.git("add", "x.profile.json", "x1.profile.json")
            try repo.git("commit", "-q", "-m", "clean decoys")
            try repo.write(name, Self.risky)
            try repo.git("--literal-pathspecs", "add", "--", name)
            let run = try repo.profilelint("hook", "run")
            #expect(run.status == 1, "\(name): \(run.status) \(run.stdout)\(run.stderr)")
            #expect(run.stdout.contains("\(name):1:5034: error:"), "\(name): \(run.stdout)\(run.stderr)")
        }
    }

    @Test func configuredGlobsChooseTheFiles() throws {
        let repo = try repository()
        defer { try? FileManager.default.removeItem(atPath: repo.path) }
        // Globs add files whatever their name; a *.json that is no profile and matches none is left alone.
        try repo.write(".profilelint.yml", "files: [\"freelancers/*.txt\"]\n")
        #expect(try repo.profilelint("hook", "install").status == 0)
        try repo.write("notes.txt", Self.risky)
        try repo.write("freelancers/bo.txt", Self.risky)
        try repo.git("add", "notes.txt")
        #expect(try repo.git("commit", "-q", "-m", "outside the configured globs").status == 0)
        try repo.git("add", "freelancers/bo.txt")
        let blocked = try repo.git("commit", "-m", "inside")
        #expect(blocked.status != 0)
        #expect(blocked.stderr.contains("freelancers/bo.txt:1:"))
    }

    @Test func anExistingHookIsRefusedChainedOrReplacedAndUninstallRestoresIt() throws {
        let repo = try repository()
        defer { try? FileManager.default.removeItem(atPath: repo.path) }
        let hook = repo.path + "/.git/hooks/pre-commit"
        let theirs = "#!/bin/sh\necho their-hook-ran\nexit 0\n"
        try Data(theirs.utf8).write(to: URL(fileURLWithPath: hook))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook)

        let refused = try repo.profilelint("hook", "install")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("already exists and was not written by profilelint"))
        #expect(try String(contentsOfFile: hook, encoding: .utf8) == theirs)

        #expect(try repo.profilelint("hook", "install", "--chain").status == 0)
        try repo.write("profile.json", Self.risky)
        try repo.git("add", "profile.json")
        let chained = try repo.git("commit", "-m", "risky")
        #expect(chained.stderr.contains("their-hook-ran"))
        #expect(chained.status != 0)

        #expect(try repo.profilelint("hook", "uninstall").stdout.contains("restored the previous one"))
        #expect(try String(contentsOfFile: hook, encoding: .utf8) == theirs)
        let notOurs = try repo.profilelint("hook", "uninstall")
        #expect(notOurs.status == 2)
        #expect(notOurs.stderr.contains("was not written by profilelint; leaving it alone"))

        #expect(try repo.profilelint("hook", "install", "--force").status == 0)
        #expect(try String(contentsOfFile: hook, encoding: .utf8).contains("# profilelint-hook v1"))
    }

    @Test func coreHooksPathIsHonoured() throws {
        let repo = try repository()
        defer { try? FileManager.default.removeItem(atPath: repo.path) }
        try repo.git("config", "core.hooksPath", "githooks")
        let install = try repo.profilelint("hook", "install")
        #expect(install.status == 0)
        #expect(FileManager.default.fileExists(atPath: repo.path + "/githooks/pre-commit"))
        #expect(!FileManager.default.fileExists(atPath: repo.path + "/.git/hooks/pre-commit"))
        try repo.write("profile.json", Self.risky)
        try repo.git("add", "profile.json")
        #expect(try repo.git("commit", "-q", "-m", "risky").status != 0)
    }

    @Test func outsideARepositoryTheHookCommandsSaySo() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try CommandRunner.profilelint(
            ["hook", "install"], in: directory,
            environment: ["GIT_CEILING_DIRECTORIES": directory])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a git repository"))
    }
}

/// The hook definitions in `.pre-commit-hooks.yaml`, driven by the real pre-commit framework.
@Suite(.serialized) struct PreCommitFrameworkTests {
    /// The `swift` hook makes pre-commit build profilelint in release mode from this repository: minutes, so it
    /// runs where `scripts/test.sh` (and so CI) asks for it.
    static let buildsFromSource = ProcessInfo.processInfo.environment["PROFILELINT_SWIFT_HOOK_TEST"] == "1"

    @Test(
        .enabled(
            if: buildsFromSource, "set PROFILELINT_SWIFT_HOOK_TEST=1 (scripts/test.sh does) to build the swift hook"))
    func theSwiftHookBuildsProfilelintAndBlocksAnError() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try CommandRunner.run(
            "/usr/bin/env", ["git", "init", "-q", "-b", "main"], in: directory,
            environment: GitHookTests.gitEnvironment)
        try Data(GitHookTests.risky.utf8).write(to: URL(fileURLWithPath: directory + "/profile.json"))
        _ = try CommandRunner.run(
            "/usr/bin/env", ["git", "add", "profile.json"], in: directory,
            environment: GitHookTests.gitEnvironment)
        var environment = GitHookTests.gitEnvironment
        environment["PRE_COMMIT_HOME"] = directory + "/.pre-commit-cache"
        let result = try CommandRunner.run(
            "/usr/bin/env",
            [
                "pre-commit", "try-repo", TestPaths.repositoryRoot, "profilelint-swift", "--files", "profile.json",
                "--verbose",
            ], in: directory, environment: environment)
        #expect(result.status == 1, "\(result.stdout.suffix(2000))\(result.stderr.suffix(2000))")
        #expect(result.stdout.contains("profile.json:1:5034: error: the overview is 5,001 characters"))
    }

    func preCommit(_ arguments: [String], in directory: String) throws -> CommandResult {
        var environment = GitHookTests.gitEnvironment
        let binaryFolder = (TestPaths.binary as NSString).deletingLastPathComponent
        environment["PATH"] = binaryFolder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        environment["PRE_COMMIT_HOME"] = directory + "/.pre-commit-cache"
        return try CommandRunner.run(
            "/usr/bin/env", ["pre-commit"] + arguments, in: directory, environment: environment)
    }

    @Test func theSystemHookBlocksAnErrorAndPassesACleanFile() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let git = { (arguments: [String]) throws -> CommandResult in
            try CommandRunner.run(
                "/usr/bin/env", ["git"] + arguments, in: directory, environment: GitHookTests.gitEnvironment)
        }
        _ = try git(["init", "-q", "-b", "main"])
        try Data(GitHookTests.risky.utf8).write(to: URL(fileURLWithPath: directory + "/profile.json"))
        try Data(GitHookTests.clean.utf8).write(to: URL(fileURLWithPath: directory + "/notes.json"))
        try Data(#"{"name": "shop", "version": "1.0.0", "private": true}"#.utf8)
            .write(to: URL(fileURLWithPath: directory + "/package.json"))
        try Data("# Shop\n".utf8).write(to: URL(fileURLWithPath: directory + "/README.md"))
        _ = try git(["add", "profile.json", "notes.json", "package.json", "README.md"])
        // try-repo runs the hook definitions from this checkout's .pre-commit-hooks.yaml, as a user's config would.
        // Every staged text file is passed; profilelint picks the profiles by content (issue 13, items 10 and 15).
        let blocked = try preCommit(
            ["try-repo", TestPaths.repositoryRoot, "profilelint", "--all-files", "--verbose"],
            in: directory)
        #expect(blocked.status == 1, "\(blocked.stdout)\(blocked.stderr)")
        #expect(blocked.stdout.contains("profile.json:1:5034: error: the overview is 5,001 characters"))
        #expect(blocked.stdout.contains("profilelint: checked 2 staged profile files: "), "\(blocked.stdout)")
        #expect(blocked.stdout.contains("notes.json") && blocked.stdout.contains("commit blocked: "))
        #expect(
            !blocked.stdout.contains("package.json") && !blocked.stdout.contains("README.md"),
            "non-profile files are passed over quietly: \(blocked.stdout)")

        try Data(GitHookTests.clean.utf8).write(to: URL(fileURLWithPath: directory + "/profile.json"))
        _ = try git(["add", "profile.json"])
        let passed = try preCommit(
            ["try-repo", TestPaths.repositoryRoot, "profilelint", "--files", "profile.json"],
            in: directory)
        #expect(passed.status == 0, "\(passed.stdout)\(passed.stderr)")
        #expect(passed.stdout.contains("Passed"))
    }
}
