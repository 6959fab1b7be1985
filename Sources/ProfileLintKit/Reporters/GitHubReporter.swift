import ProfileModel

/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
public enum GitHubReporter {
    public static func render(_ results: [FileResult]) -> String {
        var out = ""
        let paths = AnnotationPath()
        for result in results {
            if let error = result.error {
                var properties = "file=\(escapeProperty(paths(error.path)))"
                if let line = error.line { properties += ",line=\(line),col=\(error.column ?? 1)" }
                out += "::error \(properties),title=profilelint::\(escapeData(error.message))\n"
                continue
            }
            for finding in result.findings {
                let command =
                    switch finding.severity {
                    case .error: "error"
                    case .warning: "warning"
                    case .info: "notice"
                    }
                out +=
                    "::\(command) file=\(escapeProperty(paths(finding.location.file))),line=\(finding.location.line),"
                    + "col=\(finding.location.column),endLine=\(finding.end.line),endColumn=\(finding.end.column),"
                    + "title=\(escapeProperty(finding.ruleID))::\(escapeData(finding.message))\n"
            }
        }
        return out
    }

    /// The escaping GitHub's runner applies to a command's message (`%`, CR and LF), then `TerminalText` for
    /// every other control character: a raw ESC would still colour or clear the job log.
    static func escapeData(_ text: String) -> String {
        TerminalText.escape(
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A"))
    }

    /// Property values also escape `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
