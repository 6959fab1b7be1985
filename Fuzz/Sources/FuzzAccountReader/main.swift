import AccountReading
import EligibilityEngine
import Foundation
import FuzzSupport
import ProfileLintKit
import ProfileModel

/// An account record (issue 12, family 1): every number it holds must be range-checked when read, so the
/// eligibility engine and every reporter finish on whatever was accepted.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let source = SourceFile(path: "account.json", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    guard let account = try? AccountReader.readAccount(source) else { return 0 }
    let numbers =
        [account.earnings12m]
        + (account.contracts ?? []).flatMap { contract in
            [contract.earnings, contract.feedback?.publicStars, contract.feedback?.privateScore]
                + contract.payments.map(\.amount)
        } + (account.members ?? []).map(\.profileCompleteness) + [account.owner?.profileCompleteness]
    for number in numbers.compactMap({ $0 }) {
        precondition(number.isFinite && abs(number) <= 1e9, "an unchecked number reached the account")
    }
    let report = EligibilityCheck(today: CalendarDate("2026-10-01")!).evaluate(
        account, profile: nil, completeness: nil, accountPath: nil, model: .upwork)
    var result = FileResult(
        path: "account.json", kind: .account, format: nil, completeness: nil,
        marketplaceCompleteness: nil, findings: [])
    result.eligibility = report
    for format in ReportFormat.allCases {
        _ = try? format.render([result], failOn: .error)
    }
    return 0
}

exit(profilelint_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzz($0, $1) })
