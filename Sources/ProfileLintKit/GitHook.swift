import Foundation
import ProfileModel

/// The git pre-commit hook: installing it without clobbering anyone's hook, and linting what is staged.
package enum GitHook {
    /// Identifies a hook file profilelint wrote; `uninstall` removes only files carrying it.
    package static let marker = "# profilelint-hook v1"
    /// Where an existing hook is kept when ours is chained in front of it.
    package static let chainedSuffix = ".profilelint-chained"

    /// Why a hook operation failed.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// What `install` did.
    package enum Installed: Sendable, Equatable {
        case installed(path: String)
        case chained(path: String, previous: String)
        case replaced(path: String)
        case alreadyInstalled(path: String)
    }

    /// Installs the hook in the repository at `directory` (git's hooks folder, honouring `core.hooksPath`).
    /// An existing hook of someone else's is refused unless `force` (replace) or `chain` (keep it and run it first).
    package static func install(
        in directory: String, executable: String, force: Bool, chain: Bool
    ) throws(Failure)
        -> Installed
    {
        let hooks = try hooksDirectory(in: directory)
        let path = hooks + "/pre-commit"
        let manager = FileManager.default
        try? manager.createDirectory(atPath: hooks, withIntermediateDirectories: true)
        var previous: String?
        if let existing = manager.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) {
            if existing.contains(marker) { return .alreadyInstalled(path: path) }
            if chain {
                previous = path + chainedSuffix
                guard !manager.fileExists(atPath: previous!) else {
                    throw Failure(description: "\(previous!) already exists; remove it or use --force")
                }
                do { try manager.moveItem(atPath: path, toPath: previous!) } catch {
                    throw Failure(description: "cannot keep the existing hook: \(error.localizedDescription)")
                }
            } else if !force {
                throw Failure(
                    description: """
                        \(path) already exists and was not written by profilelint. \
                        Use --chain to run it before profilelint, or --force to replace it.
                        """)
            }
        }
        let script = hookScript(executable: executable, chained: previous.map { ($0 as NSString).lastPathComponent })
        do {
            try AtomicFile.write(Array(script.utf8), to: path, permissions: 0o755)
        } catch {
            throw Failure(description: "cannot write \(path): \(error)")
        }
        if let previous { return .chained(path: path, previous: previous) }
        return force && manager.fileExists(atPath: path) ? .replaced(path: path) : .installed(path: path)
    }

    /// Removes the hook if profilelint wrote it, restoring a chained hook. Returns what was removed.
    package static func uninstall(in directory: String) throws(Failure) -> String {
        let hooks = try hooksDirectory(in: directory)
        let path = hooks + "/pre-commit"
        let manager = FileManager.default
        guard let existing = manager.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else {
            throw Failure(description: "no pre-commit hook is installed in \(hooks)")
        }
        guard existing.contains(marker) else {
            throw Failure(description: "\(path) was not written by profilelint; leaving it alone")
        }
        do {
            try manager.removeItem(atPath: path)
            if manager.fileExists(atPath: path + chainedSuffix) {
                try manager.moveItem(atPath: path + chainedSuffix, toPath: path)
                return "removed profilelint's hook and restored the previous one at \(path)"
            }
        } catch {
            throw Failure(description: "cannot remove \(path): \(error.localizedDescription)")
        }
        return "removed \(path)"
    }

    static func hookScript(executable: String, chained: String?) -> String {
        var script = """
            #!/bin/sh
            \(marker): installed by `profilelint hook install`; `profilelint hook uninstall` removes it.
            # Lints the staged version of staged profile files; `git commit --no-verify` skips it.

            """
        if let chained {
            script += """
                hook_dir=$(dirname "$0")
                if [ -x "$hook_dir/\(chained)" ]; then
                    "$hook_dir/\(chained)" "$@" || exit $?
                fi

                """
        }
        let quoted = "'" + executable.replacingOccurrences(of: "'", with: "'\\''") + "'"
        script += """
            if [ -x \(quoted) ]; then
                exec \(quoted) hook run
            fi
            exec profilelint hook run

            """
        return script
    }

    /// git's hooks folder for the repository at `directory` (`core.hooksPath` when set).
    package static func hooksDirectory(in directory: String) throws(Failure) -> String {
        let result = git(["rev-parse", "--git-path", "hooks"], in: directory)
        guard result.status == 0 else {
            throw Failure(description: "not a git repository: \(directory)")
        }
        let path = String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.hasPrefix("/") ? path : directory + "/" + path
    }

    /// Staged files (added, copied, modified or renamed) relative to the repository root, and the root.
    package static func stagedFiles(in directory: String) throws(Failure) -> (root: String, files: [String]) {
        let root = git(["rev-parse", "--show-toplevel"], in: directory)
        guard root.status == 0 else { throw Failure(description: "not a git repository: \(directory)") }
        let top = String(decoding: root.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let staged = git(["diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z"], in: top)
        guard staged.status == 0 else { throw Failure(description: "git diff --cached failed") }
        let files = staged.output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        return (top, files)
    }

    /// The object id of every regular file in the index (stage 0), by path, from `git ls-files -s -z`.
    ///
    /// Staged content is read by object id, never by a path spec: `git cat-file blob :0:x.profile.json` reads the
    /// index entry of `x.profile.json`, so a file named `0:x.profile.json` would have been checked as another
    /// file's content (issue 12, family 6).
    package static func stagedObjects(root: String) throws(Failure) -> [String: String] {
        let result = git(["ls-files", "-s", "-z"], in: root)
        guard result.status == 0 else { throw Failure(description: "git ls-files failed") }
        var objects: [String: String] = [:]
        // Each entry: `<mode> <object> <stage>\t<path>\0`.
        for entry in result.output.split(separator: 0) {
            guard let tab = entry.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let fields = entry[..<tab].split(separator: UInt8(ascii: " "))
            guard fields.count == 3, fields[2].elementsEqual("0".utf8),
                fields[0].elementsEqual("100644".utf8) || fields[0].elementsEqual("100755".utf8)
            else { continue }
            objects[String(decoding: entry[(tab + 1)...], as: UTF8.self)] = String(decoding: fields[1], as: UTF8.self)
        }
        return objects
    }

    /// The staged (index) content of `path`, not the working tree's, read by its object id in `objects`.
    package static func stagedContent(
        of path: String, objects: [String: String], root: String
    ) throws(Failure)
        -> [UInt8]
    {
        // A hexadecimal id, so `cat-file` cannot read it as an option or a revision expression.
        guard let object = objects[path], !object.isEmpty,
            object.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else {
            throw Failure(description: "\(TerminalText.escape(path)): not a regular file in the index")
        }
        let result = git(["cat-file", "blob", object], in: root)
        guard result.status == 0 else {
            throw Failure(description: "\(TerminalText.escape(path)): cannot read the staged content")
        }
        return result.output
    }

    static func git(_ arguments: [String], in directory: String) -> (status: Int32, output: [UInt8]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return (127, []) }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, [UInt8](data))
    }
}
