import ArgumentParser

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
