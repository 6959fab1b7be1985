import Foundation
import ProfileModel

/// Finds the files a run checks and reads them, with clear errors for what cannot be read.
///
/// Inputs are hostile (issue 8): a walk must not loop on symlinks or stop at an unreadable folder, and a FIFO or
/// device named `*.json` must not block the run. Files are only ever opened read-only.
public enum InputFiles {
    /// File name endings checked when a directory is named.
    public static let profileExtensions: Set<String> = ["json", "html", "htm"]

    /// One input named on the command line, expanded.
    public enum Entry: Sendable, Hashable {
        /// A file to read, named on the command line.
        case file(String)
        /// A file found walking a folder: read, but passed over when it is an account file (no profile input).
        case found(String)
        /// Standard input, named for output.
        case standardInput(name: String)
        /// Something named that cannot be read, with why.
        case unreadable(path: String, message: String)
    }

    /// Expands `arguments`: files as given, directories walked for profile files (sorted, hidden entries and
    /// symlinked folders skipped so loops cannot hang the walk), `-` for standard input.
    public static func expand(_ arguments: [String], stdinName: String = "<stdin>") -> [Entry] {
        var entries: [Entry] = []
        for argument in arguments {
            if argument == "-" {
                entries.append(.standardInput(name: stdinName))
                continue
            }
            switch FileKind.of(argument, followingLinks: true) {
            case .directory: entries += walk(argument)
            case .failure(let message): entries.append(.unreadable(path: argument, message: message))
            // Special files are refused when read, with the same message as in a walk.
            default: entries.append(.file(argument))
            }
        }
        return entries
    }

    /// The profile files under `directory`, sorted; entries that match but cannot be read come back as
    /// `.unreadable` so the run reports them and goes on.
    static func walk(_ directory: String) -> [Entry] {
        var entries: [Entry] = []
        let root = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        var pending = [root]
        // An explicit stack, and symlinked folders never entered: the walk ends on any tree, loops included.
        while let folder = pending.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder)
            } catch {
                entries.append(.unreadable(path: folder, message: "the folder cannot be read (\(reason(error)))"))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                let matches = profileExtensions.contains((name as NSString).pathExtension.lowercased())
                switch FileKind.of(path, followingLinks: false) {
                case .directory: pending.append(path)
                case .regular: if matches { entries.append(.found(path)) }
                case .symbolicLink:
                    guard matches else { continue }
                    switch FileKind.of(path, followingLinks: true) {
                    case .regular: entries.append(.found(path))
                    case .directory: continue
                    case .failure(let message): entries.append(.unreadable(path: path, message: message))
                    case let other: entries.append(.unreadable(path: path, message: other.refusal))
                    }
                case .failure(let message): if matches { entries.append(.unreadable(path: path, message: message)) }
                case let other: if matches { entries.append(.unreadable(path: path, message: other.refusal)) }
                }
            }
        }
        return entries.sorted { $0.path < $1.path }
    }

    /// Reads a file's bytes, refusing special files and files over `maxBytes` (and symbolic links unless
    /// `followingLinks`).
    public static func read(
        path: String, maxBytes: Int, followingLinks: Bool = true
    )
        -> Result<SourceFile, FileResult.InputError>
    {
        func failure(_ message: String) -> Result<SourceFile, FileResult.InputError> {
            .failure(.init(path: path, message: message))
        }
        // Refuse special files before opening: opening a FIFO for reading blocks until a writer appears.
        switch FileKind.of(path, followingLinks: followingLinks) {
        case .regular(let size):
            // Named as an input even when too large to read: no report may replace it (InputLedger).
            InputLedger.record(path: path)
            if size > maxBytes { return failure(sizeMessage(size, maxBytes)) }
        case .failure(let message): return failure(message)
        case let other: return failure(other.refusal)
        }
        // O_NONBLOCK and the fstat below close the race where the path is swapped for a FIFO after the check.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { return failure(errnoMessage()) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return failure("not a regular file")
        }
        InputLedger.record(FileIdentity(info))
        do {
            // One byte past the limit tells a file that grew since the check from one that fits.
            let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            if data.count > maxBytes {
                return failure("the file is over the limit of \(Wording.count(maxBytes, "byte"))")
            }
            return .success(SourceFile(path: path, bytes: [UInt8](data)))
        } catch {
            return failure("cannot be read (\(reason(error)))")
        }
    }

    /// Reads standard input to its end, but never more than `maxBytes` (an endless pipe stops at the limit).
    public static func readStandardInput(name: String, maxBytes: Int) -> Result<SourceFile, FileResult.InputError> {
        // `profilelint - < me.json -o json=me.json`: a redirected file is an input like any other.
        var info = stat()
        if fstat(STDIN_FILENO, &info) == 0, info.st_mode & S_IFMT == S_IFREG { InputLedger.record(FileIdentity(info)) }
        do {
            let data = try FileHandle.standardInput.read(upToCount: maxBytes + 1) ?? Data()
            if data.count > maxBytes {
                return .failure(
                    .init(
                        path: name,
                        message: "standard input is over the limit of \(Wording.count(maxBytes, "byte")) "
                            + "(--max-file-size)"))
            }
            return .success(SourceFile(path: name, bytes: [UInt8](data)))
        } catch {
            return .failure(.init(path: name, message: "standard input cannot be read (\(reason(error)))"))
        }
    }

    static func sizeMessage(_ size: Int, _ limit: Int) -> String {
        "the file is \(Wording.count(size, "byte")); the limit is \(Wording.number(limit)) "
            + "(--max-file-size, or limits.max_file_size in the "
            + "configuration)"
    }

    static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}

// MARK: - File kinds

/// What a path names, from `stat`/`lstat`, without opening it.
enum FileKind: Equatable {
    case regular(size: Int)
    case directory
    case symbolicLink
    case fifo
    case socket
    case device
    case failure(String)

    static func of(_ path: String, followingLinks: Bool) -> FileKind {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return .failure(errnoMessage()) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        case S_IFIFO: return .fifo
        case S_IFSOCK: return .socket
        default: return .device
        }
    }

    /// Why a file of this kind is not read.
    var refusal: String {
        switch self {
        case .fifo: "not a regular file (a FIFO); skipped so the run cannot block on it"
        case .socket: "not a regular file (a socket)"
        case .device: "not a regular file (a device)"
        case .directory: "is a directory"
        case .symbolicLink: "is a symbolic link"
        case .regular: "is a regular file"
        case .failure(let message): message
        }
    }
}

/// `errno` as a short message: "no such file or directory", "too many levels of symbolic links", …
func errnoMessage() -> String {
    let code = errno
    switch code {
    case ENOENT: return "no such file or directory"
    case ELOOP: return "too many levels of symbolic links (a symlink loop?)"
    case EACCES: return "permission denied"
    default: return String(cString: strerror(code)).lowercased()
    }
}

extension InputFiles.Entry {
    /// The path the entry names (the display name for standard input).
    var path: String {
        switch self {
        case .file(let path), .found(let path), .unreadable(let path, _): path
        case .standardInput(let name): name
        }
    }
}
