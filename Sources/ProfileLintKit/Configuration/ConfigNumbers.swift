import ProfileModel

/// The documented range of every number a configuration file can set (issue 12, family 1): policy values under
/// `eligibility:` and rule options under `rules:`. Checked on the parsed file, before decoding, so a bad value is
/// an error at its own `file:line:column`, and `eligible_weeks_window: 0` or `1e300` never reaches the engine.
enum ConfigNumbers {
    /// Ranges of the `eligibility:` settings (and the members of their nested objects), by snake_case key.
    static let policy: [String: NumberRange] = [
        "jss_max_age_months": .whole(1...1200), "jss_windows_months": .whole(1...1200),
        "jss_trending_months": .whole(1...1200), "jss_minimum_jobs": .count, "jss_minimum_clients": .count,
        "up_to": .money, "weight": NumberRange(0...1_000_000), "jss_top_weight": NumberRange(0...1_000_000),
        "jss_long_term_period_months": .whole(1...1200), "jss_max_contract_weight": NumberRange(0...1_000_000),
        "negative_stars_below": NumberRange(0...5), "negative_private_score_at_or_below": NumberRange(0...10),
        "positive_stars_at_least": NumberRange(0...5), "positive_private_score_at_least": NumberRange(0...10),
        "top_rated_jss": .score, "tenure_days": .whole(0...36_500), "eligible_weeks_required": .whole(0...520),
        "eligible_weeks_window": .whole(1...520), "profile_completeness": .percent,
        "elance_profile_completeness": .percent, "earnings12m": .money, "agency_earnings12m": .money,
        "hold_free_days": .whole(0...36_500), "activity_days": .whole(0...36_500),
        "violation_free_months": .whole(0...1200), "agency_minimum_members": .count,
        "agency_member_completeness": .percent, "agency_owner_completeness": .percent, "agency_owner_jss": .score,
        "top_rated_plus_earnings12m": .money, "top_rated_plus_agency_earnings_above": .money, "amount": .money,
        "default_large_contract_threshold": .money, "rising_talent_joined_days": .whole(0...36_500),
        "rising_talent_minimum_stars": NumberRange(0...5), "rising_talent_earnings12m": .money,
    ]

    /// Most items in a configured list of numbers or objects (windows, bands, thresholds).
    static let maxListItems = 1000

    /// Ranges of rule options that are fractions; every other rule option is a count (`NumberRange.count`).
    static let ruleOptions: [String: NumberRange] = [
        "threshold": NumberRange(0...1), "min_coverage": NumberRange(0...1),
    ]

    /// Checks every number under `node` against `ranges` by its key, `fallback` for keys not listed.
    static func check(
        _ node: ConfigNode, key: String, ranges: [String: NumberRange], fallback: NumberRange
    )
        throws(ConfigurationError)
    {
        switch node.value {
        case .number(let number):
            let range = ranges[key] ?? fallback
            guard range.check(number) != nil else {
                throw .malformed(location: node.location, message: "\(Excerpt.quoted(key)) must be \(range)")
            }
        case .list(let items):
            guard items.count <= maxListItems else {
                throw .malformed(
                    location: node.location,
                    message: "\(Excerpt.quoted(key)) holds more than \(Wording.count(maxListItems, "item"))")
            }
            for item in items { try check(item, key: key, ranges: ranges, fallback: fallback) }
        case .map(let entries):
            for entry in entries { try check(entry.value, key: entry.key, ranges: ranges, fallback: fallback) }
        case .null, .bool, .string:
            break
        }
    }
}
