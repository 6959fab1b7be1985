import Foundation
import Synchronization

/// Writes files the tool produces (reports, the git hook, baselines, fixes) so a reader sees the old file or the
/// new one, never half of one: a temporary file in the same folder, flushed to disk, then renamed over the target.
/// Any failure removes the temporary file and leaves the old file as it was.
///
/// Process edges (issue 12, family 8): SIGINT, SIGTERM and SIGHUP during a write remove the temporary file before
/// the process ends; SIGXFSZ is ignored so an exceeded file size limit is a write error (EFBIG), not a kill; the
/// new file keeps the mode of the file it replaces, or gets `permissions` less the umask; and the temporary name
/// fits NAME_MAX however long the target's name is. A target that is one of the run's inputs (InputLedger) is
/// refused (family 4).
package enum AtomicFile {
    /// Why a write failed.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// The longest file name (NAME_MAX on Linux).
    static let maxNameBytes = 255

    /// Writes `bytes` to `path`; a new file gets `permissions` (e.g. `0o755`) less the umask, an existing one
    /// keeps its mode.
    package static func write(
        _ bytes: some Collection<UInt8>, to path: String, permissions: mode_t = 0o644
    )
        throws(Failure)
    {
        if InputLedger.isInput(path) {
            throw Failure(description: "this is one of the inputs; write it somewhere else")
        }
        Signals.install()
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            temporaryName(for: url.lastPathComponent)
        ).path
        var existing = stat()
        let mode = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : permissions & ~currentUmask()
        // Registered before it exists, so a signal between `open` and `rename` finds it.
        let slot = Signals.register(temporary)
        defer { Signals.unregister(slot) }
        // O_EXCL: never write through a file or link someone placed at the temporary name.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
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
        // Explicit mode: the file was created 0600 so no one reads it half-written.
        if fchmod(descriptor, mode) != 0 || fsync(descriptor) != 0 {
            let error = failure("cannot write it")
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw failure("cannot write it") }
        guard rename(temporary, path) == 0 else { throw failure("cannot replace it") }
        succeeded = true
    }

    /// `.<name>.profilelint-<random>`, with the name cut (at a UTF-8 character boundary) so the whole stays
    /// within NAME_MAX bytes.
    static func temporaryName(for name: String) -> String {
        let suffix = ".profilelint-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let room = maxNameBytes - 1 - suffix.utf8.count
        var kept = ""
        var used = 0
        for scalar in name.unicodeScalars {
            let width = UTF8.width(scalar)
            if used + width > room { break }
            kept.unicodeScalars.append(scalar)
            used += width
        }
        return "." + kept + suffix
    }

    /// The process's umask, read without changing it (`/proc/self/status`), else by setting and restoring it.
    static func currentUmask() -> mode_t {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
            let mask = mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8)
        {
            return mask
        }
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    private static func failure(_ what: String) -> Failure {
        let code = errno
        let reason = code == EFBIG ? "the file size limit is exceeded" : String(cString: strerror(code)).lowercased()
        return Failure(description: "\(what) (\(reason))")
    }
}

/// Temporary files being written, removed by a signal handler before the signal takes its default action.
///
/// The handler may only call async-signal-safe functions: it reads fixed slots of C strings and calls `unlink`,
/// `signal` and `raise`.
enum Signals {
    static let slotCount = 16
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: slotCount)
        slots.initialize(repeating: nil, count: slotCount)
        return slots
    }()
    static let lock = Mutex<Void>(())
    static let installed: Void = {
        // SIGXFSZ: `ulimit -f` exceeded becomes EFBIG on the write, reported like any write error.
        signal(SIGXFSZ, SIG_IGN)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                for index in 0..<Signals.slotCount {
                    if let path = Signals.slots[index] { unlink(path) }
                }
                signal(number, SIG_DFL)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            // A signal someone chose to ignore stays ignored.
            var previous = sigaction()
            sigaction(number, nil, &previous)
            if previous.__sigaction_handler.sa_handler == nil
                || unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self) != 1
            {
                sigaction(number, &action, nil)
            }
        }
    }()

    static func install() { _ = installed }

    /// Puts `path` in a free slot; `nil` when all are taken (the file is then still removed on failure).
    static func register(_ path: String) -> Int? {
        lock.withLock { _ in
            for index in 0..<slotCount where slots[index] == nil {
                slots[index] = strdup(path)
                return index
            }
            return nil
        }
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock { _ in
            let path = slots[slot]
            slots[slot] = nil
            free(path)
        }
    }
}
