import Foundation
import ProfileModel

/// `profilelint --ndjson`: one profile document per input line, one compact JSON record per output line.
///
/// Input is read in fixed-size chunks and linted a batch of lines at a time, so memory stays bounded however long
/// the stream is; output keeps the input's order.
public enum NDJSONStream {
    /// Supplies the next chunk of input; an empty array means the end.
    public typealias ChunkSource = () -> [UInt8]

    /// Chunks read from a file descriptor (standard input is 0).
    public static func chunks(fromDescriptor descriptor: Int32, size: Int = 1 << 20) -> ChunkSource {
        {
            var chunk = [UInt8](repeating: 0, count: size)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, size) }
                if count >= 0 {
                    chunk.removeSubrange(count...)
                    return chunk
                }
                if errno != EINTR { return [] }
            }
        }
    }

    /// Chunks of `size` bytes from bytes in memory (tests).
    public static func chunks(of bytes: [UInt8], size: Int) -> ChunkSource {
        var offset = 0
        return {
            let end = min(bytes.count, offset + size)
            defer { offset = end }
            return Array(bytes[offset..<end])
        }
    }

    /// One input line: its 1-based number and its bytes, or why it was not read.
    struct Line {
        var number: Int
        var bytes: Result<[UInt8], FileResult.InputError>
    }

    /// Splits a chunk source into lines and groups them into batches of bounded size.
    struct Lines {
        /// Most lines in one batch, and most bytes: enough to keep every core busy, small enough to bound memory.
        static let batchLines = 256
        static let batchBytes = 4 << 20

        private let next: ChunkSource
        private let maxLineBytes: Int
        private let name: String
        private var buffer: [UInt8] = []
        /// Where the current line starts in `buffer`, and how far it has been searched for a newline.
        private var start = 0
        private var scanned = 0
        private var lineNumber = 0
        private var atEnd = false
        /// Set while skipping the rest of a line already reported as too long.
        private var discarding = false

        init(_ next: @escaping ChunkSource, maxLineBytes: Int, name: String) {
            self.next = next
            self.maxLineBytes = maxLineBytes
            self.name = name
        }

        /// The next batch, or `nil` at the end of input. Blank lines are skipped but still counted.
        mutating func nextBatch() -> [Line]? {
            var batch: [Line] = []
            var bytes = 0
            while batch.count < Self.batchLines, bytes < Self.batchBytes, let line = nextLine() {
                if case .success(let content) = line.bytes {
                    if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    bytes += content.count
                }
                batch.append(line)
            }
            return batch.isEmpty ? nil : batch
        }

        private var overLimit: FileResult.InputError {
            .init(path: name, message: "the line is over the limit of \(maxLineBytes) bytes")
        }

        private mutating func nextLine() -> Line? {
            while true {
                if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                    lineNumber += 1
                    let content = Array(buffer[start..<newline])
                    start = newline + 1
                    scanned = start
                    if discarding {
                        discarding = false
                        continue
                    }
                    // The same error whether the line arrived whole in one read or over several (a file or a pipe).
                    if content.count > maxLineBytes { return Line(number: lineNumber, bytes: .failure(overLimit)) }
                    return Line(number: lineNumber, bytes: .success(content))
                }
                scanned = buffer.count
                if discarding || buffer.count - start > maxLineBytes {
                    // Report an over-long line at once and drop the rest of it as it arrives, rather than hold it.
                    buffer.removeAll(keepingCapacity: true)
                    (start, scanned) = (0, 0)
                    if !discarding {
                        discarding = true
                        return Line(number: lineNumber + 1, bytes: .failure(overLimit))
                    }
                }
                if atEnd {
                    guard start < buffer.count else { return nil }
                    lineNumber += 1
                    let content = Array(buffer[start...])
                    buffer.removeAll()
                    (start, scanned) = (0, 0)
                    return Line(number: lineNumber, bytes: .success(content))
                }
                if start > 0 {
                    buffer.removeSubrange(..<start)
                    scanned -= start
                    start = 0
                }
                let chunk = next()
                if chunk.isEmpty { atEnd = true } else { buffer += chunk }
            }
        }
    }

    /// Totals kept across the stream for the exit code, without keeping the results.
    struct Tally {
        var failOn: Severity
        var inputErrors = 0
        var failing = 0
        var warnings = 0

        mutating func count(_ result: FileResult) {
            if result.error != nil { inputErrors += 1 }
            if result.findings.contains(where: { $0.severity >= failOn }) { failing += 1 }
            warnings += result.findings.count { $0.severity == .warning }
        }

        /// As `LintRun.Outcome.exitCode`: 2 for an unreadable line, 1 for findings at `failOn` or too many warnings.
        func exitCode(maxWarnings: Int?) -> Int32 {
            if inputErrors > 0 { return 2 }
            if failing > 0 { return 1 }
            if let maxWarnings, warnings > maxWarnings { return 1 }
            return 0
        }
    }

    /// One output line: the JSON report's file record, plus the input line it came from.
    struct Record: Encodable {
        enum Key: String, CodingKey { case line }
        var line: Int
        var file: JSONReporter.File

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(line, forKey: .line)
            try file.encode(to: encoder)
        }
    }

    /// The compact record for `result` (keys sorted, one line, newline-terminated).
    static func render(_ result: FileResult, line: Int) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Record(line: line, file: JSONReporter.file(result))) else {
            return #"{"error":{"message":"the result could not be encoded"},"line":\#(line)}"# + "\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
