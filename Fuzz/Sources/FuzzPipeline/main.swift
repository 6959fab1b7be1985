import Foundation
import FuzzSupport
import ProfileLintKit
import ProfileModel

/// The whole pipeline a file goes through: sniff, parse, rules, completeness, eligibility, every reporter.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let source = SourceFile(path: "fuzz", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let result = Linter().lintProfile(source)
    for format in ReportFormat.allCases {
        // A report that refuses a non-finite figure throws, naming it (issue 12, family 2): a clean end too.
        _ = try? format.render([result], failOn: .error)
    }
    return 0
}

exit(profilelint_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzz($0, $1) })
