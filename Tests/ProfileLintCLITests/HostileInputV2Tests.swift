import Foundation
import ProfileLintTestSupport
import Testing

/// Issue 12 end to end: each family of hostile input, over every subcommand, flag and output it can reach.
@Suite(.serialized) struct HostileInputV2Tests {
    static let profile = #"{"name": "Ada", "title": "Engineer", "skills": ["Swift", "C"]}"#
    static let account = #"{"type": "freelancer", "asOf": "2026-10-01", "jss": 95, "earnings12m": 1200}"#

    func folder(_ files: [String: String]) throws -> String { try CommandRunner.temporaryDirectory(with: files) }

    func profilelint(
        _ arguments: [String], stdin: String? = nil, in directory: String,
        environment: [String: String] = [:]
    ) throws -> CommandResult {
        let outcome = Watchdog.run { () -> Result<CommandResult, any Error> in
            Result { try CommandRunner.profilelint(arguments, stdin: stdin, in: directory, environment: environment) }
        }
        return try #require(outcome, "profilelint \(arguments) did not finish").get()
    }

    /// `profilelint` through `sh -c`, with `setup` (redirections, ulimit, umask) before it.
    func shell(
        _ setup: String, _ arguments: [String], in directory: String, after: String = ""
    ) throws
        -> CommandResult
    {
        let quoted = ([TestPaths.binary] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        return try CommandRunner.run("/bin/sh", ["-c", "\(setup) \(quoted) \(after)"], in: directory)
    }

    func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    // MARK: - Family 1: numbers

    /// Every numeric flag of every subcommand: a value past its range is a usage error (exit 2), never a trap.
    @Test func everyNumericFlagIsRangeChecked() throws {
        let directory = try folder(["p.json": Self.profile, "a.json": Self.account, "c.txt": "Hello, I can help."])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let huge = ["9223372036854775807", "-9223372036854775808", "99999999999999999999", "-1", "0"]
        let limitFlags = ["--max-file-size", "--max-depth", "--max-string-length", "--max-items"]
        var cases: [[String]] = []
        for flag in limitFlags {
            for value in huge {
                cases.append([flag, value, "p.json"])
                cases.append(["convert", flag, value, "p.json"])
            }
        }
        for value in huge where value != "0" {
            cases.append(["--max-warnings", value, "p.json"])
            cases.append(["--jobs", value, "p.json"])
            cases.append(["eligibility", "a.json", "--max-warnings", value])
            cases.append(["proposal", "c.txt", "--max-warnings", value])
        }
        for value in ["inf", "nan", "-inf", "1e300", "-5", "0"] {
            cases.append(["eligibility", "a.json", "--what-if", "99", "--contract-size", value])
        }
        for value in ["0", "101", "9223372036854775807"] {
            cases.append(["eligibility", "a.json", "--what-if", value])
        }
        for arguments in cases {
            let result = try profilelint(arguments, in: directory)
            #expect(result.status == 2, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.lowercased().contains("error"), "\(arguments): \(result.stderr)")
        }
        // The limits' own bounds are accepted.
        #expect(
            try profilelint(
                ["--max-file-size", "2147483647", "--max-items", "2147483647", "p.json"],
                in: directory
            ).status == 0)
    }

