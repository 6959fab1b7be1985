import ArgumentParser
import Foundation
import ProfileLintKit
import ProfileModel
import ProfileRules

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto
    case always
    case never
}

extension Severity: ExpressibleByArgument {}
extension CompletenessModel: ExpressibleByArgument {}

/// Options shared by every command that prints findings.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Lowest severity that makes the run fail (exit 1): error, warning or info.")
    var failOn: Severity = .error

    @Option(help: "Colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .shortAndLong, help: "Print only findings and errors.")
    var quiet = false

    var useColor: Bool {
        switch color {
        case .always: true
        case .never: false
        case .auto: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) != false
        }
    }

    /// Prints `results` and exits with the run's code.
    func finish(_ results: [FileResult]) throws -> Never {
        for result in results {
            if let error = result.error, format != .text || quiet {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
            }
        }
        let output: String
        switch format {
        case .text: output = TextReporter(color: useColor, quiet: quiet).render(results)
        case .json: output = JSONReporter.render(results)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
        if results.contains(where: { $0.error != nil }) { throw ExitCode(2) }
        if results.contains(where: { $0.findings.contains { $0.severity >= failOn } }) { throw ExitCode(1) }
        throw ExitCode.success
    }
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check profiles (the default command): profilelint me.json"
    )

    @Argument(help: "Profile files (JSON or saved HTML), directories to search, or - for standard input.")
    var paths: [String]

    @Option(help: "Completeness model: upwork (current table) or legacy-60.")
    var model: CompletenessModel = .upwork

    @Option(help: "Name to report for standard input.")
    var stdinFilename = "<stdin>"

    @OptionGroup var output: OutputOptions

    func run() throws {
        var options = LintOptions()
        options.model = model
        let linter = Linter(options: options)
        let results = InputFiles.expand(paths, stdinName: stdinFilename).map { entry in
            switch entry {
            case .unreadable(let path, let message):
                return FileResult(path: path, kind: .profile, error: .init(path: path, message: message))
            case .file(let path):
                switch InputFiles.read(path: path, maxBytes: options.maxFileBytes) {
                case .success(let source): return linter.lintProfile(source)
                case .failure(let error): return FileResult(path: path, kind: .profile, error: error)
                }
            case .standardInput(let name):
                switch InputFiles.readStandardInput(name: name, maxBytes: options.maxFileBytes) {
                case .success(let source): return linter.lintProfile(source)
                case .failure(let error): return FileResult(path: name, kind: .profile, error: error)
                }
            }
        }
        try output.finish(results)
    }
}
