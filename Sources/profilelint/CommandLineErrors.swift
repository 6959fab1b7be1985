import ArgumentParser
import Foundation
import ProfileLintKit
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

/// The command line's one error handler: every error a command ends with reaches `report`, which prints it and
/// gives the exit code. Errors in an input keep the compiler form `path:line:column: error: …` (their own
/// `LocatedError.description`); errors that are not about a place in an input read `profilelint: error: …`.
enum CommandLineError {
    static let prefix = "profilelint: error: "

    /// A usage or setup error: not about a place in an input.
    struct Failure: LocatedError {
        var message: String
        var location: SourceLocation? { nil }
        var description: String { CommandLineError.prefix + TerminalText.escape(message, keepingNewlines: true) }

        init(_ message: String) { self.message = message }
    }

    /// A file the command was asked to write (a report, a baseline) that could not be written.
    struct WriteFailure: LocatedError {
        var path: String
        /// What the file is: "report", "baseline".
        var what: String
        var reason: String
        var location: SourceLocation? { nil }
        var message: String { "cannot write the \(what) (\(reason))" }
        var description: String { "\(path): error: \(message)" }
    }

    /// Prints `error` on standard error; the exit code it ends a command with. ArgumentParser's own errors and
    /// exit codes are `main`'s to print.
    @discardableResult
    static func report(_ error: any LocatedError) -> Int32 {
        Console.error(error.description + "\n")
        return ExitStatus.failure
    }

    /// Prints a usage or setup error.
    static func print(_ message: String) {
        report(Failure(message))
    }

    /// `--account FILE`, read the same way by every command that takes it.
    static func readAccount(_ path: String, limits: InputLimits) throws(FileResult.InputError) -> Account {
        try LintRun.readAccount(path: path, maxBytes: limits.fileBytes).get()
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
