// The example of Docs/eligibility.md, which must show the lines between the markers as they are here.
// example:begin
import AccountReading  // AccountReader; re-exports the engine, the JSON reader and SourceFile
import EligibilityEngine

func badges(bytes: [UInt8], now: Int, offset: Int) throws(ProfileParseError) {
    let source = SourceFile(path: "Samples/account.json", bytes: bytes)
    if let account = try AccountReader.readAccount(source) {
        let report = Eligibility.evaluate(
            account, profileCompleteness: 100, conductRisks: [],
            today: CalendarDate(secondsSince1970: now, utcOffsetSeconds: offset))
        for badge in report.badges { print(badge.badge.rawValue, badge.verdict.rawValue, badge.earliest as Any) }
        let plan = Eligibility.contractsToReach(90, contractEarnings: 500, for: account, today: report.asOf)
        print(plan.contractsNeeded.map { "\($0) more contracts" } ?? "out of reach")
    }
}
// example:end
