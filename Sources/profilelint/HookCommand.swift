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
            discussion: "An existing hook is never overwritten silently: --chain keeps it and runs it first; --force replaces it."
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
                let outcome = try GitHook.install(in: FileManager.default.currentDirectoryPath, executable: executable,
                                                  force: force, chain: chain)
                let message = switch outcome {
                case .installed(let path): "installed \(path)"
                case .replaced(let path): "replaced \(path)"
                case .chained(let path, let previous): "installed \(path); it runs the previous hook, kept as \(previous), first"
                case .alreadyInstalled(let path): "\(path) is already profilelint's hook"
                }
                Console.out(message + "\n")
            } catch {
                Console.error("error: \(error.description)\n")
                throw ExitCode(2)
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
                Console.error("error: \(error.description)\n")
                throw ExitCode(2)
            }
        }
    }

    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Lint the staged content of staged profile files (what the hook runs).",
            discussion: "Files are chosen by the configuration's `files` globs (default: *.profile.json, profile*.json, profiles/**/*.json and profiles/**/*.html). Nothing is modified or staged."
        )

        @OptionGroup var output: OutputOptions

        func run() throws {
            let staged: (root: String, files: [String])
            do {
                staged = try GitHook.stagedFiles(in: FileManager.default.currentDirectoryPath)
            } catch {
                Console.error("profilelint hook: \(error.description)\n")
                throw ExitCode(2)
            }
            // Paths relative to the repository root, as git shows them; configuration is found from there.
            _ = FileManager.default.changeCurrentDirectoryPath(staged.root)
            var options = LintRun.Options()
            options.failOn = output.failOn
            options.maxWarnings = output.maxWarnings
            options.limits = output.limits.overrides
            let run = LintRun(options: options)
            do {
                var sources: [SourceFile] = []
                var objects: [String: String]?
                for path in staged.files where try run.isHookTarget(path) {
                    do {
                        if objects == nil { objects = try GitHook.stagedObjects(root: staged.root) }
                        sources.append(SourceFile(path: path, bytes: try GitHook.stagedContent(
                            of: path, objects: objects ?? [:], root: staged.root)))
                    } catch {
                        Console.error("profilelint hook: \(error.description)\n")
                        throw ExitCode(2)
                    }
                }
                if sources.isEmpty { return }
                try output.finish(try run.run(staged: sources))
            } catch let error as ConfigurationError {
                Console.error((error.description + "\n"))
                throw ExitCode(2)
            }
        }
    }
}

extension CommandLine {
    /// The absolute path of this executable, for the hook script to call.
    static var executablePath: String {
        let link = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? arguments[0]
        return URL(fileURLWithPath: link).standardizedFileURL.path
    }
}
