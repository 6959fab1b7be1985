import Foundation
import ProfileLintKit
import ProfileLintTestSupport
import ProfileModel
import Testing

/// Walking and reading inputs that are not plain files (issue 8): loops, dangling links, FIFOs, limits.
@Suite struct InputFilesTests {
    /// A folder with one good profile and every awkward kind of entry next to it.
    func awkwardFolder() throws -> String {
        let directory = try CommandRunner.temporaryDirectory()
        let manager = FileManager.default
        try manager.createDirectory(atPath: directory + "/sub/deeper", withIntermediateDirectories: true)
        try Data("{\"name\":\"A\"}".utf8).write(to: URL(fileURLWithPath: directory + "/ok.json"))
        try Data("{\"name\":\"B\"}".utf8).write(to: URL(fileURLWithPath: directory + "/sub/deeper/b.json"))
        try Data("{}".utf8).write(to: URL(fileURLWithPath: directory + "/sub/.hidden.json"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: directory + "/notes.txt"))
        try manager.createSymbolicLink(atPath: directory + "/sub/deeper/up", withDestinationPath: "../..")
        try manager.createSymbolicLink(atPath: directory + "/self", withDestinationPath: ".")
        try manager.createSymbolicLink(atPath: directory + "/loop-a.json", withDestinationPath: "loop-b.json")
        try manager.createSymbolicLink(atPath: directory + "/loop-b.json", withDestinationPath: "loop-a.json")
        try manager.createSymbolicLink(atPath: directory + "/gone.json", withDestinationPath: "nowhere.json")
        try manager.createSymbolicLink(atPath: directory + "/linked.json", withDestinationPath: "ok.json")
        #expect(mkfifo(directory + "/pipe.json", 0o644) == 0)
        return directory
    }

    @Test func aWalkEndsOnLoopsAndReportsWhatItCannotRead() throws {
        let directory = try awkwardFolder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let entries = try #require(Watchdog.run { InputFiles.expand([directory]) }, "the walk hung")
        let expected: [InputFiles.Entry] = [
            .unreadable(path: directory + "/gone.json", message: "no such file or directory"),
            .found(directory + "/linked.json"),
            .unreadable(
                path: directory + "/loop-a.json", message: "too many levels of symbolic links (a symlink loop?)"),
            .unreadable(
                path: directory + "/loop-b.json", message: "too many levels of symbolic links (a symlink loop?)"),
            .found(directory + "/ok.json"),
            .unreadable(
                path: directory + "/pipe.json",
                message: "not a regular file (a FIFO); skipped so the run cannot block on it"),
            .found(directory + "/sub/deeper/b.json"),
        ]
        #expect(entries == expected)
    }

    @Test func namedSpecialFilesAreRefusedWithoutBlocking() throws {
        let directory = try awkwardFolder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let reads = try #require(
            Watchdog.run {
                ["pipe.json", "loop-a.json", "gone.json", "sub", "ok.json"].map { name in
                    InputFiles.expand([directory + "/" + name]).map { entry -> String in
                        switch entry {
                        case .file(let path), .found(let path):
                            switch InputFiles.read(path: path, maxBytes: 1 << 20) {
                            case .success(let source): return "read \(source.bytes.count)"
                            case .failure(let error): return error.message
                            }
                        case .unreadable(_, let message): return message
                        case .standardInput: return "stdin"
                        }
                    }.joined(separator: ", ")
                }
            }, "reading a FIFO blocked")
        #expect(
            reads == [
                "not a regular file (a FIFO); skipped so the run cannot block on it",
                "too many levels of symbolic links (a symlink loop?)",
                "no such file or directory",
                "read 12",
                "read 12",
            ])
    }

    @Test func filesOverTheLimitAreRefusedBeforeReading() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/big.json"
        try Data(repeating: 0x20, count: 2048).write(to: URL(fileURLWithPath: path))
        guard case .failure(let error) = InputFiles.read(path: path, maxBytes: 1024) else {
            Issue.record("a 2 KiB file passed a 1 KiB limit")
            return
        }
        #expect(error.message.hasPrefix("the file is 2,048 bytes; the limit is 1,024"))
        #expect((try? InputFiles.read(path: path, maxBytes: 2048).get())?.bytes.count == 2048)
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their permissions"))
    func anUnreadableFileIsAPerFileError() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/secret.json"
        try Data("{}".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0) == 0)
        guard case .failure(let error) = InputFiles.read(path: path, maxBytes: 1024) else {
            Issue.record("an unreadable file was read")
            return
        }
        #expect(error.message == "permission denied")
    }

    @Test func limitSizesParse() {
        #expect(InputLimits.parseSize("16MB") == 16 * 1024 * 1024)
        #expect(InputLimits.parseSize("512 KiB") == 512 * 1024)
        #expect(InputLimits.parseSize("1048576") == 1_048_576)
        #expect(InputLimits.parseSize("2g") == 2 << 30)
        #expect(InputLimits.parseSize("12 parsecs") == nil)
        #expect(InputLimits.parseSize("-1") == nil)
        #expect(InputLimits.parseSize("99999999999999999999GB") == nil)
    }
}
