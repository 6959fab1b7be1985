import Foundation
import PositionedJSON
import ProfileModel

/// Findings accepted as they stand, so a team can adopt profilelint on existing profiles and fail only on new
/// findings. Entries are fingerprinted by file, field, rule and a hash of the matched text — not by line — so
/// edits elsewhere in a file keep them matching.
package struct Baseline: Sendable, Equatable {
    /// One accepted finding.
    package struct Entry: Sendable, Hashable {
        /// Path relative to the baseline file's folder.
        package var file: String
        package var field: String?
        package var rule: String
        /// FNV-1a of the matched source text.
        package var hash: String
        /// The message when written, for people reading the file.
        package var message: String
    }

    package static let defaultPath = ".profilelint-baseline.json"

    package var entries: [Entry]

    package init(entries: [Entry]) { self.entries = entries }

    /// The baseline of every finding in `results`, paths relative to `directory`.
    package init(results: [FileResult], relativeTo directory: String) {
        entries = results.flatMap { result in
            result.findings.map { Self.entry(for: $0, path: result.path, directory: directory) }
        }.sorted { ($0.file, $0.field ?? "", $0.rule, $0.hash) < ($1.file, $1.field ?? "", $1.rule, $1.hash) }
    }

    static func entry(for finding: Finding, path: String, directory: String) -> Entry {
        Entry(
            file: PathGlob.relative(path, to: directory), field: finding.fieldPath, rule: finding.ruleID,
            hash: Fingerprint.hash(finding.excerpt ?? ""), message: finding.message)
    }

    /// Removes findings the baseline accepts (each entry accepts one finding), returning what is left, how many
    /// were hidden, and the entries nothing matched (fixed since the baseline was written).
    package func filter(
        _ results: [FileResult], relativeTo directory: String
    )
        -> (results: [FileResult], hidden: Int, unmatched: [Entry])
    {
        var remaining: [Entry: Int] = [:]
        for entry in entries { remaining[key(entry), default: 0] += 1 }
        var hidden = 0
        let filtered = results.map { result in
            var result = result
            result.findings = result.findings.filter { finding in
                let candidate = key(Self.entry(for: finding, path: result.path, directory: directory))
                guard let count = remaining[candidate], count > 0 else { return true }
                remaining[candidate] = count - 1
                hidden += 1
                return false
            }
            return result
        }
        var unmatched: [Entry] = []
        for entry in entries {
            let candidate = key(entry)
            if let count = remaining[candidate], count > 0 {
                remaining[candidate] = count - 1
                unmatched.append(entry)
            }
        }
        return (filtered, hidden, unmatched)
    }

    /// The identity used for matching (the message may be reworded between versions without breaking it).
    private func key(_ entry: Entry) -> Entry {
        Entry(file: entry.file, field: entry.field, rule: entry.rule, hash: entry.hash, message: "")
    }

    // MARK: - File format

    /// The baseline as JSON text (`{"version": 1, "findings": [...]}`).
    package func json() -> String {
        JSON.object([
            ("version", .number(1)),
            (
                "findings",
                .array(
                    entries.map { entry in
                        .object([
                            ("file", .string(entry.file)), ("field", entry.field.map(JSON.string) ?? .null),
                            ("rule", .string(entry.rule)), ("hash", .string(entry.hash)),
                            ("message", .string(entry.message)),
                        ])
                    })
            ),
        ]).documentText() + "\n"
    }

    /// Reads a baseline file.
    package static func load(path: String) throws(FileResult.InputError) -> Baseline {
        // Through `InputFiles.read`: bounded, never a FIFO, and recorded as an input no report may replace.
        let source: SourceFile
        switch InputFiles.read(path: path, maxBytes: InputLimits.defaultMaxFileBytes) {
        case .success(let file): source = file
        case .failure(let error):
            if case .failure = FileKind.of(path, followingLinks: true) {
                throw .init(path: path, message: "no such baseline file (write one with `profilelint baseline write`)")
            }
            throw error
        }
        let root: JSONNode
        do { root = try JSONReader(source: source).parseDocument() } catch { throw FileResult.InputError(error) }
        guard root["version"].flatMap({ if case .number(1, _) = $0.value { true } else { nil } }) == true,
            let findings = root["findings"], case .array(let items) = findings.value
        else {
            throw .init(
                path: path, message: "not a profilelint baseline (expected {\"version\": 1, \"findings\": [...]})")
        }
        var entries: [Entry] = []
        for item in items {
            guard let file = item["file"]?.string, let rule = item["rule"]?.string, let hash = item["hash"]?.string
            else {
                let location = source.location(ofOffset: item.range.lowerBound)
                throw .init(
                    path: path, message: "a baseline entry needs file, rule and hash", line: location.line,
                    column: location.column)
            }
            entries.append(
                Entry(
                    file: file, field: item["field"]?.string, rule: rule, hash: hash,
                    message: item["message"]?.string ?? ""))
        }
        return Baseline(entries: entries)
    }
}
