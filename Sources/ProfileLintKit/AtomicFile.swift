import Foundation

/// Writes files the tool produces (reports, the git hook, baselines, fixes) so a reader sees the old file or the
/// new one, never half of one: a temporary file in the same folder, flushed to disk, then renamed over the target.
/// Any failure removes the temporary file and leaves the old file as it was.
public enum AtomicFile {
    /// Why a write failed.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Writes `bytes` to `path`; `permissions` (e.g. `0o755`) defaults to `0o644` before the umask.
    public static func write(_ bytes: some Collection<UInt8>, to path: String, permissions: mode_t = 0o644)
        throws(Failure)
    {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).profilelint-\(UUID().uuidString)").path
        // O_EXCL: never write through a file or link someone placed at the temporary name.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw failure("cannot create a temporary file beside it") }
        var succeeded = false
        defer {
            if !succeeded { unlink(temporary) }
        }
        let data = Array(bytes)
        var written = 0
        while written < data.count {
            let count = data[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let error = failure("cannot write it")
                close(descriptor)
                throw error
            }
            written += count
        }
        // Explicit permissions: the umask applies at creation only, and the hook must be executable.
        if fchmod(descriptor, permissions) != 0 || fsync(descriptor) != 0 {
            let error = failure("cannot write it")
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw failure("cannot write it") }
        guard rename(temporary, path) == 0 else { throw failure("cannot replace it") }
        succeeded = true
    }

    private static func failure(_ what: String) -> Failure {
        Failure(description: "\(what) (\(String(cString: strerror(errno)).lowercased()))")
    }
}
