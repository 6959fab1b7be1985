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

    @Option(help: ArgumentHelp("What-if: how many more positive contracts reach this JSS (with --contract-size).",
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
        do {
            try output.finish(try LintRun(options: options).eligibility(accountPath: account, profilePath: profile))
        } catch let error as ConfigurationError {
            Console.error((error.description + "\n"))
            throw ExitCode(2)
        }
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
        let record: Account
        switch LintRun.readAccount(path: account, maxBytes: options.limits.fileBytes) {
        case .success(let account): record = account
        case .failure(let error):
            Console.error((error.description + "\n"))
            throw ExitCode(2)
        }
        let policy: Policy
        do {
            policy = try LintRun(options: options).configuration(for: account).policy()
        } catch {
            Console.error((error.description + "\n"))
            throw ExitCode(2)
        }
        let answer = Eligibility.contractsToReach(target, contractEarnings: contractSize, for: record, policy: policy,
                                                  today: options.today ?? EligibilityCheck.localToday())
        if output.format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Console.out(String(decoding: try encoder.encode(answer), as: UTF8.self) + "\n")
            return
        }
        var now = answer.currentJSS.map { "JSS \($0) now" } ?? "no JSS yet"
        if answer.basis == "displayed" {
            now += " (displayed" + (answer.estimatedJSS.map { "; estimate from the contracts alone: \($0)" } ?? "")
                + ")"
        }
        let size = "$" + Wording.number(Int(contractSize))
        if let current = answer.currentJSS, current >= target {
            Console.out("\(account): \(now), already at or above \(target)\n")
        } else if let needed = answer.contractsNeeded {
            Console.out("\(account): \(now); \(Wording.number(needed)) more positive \(size) \(Wording.noun(needed, "contract")) "
                  + "reach\(needed == 1 ? "es" : "") \(target)" + (answer.resultingJSS.map { " (JSS \($0))" } ?? "") + "\n")
        } else if answer.basis == "displayed", answer.estimatedJSS == nil {
            Console.out("\(account): \(now); the account's contracts do not explain it, so the contracts needed for "
                  + "\(target) cannot be estimated\n")
        } else {
            Console.out("\(account): \(now); positive \(size) contracts alone do not reach \(target) within 100 contracts\n")
        }
    }
}
