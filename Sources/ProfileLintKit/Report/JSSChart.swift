import EligibilityEngine
import ProfileModel

/// The JSS over time as an SVG line chart with the Top Rated line, plus the same data as a table.
enum JSSChart {
    static let width = 720.0
    static let height = 280.0
    static let left = 44.0
    static let right = 76.0
    static let top = 14.0
    static let bottom = 34.0
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func render(_ series: JSSSeries, threshold: Int) -> String {
        let points = series.history + series.computed
        let values = points.compactMap(\.value)
        guard let first = points.map(\.date).min(), let last = points.map(\.date).max() else { return "" }
        // Show a week either side of a single date, so one point still has an axis.
        let from = first == last ? first.adding(days: -7) : first
        let to = first == last ? last.adding(days: 7) : last
        let lowest = min(values.min() ?? threshold, threshold)
        let floor = max(0, ((lowest - 5) / 10) * 10)
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func x(_ date: CalendarDate) -> Double {
            left + plotWidth * Double(from.days(to: date)) / Double(max(1, from.days(to: to)))
        }
        func y(_ value: Int) -> Double {
            top + plotHeight * (1 - Double(value - floor) / Double(100 - floor))
        }
        var svg = """
            <svg class="chart" viewBox="0 0 \(HTML.number(width)) \(HTML.number(height))" role="img" \
            aria-labelledby="jss-chart-title jss-chart-desc" preserveAspectRatio="xMidYMid meet">
            <title id="jss-chart-title">Job Success Score over time</title>
            <desc id="jss-chart-desc">\(HTML.escape(describe(series, threshold: threshold)))</desc>

            """
        // Horizontal grid and value labels.
        let step = 100 - floor > 50 ? 20 : 10
        for value in stride(from: floor, through: 100, by: step) {
            svg +=
                "<line class=\"grid\" x1=\"\(HTML.number(left))\" x2=\"\(HTML.number(width - right))\" "
                + "y1=\"\(HTML.number(y(value)))\" y2=\"\(HTML.number(y(value)))\"/>"
                + "<text class=\"axis\" x=\"\(HTML.number(left - 6))\" y=\"\(HTML.number(y(value) + 4))\" "
                + "text-anchor=\"end\">\(value)</text>\n"
        }
        // Month ticks, thinned so labels never crowd.
        var ticks: [CalendarDate] = []
        var month = CalendarDate(year: from.components.year, month: from.components.month, day: 1)!
        if month < from { month = month.adding(months: 1) }
        while month <= to {
            ticks.append(month)
            month = month.adding(months: 1)
        }
        let every = max(1, (ticks.count + 7) / 8)
        for (index, tick) in ticks.enumerated() where index % every == 0 {
            let (year, monthNumber, _) = tick.components
            svg +=
                "<line class=\"tick\" x1=\"\(HTML.number(x(tick)))\" x2=\"\(HTML.number(x(tick)))\" "
                + "y1=\"\(HTML.number(height - bottom))\" y2=\"\(HTML.number(height - bottom + 5))\"/>"
                + "<text class=\"axis\" x=\"\(HTML.number(x(tick)))\" y=\"\(HTML.number(height - bottom + 19))\" "
                + "text-anchor=\"middle\">\(months[monthNumber - 1]) \(year)</text>\n"
        }
        svg +=
            "<line class=\"axis-line\" x1=\"\(HTML.number(left))\" x2=\"\(HTML.number(width - right))\" "
            + "y1=\"\(HTML.number(height - bottom))\" y2=\"\(HTML.number(height - bottom))\"/>\n"
        // The Top Rated line.
        let lineY = HTML.number(y(threshold))
        svg +=
            "<line class=\"threshold\" x1=\"\(HTML.number(left))\" x2=\"\(HTML.number(width - right))\" "
            + "y1=\"\(lineY)\" y2=\"\(lineY)\"/>"
            + "<text class=\"threshold-label\" x=\"\(HTML.number(width - right + 6))\" y=\"\(lineY)\">"
            + "<tspan dy=\"-2\">\(threshold)%</tspan>"
            + "<tspan x=\"\(HTML.number(width - right + 6))\" dy=\"13\">Top Rated</tspan></text>\n"
        svg += line(series.computed, className: "computed", x: x, y: y, markers: false)
        svg += line(series.history, className: "history", x: x, y: y, markers: series.history.count <= 60)
        svg += "</svg>"
        return """
            <figure class="chart-figure">
            <div class="chart-scroll">\(svg)</div>
            <figcaption>\(legend(series)) The dashed line is \(threshold)%, the JSS Top Rated needs. \
            The table below holds the same figures.</figcaption>
            </figure>
            \(table(series))
            """
    }

