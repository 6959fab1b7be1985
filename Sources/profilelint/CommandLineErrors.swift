import ArgumentParser
import Foundation
import ProfileModel

/// The one exit-code map of the command line (README "Exit codes").
enum ExitStatus {
    /// Nothing at or above `--fail-on`.
    static let clean: Int32 = 0
    /// Findings at or above `--fail-on`.
    static let findings: Int32 = 1
    /// An input could not be read, or the command line or setup is wrong.
    static let failure: Int32 = 2
}

/// The one style for errors that are not about a place in an input: `profilelint: error: …` on standard error.
/// Errors in an input keep the compiler form `path:line:column: error: …` (`FileResult.InputError`).
enum CommandLineError {
    static let prefix = "profilelint: error: "

    /// Prints a usage or setup error.
    static func print(_ message: String) {
        Console.error(prefix + TerminalText.escape(message, keepingNewlines: true) + "\n")
    }

    /// Prints a usage or setup error and ends the command with exit code 2.
    static func fail(_ message: String) -> ExitCode {
        print(message)
        return ExitCode(ExitStatus.failure)
    }

    /// Prints an error that already names its place (`path:line:column: error: …`) and ends with exit code 2.
    static func failInInput(_ description: String) -> ExitCode {
        Console.error(TerminalText.escape(description, keepingNewlines: true) + "\n")
        return ExitCode(ExitStatus.failure)
    }

    /// ArgumentParser's full message (`Error: …` then the usage) in our style.
    static func usageText(_ fullMessage: String) -> String {
        let message = fullMessage.hasPrefix("Error: ") ? String(fullMessage.dropFirst("Error: ".count)) : fullMessage
        return prefix + message
    }

    /// `profilelint eligibilty a.json` would lint `eligibilty` as a file: when the first argument names no file
    /// and is a near miss of a subcommand, this says which one was meant.
    static func subcommandTypo(in arguments: [String], subcommands: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !subcommands.contains(first),
              !FileManager.default.fileExists(atPath: first),
              let match = closestMatch(to: first, in: subcommands)
        else { return nil }
        return "no such command or file '\(first)'; did you mean `profilelint \(match)`?"
    }
}
