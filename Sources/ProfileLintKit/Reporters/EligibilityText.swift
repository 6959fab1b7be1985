import EligibilityEngine
import ProfileModel

/// The text form of an eligibility report: each badge's verdict, then its criteria as a checklist. Text from the
/// account (member names, the policy id, explanations quoting them) is escaped with `TerminalText`.
enum EligibilityText {
    static func render(_ report: EligibilityReport, path: String, paint: (String, TextReporter.Tone) -> String)
        -> String
    {
        let clean = { (text: String) in TerminalText.escape(text) }
        var out = paint("\(clean(path)): eligibility", .bold) + " (policy \(clean(report.policy)), as of \(report.asOf))"
        if let value = report.jss.value {
            let others = report.jss.windows.filter { $0.value != nil && $0.window != report.jss.window }
                .map { "\($0.window) \($0.value!)" }
            out += ": JSS \(value)" + (report.jss.window.map { " (\($0) window" } ?? " (")
                + (others.isEmpty ? ")" : "; \(others.joined(separator: ", ")))")
        } else {
            out += ": no JSS yet"
        }
        out += "\n"
        for badge in report.badges {
            let tone: TextReporter.Tone = switch badge.verdict {
            case .eligible: .green
            case .notEligible: .red
            case .undetermined, .discretionary: .yellow
            }
            out += "  \(badge.badge.rawValue): " + paint(badge.verdict.rawValue, tone)
                + (badge.verdict == .eligible ? "" : badge.earliest.map { " (earliest \($0))" } ?? "") + "\n"
            for criterion in badge.criteria {
                let mark = switch criterion.status {
                case .pass: "[pass]"
                case .fail: "[FAIL]"
                case .unknown: "[ ?? ]"
                }
                var line = "    \(mark) \(criterion.id): \(clean(criterion.explanation))"
                if let changesOn = criterion.changesOn, !criterion.explanation.contains(changesOn.description) {
                    line += " (can change on \(changesOn))"
                }
                out += line + "\n"
            }
            for risk in badge.risks {
                out += "    risk on \(risk.date): \(clean(risk.explanation))\n"
            }
            for warning in badge.warnings {
                out += "    " + paint("warning", .yellow) + ": \(clean(warning))\n"
            }
        }
        return out
    }
}
