import ArgumentParser
import EligibilityEngine
import Foundation
import ProfileLintKit
import ProfileRules

struct EligibilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eligibility",
        abstract: "Job Success Score and badge eligibility (Rising Talent, Top Rated, Top Rated Plus, Expert-Vetted).",
        discussion: "The account record is documented in Docs/eligibility.md. With --profile, the profile's completeness is the profile criterion and its Terms-of-Service errors are conduct risks."
    )

    @Argument(help: "An account record: a bare account, or a profilelint document with an \"account\" member.")
    var account: String

    @Option(help: "The freelancer's profile (JSON or saved HTML).")
    var profile: String?

    @Option(help: "Completeness model for the profile and agency members' profiles: upwork or legacy-60.")
    var model: CompletenessModel?

    @Option(help: "Configuration file to use instead of the nearest .profilelint.yml/.yaml/.json.")
    var config: String?

    @OptionGroup var eligibility: EligibilityOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let options = output.runOptions(model: model, config: config, asOf: eligibility.asOf)
        do {
            try output.finish(try LintRun(options: options).eligibility(accountPath: account, profilePath: profile))
        } catch let error as ConfigurationError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
