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

    @OptionGroup(title: "Input limits") var limits: LimitOptions

    func run() throws {
        let limits = limits.overrides
        let read =
            path == "-"
            ? InputFiles.readStandardInput(name: "<stdin>", maxBytes: limits.fileBytes)
            : InputFiles.read(path: path, maxBytes: limits.fileBytes)
        var options = LintOptions()
        options.limits = limits.reader
        let document = try Linter(options: options).read(read.get())
        Console.out(ProfileJSONWriter.write(document.profile))
    }
}
