import EligibilityEngine

/// Every badge with its criteria as a checklist, the date each can change, the earliest date and the risks.
enum BadgeSection {
    static func render(_ report: EligibilityReport?) -> String {
        var out = "<section id=\"badges\" aria-labelledby=\"badges-heading\">\n<h2 id=\"badges-heading\">Badges</h2>\n"
        guard let report else {
            return out + "<p>No account record was given, so badges were not evaluated: pass <code>--account "
                + "FILE</code> or put an <code>account</code> member in the document.</p>\n</section>\n"
        }
        out +=
            "<p>Evaluated as of <time datetime=\"\(report.asOf)\">\(report.asOf)</time> with policy "
            + "<code>\(HTML.escape(report.policy))</code>.</p>\n"
        for badge in report.badges {
            out += render(badge, asOf: report.asOf)
        }
        return out + "</section>\n"
    }

    static func name(_ badge: BadgeResult.Badge) -> String {
        switch badge {
        case .risingTalent: "Rising Talent"
        case .topRated: "Top Rated"
        case .topRatedPlus: "Top Rated Plus"
        case .expertVetted: "Expert-Vetted"
        }
    }

    static func symbol(_ status: Criterion.Status) -> String {
        switch status {
        case .pass: "✓"
        case .fail: "✗"
        case .unknown: "?"
        }
    }

    /// The verdict in words ("not eligible").
    static func verdictText(_ verdict: BadgeResult.Verdict) -> String {
        verdict == .notEligible ? "not eligible" : verdict.rawValue
    }

    static func verdictClass(_ verdict: BadgeResult.Verdict) -> String {
        switch verdict {
        case .eligible: "pass"
        case .notEligible: "fail"
        case .undetermined, .discretionary: "unknown"
        }
    }

    static func render(_ badge: BadgeResult, asOf: CalendarDate) -> String {
        let id = "badge-\(badge.badge.rawValue)"
        var out =
            "<section class=\"badge\" aria-labelledby=\"\(id)\">\n"
            + "<h3 id=\"\(id)\">\(name(badge.badge)): <span class=\"verdict \(verdictClass(badge.verdict))\">"
            + "\(verdictText(badge.verdict))</span></h3>\n"
        let passed = badge.criteria.filter { $0.status == .pass }.count
        out += "<p>\(passed) of \(badge.criteria.count) criteria pass. "
        switch (badge.verdict, badge.earliest) {
        case (.eligible, _): out += "Eligible now."
        case (_, let earliest?) where earliest > asOf:
            out +=
                "Earliest date it can be reached: <strong>" + date(earliest) + "</strong>, if every criterion "
                + "that is not waiting on the calendar is fixed now."
        case (_, .some): out += "It can be reached as soon as the failing criteria are fixed."
        case (_, .none): out += "No date can be given."
        }
        out += "</p>\n"
        if !badge.risks.isEmpty {
            out += "<p>Risk dates (lost on these days if nothing changes):</p>\n<ul class=\"risks\">\n"
            for risk in badge.risks {
                out +=
                    "<li>" + date(risk.date) + ": <code>\(HTML.escape(risk.criterion))</code>, "
                    + "\(HTML.escape(risk.explanation))</li>\n"
            }
            out += "</ul>\n"
        }
        if !badge.warnings.isEmpty {
            out += "<ul class=\"warnings\">\n"
            out += badge.warnings.map { "<li><strong>Warning:</strong> \(HTML.escape($0))</li>\n" }.joined()
            out += "</ul>\n"
        }
        out += """
            <table class="checklist">
            <caption>\(name(badge.badge)) criteria</caption>
            <thead><tr><th scope="col">Status</th><th scope="col">Criterion</th><th scope="col">Has</th>\
            <th scope="col">Needs</th><th scope="col">Why</th><th scope="col">Can change on</th></tr></thead>
            <tbody>

            """
        for criterion in badge.criteria {
            out +=
                "<tr class=\"\(criterion.status.rawValue)\">"
                + "<td data-label=\"Status\"><span class=\"symbol\" aria-hidden=\"true\">\(symbol(criterion.status))"
                + "</span> \(criterion.status.rawValue)</td>"
                + "<th scope=\"row\" data-label=\"Criterion\"><code>\(HTML.escape(criterion.id))</code></th>"
                + "<td data-label=\"Has\">\(HTML.escape(criterion.actual ?? "not known"))</td>"
                + "<td data-label=\"Needs\">\(HTML.escape(criterion.required))</td>"
                + "<td data-label=\"Why\">\(HTML.escape(criterion.explanation))</td>"
                + "<td data-label=\"Can change on\">\(criterion.changesOn.map(date) ?? "—")</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    static func date(_ date: CalendarDate) -> String {
        "<time datetime=\"\(date)\">\(date)</time>"
    }
}
