/// How a contract's feedback and dispute status make it a positive, negative or neutral JSS outcome.
///
/// Upwork does not publish these cut-offs. The defaults: a dispute is negative (source J10); public stars
/// below 4.0 or a private score of 6 or less is negative (J10; the 0–10 private score behaves like a
/// net-promoter question, J20); otherwise stars of 4.5 or more, or a private score of 9 or more, is positive;
/// anything else is neutral (it counts in the total but neither adds nor subtracts). Negative wins over positive.
public struct FeedbackClassification: Sendable, Hashable, Codable {
    /// A contract's JSS outcome.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// Adds its weight to the numerator.
        case positive
        /// Subtracts its weight from the numerator.
        case negative
        /// Counts in the total weight only.
        case neutral
    }

    /// Disputed contracts are negative whatever the feedback says.
    public var disputeIsNegative = true
    /// Public stars strictly below this are negative.
    public var negativeStarsBelow = 4.0
    /// Private scores at or below this are negative.
    public var negativePrivateScoreAtOrBelow = 6.0
    /// Public stars at or above this are positive.
    public var positiveStarsAtLeast = 4.5
    /// Private scores at or above this are positive.
    public var positivePrivateScoreAtLeast = 9.0

    /// The defaults described above.
    public init() {}

    /// The outcome of the feedback on a contract (`disputed` included); `nil` when there is no feedback at all.
    public func outcome(of contract: Account.Contract) -> Outcome? {
        let stars = contract.feedback?.publicStars
        let privateScore = contract.feedback?.privateScore
        if contract.disputed, disputeIsNegative { return .negative }
        if let stars, stars < negativeStarsBelow { return .negative }
        if let privateScore, privateScore <= negativePrivateScoreAtOrBelow { return .negative }
        if let stars, stars >= positiveStarsAtLeast { return .positive }
        if let privateScore, privateScore >= positivePrivateScoreAtLeast { return .positive }
        if stars == nil, privateScore == nil { return nil }
        return .neutral
    }

    /// Decodes a classification, keeping the default for every property not present.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func take(_ key: CodingKeys, _ path: WritableKeyPath<FeedbackClassification, Double>) throws {
            if let value = try container.decodeIfPresent(Double.self, forKey: key) { self[keyPath: path] = value }
        }
        try take(.negativeStarsBelow, \.negativeStarsBelow)
        try take(.negativePrivateScoreAtOrBelow, \.negativePrivateScoreAtOrBelow)
        try take(.positiveStarsAtLeast, \.positiveStarsAtLeast)
        try take(.positivePrivateScoreAtLeast, \.positivePrivateScoreAtLeast)
        disputeIsNegative = try container.decodeIfPresent(Bool.self, forKey: .disputeIsNegative) ?? disputeIsNegative
    }
}
