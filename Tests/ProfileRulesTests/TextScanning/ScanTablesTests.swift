import Foundation
import Testing

@testable import ProfileRules

/// The scanner's precomputed tables are what its own rules compute today.
@Suite struct ScanTablesTests {
    /// Each generated file, by name: what its generator writes now and where it is committed.
    static let files: [String: (generate: @Sendable () -> String, path: URL)] = [
        "ScanTables.swift": (ScanTablesGenerator.generate, ScanTablesGenerator.outputFile),
        "PhraseTables.swift": (PhraseTablesGenerator.generate, PhraseTablesGenerator.outputFile),
    ]

    @Test(arguments: files.keys.sorted())
    func generatedTablesAreCurrent(_ name: String) throws {
        let file = try #require(Self.files[name])
        let generated = file.generate()
        #expect(
            try ScanTablesGenerator.committed(generated, at: file.path) == generated,
            """
            \(name) is out of date. Please run \
            'PROFILELINT_UPDATE_SCAN_TABLES=1 swift test --filter ScanTablesTests'.
            """)
    }
}
