import ArgumentParser
import Foundation
import ProfileLintKit
import ProfileRules

struct ProposalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proposal",
        abstract: "Check a cover letter before you submit it.",
        discussion: """
            Runs every Terms-of-Service rule and the proposal rules. With --job, checks that the letter answers the \
            post's requirements and screening questions; with --profile, that the profile is ready to apply; with \
            --history, that the letter is not a copy of an earlier one. COVER or JOB may be - for standard input.
            """
    )

    @Argument(help: "The cover letter: a text or Markdown file, or - for standard input.")
    var cover: String

    @Option(help: "The job post (text or Markdown), or - for standard input.")
    var job: String?

    @Option(help: "The freelancer's profile (JSON or saved HTML).")
    var profile: String?

    @Option(help: "A folder of past proposals (.txt, .md) to compare with.")
    var history: String?

    @Option(help: "Completeness model for --profile: upwork or legacy-60.")
    var model: CompletenessModel?

    @Option(help: "Name to report for standard input.")
    var stdinFilename = "<stdin>"

    @Option(help: "Configuration file to use instead of the nearest .profilelint.yml/.yaml/.json.")
    var config: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if cover == "-", job == "-" { throw ValidationError("only one of COVER and --job can be standard input") }
    }

    func run() throws {
        var inputs = ProposalCheck.Inputs(cover: cover, job: job, profile: profile, history: history)
        inputs.stdinName = stdinFilename
        let check = ProposalCheck(options: output.runOptions(model: model, config: config, asOf: nil))
        do {
            try output.finish(try check.run(inputs))
        } catch let error as ConfigurationError {
            Console.error((error.description + "\n"))
            throw ExitCode(2)
        }
    }
}
