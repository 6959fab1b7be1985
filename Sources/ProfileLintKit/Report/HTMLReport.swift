import EligibilityEngine
import ProfileModel
import ProfileRules

/// `profilelint report`: one self-contained HTML page (inline CSS and SVG; no scripts, fonts or network) showing a
/// profile's standing: completeness, badges, the JSS over time and the Terms-of-Service findings.
public enum HTMLReport {
    /// The page for `data`. The output depends only on the inputs (no clock), so it can be compared in tests.
    public static func render(_ data: ReportData) -> String {
        let result = data.result
        let name = data.profile?.name?.value.trimmed
        let heading = name.map { $0.isEmpty ? "Profile report" : $0 } ?? "Profile report"
        var body = header(data, heading: heading)
        body += "<main>\n" + glance(data)
        if let completeness = result.completeness {
            body += CompletenessSection.render(completeness)
        }
        body += SpecializedSection.render(result.specializedReadiness)
        body += BadgeSection.render(result.eligibility)
        body += jssSection(data)
        body += FindingsSection.render(result)
        body +=
            "</main>\n<footer><p>Made by \(ToolInfo.name) \(ToolInfo.version) from the file alone; nothing was "
            + "sent anywhere. Badge rules and their sources: Docs/eligibility.md.</p></footer>\n"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>\(HTML.escape(heading)): profilelint report</title>
            <style>
            \(ReportStyle.css)</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    static func header(_ data: ReportData, heading: String) -> String {
        var out =
            "<header class=\"page-header\">\n<p class=\"eyebrow\">profilelint report</p>\n"
            + "<h1>\(HTML.escape(heading))</h1>\n"
        if let title = data.profile?.title?.value.trimmed, !title.isEmpty {
            out += "<p class=\"subtitle\">\(HTML.escape(title))</p>\n"
        }
        out += "<p class=\"meta\">File <code>\(HTML.escape(data.result.path))</code>"
        if let asOf = data.result.eligibility?.asOf { out += " · as of " + BadgeSection.date(asOf) }
        return out + "</p>\n</header>\n"
    }

    /// The page in four lines, each linking to its section.
    static func glance(_ data: ReportData) -> String {
        let result = data.result
        var items: [String] = []
        if let completeness = result.completeness {
            items.append(
                "<a href=\"#completeness\">Completeness</a>: "
                    + "<strong>\(CompletenessScorer.format(completeness.score))%</strong>"
                    + (completeness.next.isEmpty
                        ? "" : ", \(FindingsSection.count(completeness.planTo100.count, "addition")) to 100%"))
        }
        if let eligibility = result.eligibility {
            items.append(
                "<a href=\"#jss\">Job Success Score</a>: <strong>"
                    + (eligibility.jss.value.map { "\($0)%" } ?? "none yet") + "</strong>")
            let badges = eligibility.badges.map {
                "\(BadgeSection.name($0.badge)): \(BadgeSection.verdictText($0.verdict))"
            }
            items.append("<a href=\"#badges\">Badges</a>: " + badges.joined(separator: "; "))
        }
        if !result.specializedReadiness.isEmpty {
            items.append(
                "<a href=\"#specialized\">Specialized profiles</a> (profilelint's check): "
                    + result.specializedReadiness.map { "\(HTML.escape($0.name)) \($0.met) of \($0.total) ready" }
                    .joined(separator: "; "))
        }
        let tos = result.findings.filter { $0.category == .termsOfService }
        items.append(
            "<a href=\"#tos\">Terms of Service</a>: <strong>"
                + (tos.isEmpty ? "no findings" : FindingsSection.count(tos.count, "finding")) + "</strong>")
        return "<section id=\"glance\" aria-labelledby=\"glance-heading\">\n"
            + "<h2 id=\"glance-heading\">At a glance</h2>\n"
            + "<ul class=\"glance\">\n" + items.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n</section>\n"
    }

    static func jssSection(_ data: ReportData) -> String {
        var out =
            "<section id=\"jss\" aria-labelledby=\"jss-heading\">\n"
            + "<h2 id=\"jss-heading\">Job Success Score</h2>\n"
        guard let account = data.account, let eligibility = data.result.eligibility else {
            return out + "<p>No account record was given, so there is no JSS to show.</p>\n</section>\n"
        }
        let jss = eligibility.jss
        out +=
            "<p>" + (jss.value.map { "The JSS is <strong>\($0)%</strong>" } ?? "There is no JSS yet")
            + (jss.isDisplayed
                ? " (as displayed" + (jss.week.map { " in the week of \($0)" } ?? "")
                    + (jss.estimate.map { "; an estimate from the contracts alone: \($0)%" } ?? "") + ")"
                : jss.window.map { " (best window: \(HTML.escape($0)))" } ?? "")
            + "; Top Rated needs \(data.policy.topRatedJSS)%.</p>\n"
        let series = JSSSeries(account: account, policy: data.policy, asOf: eligibility.asOf)
        if series.isEmpty {
            out += "<p>The account gives no weekly JSS history and no contracts to compute one from.</p>\n"
        } else {
            out += JSSChart.render(series, threshold: data.policy.topRatedJSS)
        }
        out += "<h3>The last \(data.policy.eligibleWeeksWindow) weeks</h3>\n"
        if let strip = WeekStrip(account: account, series: series, policy: data.policy, asOf: eligibility.asOf) {
            out +=
                "<p>Top Rated needs \(data.policy.eligibleWeeksRequired) eligible weeks out of the last "
                + "\(data.policy.eligibleWeeksWindow).</p>\n" + strip.html
        } else {
            out += "<p>No weekly history or computed JSS to show.</p>\n"
        }
        return out + "</section>\n"
    }
}

extension String {
    fileprivate var trimmed: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
