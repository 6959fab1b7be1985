import Foundation

/// Paths for annotations that tools attach to a repository's files (GitHub workflow commands, SARIF): relative to
/// the repository root, else to the working folder, normalised (`./bad/x.json` → `bad/x.json`), with `/` only.
/// GitHub attaches an annotation only when its `file` is the path from the repository root.
struct AnnotationPath {
    let workingFolder: String
    /// The nearest folder at or above the working folder that holds `.git`.
    let repositoryRoot: String?

    init(workingFolder: String = FileManager.default.currentDirectoryPath) {
        self.workingFolder = URL(fileURLWithPath: workingFolder).standardizedFileURL.path
        var folder = self.workingFolder
        var root: String?
        while true {
            if FileManager.default.fileExists(atPath: folder + "/.git") {
                root = folder
                break
            }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { break }
            folder = parent
        }
        repositoryRoot = root
    }

    /// `path` as an annotation names it; names that are not paths (`<stdin>`) stay as they are.
    func callAsFunction(_ path: String) -> String {
        guard !path.isEmpty, !path.hasPrefix("<") else { return path }
        let absolute = path.hasPrefix("/") ? path : workingFolder + "/" + path
        let normalised = URL(fileURLWithPath: absolute).standardizedFileURL.path
        for base in [repositoryRoot, workingFolder].compactMap({ $0 }) {
            if base == "/" { return String(normalised.dropFirst()) }
            if normalised.hasPrefix(base + "/") { return String(normalised.dropFirst(base.count + 1)) }
        }
        return normalised
    }
}
