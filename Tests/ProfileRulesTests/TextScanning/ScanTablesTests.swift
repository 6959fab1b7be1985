import Foundation
import Testing
@testable import ProfileRules

/// The scanner's precomputed tables are what its own rules compute today.
@Suite struct ScanTablesTests {
    @Test func generatedTablesAreCurrent() throws {
        let generated = ScanTablesGenerator.generate()
        #expect(try ScanTablesGenerator.committed(generated, at: ScanTablesGenerator.outputFile) == generated, """
            ScanTables.swift is out of date. Please run \
            'PROFILELINT_UPDATE_SCAN_TABLES=1 swift test --filter ScanTablesTests'.
            """)
    }
}
