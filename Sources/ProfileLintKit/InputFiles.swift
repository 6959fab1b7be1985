import Foundation
import ProfileModel

/// Finds the files a run checks and reads them, with clear errors for what cannot be read.
public enum InputFiles {
    /// File name endings checked when a directory is named.
    public static let profileExtensions: Set<String> = ["json", "html", "htm"]

    /// One input named on the command line, expanded.
    public enum Entry: Sendable, Hashable {
        /// A file to read.
        case file(String)
        /// Standard input, named for output.
        case standardInput(name: String)
        /// Something named that cannot be read, with why.
        case unreadable(path: String, message: String)
    }

    /// Expands `arguments`: files as given, directories walked for profile files (sorted, hidden folders and
    /// symlinked folders skipped so loops cannot hang the walk), `-` for standard input.
    public static func expand(_ arguments: [String], stdinName: String = "<stdin>") -> [Entry] {
        var entries: [Entry] = []
        let manager = FileManager.default
        for argument in arguments {
            if argument == "-" {
                entries.append(.standardInput(name: stdinName))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                entries.append(.unreadable(path: argument, message: "no such file or directory"))
                continue
            }
            guard isDirectory.boolValue else {
                entries.append(.file(argument))
                continue
            }
            entries += walk(argument).map(Entry.file)
        }
        return entries
    }

    static func walk(_ directory: String) -> [String] {
        let url = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(
            at: url, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
            options: [.skipsHiddenFiles, .skipsPackageDescendants])
        else { return [] }
        var files: [String] = []
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let basePath = url.standardizedFileURL.path
        for case let fileURL as URL in enumerator {
            guard profileExtensions.contains(fileURL.pathExtension.lowercased()) else { continue }
            let values = try? fileURL.resourceValues(forKeys: [.isRegularFileKey])
            guard values?.isRegularFile == true else { continue }
            var relative = fileURL.standardizedFileURL.path
            if relative.hasPrefix(basePath + "/") { relative.removeFirst(basePath.count + 1) }
            files.append(prefix + relative)
        }
        return files.sorted()
    }

    /// Reads a file's bytes, refusing special files and files over `maxBytes`.
    public static func read(path: String, maxBytes: Int) -> Result<SourceFile, FileResult.InputError> {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular, type != .typeSymbolicLink {
            return .failure(.init(path: path, message: "not a regular file"))
        }
        if let size = attributes?[.size] as? Int, size > maxBytes {
            return .failure(.init(path: path, message: "the file is \(size) bytes; the limit is \(maxBytes)"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let readable = FileManager.default.isReadableFile(atPath: path)
            return .failure(.init(path: path, message: readable ? "cannot be read" : "permission denied"))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            if data.count > maxBytes {
                return .failure(.init(path: path, message: "the file is over the limit of \(maxBytes) bytes"))
            }
            return .success(SourceFile(path: path, bytes: [UInt8](data)))
        } catch {
            return .failure(.init(path: path, message: "cannot be read (\(error.localizedDescription))"))
        }
    }

    /// Reads standard input to its end, up to `maxBytes`.
    public static func readStandardInput(name: String, maxBytes: Int) -> Result<SourceFile, FileResult.InputError> {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        if data.count > maxBytes {
            return .failure(.init(path: name, message: "standard input is over the limit of \(maxBytes) bytes"))
        }
        return .success(SourceFile(path: name, bytes: [UInt8](data)))
    }
}
