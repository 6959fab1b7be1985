import Foundation
import ProfileModel
import ProfileRules

/// Finds the configuration for each input: `--config` when given, else the nearest `.profilelint.yml`,
/// `.profilelint.yaml` or `.profilelint.json` walking up from the file's folder, stopping at the repository root
/// (a folder holding `.git`) so a file above the project never applies.
public final class ConfigurationResolver {
    /// Configuration file names, in the order they are looked for within one folder.
    public static let fileNames = [".profilelint.yml", ".profilelint.yaml", ".profilelint.json"]

    /// A configuration with its rules built, ready to lint with.
    public struct Resolved: Sendable {
        public var configuration: Configuration
        public var runner: RuleRunner
    }

    private let explicitPath: String?
    private var byDirectory: [String: String?] = [:]
    private var byPath: [String: Resolved] = [:]
    /// By the input path's folder as written (up to its last `/`, so `/a.json` and `a.json` differ).
    private var byInputFolder: [String: Resolved] = [:]
    /// Every warning met while loading, once per file.
    public private(set) var warnings: [ConfigurationWarning] = []
    private let defaults: Resolved

    /// A resolver; `explicitPath` is `--config`.
    public init(explicitPath: String?) {
        self.explicitPath = explicitPath
        defaults = Resolved(configuration: Configuration(), runner: RuleRunner())
    }

    /// The configuration for an input path (or for the current folder, for standard input).
    public func resolve(forInput path: String?) throws(ConfigurationError) -> Resolved {
        // Inputs in one folder share their configuration: a 10,000-file folder asks for it once, not through
        // `URL` standardisation per file in the run's serial part.
        let folder = path.map { path in
            path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path.utf8[...$0])! } ?? ""
        }
        if let folder, let resolved = byInputFolder[folder] { return resolved }
        let configPath: String?
        if let explicitPath {
            configPath = explicitPath
        } else {
            let start = path.map { URL(fileURLWithPath: $0).standardizedFileURL.deletingLastPathComponent().path }
                ?? FileManager.default.currentDirectoryPath
            configPath = find(from: start)
        }
        let resolved = try load(configPath)
        if let folder { byInputFolder[folder] = resolved }
        return resolved
    }

    private func load(_ configPath: String?) throws(ConfigurationError) -> Resolved {
        guard let configPath else { return defaults }
        if let resolved = byPath[configPath] { return resolved }
        let configuration = try Configuration.load(path: configPath)
        let (runner, ruleWarnings) = try configuration.ruleRunner()
        warnings += configuration.warnings + ruleWarnings
        let resolved = Resolved(configuration: configuration, runner: runner)
        byPath[configPath] = resolved
        return resolved
    }

    private func find(from directory: String) -> String? {
        var visited: [String] = []
        var current = directory
        var found: String?
        while true {
            if let cached = byDirectory[current] {
                found = cached
                break
            }
            visited.append(current)
            if let name = Self.fileNames.first(where: { FileManager.default.fileExists(atPath: current + "/" + $0) }) {
                // Shown relative to the current folder when inside it, as input paths are.
                let absolute = current == "/" ? "/" + name : current + "/" + name
                found = PathGlob.relative(absolute, to: FileManager.default.currentDirectoryPath)
                break
            }
            let parent = (current as NSString).deletingLastPathComponent
            if FileManager.default.fileExists(atPath: current + "/.git") || parent == current || parent.isEmpty {
                break
            }
            current = parent
        }
        for directory in visited { byDirectory[directory] = found }
        return found
    }
}

/// Glob matching for configuration paths: `*` and `?` within a name (fnmatch), `**/` any number of folders, and a
/// pattern without `/` matching the file name in any folder.
public enum PathGlob {
    public static func matches(_ pattern: String, _ relativePath: String) -> Bool {
        if pattern == "**" || pattern == "**/*" { return true }
        if !pattern.contains("/") {
            return fnmatch(pattern, (relativePath as NSString).lastPathComponent, 0) == 0
        }
        if fnmatch(pattern, relativePath, FNM_PATHNAME) == 0 { return true }
        // `**/` stands for zero or more folders: try it as nothing, then as any run of folders.
        guard pattern.contains("**/") else { return false }
        if matches(pattern.replacingOccurrences(of: "**/", with: ""), relativePath) { return true }
        return fnmatch(pattern.replacingOccurrences(of: "**/", with: "*/"), relativePath, 0) == 0
    }

    /// `path` relative to `base` (both made absolute first); the absolute path when it is outside `base`.
    public static func relative(_ path: String, to base: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}
