import Foundation
import ProfileParsing

/// Input limits as set on the command line or in a configuration's `limits` section; `nil` keeps the next
/// source's value (command line, then configuration, then the built-in default).
public struct InputLimits: Sendable, Hashable {
    /// Largest input file, in bytes.
    public var maxFileBytes: Int?
    /// Deepest nesting of JSON arrays and objects.
    public var maxDepth: Int?
    /// Longest JSON string, in bytes.
    public var maxStringBytes: Int?
    /// Most items in one JSON array or object (and matches per HTML landmark).
    public var maxItems: Int?

    /// No overrides.
    public init(maxFileBytes: Int? = nil, maxDepth: Int? = nil, maxStringBytes: Int? = nil, maxItems: Int? = nil) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxStringBytes = maxStringBytes
        self.maxItems = maxItems
    }

    /// The built-in file size limit.
    public static let defaultMaxFileBytes = 16 * 1024 * 1024

    /// The deepest nesting a limit may allow. The reader recurses once per level (about 4 KiB of stack each in a
    /// debug build), so this bound keeps a raised limit inside an 8 MiB thread stack; a test checks it.
    public static let maxDepthCeiling = 1000

    /// These settings, falling back to `other`'s where these have none.
    public func over(_ other: InputLimits) -> InputLimits {
        InputLimits(maxFileBytes: maxFileBytes ?? other.maxFileBytes, maxDepth: maxDepth ?? other.maxDepth,
                    maxStringBytes: maxStringBytes ?? other.maxStringBytes, maxItems: maxItems ?? other.maxItems)
    }

    /// The file size limit in force.
    public var fileBytes: Int { maxFileBytes ?? Self.defaultMaxFileBytes }

    /// The reader limits in force.
    public var reader: ReaderLimits {
        var limits = ReaderLimits()
        if let maxDepth { limits.maxDepth = maxDepth }
        if let maxStringBytes { limits.maxStringBytes = maxStringBytes }
        if let maxItems { limits.maxItems = maxItems }
        return limits
    }

    /// Why `value` is not an acceptable setting for the limit `name`, or `nil` when it is.
    public static func problem(with value: Int, for name: String) -> String? {
        if value < 1 { return "\(name) must be at least 1" }
        if name.contains("depth"), value > maxDepthCeiling { return "\(name) must be at most \(maxDepthCeiling)" }
        return nil
    }

    /// A byte count: a whole number, optionally followed by `KB`, `MB` or `GB` (1024-based; `K`, `KiB`… too).
    public static func parseSize(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Int(digits) else { return nil }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()
        let shifts: [String: Int] = ["": 0, "b": 0, "k": 10, "kb": 10, "kib": 10, "m": 20, "mb": 20, "mib": 20,
                                     "g": 30, "gb": 30, "gib": 30]
        guard let shift = shifts[unit] else { return nil }
        let (result, overflow) = number.multipliedReportingOverflow(by: 1 << shift)
        return overflow ? nil : result
    }
}
