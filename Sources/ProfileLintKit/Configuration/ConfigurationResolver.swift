import Foundation
import ProfileModel
import ProfileRules

/// Finds the configuration for each input: `--config` when given, else the nearest `.profilelint.yml`,
/// `.profilelint.yaml` or `.profilelint.json` walking up from the file's folder. Discovery stops at the repository
/// root (a folder holding `.git`), at the home folder, and before the first folder not owned by the user or
/// writable by everyone (`/tmp`), so a stranger's `/tmp/.profilelint.yml` never applies (issue 12, family 3). A
/// discovered file that is a symbolic link, or is owned by another user, is refused.
package final class ConfigurationResolver {
    /// Configuration file names, in the order they are looked for within one folder.
    package static let fileNames = [".profilelint.yml", ".profilelint.yaml", ".profilelint.json"]

    /// A configuration with its rules built, ready to lint with.
    package struct Resolved: Sendable {
        package var configuration: Configuration
        package var runner: RuleRunner
    }

    private let explicitPath: String?
    private var byDirectory: [String: String?] = [:]
    private var byPath: [String: Resolved] = [:]
    /// By the input path's folder as written (up to its last `/`, so `/a.json` and `a.json` differ).
    private var byInputFolder: [String: Resolved] = [:]
    /// Every warning met while loading, once per file.
    package private(set) var warnings: [ConfigurationWarning] = []
    private let defaults: Resolved

    /// A resolver; `explicitPath` is `--config`.
    package init(explicitPath: String?) {
        self.explicitPath = explicitPath
        defaults = Resolved(configuration: Configuration(), runner: RuleRunner())
    }

    /// The configuration for an input path (or for the current folder, for standard input).
    package func resolve(forInput path: String?) throws(ConfigurationError) -> Resolved {
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
            let start =
                path.map { URL(fileURLWithPath: $0).standardizedFileURL.deletingLastPathComponent().path }
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
        let discovered = configPath != explicitPath
        if discovered, let owner = Self.owner(of: configPath, followingLinks: false), owner != geteuid() {
            throw .unreadable(
                path: configPath,
                message: "is owned by another user; a configuration file found by "
                    + "discovery must be your own (name the file with --config to use it)")
        }
        let configuration = try Configuration.load(path: configPath, followingLinks: !discovered)
        let (runner, ruleWarnings) = try configuration.ruleRunner()
        warnings += configuration.warnings + ruleWarnings
        let resolved = Resolved(configuration: configuration, runner: runner)
        byPath[configPath] = resolved
        return resolved
    }

    /// The home folder, where discovery ends. `getenv`, not `ProcessInfo.environment`, which copies the whole
    /// environment into a dictionary first (~0.3 M instructions of every start, issue 16).
    static let home: String? = getenv("HOME").map { String(cString: $0) }.flatMap { home in
        home.isEmpty ? nil : URL(fileURLWithPath: home).standardizedFileURL.path
    }

    /// The owner of what `path` names, or `nil` when nothing is there.
    static func owner(of path: String, followingLinks: Bool) -> uid_t? {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        return info.st_uid
    }

    /// A folder discovery may look in: owned by the user and not writable by everyone.
    static func isTrusted(folder: String) -> Bool {
        var info = stat()
        guard stat(folder, &info) == 0 else { return false }
        return info.st_uid == geteuid() && info.st_mode & S_IWOTH == 0
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
            guard Self.isTrusted(folder: current) else { break }
            visited.append(current)
            // `lstat`: a link is found (and then refused), not followed to see whether its target exists.
            if let name = Self.fileNames.first(where: {
                Self.owner(of: current + "/" + $0, followingLinks: false) != nil
            }) {
                // Shown relative to the current folder when inside it, as input paths are.
                let absolute = current == "/" ? "/" + name : current + "/" + name
                found = PathGlob.relative(absolute, to: FileManager.default.currentDirectoryPath)
                break
            }
            let parent = (current as NSString).deletingLastPathComponent
            if FileManager.default.fileExists(atPath: current + "/.git") || parent == current || parent.isEmpty
                || current == Self.home
            {
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
package enum PathGlob {
    package static func matches(_ pattern: String, _ relativePath: String) -> Bool {
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
    package static func relative(_ path: String, to base: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}
