import Foundation
import ProfileLintKit
import Testing

/// `--ndjson` in process: order, error records, lines split across reads, bounded line length.
@Suite struct NDJSONStreamTests {
    /// Runs the stream over `text` fed in `chunkSize`-byte reads; returns the decoded records and the exit code.
    func stream(
        _ text: String, chunkSize: Int = 7, jobs: Int = 2, maxLineBytes: Int = 1 << 20,
        maxDepth: Int? = nil
    ) throws -> (records: [[String: Any]], code: Int32) {
        var options = LintRun.Options()
        options.jobs = jobs
        options.limits.maxFileBytes = maxLineBytes
        options.limits.maxDepth = maxDepth
        var output = ""
        let code = try LintRun(options: options).stream(NDJSONStream.chunks(of: Array(text.utf8), size: chunkSize)) {
            output += String(decoding: $0, as: UTF8.self)
        }
        #expect(output.isEmpty || output.hasSuffix("\n"))
        let records = try output.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        return (records, code)
    }

    static func profile(_ title: String) -> String {
        #"{"profile": {"title": "\#(title)", "overview": "Short overview.", "skills": ["Swift"]}}"#
    }

    @Test func oneRecordPerLineInInputOrderWhateverTheJobCount() throws {
        let lines = (1...600).map { Self.profile("Profile number \($0)") }
        let text = lines.joined(separator: "\n") + "\n"
        for jobs in [1, 2, 4] {
            let (records, code) = try stream(text, chunkSize: 4096, jobs: jobs)
            #expect(records.count == 600)
            #expect(records.map { $0["line"] as? Int } == (1...600).map { $0 })
            #expect(records.allSatisfy { $0["error"] == nil && $0["completeness"] != nil })
            #expect(code == 0)
        }
    }

    @Test func aBadLineYieldsAnErrorRecordAndTheStreamGoesOn() throws {
        let text = [Self.profile("First"), #"{"profile": {"title": "#, "not json", Self.profile("Last")]
            .joined(separator: "\n")
        let (records, code) = try stream(text)
        #expect(records.map { $0["line"] as? Int } == [1, 2, 3, 4])
        let truncated = try #require(records[1]["error"] as? [String: Any])
        #expect(truncated["message"] as? String == "invalid JSON: expected a value, found end of input")
        #expect(truncated["line"] as? Int == 1 && truncated["column"] as? Int == 23)
        #expect((records[2]["error"] as? [String: Any])?["message"] as? String != nil)
        #expect(records[3]["error"] == nil && records[3]["findings"] is [Any])
        #expect(code == 2, "an unreadable line makes the run exit 2, as an unreadable file does")
    }

    @Test func blankLinesAreSkippedButCountedAndCRLFIsAccepted() throws {
        let text = "\n" + Self.profile("A") + "\r\n   \n" + Self.profile("B")
        let (records, _) = try stream(text, chunkSize: 3)
        #expect(records.map { $0["line"] as? Int } == [2, 4])
        #expect(records.allSatisfy { $0["error"] == nil })
    }

    @Test func aLineOverTheLimitIsReportedWithoutBeingHeld() throws {
        let long = Self.profile(String(repeating: "x", count: 500))
        let text = [Self.profile("A"), long, Self.profile("C")].joined(separator: "\n")
        // Read in small pieces (a pipe) or whole (a file): the same records. A whole line over the limit once got
        // the file-size message instead, so a sweep fed through pipes disagreed with a run on the file.
        for chunkSize in [16, text.utf8.count] {
            let (records, code) = try stream(text, chunkSize: chunkSize, maxLineBytes: 200)
            #expect(records.map { $0["line"] as? Int } == [1, 2, 3])
            #expect(
                (records[1]["error"] as? [String: Any])?["message"] as? String
                    == "the line is over the limit of 200 bytes", "chunks of \(chunkSize) bytes")
            #expect(records[2]["error"] == nil)
            #expect(code == 2)
        }
    }

    @Test func findingsPointIntoTheLineAndCountTowardsTheExitCode() throws {
        let (records, code) = try stream(#"{"profile": {"title": ""}}"#)
        let findings = try #require(records.first?["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "missing-title" && $0["line"] as? Int == 1 })
        #expect(code == 0, "warnings alone do not fail the default --fail-on error")
    }

    /// Lines are linted on the stream's own threads: the deepest nesting the limits allow still fits their stack.
    @Test func theDeepestAllowedNestingIsReadOnTheStreamsThreads() throws {
        let depth = 990
        let deep =
            #"{"profile": {"title": "Deep", "x": "# + String(repeating: "[", count: depth)
            + String(repeating: "]", count: depth) + "}}"
        let (records, _) = try stream(Self.profile("A") + "\n" + deep, chunkSize: 4096, maxDepth: 1000)
        #expect(records.map { $0["line"] as? Int } == [1, 2])
        #expect(records[1]["error"] == nil, "read to the end, not stopped by a limit")
    }
}
