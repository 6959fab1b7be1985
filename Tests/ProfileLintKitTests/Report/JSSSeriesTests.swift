import EligibilityEngine
import Foundation
import ProfileLintTestSupport
import Testing

@testable import ProfileLintKit

/// The JSS series the chart draws, and the week strip.
@Suite struct JSSSeriesTests {
    let asOf = CalendarDate("2026-10-15")!

    func account() throws -> Account {
        try LintRun.readAccount(path: TestPaths.samples + "/account.json", maxBytes: 1 << 20).get()
    }

    @Test func contractsAloneGiveAWeeklyComputedSeriesEndingOnTheEvaluationDate() throws {
        var account = try account()
        account.jssHistory = nil
        let series = JSSSeries(account: account, policy: .upwork2025, asOf: asOf)
        #expect(series.history.isEmpty)
        let last = try #require(series.computed.last)
        #expect(last.date == asOf)
        #expect(last.value == JSSCalculator(policy: .upwork2025).summary(of: account.contracts!, asOf: asOf).value)
        for (earlier, later) in zip(series.computed, series.computed.dropFirst()) {
            #expect(earlier.date.days(to: later.date) == 7)
        }
        // The first contract started 2025-05-05; no point before it, and no JSS until two clients count.
        let first = try #require(series.computed.first)
        #expect(first.date >= CalendarDate("2025-05-05")! && first.date < CalendarDate("2025-05-12")!)
        #expect(first.value == nil)
        let strip = try #require(WeekStrip(account: account, series: series, policy: .upwork2025, asOf: asOf))
        #expect(strip.estimated)
        #expect(strip.slots.count == 16)
        #expect(strip.slots.allSatisfy { $0.status != .notGiven })
    }

    @Test func withHistoryTheComputedPointsLineUpWithTheHistoryWeeks() throws {
        let account = try account()
        let series = JSSSeries(account: account, policy: .upwork2025, asOf: asOf)
        #expect(series.history.count == 16)
        let historyDates = Set(series.history.map(\.date))
        let computedDates = Set(series.computed.map(\.date))
        #expect(historyDates.isSubset(of: computedDates))
        #expect(computedDates.subtracting(historyDates).allSatisfy { $0 < series.history[0].date || $0 == asOf })
    }

    @Test func missingWeeksAreShownAsNotGiven() throws {
        var account = try account()
        account.jssHistory = Array(account.jssHistory!.dropFirst(5))
        let series = JSSSeries(account: account, policy: .upwork2025, asOf: asOf)
        let strip = try #require(WeekStrip(account: account, series: series, policy: .upwork2025, asOf: asOf))
        #expect(!strip.estimated)
        #expect(strip.slots.filter { $0.status == .notGiven }.count == 5)
        #expect(strip.eligibleCount == 11)
        #expect(strip.html.contains("<strong>11 of 16 weeks eligible</strong> (13 needed: not met)"))
    }

    @Test func anAccountWithNeitherHistoryNorContractsHasNoSeries() {
        var account = Account()
        account.contracts = []
        let series = JSSSeries(account: account, policy: .upwork2025, asOf: asOf)
        #expect(series.isEmpty)
        #expect(WeekStrip(account: account, series: series, policy: .upwork2025, asOf: asOf) == nil)
    }
}
