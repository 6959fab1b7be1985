import ArgumentParser
import Foundation
import ProfileLintKit

/// The `profilelint` command: lints profiles by default, with subcommands for the other jobs.
@main
struct ProfileLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profilelint",
        abstract: "Lint freelancer profiles: completeness, quality and Terms-of-Service risks.",
        discussion: """
            Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 an input or usage error.
            """,
        version: ToolInfo.version,
        subcommands: [
            LintCommand.self, ConvertCommand.self, RulesCommand.self, ExplainCommand.self, HookCommand.self,
            ProposalCommand.self, EligibilityCommand.self, BaselineCommand.self, ReportCommand.self,
        ],
        defaultSubcommand: LintCommand.self
    )

    /// Parses and runs, mapping usage errors to exit code 2 (ArgumentParser's default is 64).
    static func main() {
        ProcessEdges.prepare()
        let subcommands = configuration.subcommands.map { $0._commandName } + ["help"]
        if let typo = CommandLineError.subcommandTypo(
            in: Array(CommandLine.arguments.dropFirst()),
            subcommands: subcommands)
        {
            CommandLineError.print(typo)
            Foundation.exit(ExitStatus.failure)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            // A command's own exit (every lint ends so). Caught first, as the concrete type it is: the cast to the
            // `LocatedError` existential and `exitCode(for:)` below cost ~1 M instructions of runtime conformance
            // lookups at every start (issue 16), for what `exit(withError:)` does with an `ExitCode` anyway.
            Foundation.exit(code.rawValue)
        } catch let error as any LocatedError {
            Foundation.exit(CommandLineError.report(error))
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode { exit(withError: error) }
            Console.error(CommandLineError.usageText(fullMessage(for: error)) + "\n")
            Foundation.exit(ExitStatus.failure)
        }
    }
}
