import ProfileModel

/// Which completeness table to score against.
public enum CompletenessModel: String, Sendable, Hashable, Codable, CaseIterable {
    /// Upwork's current help-center table (source P1): four required items worth 50, optional items capped at 50.
    case upwork
    /// The older 60% table (sources P2–P4): title joins the required block at 12 points each, optional capped at 40.
    case legacy60 = "legacy-60"
}

/// A profile's completeness under one model: points per item, and what to add next.
public struct CompletenessReport: Sendable, Hashable, Codable {
    /// One line of the table.
    public struct Item: Sendable, Hashable, Codable {
        /// Stable id, e.g. `photo`, `portfolio`.
        public var id: String
        /// What the item is, for people.
        public var label: String
        /// Points earned (before the optional cap).
        public var points: Double
        /// Most points the item can earn.
        public var max: Double
        /// `true` for the required block.
        public var required: Bool
        /// How many the profile has (items, accounts, credits).
        public var count: Int
    }

    /// One addition that raises the score.
    public struct Step: Sendable, Hashable, Codable {
        /// The item id.
        public var id: String
        /// Points the step adds to the score, after the optional cap.
        public var gain: Double
        /// What to do, for people: "add a video (+10)".
        public var advice: String
        /// How many units to add (portfolio items, education items…).
        public var quantity: Int
    }

    public var model: CompletenessModel
    /// The score, 0…100.
    public var score: Double
    /// Points of the optional items before the cap, and the cap.
    public var optionalPoints: Double
    public var optionalCap: Double
    public var items: [Item]
    /// Every missing item that would raise the score, ordered by points gained.
    public var next: [Step]
    /// The fewest additions that reach 100 (empty when already at 100).
    public var planTo100: [Step]
}

/// Scores a profile's completeness.
public enum CompletenessScorer {
    struct Rule {
        let id: String
        let label: String
        let singular: String
        let plural: String
        let each: Double
        let max: Double
        /// Units the profile can still add through the profile editor (skill tests were discontinued).
        let addable: Bool
    }

    /// The optional table, shared by both models (source P1).
    static let optionalRules: [Rule] = [
        Rule(
            id: "portfolio", label: "Portfolio items", singular: "a portfolio item", plural: "portfolio items",
            each: 5, max: 20, addable: true),
        Rule(
            id: "additional-employment", label: "Employment items beyond the first",
            singular: "another employment item", plural: "more employment items", each: 10, max: 20, addable: true),
        Rule(
            id: "additional-skills", label: "A second skill or more", singular: "a second skill", plural: "skills",
            each: 10, max: 10, addable: true),
        Rule(
            id: "education", label: "Education items", singular: "an education item", plural: "education items",
            each: 10, max: 20, addable: true),
        Rule(
            id: "video", label: "Video introduction", singular: "a video introduction", plural: "videos",
            each: 10, max: 10, addable: true),
        Rule(
            id: "linked-account", label: "A linked account", singular: "a linked account",
            plural: "linked accounts", each: 10, max: 10, addable: true),
        Rule(
            id: "certifications", label: "Certifications", singular: "a certification", plural: "certifications",
            each: 5, max: 10, addable: true),
        Rule(
            id: "other-experience", label: "Other experience", singular: "an other-experience item",
            plural: "other-experience items", each: 5, max: 5, addable: true),
        Rule(
            id: "skill-tests", label: "Skill-test credits (legacy)", singular: "a skill-test credit",
            plural: "skill-test credits", each: 10, max: 30, addable: false),
    ]

