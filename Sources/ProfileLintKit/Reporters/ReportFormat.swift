import ProfileModel

/// The output formats, for `--format` and `--output FORMAT=PATH`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case sarif
    case github
    case junit

    /// Renders a run's results in this format.
    public func render(_ results: [FileResult], failOn: Severity, color: Bool = false, quiet: Bool = false) -> String {
        switch self {
        case .text: TextReporter(color: color, quiet: quiet).render(results)
        case .json: JSONReporter.render(results)
        case .sarif: SARIFReporter.render(results)
        case .github: GitHubReporter.render(results)
        case .junit: JUnitReporter.render(results, failOn: failOn)
        }
    }
}
