import ProfileModel

/// Findings with their excerpts highlighted in context: the Terms-of-Service ones first, then the rest.
enum FindingsSection {
    static func render(_ result: FileResult) -> String {
        let tos = result.findings.filter { $0.category == .termsOfService }
        let others = result.findings.filter { $0.category != .termsOfService }
        var out =
            "<section id=\"tos\" aria-labelledby=\"tos-heading\">\n"
            + "<h2 id=\"tos-heading\">Terms of Service</h2>\n"
        if tos.isEmpty {
            out +=
                "<p class=\"done\">No Terms-of-Service findings: no contact details, off-platform payment or "
                + "feedback deals were found.</p>\n"
        } else {
            out +=
                "<p>\(count(tos.count, "finding")). Contact details, off-platform payment and feedback deals can "
                + "cost the account its badges; each is shown in its line of the file, the matched text marked.</p>\n"
            out += list(tos, source: result.source)
        }
        out += "</section>\n"
        if !others.isEmpty {
            out +=
                "<section id=\"findings\" aria-labelledby=\"findings-heading\">\n"
                + "<h2 id=\"findings-heading\">Other findings</h2>\n" + list(others, source: result.source)
                + "</section>\n"
        }
        return out
    }

    static func list(_ findings: [Finding], source: SourceFile?) -> String {
        var out = "<ol class=\"findings\">\n"
        for finding in findings {
            out +=
                "<li class=\"finding \(finding.severity.rawValue)\">"
                + "<p class=\"finding-head\"><span class=\"severity\">\(finding.severity.rawValue)</span> "
                + "<code>\(HTML.escape(finding.ruleID))</code> "
                + "<span class=\"where\">line \(finding.location.line), column \(finding.location.column)</span></p>"
                + "<p>\(HTML.escape(finding.message))</p>"
            if let source, let context = FindingContext(finding, in: source), !context.match.isEmpty {
                out += "<pre class=\"context\"><code>\(context.html)</code></pre>"
            } else if let excerpt = finding.excerpt, !excerpt.isEmpty,
                !(source.map { VisibleText.isMarkup($0.bytes) } ?? false)
            {
                // A saved page's raw excerpt is markup (a finding about a missing field points at the profile
                // element's `<`): a page shows no text there, so neither does the report.
                out += "<pre class=\"context\"><code><mark>\(HTML.escape(excerpt))</mark></code></pre>"
            }
            out += "</li>\n"
        }
        return out + "</ol>\n"
    }

    static func count(_ number: Int, _ noun: String) -> String {
        Wording.count(number, noun)
    }
}
