import ArgumentParser
import EligibilityEngine
import Foundation
import ProfileLintKit
import ProfileModel
import ProfileRules

/// `FORMAT=PATH` for `--output`.
struct OutputTarget: ExpressibleByArgument {
    var format: ReportFormat
    var path: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="),
            let format = ReportFormat(rawValue: String(argument[..<equals])),
            argument.index(after: equals) < argument.endIndex
        else { return nil }
        self.format = format
        path = String(argument[argument.index(after: equals)...])
    }
}

enum ColorChoice: String, CaseArgument {
    case auto
    case always
    case never
}

/// Options shared by every command that prints findings.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format on standard output: text, json, sarif, github or junit.")
    var format: ReportFormat = .text

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Also write a report to a file, e.g. --output sarif=profilelint.sarif (repeatable).",
            valueName: "format=path"))
    var output: [OutputTarget] = []

    @Option(
        help: ArgumentHelp(
            "Lowest severity that makes the run fail (exit 1): error, warning or info. Default: the "
                + "configuration's fail_on, else error."))
    var failOn: Severity?

    @Option(help: "Fail (exit 1) when there are more than this many warnings.")
    var maxWarnings: Int?

    func validate() throws {
        if let maxWarnings, Configuration.maxWarningsRange.check(maxWarnings) == nil {
            throw ValidationError("--max-warnings must be \(Configuration.maxWarningsRange)")
        }
    }

    @Flag(help: "Exit 0 even when there are findings (input and usage errors still exit 2).")
    var exitZero = false

    @Option(help: "Colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .shortAndLong, help: "Print only findings and errors.")
    var quiet = false

    @Option(
        help: ArgumentHelp(
            "Hide findings accepted in this baseline file (see `profilelint baseline`).",
            valueName: "file"))
    var baseline: String?
    @OptionGroup(title: "Input limits (default: the configuration's limits, else the value shown)")
    var limits: LimitOptions

    var useColor: Bool {
        switch color {
        case .always: true
        case .never: false
        case .auto:
            isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) != false
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
        // Only SARIF reads the files again (for UTF-16 columns); without it, each file is let go once linted.
        options.keepSources = format == .sarif || output.contains { $0.format == .sarif }
        return options
    }

    /// Prints the outcome and exits with the run's code.
    func finish(_ outcome: LintRun.Outcome) throws -> Never {
        let (_, code) = try report(outcome)
        throw ExitCode(code)
    }

    /// Prints the outcome and writes the `--output` reports; returns the outcome shown (baseline applied) and the
    /// exit code.
    func report(_ outcome: LintRun.Outcome) throws -> (outcome: LintRun.Outcome, code: Int32) {
        var outcome = outcome
        if let baseline, let note = try outcome.hideAccepted(byBaselineAt: baseline), !quiet {
            Console.error(note + "\n")
        }
        for warning in outcome.configurationWarnings {
            Console.error((warning.description + "\n"))
        }
        for result in outcome.results {
            if let error = result.error, format != .text || quiet {
                CommandLineError.report(error)
            }
        }
        var code = outcome.exitCode
        // Reports first: they are written whatever happens to standard output (closed, full, a broken pipe).
        for failure in outcome.writeReports(output.map { ($0.format, $0.path) }) {
            code = CommandLineError.report(failure)
        }
        Console.out(try format.render(outcome.results, failOn: outcome.failOn, color: useColor, quiet: quiet))
        return (outcome, LintRun.Outcome.exitCode(code, exitZero: exitZero))
    }
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check profiles (the default command): profilelint me.json"
    )

    @Argument(help: "Profile files (JSON or saved HTML), directories to search, or - for standard input.")
    var paths: [String] = []

    @OptionGroup var modelChoice: ModelOption<ModelHelp>
    var model: CompletenessModel? { modelChoice.model }

    @OptionGroup var stdinName: StdinNameOption
    var stdinFilename: String { stdinName.name }

    @OptionGroup var output: OutputOptions

    @OptionGroup var configFile: ConfigOption
    var config: String? { configFile.path }

    @Flag(help: "Print the configuration that applies to the first input (or the current folder) as JSON, then exit.")
    var printConfig = false

    @Option(
        help: ArgumentHelp(
            "An account record (bare, or a document's \"account\") for profiles that carry none: "
                + "evaluates badge eligibility."))
    var account: String?

    @OptionGroup var eligibility: EligibilityOptions

    @Option(name: .shortAndLong, help: "How many files to lint at once. Default: the number of cores.")
    var jobs: Int?

    @Flag(help: "Read one profile document per line on standard input; write one JSON result per line, in order.")
    var ndjson = false

    @Option(
        help: ArgumentHelp(
            "With --ndjson: the top-level member of each line that identifies it, echoed in its record.",
            valueName: "key"))
    var idKey = "id"

    @Flag(help: "Exit 0 when the paths hold no profile files (by default that is an error, exit 2).")
    var allowEmpty = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let jobs, jobs > LintRun.maxJobs { throw ValidationError("--jobs must be at most \(LintRun.maxJobs)") }
        if ndjson {
            // The record's own members cannot double as the echoed key.
            guard !NDJSONStream.recordKeys.contains(idKey) else {
                throw ValidationError("--id-key \(idKey) is a member of every record; choose another key")
            }
            guard paths.isEmpty || paths == ["-"] else {
                throw ValidationError("--ndjson reads standard input; name no files")
            }
            // Its records are the JSON report's file records; text (the default) is accepted and means the same.
            guard output.format == .json || output.format == .text, output.output.isEmpty else {
                throw ValidationError("--ndjson writes its own JSON lines; --format and --output do not apply")
            }
            return
        }
        if idKey != "id" { throw ValidationError("--id-key applies only with --ndjson") }
        if paths.isEmpty, !printConfig {
            throw ValidationError("name at least one profile file, directory, or - for standard input")
        }
    }

    func run() throws {
        var options = output.runOptions(model: model, config: config, asOf: eligibility.asOf)
        if let jobs { options.jobs = jobs }
        if let account {
            options.account = (try CommandLineError.readAccount(account, limits: options.limits), account)
        }
        let run = LintRun(options: options)
        if printConfig {
            let first = paths.first.flatMap { $0 == "-" ? nil : $0 }
            let json = try ConfigurationPrinter.json(try run.configuration(for: first))
            Console.out(json)
            return
        }
        if ndjson {
            let code = try run.stream(
                NDJSONStream.chunks(fromDescriptor: STDIN_FILENO), name: stdinFilename,
                idKey: idKey
            ) {
                Console.out(bytes: $0)
            }
            throw ExitCode(LintRun.Outcome.exitCode(code, exitZero: output.exitZero))
        }
        let entries = InputFiles.expand(paths, stdinName: stdinFilename)
        if entries.isEmpty, !allowEmpty { throw noProfileFiles }
        let outcome = try run.run(entries, stdinName: stdinFilename)
        // Folders that held only account files (passed over) hold no profile files either.
        if !allowEmpty, !outcome.results.contains(where: { $0.kind == .profile }) { throw noProfileFiles }
        try output.finish(outcome)
    }

    /// A wrong or empty folder must not look like a clean run (ESLint's "No files matching").
    var noProfileFiles: CommandLineError.Failure {
        CommandLineError.Failure(
            "no profile files found in \(paths.joined(separator: ", ")) (folders are "
                + "searched for *.json, *.html and *.htm); pass --allow-empty to accept that")
    }

    enum ModelHelp: OptionHelp {
        static let text =
            "Completeness model: upwork (current table) or legacy-60. Default: the configuration's model, else upwork."
    }
}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// Options for the eligibility engine.
struct EligibilityOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Evaluate eligibility as of this date (YYYY-MM-DD) when the account gives no asOf. Default: today.",
            valueName: "date"))
    var asOf: CalendarDate?
}
