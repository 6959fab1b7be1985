import Foundation
import ProfileLintTestSupport
import Testing

/// `--ndjson` under real engines: `scripts/sweep-spark.py` on PySpark in local mode, and the GNU parallel one-liner
/// of Docs/scale.md, against single-process runs of the same binary on the same shards.
///
/// No normalisation: each sweep must write, byte for byte and in the same order, what
/// `profilelint --ndjson --stdin-filename SHARD < SHARD` writes for its shards, one after another.
@Suite(.serialized, .enabled(if: SweepEngines.missing == nil, Comment(rawValue: SweepEngines.skipMessage)))
struct SweepEngineTests {
    /// Flags every run gets: a fixed day for the eligibility engine, and a line limit the over-long line exceeds.
    static let flags = ["--max-file-size", "512KB", "--as-of", "2026-06-01"]

    @Test func sparkAndParallelWriteWhatOneProcessWrites() throws {
        let corpus = try SweepCorpus()
        defer { corpus.remove() }
        let reference = try corpus.shards.map { try corpus.singleProcess($0) }

        // The first profilelint started is killed after reading a little: Spark must retry that range.
        let flaky = try corpus.wrapper(
            named: "flaky-profilelint",
            body: """
                if mkdir "\(corpus.directory)/killed-once" 2>/dev/null; then head -c 4096 >/dev/null; kill -9 $$; fi
                exec "\(TestPaths.binary)" "$@"
                """)
        let spark = try corpus.sweepSpark(profilelint: flaky, output: "spark-out")
        #expect(spark.status == 0, "\(spark.stderr)")
        let parts = try FileManager.default.contentsOfDirectory(atPath: corpus.directory + "/spark-out")
            .filter { $0.hasPrefix("part-") }.sorted()
        #expect(parts.count > corpus.shards.count, "the shards were cut into several ranges each")
        let sweptBytes = try parts.reduce(into: Data()) {
            $0 += try Data(contentsOf: URL(fileURLWithPath: corpus.directory + "/spark-out/" + $1))
        }
        let expected = reference.reduce(Data(), +)
        #expect(sweptBytes == expected)

        let records = try expected.split(separator: UInt8(ascii: "\n")).map {
            try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any])
        }
        #expect(records.count == corpus.nonBlankLines)
        #expect(records.count { $0["error"] != nil } == corpus.badLines)
        let summary = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: corpus.directory + "/spark-out/summary.json")))
                as? [String: Any])
        #expect(summary["records"] as? Int == records.count)
        #expect(summary["errors"] as? Int == corpus.badLines)
        #expect(summary["retried_tasks"] as? Int == 1)
        var byRule: [String: Int] = [:]
        for record in records {
            for finding in record["findings"] as? [[String: Any]] ?? [] {
                byRule[finding["rule"] as? String ?? "?", default: 0] += 1
            }
        }
        #expect(summary["findings_by_rule"] as? [String: Int] == byRule)
        #expect(spark.stdout.contains("records:           \(records.count)\n"))

        for (index, (shard, single)) in zip(corpus.shards, reference).enumerated() {
            let output = "parallel-\(index).out"
            let result = try corpus.parallelOneLiner(shard: shard, blockLines: 150, output: output)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: corpus.directory + "/" + output)) == single, "\(shard)")
        }
    }

    @Test func aProfilelintThatIsKilledFailsTheSweepVisibly() throws {
        let corpus = try SweepCorpus(profiles: 40)
        defer { corpus.remove() }
        let crashing = try corpus.wrapper(named: "profilelint", body: "head -c 100 >/dev/null; kill -9 $$")
        let spark = try corpus.sweepSpark(profilelint: crashing, output: "spark-out", maxFailures: 2)
        #expect(spark.status == 3)
        #expect(spark.stderr.contains("sweep-spark: the sweep failed after retries"))
        #expect(spark.stderr.contains("profilelint was killed by signal 9"))
        #expect(spark.stderr.contains("attempt 2"), "the task was retried before the sweep gave up")
        #expect(!FileManager.default.fileExists(atPath: corpus.directory + "/spark-out/_SUCCESS"))

        // The one-liner with the same binary first on PATH: GNU parallel must exit non-zero too.
        let result = try corpus.parallelOneLiner(
            shard: corpus.shards[0], blockLines: 10, output: "parallel.out",
            path: (crashing as NSString).deletingLastPathComponent)
        #expect(result.status != 0)
    }
}

/// Whether python3 can import pyspark, Java runs, and GNU parallel is there.
enum SweepEngines {
    static let missing: String? = {
        func runs(_ arguments: [String]) -> Bool {
            (try? CommandRunner.run("/usr/bin/env", arguments).status) == 0
        }
        if !runs(["python3", "-c", "import pyspark"]) { return "python3 cannot import pyspark" }
        if !runs(["java", "-version"]) { return "java is not on PATH" }
        if !runs(["parallel", "--version"]) { return "GNU parallel is not on PATH" }
        return nil
    }()

    static var skipMessage: String {
        "\(missing ?? "") — `scripts/setup.sh --with-spark` installs PySpark, Java and GNU parallel"
    }
}

/// A generated corpus in a temporary directory: three shards of the Samples documents, varied, with bad lines.
struct SweepCorpus {
    let directory: String
    let shards = ["shards/shard-1.ndjson", "shards/shard-2.ndjson", "shards/shard-3.ndjson"]
    /// Lines that must become error records (broken JSON, a number, invalid UTF-8, UTF-16, an over-long line), and
    /// lines that must become records at all.
    private(set) var badLines = 0
    private(set) var nonBlankLines = 0

