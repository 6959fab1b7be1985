/// The tool's name and version, as reported in output.
package enum ToolInfo {
    package static let name = "profilelint"
    package static let version = "0.1.0"
    /// Version of the `--format json` document; bumped on any incompatible change.
    package static let jsonFormatVersion = 1
}