    /// Polylines split at weeks without a JSS, with a marker on every point.
    static func line(
        _ points: [JSSSeries.Point], className: String, x: (CalendarDate) -> Double,
        y: (Int) -> Double, markers: Bool
    ) -> String {
        guard points.contains(where: { $0.value != nil }) else { return "" }
        var runs: [[(Double, Double)]] = [[]]
        for point in points {
            if let value = point.value {
                runs[runs.count - 1].append((x(point.date), y(value)))
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        var out = "<g class=\"series \(className)\">"
        for run in runs where !run.isEmpty {
            out +=
                "<polyline points=\""
                + run.map { "\(HTML.number($0.0)),\(HTML.number($0.1))" }
                .joined(separator: " ") + "\"/>"
        }
        // Markers only where they do not overlap into a smear.
        if markers {
            for run in runs {
                for (px, py) in run { out += "<circle cx=\"\(HTML.number(px))\" cy=\"\(HTML.number(py))\" r=\"3.5\"/>" }
            }
        }
        return out + "</g>\n"
    }

    static func legend(_ series: JSSSeries) -> String {
        var parts: [String] = []
        if !series.history.isEmpty {
            parts.append("The solid line with round markers is the JSS shown each week (the account's history).")
        }
        if series.computed.contains(where: { $0.value != nil }) {
            parts.append(
                "The dotted line is the JSS computed from the contracts, week by week"
                    + " (gaps: not enough contracts or clients yet).")
        }
        return parts.joined(separator: " ")
    }

    /// The chart in words, for screen readers.
    static func describe(_ series: JSSSeries, threshold: Int) -> String {
        func summary(_ name: String, _ points: [JSSSeries.Point]) -> String? {
            let known = points.filter { $0.value != nil }
            guard let first = known.first, let last = known.last else { return nil }
            let values = known.compactMap(\.value)
            let above = values.filter { $0 >= threshold }.count
            return "\(name) from \(first.date) to \(last.date): between \(values.min()!) and \(values.max()!), "
                + "latest \(last.value!); \(Wording.number(above)) of "
                + "\(Wording.count(values.count, "point")) at or above \(threshold)."
        }
        return [summary("JSS shown", series.history), summary("JSS computed from contracts", series.computed)]
            .compactMap { $0 }.joined(separator: " ")
    }

    /// The chart's figures, one row a date.
    static func table(_ series: JSSSeries) -> String {
        let shown = Dictionary(series.history.map { ($0.date, $0.value) }, uniquingKeysWith: { $1 })
        let computed = Dictionary(series.computed.map { ($0.date, $0.value) }, uniquingKeysWith: { $1 })
        // Newest first: the rows a reader wants are the recent ones.
        let dates = Set(shown.keys).union(computed.keys).sorted(by: >)
        func cell(_ value: Int??) -> String {
            switch value {
            case .none: "—"
            case .some(.none): "none"
            case .some(.some(let jss)): String(jss)
            }
        }
        var out = """
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="jss-table-caption">
            <table class="data">
            <caption id="jss-table-caption">JSS by date, newest first \
            (— not given; none: no JSS on that date)</caption>
            <thead><tr><th scope="col">Date</th><th scope="col">JSS shown</th>\
            <th scope="col">JSS from contracts</th></tr></thead>
            <tbody>

            """
        for date in dates {
            out +=
                "<tr><th scope=\"row\">\(BadgeSection.date(date))</th><td>\(cell(shown[date]))</td>"
                + "<td>\(cell(computed[date]))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</div>\n"
    }
}

extension WeekStrip {
    /// One box a week, oldest first, each with a symbol and its status in words.
    var html: String {
        let needed = required
        var out = "<figure class=\"weeks-figure\">\n<ol class=\"weeks\">\n"
        for slot in slots {
            let symbol =
                switch slot.status {
                case .eligible: "✓"
                case .ineligible: "✗"
                case .notGiven: "?"
                }
            let className =
                switch slot.status {
                case .eligible: "pass"
                case .ineligible: "fail"
                case .notGiven: "unknown"
                }
            let (_, month, day) = slot.date.components
            let detail =
                slot.jss.map { "<span class=\"visually-hidden\">JSS </span>\($0)" }
                ?? (slot.status == .notGiven ? "none" : "no JSS")
            out +=
                "<li class=\"week \(className)\"><span class=\"symbol\" aria-hidden=\"true\">\(symbol)</span>"
                + "<span class=\"week-date\"><span class=\"visually-hidden\">Week of </span>"
                + "<time datetime=\"\(slot.date)\">"
                + "\(JSSChart.months[month - 1]) \(day)</time></span>"
                + "<span class=\"week-jss\">\(detail)\(slot.risingTalent ? ", RT" : "")</span>"
                + "<span class=\"visually-hidden\">: \(slot.status.rawValue)</span></li>\n"
        }
        let count = eligibleCount
        out +=
            "</ol>\n<figcaption><strong>\(count) of \(slots.count) weeks eligible</strong> (\(needed) needed: "
            + (count >= needed ? "met" : "not met") + "). Each box is a week, oldest first, with its JSS: ✓ eligible "
            + "(JSS at or above the Top Rated line, or Rising Talent: RT), ✗ not eligible, ? not given."
            + (estimated
                ? " The account gives no weekly history, so these weeks use the JSS computed from its "
                    + "contracts; the marketplace counts the JSS it showed each week." : "")
            + "</figcaption>\n</figure>\n"
        return out
    }
}