    /// Scores `profile` under `model`.
    public static func score(_ profile: Profile, model: CompletenessModel) -> CompletenessReport {
        let each = model == .upwork ? 12.5 : 12
        let cap: Double = model == .upwork ? 50 : 40
        var required: [(id: String, label: String, advice: String, count: Int)] = [
            ("photo", "Profile photo", "add a profile photo", profile.photo == nil ? 0 : 1)
        ]
        if model == .legacy60 {
            required.append(("title", "Professional title", "add a title", profile.title == nil ? 0 : 1))
        }
        required += [
            ("overview", "Overview", "write an overview", profile.overview == nil ? 0 : 1),
            (
                "employment", "At least one employment item", "add an employment history item",
                profile.employment.count
            ),
            ("skills", "At least one skill", "add a skill", profile.skills.count),
        ]

        // Placeholder text fills a field without earning it: half the points (PlaceholderTextRule).
        let filler: Set<String> = Set(
            [("overview", profile.overview), ("title", profile.title)].compactMap { id, field in
                field.flatMap { PlaceholderTextRule.filler(in: $0.value) } == nil ? nil : id
            })
        let counts: [String: Int] = [
            "portfolio": profile.portfolio.count,
            "additional-employment": max(0, profile.employment.count - 1),
            "additional-skills": profile.skills.count >= 2 ? 1 : 0,
            "education": profile.education.count,
            "video": profile.video == nil ? 0 : 1,
            "linked-account": profile.linkedAccounts.isEmpty ? 0 : 1,
            "certifications": profile.certifications.count,
            "other-experience": profile.otherExperience.isEmpty ? 0 : 1,
            "skill-tests": profile.skillTestCredits?.value ?? 0,
            // Not an item: lets the advice for more employment items read right when there is none yet.
            "employment": profile.employment.count,
        ]

        var items: [CompletenessReport.Item] = required.map {
            .init(
                id: $0.id, label: $0.label, points: $0.count > 0 ? (filler.contains($0.id) ? each / 2 : each) : 0,
                max: each, required: true, count: $0.count)
        }
        var optionalPoints = 0.0
        for rule in optionalRules {
            let count = counts[rule.id] ?? 0
            let points = Swift.min(rule.max, Double(count) * rule.each)
            optionalPoints += points
            items.append(
                .init(
                    id: rule.id, label: rule.label, points: points, max: rule.max, required: false,
                    count: count))
        }
        let requiredPoints = items.filter(\.required).reduce(0) { $0 + $1.points }
        let score = requiredPoints + Swift.min(cap, optionalPoints)

        // Missing required items, then optional units, each with its real gain under the cap.
        var next: [CompletenessReport.Step] =
            required.filter { $0.count == 0 }.map {
                .init(id: $0.id, gain: each, advice: "\($0.advice) (+\(format(each)))", quantity: 1)
            }
            + required.filter { filler.contains($0.id) }.map {
                .init(
                    id: $0.id, gain: each / 2,
                    advice: "replace the placeholder \($0.id) with real text (+\(format(each / 2)))",
                    quantity: 1)
            }
        let room = Swift.max(0, cap - optionalPoints)
        for rule in optionalRules where rule.addable {
            let remaining = rule.max - Swift.min(rule.max, Double(counts[rule.id] ?? 0) * rule.each)
            let gain = Swift.min(remaining, room)
            guard gain > 0 else { continue }
            let units = Int((gain / rule.each).rounded(.up))
            next.append(
                .init(
                    id: rule.id, gain: gain, advice: advice(rule, units: units, gain: gain, counts: counts),
                    quantity: units))
        }
        // Most points per addition first (so the required items, worth 12.5 each, lead), then most points.
        next.sort { lhs, rhs in
            let left = lhs.gain / Double(lhs.quantity)
            let right = rhs.gain / Double(rhs.quantity)
            if left != right { return left > right }
            return lhs.gain != rhs.gain ? lhs.gain > rhs.gain : order(lhs.id) < order(rhs.id)
        }

        return CompletenessReport(
            model: model, score: score, optionalPoints: optionalPoints, optionalCap: cap,
            items: items, next: next,
            planTo100: plan(
                required: next.filter { step in required.contains { $0.id == step.id } },
                optionalRoom: room, counts: counts))
    }

    /// The fewest unit additions that fill the optional room. Units are worth 10 or 5 and a 10 is two 5s, so
    /// taking the largest unit that still fits (else the smallest left) is optimal.
    static func plan(
        required: [CompletenessReport.Step], optionalRoom: Double,
        counts: [String: Int]
    ) -> [CompletenessReport.Step] {
        var left: [(rule: Rule, units: Int)] = optionalRules.filter(\.addable).map { rule in
            let earned = Swift.min(rule.max, Double(counts[rule.id] ?? 0) * rule.each)
            return (rule, Int(((rule.max - earned) / rule.each).rounded(.up)))
        }
        left.sort { $0.rule.each != $1.rule.each ? $0.rule.each > $1.rule.each : order($0.rule.id) < order($1.rule.id) }
        var taken: [(rule: Rule, units: Int, gain: Double)] = []
        var room = optionalRoom
        while room > 0 {
            // Otherwise the smallest unit left (the cheapest of those), overshooting the room once.
            let smallest = left.filter { $0.units > 0 }.map(\.rule.each).min()
            guard
                let index = left.firstIndex(where: { $0.units > 0 && $0.rule.each <= room })
                    ?? left.firstIndex(where: { $0.units > 0 && $0.rule.each == smallest })
            else { return [] }  // the optional items cannot fill the room
            let rule = left[index].rule
            left[index].units -= 1
            let gain = Swift.min(room, rule.each)
            room -= gain
            if let existing = taken.firstIndex(where: { $0.rule.id == rule.id }) {
                taken[existing].units += 1
                taken[existing].gain += gain
            } else {
                taken.append((rule, 1, gain))
            }
        }
        return required
            + taken.map {
                .init(
                    id: $0.rule.id, gain: $0.gain,
                    advice: advice($0.rule, units: $0.units, gain: $0.gain, counts: counts),
                    quantity: $0.units)
            }
    }

    static func advice(_ rule: Rule, units: Int, gain: Double, counts: [String: Int]) -> String {
        // With no employment item yet, "another" or "two more" would count from nothing.
        if rule.id == "additional-employment", counts["employment"] == 0 {
            let what =
                units == 1 ? "a second employment item" : "\(numberWord(units)) employment items beyond the first"
            return "add \(what) (+\(format(gain)))"
        }
        let what = units == 1 ? rule.singular : "\(numberWord(units)) \(rule.plural)"
        return "add \(what) (+\(format(gain)))"
    }

    // Tables as constants: array literals in these functions were rebuilt on every call, in every sort comparison.
    static let tieBreakOrder = [
        "photo", "title", "overview", "skills", "employment", "additional-skills", "linked-account", "video",
        "portfolio", "education", "additional-employment", "certifications", "other-experience",
    ]

    static func numberWord(_ number: Int) -> String {
        Wording.numberWord(number)
    }

    /// Tie-break order: the cheapest additions first.
    static func order(_ id: String) -> Int {
        tieBreakOrder.firstIndex(of: id) ?? 99
    }

    /// `12.5` → "12.5", `10` → "10".
    public static func format(_ points: Double) -> String {
        points == points.rounded() ? String(Int(points)) : String(points)
    }
}
