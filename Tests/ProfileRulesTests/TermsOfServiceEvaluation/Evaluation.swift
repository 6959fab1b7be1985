import ProfileLintTestSupport
import ProfileModel
import ProfileRules

/// A text and the Terms-of-Service rules that must report it (every other ToS rule must stay silent).
struct EvaluationCase: Sendable {
    var text: String
    var expected: Set<String>
    /// Where the case comes from ("own", "scrubadub", "presidio"…), for the misses list.
    var source: String
    /// The rules the case's labels speak for; `nil` for all. A public case labelled for one kind of data (an IP
    /// address test that happens to contain a domain) says nothing about the other rules.
    var scope: Set<String>?

    static let shortLabels: [Character: String] = [
        "e": "contact-email", "p": "contact-phone", "l": "contact-link", "h": "contact-handle",
        "a": "contact-address", "$": "off-platform-payment", "f": "feedback-manipulation", "o": "off-platform-contact",
    ]

    /// A case labelled with short letters (see `OwnCases`).
    init(text: String, labels: String, source: String, scope: String? = nil) {
        self.text = text
        expected = Set(labels.compactMap { Self.shortLabels[$0] })
        self.source = source
        self.scope = scope.map { Set($0.compactMap { Self.shortLabels[$0] }) }
    }
}

/// True/false positives and false negatives of one rule.
struct RuleScore: Sendable {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    static func + (lhs: RuleScore, rhs: RuleScore) -> RuleScore {
        RuleScore(
            truePositives: lhs.truePositives + rhs.truePositives,
            falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }
}

/// Per-rule scores over a labelled set, with every miss written down.
struct EvaluationReport: Sendable {
    static let ruleIDs = RuleRegistry.all.map { $0.description }.filter { $0.category == .termsOfService }.map(\.id)

    var scores: [String: RuleScore] = [:]
    var misses: [String] = []
    var cases = 0

    /// Runs every ToS rule over each case (as plain text, the way proposals are checked) and scores it.
    mutating func score(_ cases: [EvaluationCase]) throws {
        for item in cases {
            self.cases += 1
            for type in RuleRegistry.all where type.description.category == .termsOfService {
                let id = type.description.id
                if let scope = item.scope, !scope.contains(id) { continue }
                let findings = try RuleHarness.findings(of: type, in: item.text, as: Example(item.text, format: .text))
                // Info (a work-sample link in running text) does not count as firing (DevSet/README.md).
                let fired = findings.contains { $0.severity >= .warning }
                let wanted = item.expected.contains(id)
                switch (wanted, fired) {
                case (true, true): scores[id, default: RuleScore()].truePositives += 1
                case (false, true):
                    scores[id, default: RuleScore()].falsePositives += 1
                    misses.append(
                        "FP \(id) [\(item.source)] \(Self.clip(item.text)) → \(findings.map(\.message).first ?? "")")
                case (true, false):
                    scores[id, default: RuleScore()].falseNegatives += 1
                    misses.append("FN \(id) [\(item.source)] \(Self.clip(item.text))")
                case (false, false): break
                }
            }
        }
    }

    /// Adds counts scored elsewhere (SpamLord's per-value scoring).
    mutating func add(_ score: RuleScore, to id: String, misses: [String]) {
        scores[id, default: RuleScore()] = scores[id, default: RuleScore()] + score
        self.misses += misses
    }

    /// The rules whose precision or recall is below `threshold`.
    func rules(below threshold: Double) -> [String] {
        Self.ruleIDs.filter { id in
            let score = scores[id] ?? RuleScore()
            return score.precision < threshold || score.recall < threshold
        }
    }

    /// A Markdown table, one row per rule.
    func table(title: String) -> String {
        var lines = [
            cases > 0 ? "\(title) (\(cases) cases)" : title, "", "| rule | TP | FP | FN | precision | recall |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for id in Self.ruleIDs {
            let score = scores[id] ?? RuleScore()
            lines.append(
                "| \(id) | \(score.truePositives) | \(score.falsePositives) | \(score.falseNegatives) | "
                    + "\(Self.format(score.precision)) | \(Self.format(score.recall)) |")
        }
        return lines.joined(separator: "\n")
    }

    private static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    static func clip(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ⏎ ")
        return line.count > 110 ? String(line.prefix(109)) + "…" : line
    }
}
