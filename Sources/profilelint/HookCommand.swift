import ArgumentParser
import Foundation
import ProfileLintKit
import ProfileModel

struct HookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "Install, remove or run the git pre-commit hook.",
        subcommands: [Install.self, Uninstall.self, Run.self]
    )

    // Subcommands name themselves: a derived default name is rebuilt on every parse, at start-up too (issue 16).
    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install",
            abstract: "Write .git/hooks/pre-commit (honouring core.hooksPath).",
            discussion: "An existing hook is never overwritten silently: --chain keeps it and runs it first; "
                + "--force replaces it."
        )

        @Flag(help: "Replace an existing pre-commit hook.")
        var force = false

        @Flag(help: "Keep an existing pre-commit hook and run it before profilelint.")
        var chain = false

        func validate() throws {
            if force && chain { throw ValidationError("use either --force or --chain, not both") }
        }

        func run() throws {
            let executable = CommandLine.executablePath
            do {
                let outcome = try GitHook.install(
                    in: FileManager.default.currentDirectoryPath, executable: executable,
                    force: force, chain: chain)
                let message =
                    switch outcome {
                    case .installed(let path): "installed \(path)"
                    case .replaced(let path): "replaced \(path)"
                    case .chained(let path, let previous):
                        "installed \(path); it runs the previous hook, kept as \(previous), first"
                    case .alreadyInstalled(let path): "\(path) is already profilelint's hook"
                    }
                Console.out(message + "\n")
            } catch {
                throw CommandLineError.Failure(error.description)
            }
        }
    }

    struct Uninstall: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "uninstall", abstract: "Remove profilelint's hook (and only it).")

        func run() throws {
            do {
                Console.out(try GitHook.uninstall(in: FileManager.default.currentDirectoryPath) + "\n")
            } catch {
                throw CommandLineError.Failure(error.description)
            }
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Lint the staged content of staged profile files (what the hook runs).",
            discussion: "Checks every staged *.json, *.html or *.htm file whose content is a profile document, "
                + "plus every staged file matching the configuration's `files` globs. Prints only findings "
                + "and says which files it checked. Nothing is modified or staged."
        )

        @OptionGroup var output: OutputOptions

        @Argument(
            help: ArgumentHelp(
                "Candidate files to choose from, as the pre-commit framework passes them (it has stashed unstaged "
                    + "changes, so the files are what will be committed); the staged files when none are given.",
                valueName: "file"))
        var files: [String] = []

        func run() throws {
            let staged: (root: String, files: [String])
            do {
                staged =
                    files.isEmpty
                    ? try GitHook.stagedFiles(in: FileManager.default.currentDirectoryPath)
                    : (FileManager.default.currentDirectoryPath, files)
            } catch {
                throw CommandLineError.Failure(error.description)
            }
            // Paths relative to the repository root, as git shows them; configuration is found from there.
            _ = FileManager.default.changeCurrentDirectoryPath(staged.root)
            var options = LintRun.Options()
            options.failOn = output.failOn
            options.maxWarnings = output.maxWarnings
            options.limits = output.limits.overrides
            let run = LintRun(options: options)
            var sources: [SourceFile] = []
            var objects: [String: String]?
            for path in staged.files {
                let configured = try run.isConfiguredHookTarget(path)
                guard
                    configured || HookDefaults.sniffedExtensions.contains((path as NSString).pathExtension.lowercased())
                else { continue }
                let file: SourceFile
                if !files.isEmpty {
                    // Named files are read from the working tree, under the limits; one that cannot be read is
                    // checked only when configured (an error then), else passed over like any non-profile.
                    switch InputFiles.read(path: path, maxBytes: try run.limits(for: path).fileBytes) {
                    case .success(let source): file = source
                    case .failure(let error):
                        if configured { throw CommandLineError.Failure(error.description) }
                        continue
                    }
                } else {
                    do {
                        // By object id from `git ls-files -s -z`, never by a path spec (`0:x` would name stage 0 of x).
                        if objects == nil { objects = try GitHook.stagedObjects(root: staged.root) }
                        file = SourceFile(
                            path: path,
                            bytes: try GitHook.stagedContent(
                                of: path, objects: objects ?? [:], root: staged.root))
                    } catch {
                        throw CommandLineError.Failure(error.description)
                    }
                }
                if configured || run.isSniffedHookTarget(file) { sources.append(file) }
            }
            let checked = HookSummary.checkedLine(sources.map(\.path))
            if sources.isEmpty {
                Console.error(TerminalText.escape(checked) + "\n")
                return
            }
            // Hook mode: only the findings, then one line that says why the commit stops.
            var quiet = output
            quiet.quiet = true
            let (outcome, code) = try quiet.report(try run.run(staged: sources))
            var summary = checked + "\n"
            if code != ExitStatus.clean, let blocked = HookSummary.blockedLine(outcome) { summary += blocked + "\n" }
            Console.error(TerminalText.escape(summary, keepingNewlines: true))
            throw ExitCode(code)
        }
    }
}

/// The hook's own lines: which staged files it checked and why a commit is blocked.
enum HookSummary {
    static func checkedLine(_ paths: [String]) -> String {
        guard !paths.isEmpty else { return "profilelint: no staged profile files to check" }
        return "profilelint: checked \(Wording.count(paths.count, "staged profile file")): "
            + Wording.list(paths)
    }

    /// `commit blocked: N errors in M files (…)`, counting findings at or above the fail level and unreadable files.
    static func blockedLine(_ outcome: LintRun.Outcome) -> String? {
        var problems = 0
        var files = 0
        for result in outcome.results {
            let blocking =
                result.findings.filter { $0.severity >= outcome.failOn }.count + (result.error == nil ? 0 : 1)
            problems += blocking
            if blocking > 0 { files += 1 }
        }
        if problems == 0, let maxWarnings = outcome.maxWarnings {
            let warnings = RunSummary(outcome.results).warnings
            return "commit blocked: \(Wording.count(warnings, "warning")), more than the \(maxWarnings) allowed "
                + "(fix them, or `git commit --no-verify`)"
        }
        guard problems > 0 else { return nil }
        let noun = outcome.failOn == .error ? "error" : "finding"
        return "commit blocked: \(Wording.count(problems, noun)) in \(Wording.count(files, "file")) "
            + "(fix them, or `git commit --no-verify`)"
    }
}

extension CommandLine {
    /// The absolute path of this executable, for the hook script to call.
    static var executablePath: String {
        let link = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? arguments[0]
        return URL(fileURLWithPath: link).standardizedFileURL.path
    }
}
