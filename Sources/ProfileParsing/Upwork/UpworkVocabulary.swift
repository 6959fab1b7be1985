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
        let key = String(
            text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
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
        // Scraped text, not a number field: a figure outside the money range (400 digits read as `inf`) is no rate.
        guard let amount = leadingNumber(in: text).flatMap({ NumberRange.money.check($0.value) }) else { return nil }
        let code = text.split(whereSeparator: { !$0.isLetter })
            .first { $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isUppercase } }
        let currency = text.contains("€") ? "EUR" : text.contains("£") ? "GBP" : code.map { String($0) } ?? "USD"
        return Money(amount: amount, currency: currency)
    }

    // MARK: - Stats

    /// The badge a label or a status names: page labels ("Top Rated Plus", "Expert-Vetted") and phpVars
    /// `topRatedStatus` values (`top_rated`); `nil` for `not_eligible` and any text naming none.
    static func badge(_ text: String) -> ProfileStats.Badge? {
        let key = letters(text)
        // A status that denies it ("not_eligible", "not_top_rated", "none", "ineligible") names no badge.
        guard !key.hasPrefix("no"), !key.hasPrefix("in") else { return nil }
        // Longest names first: "top rated plus" also contains "top rated".
        if key.contains("topratedplus") { return .topRatedPlus }
        if key.contains("toprated") { return .topRated }
        if key.contains("expertvetted") { return .expertVetted }
        if key.contains("risingtalent") { return .risingTalent }
        return nil
    }

    /// Which figure a stats caption names ("Total earnings", "Total jobs", "Total hours"); the columns share one
    /// markup shape and their order is not guaranteed, so the caption decides.
    enum StatKind { case earnings, jobs, hours }

    static func statKind(caption: String) -> StatKind? {
        let key = letters(caption)
        if key.contains("earn") { return .earnings }
        if key.contains("job") { return .jobs }
        if key.contains("hour") { return .hours }
        return nil
    }

    /// A figure as a page shows it: "1,234", "12", "$10K+", "$1.5M+", "97%". The number, scaled by a `K`/`M`
    /// suffix; `atLeast` when a "+" follows (the page rounded the figure down). `nil` when the text holds none.
    static func figure(fromDisplay text: String) -> (value: Double, atLeast: Bool)? {
        guard let number = leadingNumber(in: text) else { return nil }
        var value = number.value
        let after = number.rest.drop(while: { $0 == " " })
        switch after.first {
        case "K", "k": value *= 1_000
        case "M", "m": value *= 1_000_000
        default: break
        }
        return (value, after.prefix(2).contains("+"))
    }

    /// The first number in `text` ("$1,234.50/hr" → 1234.5; commas are thousands separators) and the text after it.
    static func leadingNumber(in text: String) -> (value: Double, rest: Substring)? {
        var digits = ""
        var rest = Substring(text)
        while let character = rest.first {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if !digits.isEmpty, character != "." && character != "," {
                break
            } else if character == "." && !digits.isEmpty {
                digits.append(character)
            }
            rest = rest.dropFirst()
        }
        guard !digits.isEmpty, let value = Double(digits) else { return nil }
        return (value, rest)
    }

    /// Lowercased letters only: "Expert-Vetted" and "expert_vetted" are one key.
    static func letters(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }.map(Character.init))
    }
}
