import ProfileModel

/// Why a configuration file cannot be used. Any of these stops the run with exit code 2.
public enum ConfigurationError: LocatedError, Sendable, Equatable {
    /// The file cannot be read.
    case unreadable(path: String, message: String)
    /// Syntax error, wrong value type, or a required value missing.
    case malformed(location: SourceLocation, message: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let message): "\(TerminalText.escape(path)): error: \(TerminalText.escape(message))"
        case .malformed(let location, let message):
            "\(TerminalText.escape(location.description)): error: \(TerminalText.escape(message))"
        }
    }

    public var location: SourceLocation? {
        switch self {
        case .unreadable: nil
        case .malformed(let location, _): location
        }
    }

    public var message: String {
        switch self {
        case .unreadable(_, let message), .malformed(_, let message): message
        }
    }
}

/// Something in a configuration file that is probably a mistake but does not stop the run.
public struct ConfigurationWarning: Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public var description: String {
        "\(TerminalText.escape(location.description)): warning: \(TerminalText.escape(message))"
    }
}
