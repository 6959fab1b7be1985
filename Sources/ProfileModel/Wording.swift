/// English for messages built from numbers and lists, shared so that every message says "1 word", "2 words" and
/// "a, b and c" the same way.
public enum Wording {
    /// `1 word`, `2 words`; `plural` for nouns that do not just take an "s".
    public static func count(_ number: Int, _ singular: String, plural: String? = nil) -> String {
        "\(Self.number(number)) \(noun(number, singular, plural: plural))"
    }

    /// `999`, `1,000`, `1,234,567`, `-5,001`: every number a message shows goes through here, so that all of them
    /// group thousands the same way (US style, as Upwork's own pages do; no locale is read).
    public static func number(_ number: Int) -> String {
        grouped(String(number.magnitude), negative: number < 0)
    }

    /// `digits` (an unsigned decimal integer's text) with a comma between each group of three.
    public static func grouped(_ digits: String, negative: Bool = false) -> String {
        var out = negative ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// The noun for `number` items, without the number.
    public static func noun(_ number: Int, _ singular: String, plural: String? = nil) -> String {
        number == 1 ? singular : plural ?? singular + "s"
    }

    /// `a`, `a and b`, `a, b and c`.
    public static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
        }
    }

    /// `one` … `nine`, then digits: "add two portfolio items".
    public static func numberWord(_ number: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        return words.indices.contains(number) ? words[number] : String(number)
    }
}
