import ArgumentParser
import Foundation
import ProfileLintKit
import ProfileRules

/// `profilelint report`: one self-contained HTML page showing a profile's standing.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report: completeness, badges, the JSS over time and Terms-of-Service findings.",
        discussion: """
            The page is one file with inline CSS and SVG (no scripts, fonts or network). Findings do not fail \
            this command: exit 0 when the report is written, 2 for input and usage errors.
            """
    )

    @Argument(help: "The profile (JSON or saved HTML).")
    var path: String

    @Option(help: "An account record (bare, or a document's \"account\") when the profile carries none.")
    var account: String?

    @OptionGroup var eligibility: EligibilityOptions

    @OptionGroup var configFile: ConfigOption
    var config: String? { configFile.path }

    @OptionGroup var modelChoice: ModelOption<ModelHelp>
    var model: CompletenessModel? { modelChoice.model }

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Where to write the page; - for standard output.",
            valueName: "path"))
    var output = "profilelint-report.html"

    func run() throws {
        var options = LintRun.Options()
        options.model = model
        options.configPath = config
        options.today = eligibility.asOf
        if let account {
            options.account = (try CommandLineError.readAccount(account, limits: options.limits), account)
        }
        let page = HTMLReport.render(try ReportData.load(path: path, options: options))
        if output == "-" {
            Console.out(page)
            return
        }
        do {
            try AtomicFile.write(Array(page.utf8), to: output)
        } catch {
            throw CommandLineError.WriteFailure(path: output, what: "report", reason: error.description)
        }
        Console.error("profilelint: wrote \(output)\n")
    }

    enum ModelHelp: OptionHelp {
        static let text = "Completeness model: upwork or legacy-60. Default: the configuration's model, else upwork."
    }
}
