import Foundation
import FuzzSupport
import ProfileLintKit
import ProfileModel

/// A configuration file (issue 12, family 3): YAML, or JSON when the input starts with `{`. Parsing, the policy
/// and the rule options must end in a configuration or a clear error, and no message may carry a raw control
/// character (it would reach the terminal).
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let name = bytes.first == UInt8(ascii: "{") ? ".profilelint.json" : ".profilelint.yml"
    var messages: [String] = []
    do {
        let configuration = try Configuration.parse(SourceFile(path: name, bytes: bytes))
        messages += configuration.warnings.map(\.description)
        _ = try configuration.policy()
        let (_, warnings) = try configuration.ruleRunner()
        messages += warnings.map(\.description)
        _ = try ConfigurationPrinter.json(configuration)
    } catch {
        messages.append(error.description)
    }
    for message in messages {
        precondition(
            !message.unicodeScalars.contains(where: TerminalText.needsEscape),
            "a configuration message carries a control character")
    }
    return 0
}

exit(profilelint_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzz($0, $1) })
