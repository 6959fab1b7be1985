import ProfileModel
import ProfileRules

/// Explains why the marketplace's own completeness figure differs from ours, where a known cause fits.
package enum MarketplaceComparison {
    /// A sentence naming the cause when a known one fits, `nil` when the figures agree.
    package static func explain(
        _ profile: Profile, ours report: CompletenessReport,
        marketplace: MarketplaceCompleteness
    ) -> String? {
        guard let actual = marketplace.actual, actual != report.score else { return nil }
        let other: CompletenessModel = report.model == .upwork ? .legacy60 : .upwork
        if CompletenessScorer.score(profile, model: other).score == actual {
            return "it matches the \(other.rawValue) table, so the marketplace scored this profile with that table"
        }
        let required = report.items.filter(\.required)
        let present = required.filter { $0.points > 0 }
        if present.count < required.count {
            let withoutPartialCredit = report.score - present.reduce(0) { $0 + $1.points }
            if withoutPartialCredit == actual {
                return "the marketplace gives the required block no points until all of it is present; "
                    + "missing: "
                    + required.filter { $0.points == 0 }.map { $0.label.lowercased() }
                    .joined(separator: ", ")
            }
        }
        // No published table reproduces the figure: say so rather than guess at a cause.
        return "no published table reproduces the marketplace's figure (its weighting changed over the years, "
            + "sources P1–P4); the table above shows where our points come from"
    }
}
