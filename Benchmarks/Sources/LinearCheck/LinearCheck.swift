import Foundation
import ProfileLintKit
import ProfileModel
import ProfileRules

/// Issue 12, family 5: every text pass is linear. One megabyte of each short repeat that once took minutes
/// (`1 ` × 65536 took minutes through the letter-spacing pass; `dot `, `a-b-` through the spelled-dot and hyphen
/// runs) goes through every rule as plain text and through the whole profile pipeline as an overview.
///
///     linear-check [--bytes N] [--bound SECONDS]
///
/// For each pattern it times (in CPU seconds) a quarter of the size and the full size. It fails (exit 1) when the
/// full size takes longer than the bound (default 60 s: generous, for a shared machine) or more than 8 times the
/// quarter size (linear work is 4 times; quadratic, 16). Not a test: time is measured, so it lives here.
@main
struct LinearCheck {
    static let patterns = [
        "1 ", "1", "12 ", "-", "1-", "1.", "1,", "(1)", "+1 ", "1 1-", "dot ", "x dot ", "a-b-",
        "a ", "a.", "a_", "o ", "oh ", "five ", "double ", "at ", "@ ", ". ", "a@b ", "www.",
        "http://", ".com ", "a.b ", "-a", "[at] ", "j o h n ",
        // Cue words: many matches in one text, in many sentences and in one long list.
        "Ping me on Telegram. ", "telegram ", "PayPal, ", "no ",
        // Matches checked against every other match (negations, call links, site paths, e-mail
        // addresses beside phones).
        "never telegram ", "zoom.us/j/1 telegram ", "example.com/telegram ", "a@b.co 555 123 4567 ",
    ]

    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        func value(_ flag: String) -> Double? {
            guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
            defer { arguments.removeSubrange(index...index + 1) }
            return Double(arguments[index + 1])
        }
        let bytes = Int(value("--bytes") ?? 1_048_576)
        let bound = value("--bound") ?? 60
        let runner = RuleRunner()
        let linter = Linter()
        var failures: [String] = []
        // CPU time of this process, not wall clock: on a shared machine a loaded minute is not the code's.
        func seconds(_ work: () -> Void) -> Double {
            func now() -> Double {
                var spec = timespec()
                clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
                return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
            }
            let start = now()
            work()
            return now() - start
        }
        func run(_ pattern: String, _ size: Int) -> Double {
            let text = String(String(repeating: pattern, count: size / pattern.utf8.count + 1).utf8.prefix(size))!
            let document = #"{"profile": {"name": "A", "overview": "\#(text)"}}"#
            return seconds {
                _ = runner.run(RuleInput(text: SourceFile(path: "text", bytes: Array(text.utf8))))
                _ = linter.lintProfile(SourceFile(path: "p.json", bytes: Array(document.utf8)))
            }
        }
        print("pattern                    \(bytes / 4) B      \(bytes) B   ratio")
        for pattern in patterns {
            let quarter = run(pattern, bytes / 4)
            let full = run(pattern, bytes)
            let ratio = full / max(quarter, 0.001)
            let name = "\"\(pattern)\"".padding(toLength: 24, withPad: " ", startingAt: 0)
            print(String(format: "%@ %8.3f s %8.3f s %6.1f", name, quarter, full, ratio))
            if full > bound { failures.append("\(pattern): \(full) s for \(bytes) bytes (bound \(bound) s)") }
            if full > 0.5, ratio > 8 { failures.append("\(pattern): ×\(ratio) for ×4 the input (not linear)") }
        }
        for failure in failures { print("FAIL \(failure)") }
        exit(failures.isEmpty ? 0 : 1)
    }
}
