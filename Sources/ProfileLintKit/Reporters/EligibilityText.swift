import EligibilityEngine
import ProfileModel
import ProfileRules

/// The text form of an eligibility report: each badge's verdict, then its criteria as a checklist. A failing or
/// unknown criterion says what it needs and, where the engine can tell, what would pass it and when. Text from the
/// account (member names, the policy id, explanations quoting them) is escaped with `TerminalText`.
package enum EligibilityText {
    /// `path` is the account's file, which heads the block; `completeness` (the profile's) tells what the profile
    /// criterion needs.
    static func render(
        _ report: EligibilityReport, path: String, completeness: CompletenessReport? = nil,
        paint: (String, TextReporter.Tone) -> String
    ) -> String {
        let clean = { (text: String) in TerminalText.escape(text) }
        var out =
            paint("\(clean(path)): eligibility", .bold) + " (policy \(clean(report.policy)), as of \(report.asOf))"
        out += ": " + jssLine(report.jss) + "\n"
        for badge in report.badges {
            let tone: TextReporter.Tone =
                switch badge.verdict {
                case .eligible: .green
                case .notEligible: .red
                case .undetermined, .discretionary: .yellow
                }
            let earliest =
                badge.verdict == .eligible
                ? nil
                : badge.earliest.map { date in
                    " (earliest \(date)" + (badge.earliestAssumes.map { ", if \($0)" } ?? "") + ")"
                }
            out += "  \(badge.badge.rawValue): " + paint(badge.verdict.rawValue, tone) + (earliest ?? "") + "\n"
            for criterion in badge.criteria {
                let mark =
                    switch criterion.status {
                    case .pass: "[pass]"
                    case .fail: "[FAIL]"
                    case .unknown: "[ ?? ]"
                    }
                var line = "    \(mark) \(criterion.id): \(clean(criterion.explanation))"
                if let changesOn = criterion.changesOn, !criterion.explanation.contains(changesOn.description) {
                    line += " (can change on \(changesOn))"
                }
                if criterion.status != .pass {
                    var action = criterion.action
                    if criterion.id == "profile", let plan = completeness?.planTo100, !plan.isEmpty {
                        action = Wording.list(plan.map(\.advice))
                    }
                    line += "; needs \(criterion.required)" + (action.map { ": \($0)" } ?? "")
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

    /// `JSS 92 (displayed in the week of 2026-10-12; estimate from the contracts alone: 100, 12m window)`, or the
    /// computed windows when the account shows no figure.
    static func jssLine(_ jss: JSSSummary) -> String {
        guard let value = jss.value else { return "no JSS yet" }
        let computed = jss.windows.filter { $0.value != nil }
        if jss.isDisplayed {
            let shown = jss.week.map { "displayed in the week of \($0)" } ?? "displayed"
            let estimate =
                jss.estimate.map { estimate in
                    "; estimate from the contracts alone: \(estimate)"
                        + (jss.estimateWindow.map { ", \($0) window" } ?? "")
                } ?? ""
            return "JSS \(value) (\(shown)\(estimate))"
        }
        let others = computed.filter { $0.window != jss.window }.map { "\($0.window) \($0.value!)" }
        return "JSS \(value)" + (jss.window.map { " (\($0) window" } ?? " (")
            + (others.isEmpty ? ")" : "; \(others.joined(separator: ", ")))")
    }
}

// MARK: - What-if

extension EligibilityText {
    /// `profilelint eligibility --what-if`'s line: the JSS now and how many more positive contracts of the answer's
    /// size reach its target, or why that cannot be said.
    package static func whatIf(_ answer: WhatIf, accountPath: String) -> String {
        var now = answer.currentJSS.map { "JSS \($0) now" } ?? "no JSS yet"
        if answer.basis == "displayed" {
            now +=
                " (displayed" + (answer.estimatedJSS.map { "; estimate from the contracts alone: \($0)" } ?? "")
                + ")"
        }
        let size = "$" + Wording.number(Int(answer.contractEarnings))
        if let current = answer.currentJSS, current >= answer.target {
            return "\(accountPath): \(now), already at or above \(answer.target)\n"
        }
        if let needed = answer.contractsNeeded {
            return "\(accountPath): \(now); \(Wording.number(needed)) more positive \(size) "
                + "\(Wording.noun(needed, "contract")) "
                + "reach\(needed == 1 ? "es" : "") \(answer.target)"
                + (answer.resultingJSS.map { " (JSS \($0))" } ?? "")
                + "\n"
        }
        if answer.basis == "displayed", answer.estimatedJSS == nil {
            return "\(accountPath): \(now); the account's contracts do not explain it, so the contracts needed for "
                + "\(answer.target) cannot be estimated\n"
        }
        return "\(accountPath): \(now); positive \(size) contracts alone do not reach \(answer.target) within 100 "
            + "contracts\n"
    }
}

extension JSONReporter {
    /// `profilelint eligibility --what-if … --format json`: the `WhatIf` answer as its Codable form encodes it (sorted
    /// keys, absent values left out), pretty-printed, through the one JSON writer.
    package static func whatIf(_ answer: WhatIf) throws(JSONWriteError) -> String {
        var json = JSONWriter(style: .pretty, capacity: 256)
        try json.value(JSONValueEncoder.encode(answer))
        return String(decoding: json.bytes, as: UTF8.self)
    }
}
