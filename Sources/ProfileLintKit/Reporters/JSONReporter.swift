import EligibilityEngine
import Foundation
import ProfileModel
import ProfileRules

/// The `--format json` document: versioned, and described by `Schemas/profilelint-report.schema.json`.
public enum JSONReporter {
    struct Document: Encodable {
        var formatVersion = ToolInfo.jsonFormatVersion
        var tool = Tool()
        var files: [File]
        var summary: Summary
    }

    struct Tool: Encodable {
        var name = ToolInfo.name
        var version = ToolInfo.version
    }

    struct File: Encodable {
        var path: String
        var kind: String
        var format: String?
        var completeness: Completeness?
        /// profilelint's readiness checklists (`measuredBy: "profilelint"`); absent without specialized profiles.
        var specializedProfiles: [SpecializedReadiness]?
        var eligibility: EligibilityReport?
        var findings: [FindingRecord]
        var error: ErrorRecord?
    }

    /// The scorer's own report (its Codable form is the contract), plus the marketplace's figure.
    struct Completeness: Encodable {
        struct Marketplace: Encodable {
            var actual: Double?
            var display: Double?
            var source: String
            var difference: Double?
            var note: String?
        }
        enum Key: String, CodingKey { case marketplace }
        var report: CompletenessReport
        var marketplace: Marketplace?

        func encode(to encoder: any Encoder) throws {
            try report.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encodeIfPresent(marketplace, forKey: .marketplace)
        }
    }

    struct FindingRecord: Encodable {
        var rule: String
        var category: String
        var severity: String
        var message: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var offset: Int
        var field: String?
        var excerpt: String?
    }

    struct ErrorRecord: Encodable {
        var message: String
        var line: Int?
        var column: Int?
    }

    struct Summary: Encodable {
        var files: Int
        var errors: Int
        var warnings: Int
        var infos: Int
        var failedFiles: Int
    }

    /// Renders the results as the versioned JSON document (pretty-printed, keys sorted, ends with a newline).
    public static func render(_ results: [FileResult]) -> String {
        let summary = RunSummary(results)
        let document = Document(
            files: results.map(file),
            summary: Summary(files: summary.files, errors: summary.errors, warnings: summary.warnings,
                             infos: summary.infos, failedFiles: summary.failedFiles))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func file(_ result: FileResult) -> File {
        File(
            path: result.path, kind: result.kind.rawValue, format: result.format?.rawValue,
            completeness: result.completeness.map {
                completeness($0, marketplace: result.marketplaceCompleteness, note: result.marketplaceNote)
            },
            specializedProfiles: result.specializedReadiness.isEmpty ? nil : result.specializedReadiness,
            eligibility: result.eligibility,
            findings: result.findings.map(finding),
            error: result.error.map { ErrorRecord(message: $0.message, line: $0.line, column: $0.column) })
    }

    static func completeness(_ report: CompletenessReport, marketplace: MarketplaceCompleteness?,
                             note: String?) -> Completeness {
        Completeness(report: report, marketplace: marketplace.map {
            .init(actual: $0.actual, display: $0.display, source: $0.source,
                  difference: $0.actual.map { report.score - $0 }, note: note)
        })
    }

    static func finding(_ finding: Finding) -> FindingRecord {
        FindingRecord(
            rule: finding.ruleID, category: finding.category.rawValue, severity: finding.severity.rawValue,
            message: finding.message, line: finding.location.line, column: finding.location.column,
            endLine: finding.end.line, endColumn: finding.end.column, offset: finding.offset,
            field: finding.fieldPath, excerpt: finding.excerpt)
    }
}
