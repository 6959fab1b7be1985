/// The tool's name and version, as reported in output.
public enum ToolInfo {
    public static let name = "profilelint"
    public static let version = "0.1.0"
    /// Version of the `--format json` document; bumped on any incompatible change.
    public static let jsonFormatVersion = 1
}
