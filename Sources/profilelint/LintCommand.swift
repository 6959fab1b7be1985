import ArgumentParser
import Foundation
import EligibilityEngine
import ProfileLintKit
import ProfileModel
import ProfileRules

extension ReportFormat: ExpressibleByArgument {}

/// `FORMAT=PATH` for `--output`.
struct OutputTarget: ExpressibleByArgument {
    var format: ReportFormat
    var path: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), let format = ReportFormat(rawValue: String(argument[..<equals])),
              argument.index(after: equals) < argument.endIndex
        else { return nil }
        self.format = format
        path = String(argument[argument.index(after: equals)...])
    }
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
    @Option(name: .shortAndLong, help: "Output format on standard output: text, json, sarif, github or junit.")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Also write a report to a file, e.g. --output sarif=profilelint.sarif (repeatable).",
        valueName: "format=path"))
    var output: [OutputTarget] = []

    @Option(help: "Lowest severity that makes the run fail (exit 1): error, warning or info. Default: the configuration's fail_on, else error.")
    var failOn: Severity?

    @Option(help: "Fail (exit 1) when there are more than this many warnings.")
    var maxWarnings: Int?

    @Flag(help: "Exit 0 even when there are findings (input and usage errors still exit 2).")
    var exitZero = false

    @Option(help: "Colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .shortAndLong, help: "Print only findings and errors.")
    var quiet = false

    @OptionGroup(title: "Input limits (default: the configuration's limits, else the value shown)")
    var limits: LimitOptions

    var useColor: Bool {
        switch color {
        case .always: true
        case .never: false
        case .auto: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) != false
        }
    }

    /// The run's settings from these flags and a command's own.
    func runOptions(model: CompletenessModel?, config: String?, asOf: CalendarDate?) -> LintRun.Options {
        var options = LintRun.Options()
        options.model = model
        options.configPath = config
        options.failOn = failOn
        options.maxWarnings = maxWarnings
        options.today = asOf
        options.limits = limits.overrides
        return options
    }

    /// Prints the outcome and exits with the run's code.
    func finish(_ outcome: LintRun.Outcome) throws -> Never {
        for warning in outcome.configurationWarnings {
            FileHandle.standardError.write(Data((warning.description + "\n").utf8))
        }
        for result in outcome.results {
            if let error = result.error, format != .text || quiet {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
            }
        }
        let text = format.render(outcome.results, failOn: outcome.failOn, color: useColor, quiet: quiet)
        FileHandle.standardOutput.write(Data(text.utf8))
        var code = outcome.exitCode
        for target in output {
            let report = target.format.render(outcome.results, failOn: outcome.failOn)
            do {
                // Atomic: a temporary file renamed over the target, so a failure leaves the old report intact.
                try AtomicFile.write(Array(report.utf8), to: target.path)
            } catch {
                FileHandle.standardError.write(Data("\(target.path): error: cannot write the report: \(error)\n".utf8))
                code = 2
            }
        }
        throw ExitCode(exitZero && code == 1 ? 0 : code)
    }
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check profiles (the default command): profilelint me.json"
    )

    @Argument(help: "Profile files (JSON or saved HTML), directories to search, or - for standard input.")
    var paths: [String] = []

    @Option(help: "Completeness model: upwork (current table) or legacy-60. Default: the configuration's model, else upwork.")
    var model: CompletenessModel?

    @Option(help: "Name to report for standard input.")
    var stdinFilename = "<stdin>"

    @OptionGroup var output: OutputOptions

    @Option(help: "Configuration file to use instead of the nearest .profilelint.yml/.yaml/.json.")
    var config: String?

    @Flag(help: "Print the configuration that applies to the first input (or the current folder) as JSON, then exit.")
    var printConfig = false

    @Option(help: "An account record (bare, or a document's \"account\") for profiles that carry none: evaluates badge eligibility.")
    var account: String?

    @OptionGroup var eligibility: EligibilityOptions

    func validate() throws {
        if paths.isEmpty, !printConfig {
            throw ValidationError("name at least one profile file, directory, or - for standard input")
        }
    }

    func run() throws {
        var options = output.runOptions(model: model, config: config, asOf: eligibility.asOf)
        if let account {
            switch LintRun.readAccount(path: account, maxBytes: options.limits.fileBytes) {
            case .success(let record): options.account = (record, account)
            case .failure(let error):
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                throw ExitCode(2)
            }
        }
        let run = LintRun(options: options)
        do {
            if printConfig {
                let first = paths.first.flatMap { $0 == "-" ? nil : $0 }
                let json = try ConfigurationPrinter.json(try run.configuration(for: first))
                FileHandle.standardOutput.write(Data(json.utf8))
                return
            }
            try output.finish(try run.run(InputFiles.expand(paths, stdinName: stdinFilename), stdinName: stdinFilename))
        } catch let error as ConfigurationError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
    }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// Options for the eligibility engine.
struct EligibilityOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Evaluate eligibility as of this date (YYYY-MM-DD) when the account gives no asOf. Default: today.",
                               valueName: "date"))
    var asOf: CalendarDate?
}
