import Foundation
import Glibc
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

    /// The profile files under `directory`, sorted. `readdir` with `d_type` rather than `FileManager.enumerator`:
    /// the enumerator's `URL` and resource-value work was a fifth of a 10,000-file run, all of it serial.
    /// Same rules as before: names starting with `.` are skipped (files and folders), symbolic links are never
    /// followed into folders, and only regular files (not links to them) with a profile extension are kept.
    static func walk(_ directory: String) -> [String] {
        var files: [String] = []
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        // As with the enumerator, a folder named through a symbolic link (`link`, `link/`, `link/.`) is not walked.
        var status = stat()
        let standardized = URL(fileURLWithPath: directory).standardizedFileURL.path
        guard lstat(standardized, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return [] }
        collect(path: directory, relative: "", into: &files)
        return files.map { prefix + $0 }.sorted()
    }

    private static func collect(path: String, relative: String, into files: inout [String]) {
        guard let stream = opendir(path) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") { continue }
            let childPath = path.hasSuffix("/") ? path + name : path + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                // Some file systems leave the type out; ask without following links.
                var status = stat()
                guard lstat(childPath, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: type = Int32(DT_DIR)
                case S_IFREG: type = Int32(DT_REG)
                default: continue
                }
            }
            if type == Int32(DT_DIR) {
                collect(path: childPath, relative: relative + name + "/", into: &files)
            } else if type == Int32(DT_REG), hasProfileExtension(name) {
                files.append(relative + name)
            }
        }
    }

    /// Whether `name`'s extension (after its last `.`, not a leading one) is a profile extension, in any case.
    static func hasProfileExtension(_ name: String) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return false }
        return profileExtensions.contains(String(name.utf8[name.utf8.index(after: dot)...])!.lowercased())
    }

    /// Reads a file's bytes, refusing special files and files over `maxBytes`.
    ///
    /// The common case (a regular file that opens and reads) takes plain `open`/`fstat`/`read` into the array the
    /// linter uses; `FileManager`'s attribute dictionary, `FileHandle` and the `Data` copy cost more than parsing a
    /// small profile. Anything unusual goes through `readWithFoundation`, so every error message stays as it was.
    public static func read(path: String, maxBytes: Int) -> Result<SourceFile, FileResult.InputError> {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) <= maxBytes
        else { return readWithFoundation(path: path, maxBytes: maxBytes) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return readWithFoundation(path: path, maxBytes: maxBytes) }
        defer { close(descriptor) }
        // The size may change between `lstat` and the reads: read to the end, one byte past the limit at most.
        var bytes = [UInt8](repeating: 0, count: min(Int(status.st_size), maxBytes) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= maxBytes else { break }
                bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096), maxBytes + 1 - count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { return readWithFoundation(path: path, maxBytes: maxBytes) }
            if got == 0 { break }
            count += got
        }
        if count > maxBytes {
            return .failure(.init(path: path, message: "the file is over the limit of \(maxBytes) bytes"))
        }
        bytes.removeLast(bytes.count - count)
        return .success(SourceFile(path: path, bytes: bytes))
    }

    /// The general reader, with the exact messages for special files, sizes and permissions.
    static func readWithFoundation(path: String, maxBytes: Int) -> Result<SourceFile, FileResult.InputError> {
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
