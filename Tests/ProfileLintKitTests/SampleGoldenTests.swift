import Foundation
import ProfileLintKit
import ProfileLintTestSupport
import ProfileModel
import Testing

/// Each profile in `Samples/` has its text output pinned in `Samples/expected/`. Run with
/// `PROFILELINT_UPDATE_GOLDENS=1 swift test --filter SampleGoldenTests` to rewrite them after a deliberate change,
/// then read the diff.
@Suite struct SampleGoldenTests {
    /// Profile samples: JSON and HTML under `Samples/`, except the expected outputs and non-profile inputs
    /// (accounts, proposals, job posts).
    static let samples: [String] = {
        let root = TestPaths.samples
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { path in
            let name = (path as NSString).lastPathComponent
            let folder = path.split(separator: "/").first.map(String.init) ?? ""
            return ["json", "html", "htm"].contains((path as NSString).pathExtension)
                && !["expected", "proposals", "jobs", "accounts"].contains(folder)
                && !name.contains("account")
        }.sorted()
    }()

    static func goldenPath(for sample: String) -> String {
        TestPaths.samples + "/expected/" + sample.replacingOccurrences(of: "/", with: "__") + ".txt"
    }

    @Test func thereAreSamples() {
        #expect(Self.samples.contains("me.json"))
    }

    @Test(arguments: samples)
    func outputMatchesTheGoldenFile(_ sample: String) throws {
        let path = "Samples/" + sample
        let bytes = try Data(contentsOf: URL(fileURLWithPath: TestPaths.samples + "/" + sample))
        let result = Linter().lintProfile(SourceFile(path: path, bytes: [UInt8](bytes)))
        let output = TextReporter(color: false).render([result])
        let golden = Self.goldenPath(for: sample)
        if ProcessInfo.processInfo.environment["PROFILELINT_UPDATE_GOLDENS"] == "1" {
            try output.write(toFile: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try? String(contentsOfFile: golden, encoding: .utf8)
        #expect(
            expected != nil, "no golden file: run PROFILELINT_UPDATE_GOLDENS=1 swift test --filter SampleGoldenTests")
        #expect(output == expected, "output of \(path) differs from \(golden)")
    }
}
