import ArgumentParser
import ProfileLintKit

/// `--max-file-size` and friends: input limits that override the configuration's `limits` section.
struct LimitOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("Largest input file (e.g. 16MB, 512KB, 1048576). Default: 16MB.", valueName: "size"),
        transform: { text in
            guard let bytes = InputLimits.parseSize(text) else {
                throw ValidationError("--max-file-size takes a size such as 16MB, 512KB or 1048576, not '\(text)'")
            }
            return bytes
        })
    var maxFileSize: Int?

    @Option(
        help: ArgumentHelp(
            "Deepest JSON nesting (at most \(InputLimits.maxDepthCeiling)). Default: \(InputLimits().reader.maxDepth).",
            valueName: "levels"))
    var maxDepth: Int?

    @Option(
        help: ArgumentHelp(
            "Longest JSON string, in bytes. Default: \(InputLimits().reader.maxStringBytes).",
            valueName: "bytes"))
    var maxStringLength: Int?

    @Option(
        help: ArgumentHelp(
            "Most items in one JSON array or object. Default: \(InputLimits().reader.maxItems).",
            valueName: "count"))
    var maxItems: Int?

    func validate() throws {
        for (name, value) in [
            ("--max-file-size", maxFileSize), ("--max-depth", maxDepth),
            ("--max-string-length", maxStringLength), ("--max-items", maxItems),
        ] {
            if let value, let problem = InputLimits.problem(with: value, for: name) { throw ValidationError(problem) }
        }
    }

    /// The limits these flags set.
    var overrides: InputLimits {
        InputLimits(maxFileBytes: maxFileSize, maxDepth: maxDepth, maxStringBytes: maxStringLength, maxItems: maxItems)
    }
}
