import Foundation

@testable import ProfileRules

/// Writes the Swift source of `ScanTables`: tables the scanner used to compute when it first ran (start-up cost,
/// issue 16), computed here by the same code instead and committed as integer literals, which a release build
/// places in read-only data. `ScanTablesTests` checks that the committed file is what this produces.
enum ScanTablesGenerator {
    static let outputFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ProfileRules/TextScanning/Generated/ScanTables.swift")

    /// Writes `generated` to `path` when `PROFILELINT_UPDATE_SCAN_TABLES=1`, then returns what `path` holds (the
    /// tests compare it with `generated`).
    static func committed(_ generated: String, at path: URL) throws -> String {
        if ProcessInfo.processInfo.environment["PROFILELINT_UPDATE_SCAN_TABLES"] == "1" {
            try generated.write(to: path, atomically: true, encoding: .utf8)
        }
        return try String(contentsOf: path, encoding: .utf8)
    }

    static func generate() -> String {
        let smallFolds = (0..<UInt32(0x800)).map { TextNormalizer.fold($0) ?? TextNormalizer.dropped }
        var source = """
            // GENERATED FILE. DO NOT EDIT!
            // Computed by ScanTablesGenerator (Tests/ProfileRulesTests/TextScanning) from the scanner's own rules.
            // Regenerate: PROFILELINT_UPDATE_SCAN_TABLES=1 swift test --filter ScanTablesTests

            // swift-format-ignore-file
            enum ScanTables {
                /// `TextNormalizer.fold` of every scalar below U+0800 (`TextNormalizer.dropped` where it drops one).
                static let smallFolds: [UInt8] = [

            """
        source += lines(smallFolds.map(String.init))
        source += "    ]\n}\n"
        return source
    }

    /// Comma-separated items wrapped at 120 columns, indented by eight spaces.
    static func lines(_ items: [String]) -> String {
        var result = ""
        var line = ""
        for item in items {
            let piece = item + ","
            if !line.isEmpty, 8 + line.count + 1 + piece.count > 120 {
                result += String(repeating: " ", count: 8) + line + "\n"
                line = ""
            }
            line += line.isEmpty ? piece : " " + piece
        }
        if !line.isEmpty { result += String(repeating: " ", count: 8) + line + "\n" }
        return result
    }
}
