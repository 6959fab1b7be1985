import Foundation
import ProfileLintTestSupport
import Testing

/// The published schemas are the contract other tools rely on: the samples must satisfy the document schema, and
/// the JSON the binary prints must satisfy the report schema (checked with the reference Python validator, which
/// `scripts/setup.sh` installs).
@Suite struct SchemaTests {
    static let validator = TestPaths.repositoryRoot + "/scripts/validate-json-schema.py"

    func validate(schema: String, files: [String], stdin: String? = nil) throws -> CommandResult {
        try CommandRunner.run("/usr/bin/env", ["python3", Self.validator, TestPaths.repositoryRoot + "/Schemas/" + schema]
            + files, stdin: stdin)
    }

    @Test func profileSamplesMatchTheDocumentSchema() throws {
        let samples = ["Samples/me.json", "Samples/good/complete.json"]
        let result = try validate(schema: "profilelint-document.schema.json", files: samples)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func theDocumentSchemaRejectsAWrongType() throws {
        let result = try validate(schema: "profilelint-document.schema.json", files: ["-"],
                                  stdin: #"{"profile": {"skills": "Swift"}}"#)
        #expect(result.status == 1)
        #expect(result.stdout.contains("-: /profile/skills"))
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
