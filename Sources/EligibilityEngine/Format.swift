import ProfileModel

/// Number formatting for the `actual` and `required` texts (no Foundation, so no locale: US style); thousands are
/// grouped by `Wording`, as in every other message.
enum Format {
    /// `$1,250` or `$1,250.50`.
    static func money(_ amount: Double) -> String {
        // Inputs are range-checked when read (NumberRange); this keeps a stray value from trapping in `Int(…)`.
        guard amount.isFinite, abs(amount) < 1e15 else { return "$" + String(amount) }
        let cents = Int((abs(amount) * 100).rounded())
        let grouped = Wording.grouped(String(cents / 100))
        let fraction = cents % 100 == 0 ? "" : "." + (cents % 100 < 10 ? "0" : "") + String(cents % 100)
        return (amount < 0 ? "-$" : "$") + grouped + fraction
    }

    /// `100%` or `62.5%`.
    static func percent(_ value: Double) -> String {
        number(value) + "%"
    }

    /// `4`, `4.75` or `1,234.5` (at most two decimals).
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        let hundredths = Int((value * 100).rounded())
        let whole = Wording.number(hundredths / 100)
        let cents = abs(hundredths % 100)
        if cents == 0 { return whole }
        let sign = hundredths < 0 && hundredths / 100 == 0 ? "-" : ""
        return sign + whole + "." + (cents < 10 ? "0\(cents)" : cents % 10 == 0 ? "\(cents / 10)" : "\(cents)")
    }
}
