import PositionedJSON
import ProfileModel

/// The stats figures as Upwork's JSON spells them (phpVars `stats`, GraphQL `aggregates`), each range-checked
/// through `UpworkFieldReader.number` and pointed at `/stats/…` of profilelint's layout.
extension UpworkFieldReader {
    /// Total earned: a bare number (USD, as Upwork pays) or GraphQL's `Money{rawValue,currency}`.
    func statEarnings(_ node: JSONNode?) -> Field<Money>? {
        guard let node else { return nil }
        let isMoney = if case .object = node.value { true } else { false }
        guard let amount = number(isMoney ? node["rawValue"] : node, in: .money, pointer: "/stats/totalEarnings/amount")
        else { return nil }
        let currency = isMoney ? text(node["currency"], "/stats/totalEarnings")?.value : nil
        return Field(
            Money(amount: amount, currency: currency ?? "USD"), pointer: "/stats/totalEarnings",
            span: node.span)
    }

    /// Jobs worked: the sum of `nodes` (hourly plus fixed-price where a type counts them apart), all or nothing.
    func statJobs(_ nodes: [JSONNode]) -> Field<Int>? {
        let counts = nodes.compactMap { number($0, in: .count, pointer: "/stats/totalJobs") }
        guard let first = nodes.first, counts.count == nodes.count,
            let total = NumberRange.count.int(counts.reduce(0, +))
        else { return nil }
        return Field(total, pointer: "/stats/totalJobs", span: first.span)
    }

    func statHours(_ node: JSONNode?) -> Field<Double>? {
        guard let node, let value = number(node, in: .hours, pointer: "/stats/totalHours") else { return nil }
        return Field(value, pointer: "/stats/totalHours", span: node.span)
    }

    /// The score is shown whole (a fraction is rounded as the page rounds it), and 0 is "no score yet": Upwork
    /// shows no Job Success Score until enough contracts have ended, and its JSON then holds 0 (the 2016 page: no
    /// jobs, score 0).
    func statJobSuccessScore(_ node: JSONNode?) -> Field<Int>? {
        guard let node, let value = number(node, in: .percent, pointer: "/stats/jobSuccessScore"),
            value.rounded() > 0
        else { return nil }
        return Field(Int(value.rounded()), pointer: "/stats/jobSuccessScore", span: node.span)
    }

    /// The badge a status names (`top_rated`); `not_eligible` and unknown values name none.
    func statBadge(_ node: JSONNode?, index: Int) -> Field<ProfileStats.Badge>? {
        guard let status = text(node, "/stats/badges/\(index)"), let badge = UpworkVocabulary.badge(status.value)
        else { return nil }
        return Field(badge, pointer: status.pointer, span: status.span)
    }
}
