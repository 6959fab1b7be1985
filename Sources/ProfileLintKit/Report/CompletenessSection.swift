import ProfileRules

/// The completeness gauge, each item earned or missing, and the next steps to 100%.
enum CompletenessSection {
    static func render(_ report: CompletenessReport) -> String {
        let format = CompletenessScorer.format
        let score = format(report.score)
        var out = """
            <section id="completeness" aria-labelledby="completeness-heading">
            <h2 id="completeness-heading">Profile completeness</h2>
            <div class="gauge-row">
            <figure class="gauge">
            \(gauge(report.score))
            <figcaption>\(score)% complete (\(HTML.escape(report.model.rawValue)) model); \
            Top Rated needs 100%.</figcaption>
            </figure>
            <table class="items">
            <caption>Each item, earned or missing</caption>
            <thead><tr><th scope="col">Item</th><th scope="col">Points</th><th scope="col">Status</th></tr></thead>
            <tbody>

            """
        for item in report.items where item.required || item.points > 0 || item.id != "skill-tests" {
            let status = item.points >= item.max ? Status.earned : item.points > 0 ? .partly : .missing
            out +=
                "<tr class=\"\(status.className)\"><th scope=\"row\">\(HTML.escape(item.label))"
                + (item.required ? " <span class=\"tag\">required</span>" : "") + "</th>"
                + "<td>\(format(item.points)) of \(format(item.max))</td>"
                + "<td><span class=\"symbol\" aria-hidden=\"true\">\(status.symbol)</span> \(status.rawValue)"
                + "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
        out +=
            "<p>Optional items count \(format(min(report.optionalPoints, report.optionalCap))) of at most "
            + "\(format(report.optionalCap)) points"
            + (report.optionalPoints > report.optionalCap ? " (\(format(report.optionalPoints)) earned)" : "")
            + ".</p>\n"
        if report.next.isEmpty {
            out += "<p class=\"done\">Nothing left to add: the profile is complete.</p>\n"
        } else {
            out += "<h3>Next steps, most points first</h3>\n<ol class=\"steps\">\n"
            out += report.next.map { "<li>\(HTML.escape($0.advice))</li>\n" }.joined()
            out += "</ol>\n"
            if !report.planTo100.isEmpty {
                out += "<h3>The fewest additions to reach 100%</h3>\n<ol class=\"steps\">\n"
                out += report.planTo100.map { "<li>\(HTML.escape($0.advice))</li>\n" }.joined()
                out += "</ol>\n"
            }
        }
        return out + "</section>\n"
    }

    enum Status: String {
        case earned
        case partly = "partly earned"
        case missing

        var symbol: String {
            switch self {
            case .earned: "✓"
            case .partly: "◐"
            case .missing: "✗"
            }
        }

        var className: String {
            switch self {
            case .earned: "pass"
            case .partly: "partial"
            case .missing: "fail"
            }
        }
    }

    /// A ring filled to `score` percent, with the figure in its middle.
    static func gauge(_ score: Double) -> String {
        let radius = 52.0
        let circumference = 2 * Double.pi * radius
        let filled = circumference * min(max(score, 0), 100) / 100
        let label = "\(CompletenessScorer.format(score))%"
        return """
            <svg class="gauge-ring" viewBox="0 0 140 140" width="160" height="160" role="img" \
            aria-labelledby="gauge-title">
            <title id="gauge-title">Profile completeness: \(label)</title>
            <circle class="gauge-track" cx="70" cy="70" r="\(HTML.number(radius))" fill="none" stroke-width="14"/>
            <circle class="gauge-fill" cx="70" cy="70" r="\(HTML.number(radius))" fill="none" stroke-width="14" \
            stroke-dasharray="\(HTML.number(filled)) \(HTML.number(circumference))" transform="rotate(-90 70 70)"/>
            <text x="70" y="78" text-anchor="middle" class="gauge-label">\(label)</text>
            </svg>
            """
    }
}