    init(profiles: Int = 2400) throws {
        directory = try CommandRunner.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory + "/shards", withIntermediateDirectories: true)
        let documents = try Self.documents()
        func profile(_ index: Int) -> Data { documents[index % documents.count] }
        var first = Data()
        var third = Data()
        let half = profiles / 2
        for index in 0..<half {
            first += profile(index) + Data("\n".utf8)
            switch index {
            case 100:
                first += Data("{\"profile\": [1,\n\n   \t\n42\n".utf8)  // two bad lines around two blank ones
                (badLines, nonBlankLines) = (badLines + 2, nonBlankLines + 2)
            case 200:
                first += Data([0x7B, 0x22, 0x74, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D, 0x0A])  // {"t":"\xC3("}
                (badLines, nonBlankLines) = (badLines + 1, nonBlankLines + 1)
            case 300:
                first += Data([0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00, 0x0A])  // UTF-16LE {}
                (badLines, nonBlankLines) = (badLines + 1, nonBlankLines + 1)
            case 400:
                first += profile(index) + Data("\r\n".utf8)  // CRLF
                nonBlankLines += 1
            default: break
            }
        }
        for index in half..<profiles {
            if index == half + half / 2 {
                // Longer than --max-file-size and than a range: the ranges inside it own no line.
                let overview = String(repeating: "Long overview. ", count: 40_000)
                third += Data(#"{"profile": {"title": "Too long", "overview": "\#(overview)"}}"#.utf8) + Data("\n".utf8)
                (badLines, nonBlankLines) = (badLines + 1, nonBlankLines + 1)
            }
            third += profile(index) + Data("\n".utf8)
        }
        third = third.dropLast()  // no newline after the last line
        try first.write(to: URL(fileURLWithPath: directory + "/" + shards[0]))
        try Data().write(to: URL(fileURLWithPath: directory + "/" + shards[1]))
        try third.write(to: URL(fileURLWithPath: directory + "/" + shards[2]))
        nonBlankLines += profiles
    }

    /// The Samples documents on one line each; profilelint-format ones vary in title and some carry an account.
    static func documents() throws -> [Data] {
        let samples = TestPaths.samples
        let account = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: samples + "/account.json")))
        let names = [
            "me.json", "good/complete.json", "bad/contact-details.json", "members/priya.json",
            "upwork/graphql-profile.json", "upwork/phpvars-profile.json", "upwork/rest-v1-profile.json",
        ]
        var documents: [Data] = []
        for variant in 0..<5 {
            for name in names {
                var document = try #require(
                    try JSONSerialization.jsonObject(
                        with: Data(contentsOf: URL(fileURLWithPath: samples + "/" + name))) as? [String: Any])
                if !name.hasPrefix("upwork/"), var profile = document["profile"] as? [String: Any] {
                    let title = profile["title"] as? String ?? ""
                    profile["title"] =
                        [title, "", "\(title) \(variant)", String(repeating: "Senior ", count: 12), title][variant]
                    document["profile"] = profile
                    if variant % 2 == 1 { document["account"] = account }
                }
                documents.append(try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys]))
            }
        }
        return documents
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    /// `profilelint --ndjson --stdin-filename SHARD < SHARD`: the reference.
    func singleProcess(_ shard: String) throws -> Data {
        let result = try shell(
            "\"$0\" --ndjson --stdin-filename \"$1\" \(SweepEngineTests.flags.joined(separator: " ")) < \"$1\"",
            [TestPaths.binary, shard])
        try #require([0, 1, 2].contains(result.status), "\(result.stderr)")
        return Data(result.stdout.utf8)
    }

    func sweepSpark(profilelint: String, output: String, maxFailures: Int = 4) throws -> CommandResult {
        try CommandRunner.run(
            "/usr/bin/env",
            [
                "python3", TestPaths.repositoryRoot + "/scripts/sweep-spark.py",
                "--profilelint", profilelint, "--output", output, "--split-size", "256K",
                "--max-failures", String(maxFailures), "shards", "--",
            ]
                + SweepEngineTests.flags, in: directory)
    }

    /// Docs/scale.md's one-liner as written there, with its block size, file names and flags filled in.
    func parallelOneLiner(shard: String, blockLines: Int, output: String, path: String? = nil) throws -> CommandResult {
        let scale = try String(contentsOfFile: TestPaths.repositoryRoot + "/Docs/scale.md", encoding: .utf8)
        let marker = try #require(scale.range(of: "<!-- checked by SweepEngineTests -->\n```sh\n"))
        let end = try #require(scale.range(of: "\n```", range: marker.upperBound..<scale.endIndex))
        let command = String(scale[marker.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "10000", with: String(blockLines))
            .replacingOccurrences(of: "profiles.ndjson", with: shard)
            .replacingOccurrences(of: "results.ndjson", with: output)
            .replacingOccurrences(
                of: "profilelint --ndjson",
                with: "profilelint --ndjson " + SweepEngineTests.flags.joined(separator: " "))
        let binaries = path ?? (TestPaths.binary as NSString).deletingLastPathComponent
        return try shell("PATH=\"$0:$PATH\"; " + command, [binaries])
    }

    /// An executable shell script in the corpus directory.
    func wrapper(named name: String, body: String) throws -> String {
        let folder = directory + "/bin-" + name
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    private func shell(_ script: String, _ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run("/bin/bash", ["-c", script] + arguments, in: directory)
    }
}
