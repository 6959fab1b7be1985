import Foundation
import ProfileLintKit
import Testing

/// The folder walk and the file reader: which files a folder yields, in what order, and the read errors.
@Suite struct InputFilesTests {
    /// A scratch folder with `files` (relative path → content) and `links` (relative path → target).
    func folder(_ files: [String: String], links: [String: String] = [:]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("inputfiles-\(UUID().uuidString)").path
        for (path, content) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(content.utf8).write(to: URL(fileURLWithPath: full))
        }
        for (path, target) in links {
            try FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: target)
        }
        return root
    }

    func paths(_ entries: [InputFiles.Entry]) -> [String] {
        entries.map { entry in
            if case .file(let path) = entry { return path }
            return "?"
        }
    }

    @Test func aFolderYieldsProfileFilesSortedSkippingHiddenNamesAndLinks() throws {
        let root = try folder([
            "d/b.json": "{}", "d/a.HTM": "<p>", "d/sub/c.Json": "{}", "d/x.tar.json": "{}", "d/notes.txt": "",
            "d/json": "{}", "d/.e.json": "{}", "d/.hidden/f.json": "{}", "real/r.json": "{}",
        ], links: ["d/linked.json": "../real/r.json", "d/linkdir": "../real", "top": "d"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(paths(InputFiles.expand([root + "/d"])) == [
            root + "/d/a.HTM", root + "/d/b.json", root + "/d/sub/c.Json", root + "/d/x.tar.json",
        ])
        #expect(paths(InputFiles.expand([root + "/d/"])).first == root + "/d/a.HTM")
        // A folder named through a symbolic link is not walked, with or without a trailing slash.
        #expect(InputFiles.expand([root + "/top"]).isEmpty)
        #expect(InputFiles.expand([root + "/top/"]).isEmpty)
    }

    @Test func readingGivesTheBytesOrTheReasonNot() throws {
        let root = try folder(["a.json": #"{"title": "T"}"#, "big.json": String(repeating: " ", count: 100)],
                              links: ["link.json": "a.json"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let read = try InputFiles.read(path: root + "/a.json", maxBytes: 1 << 20).get()
        #expect(read.bytes == Array(#"{"title": "T"}"#.utf8))
        #expect(try InputFiles.read(path: root + "/link.json", maxBytes: 1 << 20).get().bytes == read.bytes)
        #expect(throws: FileResult.InputError(path: root + "/big.json",
                                              message: "the file is 100 bytes; the limit is 99")) {
            try InputFiles.read(path: root + "/big.json", maxBytes: 99).get()
        }
        #expect(try InputFiles.read(path: root + "/big.json", maxBytes: 100).get().bytes.count == 100)
        #expect(throws: FileResult.InputError(path: root, message: "not a regular file")) {
            try InputFiles.read(path: root, maxBytes: 100).get()
        }
    }
}
