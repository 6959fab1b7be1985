import ArgumentParser
import Foundation
import ProfileLintKit
import ProfileModel

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Print a profile read from any supported input as profilelint JSON.",
        discussion: "Save your profile page once, convert it, and keep profile.json in git from then on."
    )

    @Argument(help: "A profile file (JSON or saved HTML), or - for standard input.")
    var path: String

    func run() throws {
        let read = path == "-"
            ? InputFiles.readStandardInput(name: "<stdin>", maxBytes: LintOptions().maxFileBytes)
            : InputFiles.read(path: path, maxBytes: LintOptions().maxFileBytes)
        let document: ProfileDocument
        do {
            document = try Linter().read(read.get())
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
        FileHandle.standardOutput.write(Data(ProfileJSONWriter.write(document.profile).utf8))
    }
}
