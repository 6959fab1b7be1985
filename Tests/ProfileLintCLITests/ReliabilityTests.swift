import Foundation
import ProfileLintTestSupport
import Testing

/// Issue 8 end to end: limits exit 2 with a clear error, special files do not block, inputs are never written,
/// and a failed write leaves the old file whole.
@Suite(.serialized) struct ReliabilityTests {
    static let profile = #"{"name": "Ada", "title": "Engineer", "skills": ["Swift", "C"]}"#

    func folder(_ files: [String: String]) throws -> String { try CommandRunner.temporaryDirectory(with: files) }

    /// `profilelint` under the watchdog: a hang fails the test rather than the suite.
    func profilelint(_ arguments: [String], stdin: String? = nil, in directory: String) throws -> CommandResult {
        let outcome = Watchdog.run { () -> Result<CommandResult, any Error> in
            Result { try CommandRunner.profilelint(arguments, stdin: stdin, in: directory) }
        }
        return try #require(outcome, "profilelint \(arguments) did not finish").get()
    }

    /// `profilelint` through `sh` with file writes limited to `blocks` 512-byte blocks and SIGXFSZ ignored, so
    /// every write to a regular file past the limit fails with EFBIG (root is not exempt, unlike permissions).
    func profilelintWithFileSizeLimit(
        _ blocks: Int, _ arguments: [String], in directory: String
    ) throws
        -> CommandResult
    {
        let quoted = ([TestPaths.binary] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        return try CommandRunner.run(
            "/bin/sh", ["-c", "trap '' XFSZ; ulimit -f \(blocks); exec \(quoted)"],
            in: directory)
    }

    // MARK: - Limits

    @Test func eachLimitFlagGivesAClearErrorAndExitTwo() throws {
        let nested = #"{"name": "A", "education": [{"school": {"name": ["x"]}}]}"#
        let directory = try folder(["p.json": Self.profile, "nested.json": nested])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cases: [([String], String)] = [
            (["--max-file-size", "20", "p.json"], "p.json: error: the file is 62 bytes; the limit is 20"),
            (["--max-depth", "2", "nested.json"], "nested.json:1:29: error: JSON nested deeper than 2 levels"),
            (["--max-string-length", "4", "p.json"], "p.json:1:17: error: JSON string longer than 4 bytes"),
            (["--max-items", "1", "p.json"], "p.json:1:1: error: JSON object has more than 1 members"),
        ]
        for (arguments, message) in cases {
            let result = try profilelint(arguments, in: directory)
            #expect(result.status == 2, "\(arguments)")
            #expect((result.stdout + result.stderr).contains(message), "\(arguments): \(result.stdout)\(result.stderr)")
        }
        let roomy = try profilelint(
            ["--max-file-size", "1KB", "--max-depth", "5", "p.json", "nested.json"],
            in: directory)
        #expect(!roomy.stdout.contains("limit") && !roomy.stdout.contains("nested deeper"), "\(roomy.stdout)")
    }

    @Test func standardInputStopsAtTheLimit() throws {
        let directory = try folder([:])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try profilelint(["--max-file-size", "16", "-"], stdin: Self.profile, in: directory)
        #expect(result.status == 2)
        #expect(result.stdout.contains("standard input is over the limit of 16 bytes"))
    }

    @Test func theConfigurationSetsLimitsAndTheCommandLineWins() throws {
        let directory = try folder([
            ".profilelint.yml": "limits:\n  max_file_size: 32\n  max_dept: 3\n",
            "p.json": Self.profile,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let limited = try profilelint(["p.json"], in: directory)
        #expect(limited.status == 2)
        #expect(limited.stdout.contains("the file is 62 bytes; the limit is 32"))
        #expect(limited.stderr.contains("unknown setting 'max_dept'; did you mean 'max_depth'?"))
        #expect(try profilelint(["--max-file-size", "62", "p.json"], in: directory).status == 0)
        let printed = try profilelint(["--print-config"], in: directory)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(printed.stdout.utf8)) as? [String: Any])
        let limits = try #require(object["limits"] as? [String: Int])
        #expect(limits == ["max_file_size": 32, "max_depth": 256, "max_string_length": 8 << 20, "max_items": 100_000])
    }

    @Test func badLimitValuesAreRefused() throws {
        let directory = try folder(["p.json": Self.profile, ".profilelint.yml": "limits:\n  max_depth: 100000\n"])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let tooDeep = try profilelint(["--max-depth", "100000", "--config", "/dev/null", "p.json"], in: directory)
        #expect(tooDeep.status == 2, "a usage error")
        #expect(tooDeep.stderr.contains("--max-depth must be a whole number from 1 to 1,000"))
        let size = try profilelint(["--max-file-size", "12 parsecs", "p.json"], in: directory)
        #expect(size.status == 2, "a usage error")
        #expect(size.stderr.contains("--max-file-size takes a size such as 16MB"))
        let configured = try profilelint(["p.json"], in: directory)
        #expect(configured.status == 2)
        #expect(
            configured.stderr.contains(".profilelint.yml:2:14: error: max_depth must be a whole number from 1 to 1,000")
        )
    }

