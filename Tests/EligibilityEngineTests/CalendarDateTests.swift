import EligibilityEngine
import Foundation
import Testing

/// A date from a literal known to be valid.
func day(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(text) else { fatalError("bad test date \(text)") }
    return date
}

@Suite struct CalendarDateTests {
    @Test(arguments: ["1970-01-01", "1969-12-31", "2000-02-29", "2024-02-29", "1600-02-29", "0001-01-01", "9999-12-31"])
    func parsesAndFormatsRoundTrip(_ text: String) throws {
        let date = try #require(CalendarDate(text))
        #expect(date.description == text)
        #expect(CalendarDate(daysSince1970: date.daysSince1970) == date)
    }

    @Test(arguments: [
        "2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32", "2024-04-31",
        "2024-1-01", "2024/01/01", "24-01-01", "", "2024-01-01T00:00", " 2024-01-01", "２０２４-01-01",
    ])
    func rejectsInvalidDates(_ text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test(arguments: [(1900, false), (2000, true), (2023, false), (2024, true), (2100, false), (2400, true)])
    func leapYears(_ year: Int, _ leap: Bool) {
        #expect(CalendarDate.isLeapYear(year) == leap)
        #expect(CalendarDate.daysInMonth(year: year, month: 2) == (leap ? 29 : 28))
    }

    @Test func knownDayCounts() {
        #expect(day("1970-01-01").daysSince1970 == 0)
        #expect(day("1969-12-31").daysSince1970 == -1)
        #expect(day("2000-01-01").daysSince1970 == 10_957)
        #expect(day("2024-01-01").days(to: day("2025-01-01")) == 366)
        #expect(day("2023-01-01").days(to: day("2024-01-01")) == 365)
    }

    @Test func everyDayFrom1899To2101RoundTripsThroughComponents() throws {
        var date = day("1899-01-01")
        var previous = date.components
        while date < day("2101-12-31") {
            date = date.adding(days: 1)
            let (year, month, day) = date.components
            #expect(CalendarDate(year: year, month: month, day: day) == date)
            // Consecutive days advance the day, or roll over month or year.
            let rolled = day == 1 && (month == previous.month % 12 + 1)
            #expect(day == previous.day + 1 || rolled)
            previous = (year, month, day)
        }
    }

    @Test(arguments: [
        ("2024-02-28", 1, "2024-02-29"), ("2023-02-28", 1, "2023-03-01"), ("2024-12-31", 1, "2025-01-01"),
        ("2024-03-01", -1, "2024-02-29"), ("2024-03-01", -366, "2023-03-01"),
    ])
    func addsDays(_ start: String, _ days: Int, _ expected: String) {
        #expect(day(start).adding(days: days) == day(expected))
    }

    @Test(arguments: [
        ("2024-01-31", 1, "2024-02-29"), ("2023-01-31", 1, "2023-02-28"), ("2024-03-31", -1, "2024-02-29"),
        ("2024-02-29", 12, "2025-02-28"), ("2024-12-15", 1, "2025-01-15"), ("2024-01-15", -13, "2022-12-15"),
        ("2024-05-31", -6, "2023-11-30"), ("0001-03-15", -3, "0000-12-15"),
    ])
    func addsMonthsClampingToTheMonthEnd(_ start: String, _ months: Int, _ expected: String) {
        #expect(day(start).adding(months: months).description == expected)
    }

    @Test(arguments: [
        // (date, window months, first day outside); clamping at month ends must not end the window early.
        ("2024-08-31", 6, "2025-03-01"), ("2023-08-30", 6, "2024-03-01"), ("2024-01-15", 12, "2025-01-16"),
        ("2024-02-29", 12, "2025-03-01"), ("2024-01-29", 1, "2024-03-01"), ("2023-01-29", 1, "2023-03-01"),
    ])
    func leavesTrailingMonthWindows(_ start: String, _ months: Int, _ exit: String) {
        let date = day(start)
        let out = date.leavesWindow(ofMonths: months)
        #expect(out == day(exit))
        #expect(date.isWithin(months: months, endingOn: out.adding(days: -1)))
        #expect(!date.isWithin(months: months, endingOn: out))
    }

    @Test func dayWindowsIncludeBothEnds() {
        let end = day("2026-06-30")
        #expect(day("2026-04-01").isWithin(days: 90, endingOn: end))  // exactly 90 days before
        #expect(!day("2026-03-31").isWithin(days: 90, endingOn: end))
        #expect(end.isWithin(days: 0, endingOn: end))
        #expect(!day("2026-07-01").isWithin(days: 90, endingOn: end))
    }

    @Test(arguments: [
        (0, 0, "1970-01-01"), (-1, 0, "1969-12-31"), (86_399, 0, "1970-01-01"), (86_400, 0, "1970-01-02"),
        (82_800, 3_600, "1970-01-02"), (3_600, -7_200, "1969-12-31"), (1_782_777_600, 0, "2026-06-30"),
    ])
    func convertsUnixTimeWithAnOffset(_ seconds: Int, _ offset: Int, _ expected: String) {
        #expect(CalendarDate(secondsSince1970: seconds, utcOffsetSeconds: offset) == day(expected))
    }

    @Test func codesAsAnISOString() throws {
        let data = try JSONEncoder().encode([day("2024-02-29")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-02-29"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [day("2024-02-29")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2023-02-29"]"#.utf8))
        }
    }
}
