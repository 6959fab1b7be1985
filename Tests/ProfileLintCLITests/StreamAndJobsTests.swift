import Foundation
import ProfileLintTestSupport
import Testing

/// `--jobs` and `--ndjson` through the binary.
@Suite struct StreamAndJobsTests {
    @Test func theOutputIsTheSameWhateverTheJobCount() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/.git", withIntermediateDirectories: true)
        try Data(
            """
            suppressions:
              - file: "p1*.json"
                rule: missing-title
                reason: Titles come later
              - file: "p3*.json"
                rule: title-too-long
                reason: In scope but never used, so reported unused
            """.utf8
        ).write(to: URL(fileURLWithPath: directory + "/.profilelint.yml"))
        for index in 0..<40 {
            let text = index % 7 == 3 ? "{ broken" : #"{"title": "\#(index % 2 == 0 ? "" : "Editor")"}"#
            try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/p\(index).json"))
        }
        let one = try CommandRunner.profilelint(["--jobs", "1", "."], in: directory)
        let two = try CommandRunner.profilelint(["-j", "2", "--format", "json", "."], in: directory)
        let many = try CommandRunner.profilelint(["--jobs", "8", "--format", "json", "."], in: directory)
        #expect(one.status == 2 && two.status == 2)
        #expect(two.stdout == many.stdout)
        #expect(try CommandRunner.profilelint(["--jobs", "2", "."], in: directory).stdout == one.stdout)
        // Suppressions were applied per file whatever the order files finished in.
        #expect(!one.stdout.contains("./p10.json:1:1: warning: the profile has no title [missing-title]"))
        #expect(one.stdout.contains("./p20.json:1:1: warning: the profile has no title [missing-title]"))
        #expect(one.stdout.components(separatedBy: "this suppression of title-too-long matched nothing").count == 2)
    }

    @Test func jobsMustBePositive() throws {
        let result = try CommandRunner.profilelint(["--jobs", "0", "Samples/me.json"])
        #expect(result.status == 2, "a usage error")
        #expect(result.stderr.contains("--jobs must be at least 1"))
    }

    @Test func ndjsonWritesOneRecordPerLineInOrderAndABadLineIsAnErrorRecord() throws {
        let me = try String(contentsOfFile: TestPaths.samples + "/me.json", encoding: .utf8)
            .replacingOccurrences(of: "\n", with: " ")
        let input = [me, "{\"profile\": [1,", me, ""].joined(separator: "\n")
        let result = try CommandRunner.profilelint(["--ndjson"], stdin: input)
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let records = try lines.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.map { $0["line"] as? Int } == [1, 2, 3])
        #expect(records[0]["path"] as? String == "<stdin>")
        #expect((records[0]["completeness"] as? [String: Any])?["score"] as? Double == 90)
        #expect(
            (records[1]["error"] as? [String: Any])?["message"] as? String
                == "invalid JSON: expected a value, found end of input")
        #expect(records[2]["findings"] as? [[String: Any]] != nil)
        #expect(result.stderr.isEmpty)
    }

    @Test func ndjsonTakesNoFiles() throws {
        let result = try CommandRunner.profilelint(["--ndjson", "Samples/me.json"])
        #expect(result.status == 2, "a usage error")
        #expect(result.stderr.contains("--ndjson reads standard input"))
    }

    /// A producer that writes one line and waits for its record before writing the next: each record must come out
    /// while the input is still open (issue 12, family 10). A buffering stream would leave the read waiting; the
    /// watchdog turns that hang into a failure.
    @Test func ndjsonWritesEachRecordWhileTheInputIsStillOpen() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestPaths.binary)
        process.arguments = ["--ndjson"]
        process.currentDirectoryURL = URL(fileURLWithPath: TestPaths.repositoryRoot)
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let writer = input.fileHandleForWriting
        let reader = output.fileHandleForReading
        let lines = Watchdog.run(seconds: 120) { () -> [String] in
            var records: [String] = []
            var pending = Data()
            for index in 1...3 {
                writer.write(Data((#"{"id": "p\#(index)", "title": "Profile \#(index)"}"# + "\n").utf8))
                // Read until this line's record is complete; stdin stays open.
                while !pending.contains(0x0A) {
                    let chunk = reader.availableData
                    if chunk.isEmpty { return records }
                    pending += chunk
                }
                let newline = pending.firstIndex(of: 0x0A)!
                records.append(String(decoding: pending[..<newline], as: UTF8.self))
                pending.removeSubrange(...newline)
            }
            return records
        }
        try writer.close()
        process.waitUntilExit()
        let records = try #require(lines, "a record did not appear before the next line was written")
        #expect(records.count == 3)
        for (index, record) in records.enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any])
            #expect(object["line"] as? Int == index + 1)
            #expect(object["id"] as? String == "p\(index + 1)")
        }
        #expect(process.terminationStatus == 0)
    }

    /// Issue 13, item 17: a line's `id` (or `--id-key`'s member) is echoed as written, never an unknown field.
    @Test func ndjsonEchoesEachLinesIdAndDoesNotCallItUnknown() throws {
        let input = [
            #"{"id": "a-1", "title": "Swift developer", "overview": "Builds apps."}"#,
            #"{"profile": {"title": "Editor"}, "id": 12345678901234567890}"#,
            #"{"title": "No id here", "ref": "x"}"#,
        ].joined(separator: "\n")
        let result = try CommandRunner.profilelint(["--ndjson"], stdin: input)
        let records = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.count == 3)
        #expect(records[0]["id"] as? String == "a-1")
        // Echoed as written: a number too large for a Double keeps every digit.
        #expect(result.stdout.split(separator: "\n")[1].contains(#""id":12345678901234567890,"#))
        #expect(records[2]["id"] == nil)
        let unknown = records.flatMap { ($0["findings"] as? [[String: Any]] ?? []) }
            .filter { $0["rule"] as? String == "unknown-field" }
        #expect(unknown.map { $0["field"] as? String } == ["/ref"], "only the line without an id has a stray member")

        let custom = try CommandRunner.profilelint(["--ndjson", "--id-key", "ref"], stdin: input)
        let third = try #require(
            try JSONSerialization.jsonObject(
                with: Data(custom.stdout.split(separator: "\n")[2].utf8)) as? [String: Any])
        #expect(third["ref"] as? String == "x" && third["id"] == nil)
        #expect(!custom.stdout.split(separator: "\n")[2].contains("unknown-field"))

        let clash = try CommandRunner.profilelint(["--ndjson", "--id-key", "path"], stdin: input)
        #expect(clash.status == 2 && clash.stderr.contains("--id-key path is a member of every record"))
        let alone = try CommandRunner.profilelint(["--id-key", "ref", "Samples/me.json"])
        #expect(alone.status == 2 && alone.stderr.contains("--id-key applies only with --ndjson"))
    }
}
