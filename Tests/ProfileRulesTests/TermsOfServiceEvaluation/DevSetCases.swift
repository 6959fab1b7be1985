import Foundation

/// The labelled development set in `DevSet/`, its later development rounds in `DevSet/RoundN/` (former held-out
/// parts, each measured blind once) and the blind held-out part in `DevSet/HeldOut/`, absent or empty between rounds
/// (format in `DevSet/README.md`: `LABELS<TAB>TEXT<TAB>SOURCE`, `⏎` for a line break, `⇥` for a tab, `#` comments).
enum DevSetCases {
    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("DevSet")
    static let heldOutDirectory = directory.appendingPathComponent("HeldOut")

    /// `DevSet/Round2`, `DevSet/Round3`, …: the former held-out parts, in the order they were written.
    static var roundDirectories: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.compactMap { name -> (Int, URL)? in
            guard name.hasPrefix("Round"), let number = Int(name.dropFirst("Round".count)) else { return nil }
            let folder = directory.appendingPathComponent(name)
            return hasCases(folder) ? (number, folder) : nil
        }.sorted { $0.0 < $1.0 }.map(\.1)
    }
    static var roundsAvailable: Bool { !roundDirectories.isEmpty }
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
