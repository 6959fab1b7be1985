import Foundation
import ProfileLintTestSupport
import Testing

/// `--jobs` and `--ndjson` through the binary.
@Suite struct StreamAndJobsTests {
    @Test func theOutputIsTheSameWhateverTheJobCount() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/.git", withIntermediateDirectories: true)
        try Data("""
            suppressions:
              - file: "p1*.json"
                rule: missing-title
                reason: Titles come later
              - file: "p3*.json"
                rule: title-too-long
                reason: In scope but never used, so reported unused
            """.utf8).write(to: URL(fileURLWithPath: directory + "/.profilelint.yml"))
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
        #expect((records[1]["error"] as? [String: Any])?["message"] as? String
            == "invalid JSON: expected a value, found end of input")
        #expect(records[2]["findings"] as? [[String: Any]] != nil)
        #expect(result.stderr.isEmpty)
    }

    @Test func ndjsonTakesNoFiles() throws {
        let result = try CommandRunner.profilelint(["--ndjson", "Samples/me.json"])
        #expect(result.status == 2, "a usage error")
        #expect(result.stderr.contains("--ndjson reads standard input"))
    }
}
