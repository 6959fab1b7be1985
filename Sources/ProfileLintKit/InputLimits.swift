import Foundation
import PositionedJSON
import ProfileModel

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
        InputLimits(
            maxFileBytes: maxFileBytes ?? other.maxFileBytes, maxDepth: maxDepth ?? other.maxDepth,
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

    /// The largest size, string length or item count a limit may allow: libxml2 takes sizes as `Int32`, and the
    /// limits are added to (`maxBytes + 1`), so they stay far from `Int.max`.
    public static let maxLimit = Int(Int32.max)

    /// The documented range of the limit `name` (flag or `limits:` key): 1…1000 for the depth, 1…2^31−1 else.
    public static func range(for name: String) -> NumberRange {
        name.contains("depth") ? .whole(1...maxDepthCeiling) : .whole(1...maxLimit)
    }

    /// Why `value` is not an acceptable setting for the limit `name`, or `nil` when it is.
    public static func problem(with value: Int, for name: String) -> String? {
        let range = range(for: name)
        return range.check(value) == nil ? "\(name) must be \(range)" : nil
    }

    /// Why the configured number `value` is not an acceptable setting for `name` (NaN, infinities and
    /// fractions included), or `nil` with the whole number when it is.
    static func checked(_ value: Double, for name: String) -> Result<Int, LimitProblem> {
        let range = range(for: name)
        guard let number = range.int(value) else { return .failure(LimitProblem(message: "\(name) must be \(range)")) }
        return .success(number)
    }

    struct LimitProblem: Error { var message: String }

    /// A byte count: a whole number, optionally followed by `KB`, `MB` or `GB` (1024-based; `K`, `KiB`… too).
    public static func parseSize(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Int(digits) else { return nil }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()
        let shifts: [String: Int] = [
            "": 0, "b": 0, "k": 10, "kb": 10, "kib": 10, "m": 20, "mb": 20, "mib": 20,
            "g": 30, "gb": 30, "gib": 30,
        ]
        guard let shift = shifts[unit] else { return nil }
        let (result, overflow) = number.multipliedReportingOverflow(by: 1 << shift)
        return overflow ? nil : result
    }
}
