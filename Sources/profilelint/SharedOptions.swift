import ArgumentParser
import ProfileRules

/// `--config`, declared once for every command that reads configuration.
struct ConfigOption: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: "Configuration file to use instead of the nearest .profilelint.yml/.yaml/.json.")
    var path: String?
}

/// `--profile` for the commands that take the freelancer's profile beside their main input.
struct ProfileOption: ParsableArguments {
    @Option(name: .customLong("profile"), help: "The freelancer's profile (JSON or saved HTML).")
    var path: String?
}

/// `--model`, declared once; each command says in `Help` what the model is applied to.
struct ModelOption<Help: OptionHelp>: ParsableArguments {
    @Option(name: .customLong("model"), help: ArgumentHelp(Help.text))
    var model: CompletenessModel?
}

/// `--stdin-filename` for the commands that read standard input.
struct StdinNameOption: ParsableArguments {
    @Option(name: .customLong("stdin-filename"), help: "Name to report for standard input.")
    var name = "<stdin>"
}

/// One command's help line for an option group whose wording differs by command.
protocol OptionHelp {
    static var text: String { get }
}
