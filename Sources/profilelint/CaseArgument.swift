import ArgumentParser
import ProfileLintKit
import ProfileModel
import ProfileRules

/// An enum the command line takes by its raw value (`--format json`, `--fail-on warning`, `--model legacy-60`).
///
/// ArgumentParser lists the values at every start, for the help and completion of each option, even when neither is
/// asked for. Its default maps `allCases` through a key path (`\.rawValue.defaultValueDescription`) that the runtime
/// instantiates from its mangled name on first use, with conformance scans: 3.5 M instructions inclusive for these
/// enums, 1.6 M of a lint's 55 M saved (BENCHMARKS.md, issue 16). These are the same strings, and the same empty
/// descriptions (a raw value is its own description), without the key path. Public only because `ReportFormat` and
/// the others are.
public protocol CaseArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension CaseArgument {
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    public static var allValueDescriptions: [String: String] { [:] }
}

extension ReportFormat: CaseArgument {}
extension Severity: CaseArgument {}
extension CompletenessModel: CaseArgument {}
