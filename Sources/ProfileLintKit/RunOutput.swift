import Foundation
import ProfileModel

/// What becomes of a run's outcome after linting: the findings a baseline accepts hidden, the `--output` reports
/// written, and `--exit-zero`'s code. The command line only prints what these return (Docs/architecture.md).
extension LintRun.Outcome {
    /// `--baseline FILE`: hides the findings the baseline accepts (matched by file, field, rule and hash, relative to
    /// the baseline's folder). Returns the note for standard error, `nil` when nothing was hidden and every entry
    /// still matches.
    package mutating func hideAccepted(byBaselineAt path: String) throws(FileResult.InputError) -> String? {
        let accepted = try Baseline.load(path: path)
        let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
        let (kept, hidden, unmatched) = accepted.filter(results, relativeTo: folder)
        results = kept
        guard hidden > 0 || !unmatched.isEmpty else { return nil }
        var note = "profilelint: \(Wording.count(hidden, "finding")) accepted by \(path) hidden"
        if !unmatched.isEmpty {
            note +=
                "; \(Wording.number(unmatched.count)) baseline "
                + (unmatched.count == 1 ? "entry no longer matches" : "entries no longer match")
                + " (fixed): `profilelint baseline write` drops them"
        }
        return note
    }

    /// `--output FORMAT=PATH`: renders and writes each report, in order. Each is atomic (a temporary file renamed
    /// over the target, so a failure leaves the old report intact), and a target that is one of the run's inputs —
    /// by device and inode, however it is named — is refused (`AtomicFile`, `InputLedger`), so `-o json=me.json`
    /// never destroys the profile it checked. Returns why each report that was not written was not.
    package func writeReports(_ targets: [(format: ReportFormat, path: String)]) -> [any LocatedError] {
        var failures: [any LocatedError] = []
        for target in targets {
            do {
                let report = try target.format.render(results, failOn: failOn)
                try AtomicFile.write(Array(report.utf8), to: target.path)
            } catch let error as JSONWriteError {
                failures.append(error)
            } catch {
                failures.append(ReportWriteFailure(path: target.path, reason: "\(error)"))
            }
        }
        return failures
    }

    /// `--exit-zero`: findings (1) exit 0; input and usage failures still exit 2.
    package static func exitCode(_ code: Int32, exitZero: Bool) -> Int32 {
        exitZero && code == 1 ? 0 : code
    }
}

/// An `--output` report that could not be written.
package struct ReportWriteFailure: LocatedError {
    package var path: String
    package var reason: String
    package var location: SourceLocation? { nil }
    package var message: String { "cannot write the report to \(path): \(reason)" }
    /// The command line's own form: the report is not an input, so there is no `path:line:column`.
    package var description: String {
        "profilelint: error: " + TerminalText.escape(message, keepingNewlines: true)
    }
}
