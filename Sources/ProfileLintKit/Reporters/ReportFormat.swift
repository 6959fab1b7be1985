import ProfileModel

/// The output formats, for `--format` and `--output FORMAT=PATH`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case sarif
    case github
    case junit

    /// Renders a run's results in this format.
    ///
    /// - Throws: `JSONWriteError` when a JSON report would have to carry a number JSON cannot (NaN, infinity).
    public func render(
        _ results: [FileResult], failOn: Severity, color: Bool = false, quiet: Bool = false
    )
        throws(JSONWriteError) -> String
    {
        switch self {
        case .text: TextReporter(color: color, quiet: quiet).render(results)
        case .json: try JSONReporter.render(results)
        case .sarif: SARIFReporter.render(results)
        case .github: GitHubReporter.render(results)
        case .junit: JUnitReporter.render(results, failOn: failOn)
        }
    }
}
