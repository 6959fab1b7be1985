import Foundation

/// The labelled development set in `DevSet/`, its second development round in `DevSet/Round2/` (a former held-out
/// part, measured blind once) and the blind held-out part in `DevSet/HeldOut/` (format in `DevSet/README.md`:
/// `LABELS<TAB>TEXT<TAB>SOURCE`, `⏎` for a line break, `⇥` for a tab, `#` comments).
enum DevSetCases {
    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("DevSet")
    static let round2Directory = directory.appendingPathComponent("Round2")
    static let heldOutDirectory = directory.appendingPathComponent("HeldOut")

    static var round2Available: Bool { hasCases(round2Directory) }
    static var heldOutAvailable: Bool { hasCases(heldOutDirectory) }

    private static func hasCases(_ folder: URL) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).contains { $0.hasSuffix(".tsv") }
    }

    /// Every case of the `.tsv` files directly in `folder`, in file order; a malformed line throws, naming
    /// `file:line`.
    static func cases(in folder: URL) throws -> [EvaluationCase] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }
        var cases: [EvaluationCase] = []
        for name in names.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if line.isEmpty || line.hasPrefix("#") { continue }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count == 3, !fields[1].isEmpty, !fields[2].isEmpty else {
                    throw FormatError(description: "\(name):\(number + 1): expected LABELS<TAB>TEXT<TAB>SOURCE")
                }
                let labels = String(fields[0])
                guard labels == "-" || labels.allSatisfy({ EvaluationCase.shortLabels[$0] != nil }) else {
                    throw FormatError(description: "\(name):\(number + 1): unknown label in '\(labels)'")
                }
                let body = fields[1].replacingOccurrences(of: "⏎", with: "\n").replacingOccurrences(of: "⇥", with: "\t")
                cases.append(
                    EvaluationCase(
                        text: body, labels: labels == "-" ? "" : labels,
                        source: "\(name):\(number + 1) \(fields[2])"))
            }
        }
        return cases
    }
}
