import EligibilityEngine
import Foundation
import ProfileLintKit
import ProfileLintTestSupport
import ProfileModel
import ProfileRules
import Testing

/// `Samples/specialized.json` (a general profile and two specialized ones) in every output format, pinned in
/// `Samples/expected/specialized/`; its text output is pinned by `SampleGoldenTests` with the other samples.
/// `PROFILELINT_UPDATE_GOLDENS=1 swift test --filter SpecializedGoldenTests` rewrites them; read the diff.
@Suite struct SpecializedGoldenTests {
    static let sample = "Samples/specialized.json"

    static func result() throws -> FileResult {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: TestPaths.repositoryRoot + "/" + sample))
        return Linter().lintProfile(SourceFile(path: sample, bytes: [UInt8](bytes)))
    }

    /// Every format, by the name of its golden file. The tool's version is replaced, so a release does not touch
    /// these files.
    static func outputs() throws -> [(name: String, text: String)] {
        let result = try result()
        // SARIF lists only the rules that fired, so another rule's rewording leaves this file alone.
        let fired = Set(result.findings.map(\.ruleID))
        var outputs = try ReportFormat.allCases.filter { $0 != .text }.map { format in
            (
                name: "specialized.json.\(format.rawValue)",
                text: format == .sarif
                    ? SARIFReporter.render(
                        [result], rules: RuleRegistry.all.filter { fired.contains($0.description.id) })
                    : try format.render([result], failOn: .error)
            )
        }
        let profile = try ProfileReaderHelper.profile(of: result)
        outputs.append(
            (
                name: "specialized.json.report.html",
                text: HTMLReport.render(
                    ReportData(
                        result: result, profile: profile, account: nil,
                        policy: .upwork2025))
            ))
        return outputs.map { ($0.name, $0.text.replacingOccurrences(of: ToolInfo.version, with: "VERSION")) }
    }

    @Test func everyFormatMatchesItsGoldenFile() throws {
        let folder = TestPaths.samples + "/expected/specialized"
        let update = ProcessInfo.processInfo.environment["PROFILELINT_UPDATE_GOLDENS"] == "1"
        if update { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let outputs = try Self.outputs()
        #expect(outputs.count == ReportFormat.allCases.count)
        for (name, text) in outputs {
            let golden = folder + "/" + name
            if update {
                try text.write(toFile: golden, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try? String(contentsOfFile: golden, encoding: .utf8)
            #expect(
                expected != nil,
                "no golden file \(golden): run PROFILELINT_UPDATE_GOLDENS=1 swift test --filter SpecializedGoldenTests")
            #expect(text == expected, "\(name) differs from \(golden)")
        }
    }

    /// What the goldens must show, so a golden rewritten by mistake still fails here.
    @Test func eachFormatShowsTheSpecializedProfiles() throws {
        let outputs = Dictionary(uniqueKeysWithValues: try Self.outputs())
        let json = try #require(outputs["specialized.json.json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let file = try #require((document["files"] as? [[String: Any]])?.first)
        #expect((file["completeness"] as? [String: Any])?["score"] as? Double == 100)
        let readiness = try #require(file["specializedProfiles"] as? [[String: Any]])
        #expect(readiness.map { $0["specialty"] as? String } == ["Shopify Development", "Mobile App Development"])
        #expect(readiness.map { $0["measuredBy"] as? String } == ["profilelint", "profilelint"])
        #expect(readiness.map { $0["met"] as? Int } == [5, 1])
        let fields = Set((file["findings"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String })
        #expect(fields.contains("/specializedProfiles/1/overview"))
        #expect(fields.contains("/specializedProfiles/1/title"))

        let sarif = try #require(outputs["specialized.json.sarif"])
        #expect(sarif.contains(#""profilelint/specializedReadiness""#))
        #expect(sarif.contains(#""fullyQualifiedName": "/specializedProfiles/1/skills""#))

        let html = try #require(outputs["specialized.json.report.html"])
        #expect(html.contains("<section id=\"specialized\""))
        #expect(html.contains("This is not an Upwork figure"))
        #expect(html.contains("&quot;Mobile App Development&quot;: 1 of 5 items ready"))
    }
}

/// Reading the sample again for the report header, as `ReportData.load` does.
enum ProfileReaderHelper {
    static func profile(of result: FileResult) throws -> Profile? {
        guard let source = result.source else { return nil }
        return try Linter().read(source).profile
    }
}
