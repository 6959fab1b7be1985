// The example of Docs/profilelintkit.md, which must show the lines between the markers as they are here.
// example:begin
import ProfileLintKit  // re-exports ProfileModel, EligibilityEngine and the rule types its API uses

/// One profile in memory, with the default rules and no configuration file.
func lint(bytes: [UInt8]) throws(JSONWriteError) -> String {
    let result = Linter().lintProfile(SourceFile(path: "me.json", bytes: bytes))
    if let error = result.error { return error.description }
    for finding in result.findings where finding.severity >= .warning {
        print(finding.location, finding.ruleID, finding.message)
    }
    print("completeness", result.completeness?.score ?? 0)
    return try ReportFormat.json.render([result], failOn: .error)
}

/// Files and folders as the command line takes them, each with the `.profilelint.yml` that applies to it.
func lintFiles(_ arguments: [String]) throws(ConfigurationError) -> Int32 {
    var options = LintRun.Options()
    options.failOn = .warning
    let outcome = try LintRun(options: options).run(InputFiles.expand(arguments))
    print(TextReporter(color: false).render(outcome.results))
    return outcome.exitCode  // 0 clean, 1 findings at or above failOn, 2 an input could not be read
}
// example:end
