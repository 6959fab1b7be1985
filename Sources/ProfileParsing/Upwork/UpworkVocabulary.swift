import ProfileModel

/// How Upwork spells values in text: availability labels and displayed rates.
///
/// Shared by the JSON shapes and the HTML reader, which see the same words (`"More than 30 hrs/week"`,
/// `"As Needed - Open to Offers"`, `"$70.00/hr"`).
enum UpworkVocabulary {
    /// The availability status named by a label or an enum spelling; `nil` when the text names none.
    ///
    /// GraphQL's capacity enum values are not published (SOURCES.md: enums render as empty interfaces), so both
    /// the display labels and likely enum spellings (`MORE_THAN_30`) are accepted. phpVars 2016 used the id
    /// `notSure` for "As Needed - Open to Offers".
    static func availabilityStatus(_ text: String) -> Availability.Status? {
        let key = String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
        if key.hasPrefix("morethan30") || key == "fulltime" { return .moreThan30 }
        if key.hasPrefix("lessthan30") || key == "parttime" { return .lessThan30 }
        if key.hasPrefix("asneeded") || key == "notsure" { return .asNeeded }
        if key == "none" || key.hasPrefix("notavailable") || key == "unavailable" || key.hasPrefix("noavailab") {
            return .notAvailable
        }
        return nil
    }

    /// A displayed rate such as `$70.00/hr`, `€45/hr` or `USD 30.50`; `nil` when it holds no amount.
    static func money(fromDisplay text: String) -> Money? {
        var digits = ""
        var sawDigit = false
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                sawDigit = true
            } else if character == ".", sawDigit {
                digits.append(character)
            } else if character == ",", sawDigit {
                continue  // thousands separator
            } else if sawDigit {
                break
            }
        }
        // Scraped text, not a number field: a figure outside the money range (400 digits read as `inf`) is no rate.
        guard sawDigit, let amount = Double(digits).flatMap(NumberRange.money.check) else { return nil }
        let code = text.split(whereSeparator: { !$0.isLetter })
            .first { $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isUppercase } }
        let currency = text.contains("€") ? "EUR" : text.contains("£") ? "GBP" : code.map { String($0) } ?? "USD"
        return Money(amount: amount, currency: currency)
    }
}
