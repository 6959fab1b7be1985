/// Number formatting for the `actual` and `required` texts (no Foundation, so no locale: US style).
enum Format {
    /// `$1,250` or `$1,250.50`.
    static func money(_ amount: Double) -> String {
        // Inputs are range-checked when read (NumberRange); this keeps a stray value from trapping in `Int(…)`.
        guard amount.isFinite, abs(amount) < 1e15 else { return "$" + String(amount) }
        let cents = Int((abs(amount) * 100).rounded())
        let whole = String(cents / 100)
        var grouped = ""
        for (index, character) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        let fraction = cents % 100 == 0 ? "" : "." + (cents % 100 < 10 ? "0" : "") + String(cents % 100)
        return (amount < 0 ? "-$" : "$") + grouped + fraction
    }

    /// `100%` or `62.5%`.
    static func percent(_ value: Double) -> String {
        number(value) + "%"
    }

    /// `4` or `4.75` (at most two decimals).
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        let hundredths = Int((value * 100).rounded())
        if hundredths % 100 == 0 { return String(hundredths / 100) }
        var text = String(Double(hundredths) / 100)
        if text.hasSuffix("0"), text.contains(".") { text.removeLast() }
        return text
    }
}