    /// A bad number in one file is an input error at its place; the batch and the NDJSON stream go on.
    @Test func aBadNumberFailsItsFileAndTheRunGoesOn() throws {
        let bad = #"{"name": "B", "skillTestCredits": 1e19}"#
        let account = #"{"profile": {"name": "C"}, "account": {"earnings12m": 1e19}}"#
        let directory = try folder(["a.json": Self.profile, "b.json": bad, "c.json": account])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let batch = try profilelint(["a.json", "b.json", "c.json"], in: directory)
        #expect(batch.status == 2)
        #expect(
            batch.stdout.contains("b.json:1:35: error: /skillTestCredits: expected a whole number from 0 to 1,000,000"))
        #expect(
            batch.stdout.contains("c.json:1:55: error: /account/earnings12m: expected a number from 0 to 1,000,000,000")
        )
        #expect(batch.stdout.contains("a.json: completeness"))
        let lines = [
            Self.profile, bad, #"{"profile": {"name": "D", "hourlyRate": {"amount": "NaN"}}}"#, account, Self.profile,
        ]
        let stream = try profilelint(["--ndjson"], stdin: lines.joined(separator: "\n") + "\n", in: directory)
        let records = stream.stdout.split(separator: "\n")
        #expect(records.count == 5, "\(stream.stdout)")
        for (index, record) in records.enumerated() {
            #expect(record.contains("\"line\":\(index + 1)"), "\(record)")
            #expect(record.contains("\"error\"") == [1, 2, 3].contains(index), "\(record)")
        }
        #expect(stream.status == 2)
    }

    // MARK: - Family 2: nothing vanishes

    /// Every output format, on standard output and through `-o`, names every file of the run.
    @Test func everyFormatReportsEveryFile() throws {
        let directory = try folder([
            "a.json": Self.profile, "b.json": #"{"name": "B", "hourlyRate": {"amount": "NaN"}}"#,
            "c.json": Self.profile,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for format in ["text", "json", "sarif", "github", "junit"] {
            let result = try profilelint(
                ["-f", format, "-o", "\(format)=out.\(format)", "a.json", "b.json", "c.json"],
                in: directory)
            #expect(result.status == 2, "\(format)")
            let copy = try read(directory + "/out.\(format)")
            for output in [result.stdout + result.stderr, copy] {
                for name in ["a.json", "b.json", "c.json"] {
                    #expect(output.contains(name), "\(format) lost \(name): \(output.prefix(400))")
                }
            }
        }
    }

    /// `convert` writes JSON that parses (never a bare `inf` or `nan`), for every sample it can read.
    @Test func convertAlwaysWritesValidJSON() throws {
        let names = [
            "me.json", "good/complete.json", "bad/contact-details.json", "upwork/graphql-profile.json",
            "upwork/phpvars-profile.json", "upwork/rest-v1-profile.json",
        ]
        for name in names {
            let result = try profilelint(["convert", TestPaths.samples + "/" + name], in: TestPaths.repositoryRoot)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            // JSONSerialization refuses a bare `inf` or `nan`.
            #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(name)")
        }
    }

    // MARK: - Family 3: configuration discovery

    @Test func aSymlinkedConfigurationIsRefusedAndItsTargetNeverEchoed() throws {
        let directory = try folder([
            "p.json": Self.profile, "secret.txt": "SECRET_TOKEN: hunter2-TOPSECRET\n",
            "project/p.json": Self.profile,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/project/.git", withIntermediateDirectories: true)
        for target in ["/proc/self/environ", directory + "/secret.txt", "../secret.txt", "/etc/passwd"] {
            let link = directory + "/project/.profilelint.yml"
            try? FileManager.default.removeItem(atPath: link)
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
            let result = try profilelint(
                ["p.json"], in: directory + "/project",
                environment: ["CI_SECRET": "TOPSECRET-env"])
            #expect(result.status == 2, "\(target)")
            #expect(
                result.stderr.contains(".profilelint.yml: error: is a symbolic link"), "\(target): \(result.stderr)")
            #expect(!(result.stdout + result.stderr).contains("TOPSECRET"), "\(target)")
            #expect(!(result.stdout + result.stderr).contains("root:"), "\(target)")
        }
        // Named explicitly, a file that is not a configuration is still never echoed.
        for target in ["/proc/self/environ", "secret.txt"] {
            let result = try profilelint(
                ["--config", target, "p.json"], in: directory,
                environment: ["CI_SECRET": "TOPSECRET-env"])
            #expect(!(result.stdout + result.stderr).contains("TOPSECRET"), "\(target): \(result.stderr)")
        }
    }

    /// Discovery stops before a folder writable by everyone or owned by someone else, and at the home folder.
    @Test func discoveryStopsAtFoldersThatAreNotTheUsers() throws {
        let strict = "fail_on: info\nrules:\n  title-too-short: error\n"
        let directory = try folder([
            ".profilelint.yml": strict, "shared/work/p.json": Self.profile,
            "other/work/p.json": Self.profile, "home/work/p.json": Self.profile,
            "mine/work/p.json": Self.profile,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // The control: in folders of the user's own, the configuration above applies.
        let control = try profilelint(["p.json"], in: directory + "/mine/work")
        #expect(control.status == 1, "\(control.stdout)")
        #expect(chmod(directory + "/shared", 0o1777) == 0)
        #expect(chown(directory + "/other", 65534, 65534) == 0 || getuid() != 0)
        for (sub, environment) in [
            ("shared/work", [String: String]()), ("other/work", [:]),
            ("home/work", ["HOME": directory + "/home"]),
        ] {
            if sub == "other/work", getuid() != 0 { continue }
            let result = try profilelint(["p.json"], in: directory + "/" + sub, environment: environment)
            #expect(result.status == 0, "\(sub): the configuration above applied: \(result.stdout)")
        }
    }

    // MARK: - Family 4: outputs never destroy inputs

    /// Every input of every subcommand, named again as an output (as written, through a symlinked folder, as a
    /// hard link): refused with exit 2, the input unchanged.
    @Test func noOutputReplacesAnInput() throws {
        let directory = try folder([
            "real/me.json": Self.profile, "real/account.json": Self.account, "real/cover.txt": "Hello, I can help.",
            "real/job.md": "We need a Swift developer.", "real/history/old.txt": "An old letter.",
            "real/.profilelint.yml": "fail_on: error\n", "real/base.json": #"{"version": 1, "findings": []}"#,
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createSymbolicLink(atPath: directory + "/link", withDestinationPath: "real")
        #expect(link(directory + "/real/me.json", directory + "/real/hard.json") == 0)
        let files = [
            "me.json", "account.json", "cover.txt", "job.md", "history/old.txt", ".profilelint.yml", "base.json",
        ]
        var before: [String: String] = [:]
        for name in files { before[name] = try read(directory + "/real/" + name) }
        func spellings(_ name: String) -> [String] { ["real/\(name)", "./real/\(name)", "link/\(name)"] }
        var cases: [[String]] = []
        for out in spellings("me.json") + ["real/hard.json"] {
            cases += [
                ["real/me.json", "-o", "json=\(out)"], ["report", "real/me.json", "-o", out],
                ["baseline", "write", "real/me.json", "--baseline", out],
                ["proposal", "real/cover.txt", "--profile", "real/me.json", "-o", "json=\(out)"],
                ["eligibility", "real/account.json", "--profile", "real/me.json", "-o", "json=\(out)"],
            ]
        }
        for out in spellings("account.json") {
            cases += [
                ["real/me.json", "--account", "real/account.json", "-o", "sarif=\(out)"],
                ["report", "real/me.json", "--account", "real/account.json", "-o", out],
                ["eligibility", "real/account.json", "-o", "junit=\(out)"],
            ]
        }
        for out in spellings(".profilelint.yml") {
            cases += [
                ["real/me.json", "--config", "real/.profilelint.yml", "-o", "text=\(out)"],
                ["real/me.json", "-o", "text=\(out)"],
                ["report", "real/me.json", "-o", out],
                ["baseline", "write", "real/me.json", "--baseline", out],
            ]
        }
        for out in spellings("base.json") {
            cases.append(["real/me.json", "--baseline", "real/base.json", "-o", "json=\(out)"])
        }
        for out in spellings("cover.txt") { cases.append(["proposal", "real/cover.txt", "-o", "json=\(out)"]) }
        for out in spellings("job.md") {
            cases.append(["proposal", "real/cover.txt", "--job", "real/job.md", "-o", "json=\(out)"])
        }
        for out in spellings("history/old.txt") {
            cases.append(["proposal", "real/cover.txt", "--history", "real/history", "-o", "json=\(out)"])
        }
        for arguments in cases {
            let result = try profilelint(arguments, in: directory)
            #expect(result.status == 2, "\(arguments): \(result.status)")
            #expect(result.stderr.contains("one of the inputs"), "\(arguments): \(result.stderr)")
            for name in files {
                #expect(try read(directory + "/real/" + name) == before[name], "\(arguments) wrote \(name)")
            }
        }
        // Standard input redirected from the file is an input too.
        let redirected = try shell("", ["-", "-o", "json=real/me.json"], in: directory, after: "< real/me.json")
        #expect(redirected.status == 2, "\(redirected.stderr)")
        #expect(try read(directory + "/real/me.json") == before["me.json"])
    }

    // MARK: - Family 8: process edges

    /// Standard output closed or full: exit 2 with a message, for every subcommand that prints; `-o` reports are
    /// still written.
    @Test func aClosedOrFullStandardOutputIsAnErrorNotATrap() throws {
        let directory = try folder(["p.json": Self.profile, "a.json": Self.account])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let commands: [[String]] = [
            ["p.json"], ["-f", "json", "p.json"], ["-f", "sarif", "p.json"], ["convert", "p.json"],
            ["rules"], ["explain", "title-too-long"], ["eligibility", "a.json"],
            ["report", "p.json", "-o", "-"], ["--print-config"],
            ["eligibility", "a.json", "--what-if", "99"], ["--ndjson"],
        ]
        for redirect in [">&-", "> /dev/full"] {
            for arguments in commands {
                let result = try shell("", arguments, in: directory, after: "\(redirect) < p.json")
                #expect(result.status == 2, "\(arguments) \(redirect): \(result.status)")
                #expect(
                    result.stderr.contains("cannot write to standard output"),
                    "\(arguments) \(redirect): \(result.stderr)")
            }
        }
        let reported = try shell("", ["p.json", "-o", "json=r.json"], in: directory, after: "> /dev/full")
        #expect(reported.status == 2)
        #expect(try read(directory + "/r.json").contains("\"p.json\""))
    }

    /// `ulimit -f` without `trap '' XFSZ`: the write fails with a message (exit 2); the process is not killed.
    @Test func anExceededFileSizeLimitIsAnErrorNotAKill() throws {
        let big = #"{"name": "A", "overview": "\#(String(repeating: "word ", count: 4000))"}"#
        let directory = try folder(["p.json": big])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let report = try shell(
            "ulimit -f 1;", ["p.json", "-f", "json", "-o", "sarif=r.sarif"], in: directory,
            after: "> /dev/null")
        #expect(report.status == 2, "\(report.status) \(report.stderr)")
        #expect(report.stderr.contains("profilelint: error: cannot write the report to r.sarif"), "\(report.stderr)")
        let toFile = try shell("ulimit -f 1;", ["report", "p.json", "-o", "-"], in: directory, after: "> out.html")
        #expect(toFile.status == 2, "\(toFile.status) \(toFile.stderr)")
        #expect(toFile.stderr.contains("file size limit"), "\(toFile.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter {
            $0.contains(".profilelint-")
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    /// Reports honour the umask and keep an existing file's mode.
    @Test func reportsHonourTheUmaskAndKeepAFilesMode() throws {
        let directory = try folder(["p.json": Self.profile])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        func mode(_ name: String) throws -> Int {
            try (FileManager.default.attributesOfItem(atPath: directory + "/" + name)[.posixPermissions] as? Int) ?? -1
        }
        let writers: [(String) -> [String]] = [
            { ["p.json", "-o", "json=\($0)"] }, { ["report", "p.json", "-o", $0] },
            { ["baseline", "write", "p.json", "--baseline", $0] },
        ]
        for (index, writer) in writers.enumerated() {
            for (mask, expected) in [("077", 0o600), ("022", 0o644), ("027", 0o640)] {
                let name = "new-\(index)-\(mask).out"
                _ = try shell("umask \(mask);", writer(name), in: directory)
                #expect(try mode(name) == expected, "\(writer(name)) under umask \(mask)")
            }
            let existing = "existing-\(index).out"
            try Data("old".utf8).write(to: URL(fileURLWithPath: directory + "/" + existing))
            #expect(chmod(directory + "/" + existing, 0o600) == 0)
            _ = try shell("umask 022;", writer(existing), in: directory)
            #expect(try mode(existing) == 0o600, "\(writer(existing))")
            #expect(try read(directory + "/" + existing) != "old")
        }
    }

    /// A 245-character output name works for every writer (the temporary name stays within NAME_MAX).
    @Test func longOutputNamesWork() throws {
        let directory = try folder(["p.json": Self.profile])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (index, arguments) in [
            ["p.json", "-o", "json=§"], ["report", "p.json", "-o", "§"],
            ["baseline", "write", "p.json", "--baseline", "§"],
        ].enumerated() {
            for length in [245, 250, 255] {
                let name = "\(index)" + String(repeating: "n", count: length - 1)
                let result = try profilelint(
                    arguments.map { $0.replacingOccurrences(of: "§", with: name) }, in: directory)
                #expect(result.status == 0, "\(arguments) \(length): \(result.stderr)")
                #expect(FileManager.default.fileExists(atPath: directory + "/" + name), "\(length)")
            }
        }
    }

    /// SIGINT and SIGTERM at any moment of a large report write leave no temporary file behind.
    @Test func signalsDuringAWriteLeaveNoTemporaryFile() throws {
        var files: [String: String] = [:]
        for index in 0..<300 { files["in/p\(index).json"] = Self.profile }
        let directory = try folder(files)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (attempt, signal) in [SIGINT, SIGTERM, SIGINT, SIGTERM, SIGTERM, SIGINT].enumerated() {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TestPaths.binary)
            process.arguments = [
                "in", "-j", "1", "-o", "json=out/r.json", "-o", "sarif=out/r.sarif", "-o", "junit=out/r.xml",
            ]
            process.currentDirectoryURL = URL(fileURLWithPath: directory)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try FileManager.default.createDirectory(atPath: directory + "/out", withIntermediateDirectories: true)
            try process.run()
            usleep(UInt32(150_000 + 120_000 * attempt))
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory + "/out")
                .filter { $0.hasPrefix(".") }
            #expect(leftovers.isEmpty, "attempt \(attempt): \(leftovers)")
        }
    }

    // MARK: - Family 9: terminal injection

    /// Every control character from a profile, a file name or a configuration key, in every human-readable output.
    @Test func noControlCharacterReachesAHumanReadableOutput() throws {
        let controls = (Array(0x01...0x1F) + Array(0x7F...0x9F) + [0x202E, 0x2066]).filter { $0 != 0x0A }
        var text = ""
        for value in controls { text.unicodeScalars.append(Unicode.Scalar(UInt32(value))!) }
        let json =
            "\""
            + text.unicodeScalars.map { $0.value < 0x20 ? String(format: "\\u%04x", $0.value) : String($0) }
            .joined() + "\""
        let profile =
            #"{"name": \#(json), "title": \#(json), "overview": "Email me at a@b.com "#
            + #"\#(json.dropFirst().dropLast())", "skills": [\#(json)]}"#
        let account =
            #"{"type": "agency", "asOf": "2026-10-01", "members": [{"name": \#(json), "profileCompleteness": 50}]}"#
        let badName = "bad\u{1B}]0;x\u{07}\r.json"
        let directory = try folder([
            "p.json": profile, "a.json": account, badName: "{", "cover.txt": "Write me: a@b.com \(text)",
            "cfg/.profilelint.yml": "fail_on: error\n\(json): 1\nrules:\n  \(json): error\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let runs: [[String]] = [
            ["p.json", badName, "--color", "never"], ["-f", "github", "p.json", badName],
            ["-f", "junit", "p.json", badName], ["p.json", "--account", "a.json", "--color", "never"],
            ["eligibility", "a.json", "--color", "never"], ["proposal", "cover.txt", "--color", "never"],
            ["--config", "cfg/.profilelint.yml", "p.json"], ["proposal", "cover.txt", "-f", "github"],
        ]
        for arguments in runs {
            let result = try profilelint(arguments, in: directory)
            for (stream, output) in [("stdout", result.stdout), ("stderr", result.stderr)] {
                let bad = output.unicodeScalars.filter {
                    $0 != "\n"
                        && (($0.value < 0x20) || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}"
                            || $0 == "\u{2066}")
                }
                #expect(bad.isEmpty, "\(arguments) \(stream): \(bad.map { String($0.value, radix: 16) })")
            }
        }
    }
}
