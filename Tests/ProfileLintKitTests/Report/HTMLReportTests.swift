import EligibilityEngine
import Foundation
import ProfileLintTestSupport
import ProfileModel
import Testing

@testable import ProfileLintKit

/// The HTML report's content, read from the page itself.
@Suite struct HTMLReportTests {
    @Test func thePageIsSelfContainedAccessibleAndPrintable() throws {
        let html = try ReportFixture.html("me.json", account: "account.json")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<main>") && html.contains("</main>"))
        let levels = ReportFixture.headingLevels(html)
        #expect(levels.first == 1)
        #expect(levels.filter { $0 == 1 }.count == 1)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "heading h\(next) follows h\(previous)")
        }
        // Nothing is fetched: no scripts, style sheets, images, fonts or frames.
        for tag in ReportFixture.tagsWithoutValues(html) {
            for forbidden in ["<script", "<link", "<img", "<iframe", "<object", "<embed", " src=", " srcset="] {
                #expect(!tag.lowercased().contains(forbidden), "\(tag)")
            }
        }
        #expect(!html.contains("url(") && !html.contains("@import") && !html.contains("@font-face"))
        #expect(html.contains("@media print"))
        #expect(html.contains("@media (max-width: 40rem)"))
        #expect(html.contains("flex-wrap: wrap"))
        #expect(html.contains("name=\"viewport\""))
    }

    @Test func completenessShowsTheGaugeEachItemAndTheNextSteps() throws {
        let data = try ReportFixture.data("me.json")
        let html = HTMLReport.render(data)
        let completeness = try #require(data.result.completeness)
        #expect(html.contains("<title id=\"gauge-title\">Profile completeness: 90%</title>"))
        #expect(html.contains(">90%</text>"))
        for item in completeness.items where item.id != "skill-tests" {
            #expect(html.contains("<th scope=\"row\">\(item.label)"), "\(item.label)")
        }
        #expect(
            html.contains(
                "<tr class=\"fail\"><th scope=\"row\">Video introduction</th><td>0 of 10</td>"
                    + "<td><span class=\"symbol\" aria-hidden=\"true\">✗</span> missing</td></tr>"))
        #expect(
            html.contains(
                "<th scope=\"row\">Profile photo <span class=\"tag\">required</span></th>"
                    + "<td>12.5 of 12.5</td><td><span class=\"symbol\" aria-hidden=\"true\">✓</span> earned</td>"))
        #expect(
            html.contains(
                "<th scope=\"row\">Portfolio items</th><td>5 of 20</td>"
                    + "<td><span class=\"symbol\" aria-hidden=\"true\">◐</span> partly earned</td>"))
        for step in completeness.next { #expect(html.contains("<li>\(HTML.escape(step.advice))</li>")) }
        #expect(
            html.contains(
                "The fewest additions to reach 100%</h3>\n<ol class=\"steps\">\n"
                    + "<li>add a linked account (+10)</li>"))
        #expect(html.contains("No account record was given"))
    }

    @Test func aCompleteProfileHasNothingLeftToAdd() throws {
        let html = try ReportFixture.html("good/complete.json")
        #expect(html.contains(">100%</text>"))
        #expect(html.contains("Nothing left to add"))
        #expect(!html.contains("<ol class=\"steps\">"))
        #expect(html.contains("No Terms-of-Service findings"))
    }

    @Test func everyBadgeIsAChecklistWithDates() throws {
        let data = try ReportFixture.data("me.json", account: "account.json")
        let html = HTMLReport.render(data)
        let report = try #require(data.result.eligibility)
        #expect(report.badges.count == 4)
        for badge in report.badges {
            #expect(
                html.contains(
                    "<h3 id=\"badge-\(badge.badge.rawValue)\">\(BadgeSection.name(badge.badge)): "
                        + "<span class=\"verdict \(BadgeSection.verdictClass(badge.verdict))\">"
                        + BadgeSection.verdictText(badge.verdict)))
            #expect(html.contains("<caption>\(BadgeSection.name(badge.badge)) criteria</caption>"))
            for criterion in badge.criteria {
                // The status is a word in its own cell, not a colour alone.
                let row =
                    "<tr class=\"\(criterion.status.rawValue)\"><td data-label=\"Status\"><span class=\"symbol\" "
                    + "aria-hidden=\"true\">\(BadgeSection.symbol(criterion.status))</span> "
                    + criterion.status.rawValue
                    + "</td><th scope=\"row\" data-label=\"Criterion\"><code>\(criterion.id)</code></th>"
                #expect(html.contains(row), "\(badge.badge) \(criterion.id)")
                if let changesOn = criterion.changesOn {
                    #expect(html.contains("<td data-label=\"Can change on\"><time datetime=\"\(changesOn)\">"))
                }
            }
        }
        // Top Rated fails only on the profile (90%), which can be fixed at once.
        #expect(html.contains("8 of 9 criteria pass. It can be reached as soon as the failing criteria are fixed."))
        #expect(html.contains("<td data-label=\"Has\">14 of 16 weeks</td>"))
    }

    @Test func aHeldBadgeShowsItsRiskDatesAndAReachableOneItsEarliestDate() throws {
        var data = try ReportFixture.data("good/complete.json", account: "account.json")
        let account = try #require(data.account)
        // The complete profile makes Top Rated eligible: its risks are the days passing criteria lapse.
        let report = Eligibility.evaluate(
            account, profileCompleteness: 100, policy: data.policy,
            today: CalendarDate("2026-10-15")!)
        let topRated = try #require(report[.topRated])
        #expect(topRated.verdict == .eligible)
        let risk = try #require(topRated.risks.first)
        data.result.eligibility = report
        var html = HTMLReport.render(data)
        #expect(html.contains("Eligible now."))
        #expect(
            html.contains(
                "<li><time datetime=\"\(risk.date)\">\(risk.date)</time>: <code>\(risk.criterion)</code>"))
        // Tenure not yet reached: the earliest date is when it will be.
        var young = account
        young.firstContractStarted = CalendarDate("2026-09-01")
        data.result.eligibility = Eligibility.evaluate(
            young, profileCompleteness: 100, policy: data.policy,
            today: CalendarDate("2026-10-15")!)
        let earliest = try #require(data.result.eligibility?[.topRated]?.earliest)
        html = HTMLReport.render(data)
        #expect(html.contains("Earliest date it can be reached: <strong><time datetime=\"\(earliest)\">"))
    }

    @Test func theJSSChartHasTextAlternativesAndTheTopRatedLine() throws {
        let html = try ReportFixture.html("me.json", account: "account.json")
        #expect(html.contains("<figure class=\"chart-figure\">\n<div class=\"chart-scroll\"><svg class=\"chart\""))
        #expect(html.contains("role=\"img\" aria-labelledby=\"jss-chart-title jss-chart-desc\""))
        #expect(html.contains("<title id=\"jss-chart-title\">Job Success Score over time</title>"))
        #expect(
            html.contains(
                "<desc id=\"jss-chart-desc\">JSS shown from 2026-06-29 to 2026-10-12: between 88 and "
                    + "92, latest 92; 14 of 16 points at or above 90."))
        #expect(html.contains("<line class=\"threshold\""))
        #expect(html.contains("<tspan dy=\"-2\">90%</tspan>"))
        #expect(html.contains("<g class=\"series history\">") && html.contains("<g class=\"series computed\">"))
        #expect(html.contains("</svg></div>\n<figcaption>"))
        // The data table alternative holds both series.
        #expect(
            html.contains(
                "<tr><th scope=\"row\"><time datetime=\"2026-10-12\">2026-10-12</time></th>"
                    + "<td>92</td><td>100</td></tr>"))
        #expect(
            html.contains(
                "<tr><th scope=\"row\"><time datetime=\"2026-06-29\">2026-06-29</time></th>"
                    + "<td>88</td>"))
    }

    @Test func theWeekStripShowsTheLastSixteenWeeks() throws {
        let data = try ReportFixture.data("me.json", account: "account.json")
        let html = HTMLReport.render(data)
        #expect(html.components(separatedBy: "<li class=\"week ").count - 1 == 16)
        #expect(html.components(separatedBy: "<li class=\"week pass\">").count - 1 == 14)
        #expect(html.components(separatedBy: "<li class=\"week fail\">").count - 1 == 2)
        #expect(html.contains("<strong>14 of 16 weeks eligible</strong> (13 needed: met)"))
        #expect(html.contains("<span class=\"visually-hidden\">: not eligible</span>"))
        let criterion = try #require(data.result.eligibility?[.topRated]?.criteria.first { $0.id == "eligible-weeks" })
        #expect(criterion.actual == "14 of 16 weeks")
    }

    @Test func termsOfServiceFindingsAreMarkedInTheirLine() throws {
        let data = try ReportFixture.data("bad/contact-details.json")
        let html = HTMLReport.render(data)
        let tos = data.result.findings.filter { $0.category == .termsOfService }
        #expect(tos.count == 12)
        #expect(html.contains("<h2 id=\"tos-heading\">Terms of Service</h2>\n<p>12 findings."))
        for marked in [
            "WhatsApp me", "+1 (555) 010-4477", "dana [at] example [dot] com", "https://dana-example.dev",
            "I accept PayPal", "refund you if you leave 5 stars",
            "four one five, five five five, zero one nine nine", "ｄａｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ",
        ] {
            #expect(html.contains("<mark>\(marked)</mark>"), "\(marked)")
        }
        #expect(html.contains("Faster answers: <mark>WhatsApp me</mark> on +1 (555)"))
        #expect(html.contains("<code>contact-phone</code> <span class=\"where\">line 6, column 108</span>"))
        #expect(html.contains("<a href=\"#tos\">Terms of Service</a>: <strong>12 findings</strong>"))
        // The other findings are listed apart.
        #expect(html.contains("<h2 id=\"findings-heading\">Other findings</h2>"))
    }
}
