import Foundation
import ProfileLintKit
import ProfileLintTestSupport
import ProfileModel
import Testing

/// Every input a fuzz target crashed or hung on (kept in `Fuzz/Regressions/`) goes through the whole pipeline and
/// every reporter, as the fuzz targets do: each must finish with a result or a clear error.
@Suite struct FuzzRegressionTests {
    static let folder = TestPaths.repositoryRoot + "/Fuzz/Regressions"

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func theRegressionFolderIsNotEmpty() {
        #expect(!Self.inputs.isEmpty, "Fuzz/Regressions holds the fuzzers' findings")
    }

    @Test(arguments: inputs) func aFuzzFindingRunsCleanly(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name)))
        let rendered = Watchdog.run { () -> Int in
            let result = Linter().lintProfile(SourceFile(path: name, bytes: bytes))
            // A JSON report that refuses a NaN figure (it throws, naming it) has run cleanly too.
            return ReportFormat.allCases.map { (try? $0.render([result], failOn: .error))?.count ?? 1 }.reduce(0, +)
        }
        let total = try #require(rendered, "\(name) did not finish: a hang")
        #expect(total > 0)
    }
}
