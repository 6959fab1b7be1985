import ProfileModel
import ProfileRules

/// The default output: compiler-style findings editors link (`path:line:column: severity: message [rule]`),
/// then each profile's completeness and what to add next.
///
/// Every piece of text that comes from an input (paths, messages quoting the profile, the marketplace's note)
/// goes through `TerminalText.escape`, so no ESC, BEL, CR or C1 control from a profile reaches the terminal.
public struct TextReporter: Sendable {
    /// Whether to use ANSI colours.
    public var color: Bool
    /// Print only findings and errors (no completeness summary, no totals).
    public var quiet: Bool

    /// A reporter.
    public init(color: Bool, quiet: Bool = false) {
        self.color = color
        self.quiet = quiet
    }

    /// Renders `results`; the text ends with a newline unless empty.
    public func render(_ results: [FileResult]) -> String {
        var out = ""
        for result in results {
            if let error = result.error {
                out +=
                    "\(clean(error.path))\(error.line.map { ":\($0):\(error.column ?? 1)" } ?? ""): "
                    + paint("error", .red) + ": \(clean(error.message))\n"
                continue
            }
            for finding in result.findings {
                out +=
                    "\(clean(finding.location.description)): "
                    + paint(finding.severity.rawValue, tone(finding.severity))
                    + ": \(clean(finding.message)) " + paint("[\(clean(finding.ruleID))]", .dim) + "\n"
            }
            if !quiet, let completeness = result.completeness {
                out += summary(
                    of: completeness, path: result.path, marketplace: result.marketplaceCompleteness,
                    note: result.marketplaceNote)
                out += readiness(result.specializedReadiness)
            }
            if !quiet, let eligibility = result.eligibility {
                out += EligibilityText.render(
                    eligibility, path: result.accountPath ?? result.path,
                    completeness: result.completeness, paint: paint)
            }
        }
        if !quiet {
            let summary = RunSummary(results)
            out +=
                "\(count(summary.files, "file")) checked: "
                + "\(count(summary.errors, "error")), \(count(summary.warnings, "warning")), "
                + "\(count(summary.infos, "info"))"
                + (summary.failedFiles > 0 ? ", \(count(summary.failedFiles, "unreadable file"))" : "") + "\n"
        }
        return out
    }

    func summary(
        of report: CompletenessReport, path: String, marketplace: MarketplaceCompleteness?,
        note: String?
    ) -> String {
        let format = CompletenessScorer.format
        var out =
            paint("\(clean(path)): completeness \(format(report.score))%", .bold)
            + " (\(report.model.rawValue) model)\n"
        let width = report.items.map(\.label.count).max() ?? 0
        for item in report.items where item.required || item.points > 0 || item.id != "skill-tests" {
            let mark = item.points >= item.max ? "[x]" : item.points > 0 ? "[~]" : "[ ]"
            let label = item.label + String(repeating: " ", count: width - item.label.count)
            out += "  \(mark) \(label)  \(format(item.points))/\(format(item.max))\n"
        }
        out +=
            "  Optional items count \(format(min(report.optionalPoints, report.optionalCap))) of at most "
            + "\(format(report.optionalCap))"
            + (report.optionalPoints > report.optionalCap ? " (\(format(report.optionalPoints)) earned)" : "") + ".\n"
        if let marketplace, let actual = marketplace.actual {
            let shown = marketplace.display.map { ", shown as \(format($0))%" } ?? ""
            let difference = report.score - actual
            out +=
                "  The marketplace's own figure: \(format(actual))%\(shown) (\(clean(marketplace.source))); "
                + (difference == 0
                    ? "the same as ours.\n"
                    : "ours is \(format(abs(difference))) points \(difference > 0 ? "higher" : "lower")"
                        + (note.map { ": \(clean($0)).\n" } ?? ".\n"))
        }
        if report.next.isEmpty {
            out += "  Nothing left to add.\n"
        } else {
            out += "  Next: " + clean(report.next.map(\.advice).joined(separator: "; ")) + ".\n"
            if !report.planTo100.isEmpty {
                out += "  To reach 100%: " + clean(sentence(report.planTo100.map(\.advice))) + " → 100%.\n"
            }
        }
        return out
    }

    /// Each specialized profile's checklist, labelled as profilelint's (Upwork's percentage is the general one's).
    func readiness(_ profiles: [SpecializedReadiness]) -> String {
        guard !profiles.isEmpty else { return "" }
        var out = "  Specialized profiles (profilelint's readiness check, not an Upwork figure):\n"
        for profile in profiles {
            let missing = profile.missing.map(\.label).joined(separator: "; ")
            out +=
                "    [\(profile.met)/\(profile.total)] \(profile.name): "
                + (missing.isEmpty ? "ready" : "missing " + missing) + "\n"
        }
        return out
    }

    func sentence(_ parts: [String]) -> String { Wording.list(parts) }

    /// Text from an input, made safe for a terminal.
    func clean(_ text: String) -> String { TerminalText.escape(text) }

    func count(_ number: Int, _ noun: String) -> String { Wording.count(number, noun) }

    enum Tone: String {
        case red = "31"
        case green = "32"
        case yellow = "33"
        case cyan = "36"
        case bold = "1"
        case dim = "2"
    }

    func tone(_ severity: Severity) -> Tone {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .cyan
        }
    }

    func paint(_ text: String, _ tone: Tone) -> String {
        color ? "\u{1B}[\(tone.rawValue)m\(text)\u{1B}[0m" : text
    }
}
