/// The one escaping function for everything the report writes from its inputs (the JUnit reporter's XML uses it
/// too).
///
/// A profile is untrusted input, so every piece of user text goes through `escape`, in text and in attribute
/// values alike: escaping `"` and `'` as well as `<`, `>` and `&` makes one function safe for both contexts.
enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, and the control characters
    /// HTML and XML 1.0 forbid dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A number for SVG coordinates: at most one decimal, no exponent.
    static func number(_ value: Double) -> String {
        // Coordinates come from range-checked inputs; a non-finite one would trap `Int(…)`, so it draws at 0.
        guard value.isFinite, abs(value) < 1e15 else { return "0" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return sign + String(magnitude / 10) + (magnitude % 10 == 0 ? "" : "." + String(magnitude % 10))
    }
}
