import Foundation
import ProfileLintTestSupport
import Testing

/// The published schemas are the contract other tools rely on: the samples must satisfy the document schema, and
/// the JSON the binary prints must satisfy the report schema (checked with the reference Python validator, which
/// `scripts/setup.sh` installs).
@Suite struct SchemaTests {
    static let validator = TestPaths.repositoryRoot + "/scripts/validate-json-schema.py"

    func validate(schema: String, files: [String], stdin: String? = nil) throws -> CommandResult {
        try CommandRunner.run(
            "/usr/bin/env",
            ["python3", Self.validator, TestPaths.repositoryRoot + "/Schemas/" + schema]
                + files, stdin: stdin)
    }

    @Test func profileSamplesMatchTheDocumentSchema() throws {
        let samples = ["Samples/me.json", "Samples/good/complete.json", "Samples/specialized.json"]
        let result = try validate(schema: "profilelint-document.schema.json", files: samples)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func accountSamplesMatchTheAccountDefinition() throws {
        let result = try CommandRunner.run(
            "/usr/bin/env",
            [
                "python3", Self.validator, "--def", "account",
                TestPaths.repositoryRoot + "/Schemas/profilelint-document.schema.json",
                TestPaths.samples + "/account.json", TestPaths.samples + "/agency-account.json",
            ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let bad = try CommandRunner.run(
            "/usr/bin/env",
            [
                "python3", Self.validator, "--def", "account",
                TestPaths.repositoryRoot + "/Schemas/profilelint-document.schema.json", "-",
            ], stdin: #"{"jss": 120, "contracts": [{"payments": [{"date": "2026-01-01"}]}]}"#)
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("-: /contracts/0/payments/0: 'amount' is a required property"))
        #expect(bad.stdout.contains("-: /jss: 120 is greater than the maximum of 100"))
    }

    @Test func theDocumentSchemaRejectsAWrongType() throws {
        let result = try validate(
            schema: "profilelint-document.schema.json", files: ["-"],
            stdin: #"{"profile": {"skills": "Swift"}}"#)
        #expect(result.status == 1)
        #expect(result.stdout.contains("-: /profile/skills"))
    }

    @Test func theConfigurationSchemaIsCurrentAndAcceptsTheExampleConfiguration() throws {
        let generated = try CommandRunner.profilelint(["rules", "--format", "config-schema"])
        let checkedIn = try String(
            contentsOfFile: TestPaths.repositoryRoot + "/Schemas/profilelint-config.schema.json",
            encoding: .utf8)
        #expect(
            generated.stdout == checkedIn,
            "Schemas/profilelint-config.schema.json is stale: run `swift run profilelint rules -f config-schema > Schemas/profilelint-config.schema.json`"
        )
        // YAML is JSON's superset here: validate the example through Python's YAML reader.
        let script = """
            import json, sys, yaml, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.validate(yaml.safe_load(open(sys.argv[2])), schema)
            try:
                jsonschema.validate({"rules": {"title-too-long": {"max_chars": 3}}}, schema)
                print("accepted a bad option")
            except jsonschema.ValidationError:
                print("ok")
            """
        let result = try CommandRunner.run(
            "/usr/bin/env",
            [
                "python3", "-c", script, TestPaths.repositoryRoot + "/Schemas/profilelint-config.schema.json",
                TestPaths.samples + "/profilelint.example.yml",
            ])
        #expect(result.stdout == "ok\n", "\(result.stderr)")
        // And profilelint itself reads the example without a warning.
        let lint = try CommandRunner.profilelint([
            "--config", "Samples/profilelint.example.yml", "-q", "Samples/me.json",
        ])
        #expect(lint.stderr.isEmpty, "\(lint.stderr)")
    }

    @Test func jsonReportsMatchTheReportSchema() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(#"{"title": "x", "#.utf8).write(to: URL(fileURLWithPath: directory + "/broken.json"))
        let report = try CommandRunner.profilelint(["--format", "json", "Samples", directory + "/broken.json"])
        #expect(report.status == 2)
        let result = try validate(schema: "profilelint-report.schema.json", files: ["-"], stdin: report.stdout)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
