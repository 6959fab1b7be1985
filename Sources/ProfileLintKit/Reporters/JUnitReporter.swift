import ProfileModel

/// JUnit XML, for CI systems that show test reports: one test case per file, a failure per finding at or
/// above the failure level (lower ones are listed in `system-out`).
public enum JUnitReporter {
    public static func render(_ results: [FileResult], failOn: Severity) -> String {
        var cases = ""
        var failures = 0
        var errors = 0
        for result in results {
            cases += "    <testcase classname=\"profilelint\" name=\"\(escape(result.path))\">\n"
            if let error = result.error {
                errors += 1
                cases += "      <error message=\"\(escape(error.message))\">\(escape(error.description))</error>\n"
            } else {
                let failing = result.findings.filter { $0.severity >= failOn }
                if !failing.isEmpty {
                    failures += 1
                    let summary = Wording.count(failing.count, "finding") + " at or above \(failOn.rawValue)"
                    let body = failing.map(line).joined(separator: "\n")
                    cases +=
                        "      <failure message=\"\(escape(summary))\" type=\"\(failOn.rawValue)\">"
                        + "\(escape(body))</failure>\n"
                }
                let other = result.findings.filter { $0.severity < failOn }
                if !other.isEmpty {
                    cases += "      <system-out>\(escape(other.map(line).joined(separator: "\n")))</system-out>\n"
                }
            }
            cases += "    </testcase>\n"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="profilelint" tests="\(results.count)" failures="\(failures)" errors="\(errors)">
              <testsuite name="profilelint" tests="\(results.count)" failures="\(failures)" errors="\(errors)">
            \(cases)  </testsuite>
            </testsuites>

            """
    }

    static func line(_ finding: Finding) -> String {
        "\(finding.location): \(finding.severity.rawValue): \(finding.message) [\(finding.ruleID)]"
    }

    /// Control characters spelled out (`TerminalText`: CI systems print these messages in logs, and XML 1.0
    /// cannot carry most of them), then XML text and attribute escaping (the HTML report's, XML-safe too).
    static func escape(_ text: String) -> String {
        HTML.escape(TerminalText.escape(text, keepingNewlines: true))
    }
}
