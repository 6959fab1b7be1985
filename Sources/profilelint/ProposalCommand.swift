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
            post's requirements and screening questions; with --profile, that the profile is ready to apply and \
            lists the post's skills (--as SPECIALTY: the specialized profile it is sent with); with --history, that \
            the letter is not a copy of an earlier one. COVER or JOB may be - for standard input.
            """
    )

    @Argument(help: "The cover letter: a text or Markdown file, or - for standard input.")
    var cover: String

    @Option(help: "The job post (text or Markdown), or - for standard input.")
    var job: String?

    @OptionGroup var profileFile: ProfileOption
    var profile: String? { profileFile.path }

    @Option(help: "A folder of past proposals (.txt, .md) to compare with.")
    var history: String?

    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "Check against the specialized profile with this specialty (with --profile); "
                + "the general profile by default.", valueName: "specialty"))
    var specialty: String?

    @OptionGroup var modelChoice: ModelOption<ModelHelp>
    var model: CompletenessModel? { modelChoice.model }

    @OptionGroup var stdinName: StdinNameOption
    var stdinFilename: String { stdinName.name }

    @OptionGroup var configFile: ConfigOption
    var config: String? { configFile.path }

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if cover == "-", job == "-" { throw ValidationError("only one of COVER and --job can be standard input") }
        if specialty != nil, profile == nil {
            throw ValidationError("--as names a specialized profile of --profile; give --profile too")
        }
        // Missing companions are a mistake on the command line, found before anything is checked.
        if let job, job != "-", !Self.isFile(job) { throw ValidationError("--job \(job): no such file") }
        if let profile, !Self.isFile(profile) { throw ValidationError("--profile \(profile): no such file") }
        if let history {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: history, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--history \(history): no such folder (it names a folder of past proposals)")
            }
        }
    }

    static func isFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    func run() throws {
        var inputs = ProposalCheck.Inputs(
            cover: cover, job: job, profile: profile, history: history,
            specialty: specialty)
        inputs.stdinName = stdinFilename
        let check = ProposalCheck(options: output.runOptions(model: model, config: config, asOf: nil))
        try output.finish(try check.run(inputs))
    }

    enum ModelHelp: OptionHelp {
        static let text = "Completeness model for --profile: upwork or legacy-60."
    }
}
