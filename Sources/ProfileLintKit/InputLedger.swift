import Foundation
import Synchronization

/// A file's identity: its device and inode, the same however it is named (`real/me.json`, `link/me.json`
/// through a symlinked folder, `./me.json`, a hard link).
package struct FileIdentity: Sendable, Hashable {
    package var device: UInt64
    package var inode: UInt64

    /// The identity of what `path` names, following symbolic links; `nil` when nothing is there.
    package init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The identity of an open file.
    package init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// Every file this process has read as an input — profiles, accounts, configurations, baselines, job posts,
/// cover letters, history, agency members, and standard input when it is a redirected file — so that no output
/// replaces one of them (issue 12, family 4). The reads register themselves (`InputFiles.read`,
/// `Configuration.load`, `Baseline.load`), and `AtomicFile.write` refuses a target whose identity is listed,
/// whatever subcommand or flag named it.
package enum InputLedger {
    private static let identities = Mutex<Set<FileIdentity>>([])

    /// Records `identity` as an input.
    package static func record(_ identity: FileIdentity?) {
        guard let identity else { return }
        _ = identities.withLock { $0.insert(identity) }
    }

    /// Records the file at `path` as an input.
    package static func record(path: String) {
        record(FileIdentity(path: path))
    }

    /// Whether `path` names a file read as an input.
    package static func isInput(_ path: String) -> Bool {
        guard let identity = FileIdentity(path: path) else { return false }
        return identities.withLock { $0.contains(identity) }
    }
}
