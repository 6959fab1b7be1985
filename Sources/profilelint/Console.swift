import Foundation

/// Standard output and error for the commands, without `FileHandle.write` (which traps when the descriptor is
/// closed or full) or `print` (whose buffered failures are lost, so a run to `/dev/full` would exit 0).
///
/// A failed write to standard output ends the run with exit 2 and a message on standard error (issue 12,
/// family 8); `-o` reports are written before standard output, so they survive it. A failed write to standard
/// error is ignored: there is nowhere left to say so.
enum Console {
    /// Writes `text` to standard output, or exits 2 saying why it cannot.
    static func out(_ text: String) {
        guard !text.isEmpty else { return }
        if let problem = write(text, to: STDOUT_FILENO) {
            error("profilelint: error: cannot write to standard output (\(problem))\n")
            exit(2)
        }
    }

    /// Writes `bytes` to standard output, or exits 2 saying why it cannot.
    static func out(bytes: some Collection<UInt8>) {
        guard !bytes.isEmpty else { return }
        if let problem = write(Array(bytes), to: STDOUT_FILENO) {
            error("profilelint: error: cannot write to standard output (\(problem))\n")
            exit(2)
        }
    }

    /// Writes `text` to standard error, as well as it can.
    static func error(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// Writes all of `text`; the reason when it cannot.
    static func write(_ text: String, to descriptor: Int32) -> String? {
        write(Array(text.utf8), to: descriptor)
    }

    /// Writes all of `bytes`; the reason when it cannot.
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var bytes = bytes
        return bytes.withUnsafeMutableBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count > 0 {
                    offset += count
                    continue
                }
                if count < 0, errno == EINTR { continue }
                if count < 0, errno == EAGAIN {
                    // A non-blocking descriptor inherited from the caller: wait until it can take more.
                    var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&poller, 1, -1)
                    continue
                }
                let code = count < 0 ? errno : EIO
                return code == EBADF
                    ? "it is closed"
                    : code == EFBIG
                        ? "the file size limit is exceeded"
                        : String(cString: strerror(code)).lowercased()
            }
            return nil
        }
    }
}

/// Process set-up for hostile surroundings (issue 12, family 8).
enum ProcessEdges {
    /// Ignores SIGXFSZ, so a `ulimit -f` that is exceeded fails the write (EFBIG, reported, exit 2) instead of
    /// killing the process; and puts a read-only `/dev/null` on a closed standard output or error, so no file the
    /// run opens later lands on descriptor 1 or 2 (a report would otherwise be written into an input, or stdout
    /// into a report). Writes to it fail with EBADF, which `Console` reports.
    static func prepare() {
        signal(SIGXFSZ, SIG_IGN)
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let placeholder = open("/dev/null", O_RDONLY)
            if placeholder >= 0, placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
        }
    }
}
