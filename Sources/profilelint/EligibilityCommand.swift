import ArgumentParser
import EligibilityEngine
import Foundation
import ProfileLintKit
import ProfileModel
import ProfileRules

struct EligibilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eligibility",
        abstract: "Job Success Score and badge eligibility (Rising Talent, Top Rated, Top Rated Plus, Expert-Vetted).",
        discussion: "The account record is documented in Docs/eligibility.md. With --profile, the profile's "
            + "completeness is the profile criterion and its Terms-of-Service errors are conduct risks."
    )

    @Argument(help: "An account record: a bare account, or a profilelint document with an \"account\" member.")
    var account: String

    @OptionGroup var profileFile: ProfileOption
    var profile: String? { profileFile.path }

    @OptionGroup var modelChoice: ModelOption<ModelHelp>
    var model: CompletenessModel? { modelChoice.model }

    @OptionGroup var configFile: ConfigOption
    var config: String? { configFile.path }

    @OptionGroup var eligibility: EligibilityOptions

    @Option(
        help: ArgumentHelp(
            "What-if: how many more positive contracts reach this JSS (with --contract-size).",
            valueName: "jss"))
    var whatIf: Int?

    @Option(help: ArgumentHelp("Earnings of each added contract for --what-if, in USD.", valueName: "amount"))
    var contractSize: Double = 1000

    @OptionGroup var output: OutputOptions

    func run() throws {
        let options = output.runOptions(model: model, config: config, asOf: eligibility.asOf)
        if let whatIf {
            try printWhatIf(target: whatIf, options: options)
            return
        }
        try output.finish(try LintRun(options: options).eligibility(accountPath: account, profilePath: profile))
    }

    func validate() throws {
        if let whatIf, !(1...100).contains(whatIf) { throw ValidationError("--what-if takes a JSS from 1 to 100") }
        // The one checked conversion: `inf`, `nan` and 1e300 would trap `Int(contractSize)` below.
        if NumberRange.money.check(contractSize) == nil || contractSize <= 0 {
            throw ValidationError("--contract-size must be more than 0 and at most 1,000,000,000")
        }
        if let profile, !ProposalCommand.isFile(profile) { throw ValidationError("--profile \(profile): no such file") }
    }

    /// The what-if answer, in text or JSON.
    func printWhatIf(target: Int, options: LintRun.Options) throws {
        let record = try CommandLineError.readAccount(account, limits: options.limits)
        let policy = try LintRun(options: options).configuration(for: account).policy()
        let answer = Eligibility.contractsToReach(
            target, contractEarnings: contractSize, for: record, policy: policy,
            today: options.today ?? EligibilityCheck.localToday())
        if output.format == .json {
            Console.out(try JSONReporter.whatIf(answer) + "\n")
            return
        }
        Console.out(EligibilityText.whatIf(answer, accountPath: account))
    }

    enum ModelHelp: OptionHelp {
        static let text = "Completeness model for the profile and agency members' profiles: upwork or legacy-60."
    }
}
