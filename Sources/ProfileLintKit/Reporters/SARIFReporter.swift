import Foundation
import ProfileModel
import ProfileRules

/// SARIF 2.1.0, for code-scanning dashboards. Every registered rule is listed with its description and help;
/// columns are converted to UTF-16 code units, SARIF's default `columnKind`.
public enum SARIFReporter {
    public static func render(_ results: [FileResult], rules: [any ProfileRule.Type] = RuleRegistry.all) -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.description.id, $0) })
        let descriptors: [JSON] = rules.map { rule in
            let description = rule.description
            return .object([
                ("id", .string(description.id)),
                ("name", .string(description.name)),
                ("shortDescription", .object([("text", .string(description.name))])),
                ("fullDescription", .object([("text", .string(description.rationale))])),
                (
                    "help",
                    .object([
                        ("text", .string(description.howToFix)),
                        ("markdown", .string("**How to fix:** \(description.howToFix)")),
                    ])
                ),
                ("defaultConfiguration", .object([("level", .string(level(description.defaultSeverity)))])),
                ("properties", .object([("category", .string(description.category.rawValue))])),
            ])
        }
        var sarifResults: [JSON] = []
        var notifications: [JSON] = []
        let paths = AnnotationPath()
        for result in results {
            if let error = result.error {
                var region: [(String, JSON)] = []
                if let line = error.line { region.append(("startLine", .number(Double(line)))) }
                notifications.append(
                    .object([
                        ("level", .string("error")),
                        ("message", .object([("text", .string(error.message))])),
                        (
                            "locations",
                            .array([
                                .object([
                                    (
                                        "physicalLocation",
                                        .object(
                                            [
                                                (
                                                    "artifactLocation",
                                                    .object([("uri", .string(uri(paths(error.path))))])
                                                )
                                            ] + (region.isEmpty ? [] : [("region", .object(region))]))
                                    )
                                ])
                            ])
                        ),
                    ]))
                continue
            }
            for finding in result.findings {
                var entry: [(String, JSON)] = [("ruleId", .string(finding.ruleID))]
                if let index = ruleIndex[finding.ruleID] { entry.append(("ruleIndex", .number(Double(index)))) }
                entry += [
                    ("level", .string(level(finding.severity))),
                    ("message", .object([("text", .string(finding.message))])),
                    ("locations", .array([location(finding, source: result.source, paths: paths)])),
                    ("partialFingerprints", .object([("profilelint/v1", .string(Fingerprint.of(finding)))])),
                ]
                sarifResults.append(.object(entry))
            }
        }
        let run: JSON = .object(
            [
                (
                    "tool",
                    .object([
                        (
                            "driver",
                            .object([
                                ("name", .string(ToolInfo.name)),
                                ("version", .string(ToolInfo.version)),
                                ("semanticVersion", .string(ToolInfo.version)),
                                ("rules", .array(descriptors)),
                            ])
                        )
                    ])
                ),
                (
                    "invocations",
                    .array([
                        .object([
                            ("executionSuccessful", .bool(notifications.isEmpty)),
                            ("toolExecutionNotifications", .array(notifications)),
                        ])
                    ])
                ),
                ("columnKind", .string("utf16CodeUnits")),
                ("results", .array(sarifResults)),
            ] + readinessProperties(results))
        return JSON.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).documentText() + "\n"
    }

    /// A run property bag with each file's specialized-profile checklists (profilelint's, not Upwork's), beside the
    /// completeness score they do not replace; nothing when no file has a specialized profile.
    static func readinessProperties(_ results: [FileResult]) -> [(String, JSON)] {
        let files: [JSON] = results.filter { !$0.specializedReadiness.isEmpty }.map { result in
            .object([
                ("uri", .string(uri(result.path))),
                ("completeness", result.completeness.map { .number($0.score) } ?? .null),
                (
                    "specializedProfiles",
                    .array(
                        result.specializedReadiness.map { profile in
                            .object([
                                ("measuredBy", .string(profile.measuredBy)),
                                ("index", .number(Double(profile.index))),
                                ("specialty", profile.specialty.map { .string($0) } ?? .null),
                                ("pointer", .string(profile.pointer)),
                                ("met", .number(Double(profile.met))),
                                ("total", .number(Double(profile.total))),
                                ("missing", .array(profile.missing.map { .string($0.id) })),
                            ])
                        })
                ),
            ])
        }
        guard !files.isEmpty else { return [] }
        return [("properties", .object([("profilelint/specializedReadiness", .array(files))]))]
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A relative URI reference for a path (SARIF wants `/` separators and percent-encoding).
    static func uri(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    static func location(_ finding: Finding, source: SourceFile?, paths: AnnotationPath) -> JSON {
        var region: [(String, JSON)] = [
            ("startLine", .number(Double(finding.location.line))),
            ("startColumn", .number(Double(utf16Column(finding.location, source: source)))),
            ("endLine", .number(Double(finding.end.line))),
            ("endColumn", .number(Double(utf16Column(finding.end, source: source)))),
        ]
        if let excerpt = finding.excerpt { region.append(("snippet", .object([("text", .string(excerpt))]))) }
        var location: [(String, JSON)] = [
            (
                "physicalLocation",
                .object([
                    ("artifactLocation", .object([("uri", .string(uri(paths(finding.location.file))))])),
                    ("region", .object(region)),
                ])
            )
        ]
        if let field = finding.fieldPath {
            location.append(
                (
                    "logicalLocations",
                    .array([
                        .object([
                            ("fullyQualifiedName", .string(field)), ("kind", .string("member")),
                        ])
                    ])
                ))
        }
        return .object(location)
    }

    /// The UTF-16 column of a location whose column counts UTF-8 bytes.
    static func utf16Column(_ location: SourceLocation, source: SourceFile?) -> Int {
        guard let source, location.line <= source.lineStarts.count else { return location.column }
        let start = source.lineStarts[location.line - 1]
        let end = min(source.bytes.count, start + location.column - 1)
        guard start <= end else { return location.column }
        return String(decoding: source.bytes[start..<end], as: UTF8.self).utf16.count + 1
    }
}

/// A finding's identity that survives edits elsewhere in the file: file, field, rule and the matched text — not
/// line numbers (used by SARIF `partialFingerprints` and the baseline).
package enum Fingerprint {
    /// 16 hex digits of FNV-1a 64 over `file \0 field \0 rule \0 excerpt`.
    package static func of(_ finding: Finding) -> String {
        hash(finding.location.file, finding.fieldPath ?? "", finding.ruleID, finding.excerpt ?? "")
    }

    /// 16 hex digits of FNV-1a 64 over the parts, each followed by a NUL byte.
    package static func hash(_ parts: String...) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for part in parts {
            for byte in part.utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
