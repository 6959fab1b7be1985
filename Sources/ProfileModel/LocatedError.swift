/// profilelint's one error shape: what went wrong and, when a place can be named, where.
///
/// Every error a command can end with conforms, its typed cases intact, and travels up to the command line's one
/// handler (`CommandLineError.report`), which prints `description` — `path:line:column: error: message` for an
/// error in an input, `profilelint: error: message` for the command line itself — and exits 2.
public protocol LocatedError: Error, CustomStringConvertible {
    /// The file, line and column the error is about; `nil` when there is no place (a whole file, a setting).
    var location: SourceLocation? { get }
    /// What went wrong, without the place.
    var message: String { get }
}

extension ProfileParseError: LocatedError {}
