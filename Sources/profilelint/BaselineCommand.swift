import ArgumentParser
import Foundation
import ProfileLintKit
import ProfileModel

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Accept today's findings so only new ones fail: write a baseline, or check against one.",
        discussion: """
            Entries are fingerprinted by file, field, rule and the matched text, not by line, so editing elsewhere \
            in a file keeps them. Lint with `--baseline FILE` (or `baseline check`) to hide accepted findings.
            """,
        subcommands: [Write.self, Check.self]
    )

    // Subcommands name themselves: a derived default name is rebuilt on every parse, at start-up too (issue 16).
    struct Write: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "write", abstract: "Record every current finding in a baseline file.")

        @Argument(help: "Profile files or directories.")
        var paths: [String]

        @Option(help: "The baseline file to write.")
        var baseline = Baseline.defaultPath

        @OptionGroup var configFile: ConfigOption
        var config: String? { configFile.path }

        func run() throws {
            var options = LintRun.Options()
            options.configPath = config
            let outcome = try LintRun(options: options).run(InputFiles.expand(paths))
            for result in outcome.results {
                if let error = result.error { CommandLineError.report(error) }
            }
            let folder = URL(fileURLWithPath: baseline).standardizedFileURL.deletingLastPathComponent().path
            let written = Baseline(results: outcome.results, relativeTo: folder)
            do {
                try AtomicFile.write(Array(written.json().utf8), to: baseline)
            } catch {
                throw CommandLineError.WriteFailure(path: baseline, what: "baseline", reason: error.description)
            }
            Console.out("wrote \(Wording.count(written.entries.count, "finding")) to \(baseline)\n")
            if outcome.results.contains(where: { $0.error != nil }) { throw ExitCode(2) }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Lint, failing only on findings the baseline does not accept.")

        @Argument(help: "Profile files or directories.")
        var paths: [String]

        @OptionGroup var configFile: ConfigOption
        var config: String? { configFile.path }

        @OptionGroup var output: OutputOptions

        func run() throws {
            var output = output
            if output.baseline == nil { output.baseline = Baseline.defaultPath }
            let options = output.runOptions(model: nil, config: config, asOf: nil)
            try output.finish(try LintRun(options: options).run(InputFiles.expand(paths)))
        }
    }
}
