/// The one checked conversion for numbers read from input, configuration and flags (issue 12, family 1).
///
/// Every number a user can write passes through a range before it reaches the model: NaN, infinities and values
/// outside the field's documented range (Docs/reliability.md, "Numbers") are refused, so no later `Int(…)`,
/// multiplication or allocation can trap. A whole-number range also refuses fractions.
public struct NumberRange: Sendable, Hashable, CustomStringConvertible {
    /// The smallest value accepted.
    public var lowerBound: Double
    /// The largest value accepted.
    public var upperBound: Double
    /// Only whole numbers are accepted (the value becomes an `Int`).
    public var wholeNumber: Bool

    /// A range of any finite numbers from `lowerBound` to `upperBound`.
    public init(_ bounds: ClosedRange<Double>) {
        lowerBound = bounds.lowerBound
        upperBound = bounds.upperBound
        wholeNumber = false
    }

    /// A range of whole numbers.
    public static func whole(_ bounds: ClosedRange<Int>) -> NumberRange {
        var range = NumberRange(Double(bounds.lowerBound)...Double(bounds.upperBound))
        range.wholeNumber = true
        return range
    }

    /// `value` when it is finite and inside the range (and whole when required), else `nil`.
    public func check(_ value: Double) -> Double? {
        guard value.isFinite, value >= lowerBound, value <= upperBound else { return nil }
        if wholeNumber, value != value.rounded(.towardZero) { return nil }
        return value
    }

    /// `value` as an `Int` when it passes `check`. The bounds of a whole range are at most ±2^53, so the
    /// conversion cannot trap.
    public func int(_ value: Double) -> Int? {
        check(value).map { Int($0) }
    }

    /// The range of an integer already parsed (a flag's value).
    public func check(_ value: Int) -> Int? {
        Double(value) >= lowerBound && Double(value) <= upperBound ? value : nil
    }

    /// What a value must be, for messages: "a whole number from 0 to 100", "a number from 1 to 5".
    public var description: String {
        (wholeNumber ? "a whole number" : "a number") + " from " + Self.spell(lowerBound) + " to "
            + Self.spell(upperBound)
    }

    /// A bound in plain digits with thousands separators (`1,000,000`), or with two decimals when fractional.
    static func spell(_ value: Double) -> String {
        guard value == value.rounded(), abs(value) < 1e15 else { return String(value) }
        return Wording.grouped(String(Int64(abs(value))), negative: value < 0)
    }
}

extension NumberRange {
    /// Money amounts (earnings, payments, hourly rates, thresholds): up to a billion, whole cents formatting
    /// stays far inside `Int`.
    public static let money = NumberRange(0...1_000_000_000)
    /// Percentages such as profile completeness.
    public static let percent = NumberRange(0...100)
    /// Whole percentages such as the Job Success Score.
    public static let score = NumberRange.whole(0...100)
    /// Hours worked, as a page's stats show them.
    public static let hours = NumberRange(0...1_000_000)
    /// Counts written by people (credits, words, skills): up to a million.
    public static let count = NumberRange.whole(0...1_000_000)
}
