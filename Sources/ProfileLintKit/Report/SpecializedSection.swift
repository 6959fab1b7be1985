import ProfileRules

/// Each specialized profile's readiness checklist: profilelint's own, shown apart from Upwork's percentage.
enum SpecializedSection {
    static func render(_ profiles: [SpecializedReadiness]) -> String {
        guard !profiles.isEmpty else { return "" }
        var out = """
            <section id="specialized" aria-labelledby="specialized-heading">
            <h2 id="specialized-heading">Specialized profiles</h2>
            <p>profilelint's readiness check of each specialized profile's own items. This is not an Upwork figure: \
            Upwork shows one completeness percentage, the general profile's, above.</p>

            """
        for profile in profiles {
            out +=
                "<table class=\"items\">\n<caption>\(HTML.escape(profile.name)): \(profile.met) of "
                + "\(profile.total) items ready</caption>\n"
                + "<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n"
            for item in profile.items {
                let status: CompletenessSection.Status = item.met ? .earned : .missing
                out +=
                    "<tr class=\"\(status.className)\"><th scope=\"row\">\(HTML.escape(item.label))</th>"
                    + "<td><span class=\"symbol\" aria-hidden=\"true\">\(status.symbol)</span> "
                    + (item.met ? "ready" : "missing") + "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }
}
