/// A plain calendar date (proleptic Gregorian), with no time of day and no time zone.
///
/// Badge rules speak in days and months ("first contract more than 90 days ago", "earnings in the last
/// 12 months"), so dates are stored as a day count and compared as such. Parsing and formatting use
/// ISO 8601's `YYYY-MM-DD`. The engine never reads the clock: callers pass "today" in.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
    LosslessStringConvertible
{
    /// Days since 1970-01-01 (negative before it).
    public let daysSince1970: Int

    /// The date `daysSince1970` days after 1970-01-01.
    public init(daysSince1970: Int) {
        self.daysSince1970 = daysSince1970
    }

    /// A valid date, or `nil` when the day does not exist in that month (`2023-02-29`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysInMonth(year: year, month: month) else {
            return nil
        }
        daysSince1970 = Self.days(year: year, month: month, day: day)
    }

    /// The date at `secondsSince1970` (Unix time) shifted by `utcOffsetSeconds`: how a caller that has a clock
    /// turns "now" into a local calendar date.
    public init(secondsSince1970: Int, utcOffsetSeconds: Int = 0) {
        let local = secondsSince1970 + utcOffsetSeconds
        // Floor division, so instants before 1970 land on the right day.
        daysSince1970 = local >= 0 ? local / 86_400 : -((-local + 86_399) / 86_400)
    }

    /// Parses exactly `YYYY-MM-DD` (four-digit year); anything else, or a day that does not exist, is `nil`.
    public init?(_ description: String) {
        let bytes = Array(description.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    // MARK: - Components

    /// The year, month (1–12) and day (1–31).
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days: eras of 400 years that start on 1 March.
        let shifted = daysSince1970 + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = components
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    // MARK: - Arithmetic

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSince1970: daysSince1970 + days)
    }

    /// The same day `months` months later (earlier when negative), clamped to the month's last day:
    /// 31 January plus one month is 28 or 29 February.
    public func adding(months: Int) -> CalendarDate {
        let (year, month, day) = components
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : -((-index + 11) / 12)
        let newMonth = index - newYear * 12 + 1
        let newDay = min(day, Self.daysInMonth(year: newYear, month: newMonth))
        return CalendarDate(daysSince1970: Self.days(year: newYear, month: newMonth, day: newDay))
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(to other: CalendarDate) -> Int {
        other.daysSince1970 - daysSince1970
    }

    /// `true` when `self` lies in the trailing window of `months` months that ends on `end`, both ends included:
    /// a date stays in a 6-month window through date + 6 months and leaves the day after (source J1).
    public func isWithin(months: Int, endingOn end: CalendarDate) -> Bool {
        self <= end && self >= end.adding(months: -months)
    }

    /// `true` when `self` lies in the trailing window of `days` days that ends on `end`, both ends included:
    /// "a hold in the last 90 days" includes a hold that ended exactly 90 days ago.
    public func isWithin(days: Int, endingOn end: CalendarDate) -> Bool {
        self <= end && self >= end.adding(days: -days)
    }

    /// The first day on which `self` is no longer in a trailing window of `months` months.
    public func leavesWindow(ofMonths months: Int) -> CalendarDate {
        // Month-end clamping can put date + N months before the true exit day, so step until it is out.
        var candidate = adding(months: months)
        while candidate.adding(months: -months) <= self { candidate = candidate.adding(days: 1) }
        return candidate
    }

    /// `true` for years divisible by 4, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month (1–12) of a year.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's days_from_civil.
    private static func days(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    // MARK: - Comparable, Codable

    /// Earlier dates sort first.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.daysSince1970 < rhs.daysSince1970 }

    /// Decodes a `YYYY-MM-DD` string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a YYYY-MM-DD date")
        }
        self = date
    }

    /// Encodes as a `YYYY-MM-DD` string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