    @Test func aYAMLBillionLaughsConfigurationIsRefused() throws {
        // Nine levels of ten aliases: 10^9 values if expanded. Configuration files come with the repository a CI
        // job checks out, so they are hostile input too.
        var yaml = "a0: &a0 [" + Array(repeating: "lol", count: 10).joined(separator: ", ") + "]\n"
        for level in 1...8 {
            yaml +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        yaml += "files: *a8\n"
        let directory = try folder([".profilelint.yml": yaml, "p.json": Self.profile])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try profilelint(["p.json"], in: directory)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "error: the configuration holds more than 100,000 values once YAML aliases are expanded"))
    }

    // MARK: - Special files and inputs

    @Test func aFIFOInAWalkIsReportedAndTheRunGoesOn() throws {
        let directory = try folder(["profiles/ok.json": Self.profile])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(mkfifo(directory + "/profiles/pipe.json", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: directory + "/profiles/loop", withDestinationPath: ".")
        for arguments in [["profiles"], ["profiles/pipe.json", "profiles/ok.json"]] {
            let result = try profilelint(arguments, in: directory)
            #expect(result.status == 2)
            #expect(
                result.stdout.contains("profiles/pipe.json: error: not a regular file (a FIFO)"), "\(result.stdout)")
            #expect(result.stdout.contains("profiles/ok.json: completeness"))
        }
    }

    @Test func inputsAreNeverWritten() throws {
        let directory = try folder([
            "profiles/a.json": Self.profile, "profiles/b.html": "<html><title>x</title></html>",
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        func snapshot() throws -> [String: String] {
            var state: [String: String] = [:]
            for name in try FileManager.default.subpathsOfDirectory(atPath: directory) {
                let path = directory + "/" + name
                let attributes = try FileManager.default.attributesOfItem(atPath: path)
                let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
                state[name] =
                    "\(attributes[.modificationDate] ?? "") \(attributes[.posixPermissions] ?? "") \(bytes.hashValue)"
            }
            return state
        }
        let before = try snapshot()
        _ = try profilelint(["--format", "json", "profiles", "--output", "sarif=report.sarif"], in: directory)
        _ = try profilelint(["convert", "profiles/a.json"], in: directory)
        var after = try snapshot()
        #expect(after.removeValue(forKey: "report.sarif") != nil)
        #expect(after == before)
    }

    // MARK: - Atomic writes

    @Test func aFailedReportWriteLeavesTheOldReportWhole() throws {
        let directory = try folder(["p.json": Self.profile, "report.json": "old report\n"])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = try profilelintWithFileSizeLimit(0, ["p.json", "--output", "json=report.json"], in: directory)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "profilelint: error: cannot write the report to report.json: cannot write it (the file "
                    + "size limit is exceeded)"))
        #expect(try String(contentsOfFile: directory + "/report.json", encoding: .utf8) == "old report\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["p.json", "report.json"],
            "no temporary file is left behind")
        // A report whose path is a folder cannot replace it: the folder stays, no temporary file is left.
        try FileManager.default.createDirectory(atPath: directory + "/folder.json", withIntermediateDirectories: false)
        let onFolder = try profilelint(["p.json", "--output", "json=folder.json"], in: directory)
        #expect(onFolder.status == 2)
        #expect(
            onFolder.stderr.contains("profilelint: error: cannot write the report to folder.json: cannot replace it"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
                == ["folder.json", "p.json", "report.json"])
        // And with room to write, the report is replaced.
        #expect(try profilelint(["p.json", "--output", "json=report.json"], in: directory).status == 0)
        #expect(try String(contentsOfFile: directory + "/report.json", encoding: .utf8).contains("\"formatVersion\""))
    }

    @Test func aFailedHookInstallLeavesTheOldHookWhole() throws {
        let directory = try folder([:])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        _ = try CommandRunner.run(
            "/usr/bin/env", ["git", "init", "-q"], in: directory,
            environment: ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"])
        let hook = directory + "/.git/hooks/pre-commit"
        try Data("#!/bin/sh\necho mine\n".utf8).write(to: URL(fileURLWithPath: hook))
        let result = try profilelintWithFileSizeLimit(0, ["hook", "install", "--force"], in: directory)
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot write"), "\(result.stderr)")
        #expect(try String(contentsOfFile: hook, encoding: .utf8) == "#!/bin/sh\necho mine\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory + "/.git/hooks")
            .filter { $0.contains("profilelint") }
        #expect(leftovers.isEmpty)
    }
}
