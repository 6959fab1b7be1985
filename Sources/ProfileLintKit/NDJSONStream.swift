import Dispatch
import Foundation
import ProfileModel
import Synchronization

/// `profilelint --ndjson`: one profile document per input line, one compact JSON record per output line.
///
/// Input is read in chunks of whatever has arrived, each line linted as soon as it is complete and its record
/// written as soon as those before it are, so memory stays bounded however long the stream is and a slow producer
/// still sees each result at once; output keeps the input's order.
public enum NDJSONStream {
    /// The members a record has of its own; `--id-key` may not name one.
    public static let recordKeys: Set<String> = [
        "completeness", "eligibility", "error", "findings", "format", "kind", "line", "path", "specializedProfiles",
    ]

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

    /// Splits a chunk source into lines.
    struct Lines {
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

        /// The next line that is not blank, or `nil` at the end of input. Blank lines are skipped but counted.
        mutating func nextLine() -> Line? {
            while let line = nextAnyLine() {
                if case .success(let content) = line.bytes,
                    content.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
                {
                    continue
                }
                return line
            }
            return nil
        }

        private var overLimit: FileResult.InputError {
            .init(path: name, message: "the line is over the limit of \(Wording.count(maxLineBytes, "byte"))")
        }

        private mutating func nextAnyLine() -> Line? {
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

        mutating func count(_ counts: Record.Counts) {
            if counts.inputError { inputErrors += 1 }
            if counts.failing { failing += 1 }
            warnings += counts.warnings
        }

        /// As `LintRun.Outcome.exitCode`: 2 for an unreadable line, 1 for findings at `failOn` or too many warnings.
        func exitCode(maxWarnings: Int?) -> Int32 {
            if inputErrors > 0 { return 2 }
            if failing > 0 { return 1 }
            if let maxWarnings, warnings > maxWarnings { return 1 }
            return 0
        }
    }

    /// One output line, ready to write, with what the exit code needs to know of its result.
    struct Record: Sendable {
        struct Counts: Sendable {
            var inputError: Bool
            var failing: Bool
            var warnings: Int
        }

        var bytes: [UInt8]
        var counts: Counts

        /// The compact record for `result`: the JSON report's file record plus `line` and, when the input line had
        /// one, its `idKey` member as written there. Newline-terminated.
        ///
        /// A result that cannot be written (a NaN or infinite number) becomes an error record naming the value, and
        /// counts as an unreadable line: nothing is left out silently.
        init(_ result: FileResult, line: Int, id: (key: String, json: [UInt8])?, failOn: Severity) {
            var extra: [(key: String, write: (inout JSONWriter) -> Void)] = [("line", { $0.integer(line) })]
            if let id {
                extra.append((id.key, { $0.raw(id.json) }))
                extra.sort { $0.key < $1.key }
            }
            var json = JSONWriter(style: .compact, capacity: 2048)
            do {
                try JSONReporter.file(result, to: &json, extra: extra)
                counts = Counts(
                    inputError: result.error != nil,
                    failing: result.findings.contains { $0.severity >= failOn },
                    warnings: result.findings.count { $0.severity == .warning })
            } catch {
                let failure = FileResult(
                    path: result.path, kind: result.kind,
                    error: FileResult.InputError(
                        path: result.path, message: "the result cannot be written: \(error)"))
                json = JSONWriter(style: .compact)
                // An error record holds only strings and integers, which always encode.
                try? JSONReporter.file(failure, to: &json, extra: extra)
                counts = Counts(inputError: true, failing: false, warnings: 0)
            }
            json.newline()
            bytes = json.bytes
        }
    }
}

// MARK: - Reading, linting and writing at once

extension NDJSONStream {
    /// Reads lines on one thread, processes them on `jobs` others and writes the records on the calling thread, in
    /// input order, each as soon as it and those before it are done (consecutive ready records go out in one write
    /// of at most 64 KB).
    ///
    /// At most `window` lines are between reading and writing, a line over 64 KB taking one place per 64 KB (up to
    /// all of them), so memory stays bounded while a slow reader, linter or writer holds the others back.
    static func pipeline(
        _ lines: consuming Lines, jobs: Int, window: Int = 64,
        process: @escaping @Sendable (Line) -> Record,
        write: ([UInt8]) -> Void, tally: inout Tally
    ) {
        let state = PipelineState(lines: lines, window: window)
        let workers = max(1, jobs)
        let group = DispatchGroup()
        func start(_ body: @escaping @Sendable () -> Void) {
            group.enter()
            let thread = Thread {
                body()
                group.leave()
            }
            // The reader recurses once per nesting level (up to --max-depth 1000): give workers a main thread's stack.
            thread.stackSize = 8 << 20
            thread.start()
        }
        start { state.readAll(workers: workers) }
        for _ in 0..<workers { start { state.work(process) } }
        var pending: [UInt8] = []
        var next = 0
        while true {
            let slot = state.slots[next % window]
            if slot.done.wait(timeout: .now()) == .timedOut {
                // Nothing more is ready: send what is, then wait.
                if !pending.isEmpty {
                    write(pending)
                    pending.removeAll(keepingCapacity: true)
                }
                slot.done.wait()
            }
            guard let record = slot.record else { break }  // the end marker
            slot.record = nil
            tally.count(record.counts)
            pending += record.bytes
            let places = slot.places
            next += 1
            for _ in 0..<places { state.places.signal() }
            if pending.count >= 1 << 16 {
                write(pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
        if !pending.isEmpty { write(pending) }
        group.wait()
    }

    /// One place in the window: the line read into it, then the record made from it.
    final class Slot: @unchecked Sendable {  // handed between threads by `PipelineState`'s semaphores
        var line: Line?
        var record: Record?
        var places = 1
        let done = DispatchSemaphore(value: 0)
    }

    /// What the reader, the workers and the writer share. Each slot is touched by one thread at a time: the reader
    /// fills it, signals `available`; a worker claims it by number, fills `record`, signals `done`; the writer
    /// empties it and gives its places back.
    final class PipelineState: @unchecked Sendable {
        nonisolated(unsafe) var lines: Lines
        let slots: [Slot]
        let window: Int
        /// Free places in the window.
        let places: DispatchSemaphore
        /// Lines read and not yet claimed by a worker (plus one per worker at the end).
        let available = DispatchSemaphore(value: 0)
        let nextClaim = Atomic<Int>(0)
        /// How many lines there are, once the reader has reached the end.
        let total = Atomic<Int>(Int.max)

        init(lines: consuming Lines, window: Int) {
            self.lines = lines
            self.window = window
            slots = (0..<window).map { _ in Slot() }
            // Signalled up rather than created with `window`: libdispatch traps when a semaphore is freed below its
            // initial value, which the end marker's place leaves it.
            places = DispatchSemaphore(value: 0)
            for _ in 0..<window { places.signal() }
        }

        func readAll(workers: Int) {
            var count = 0
            while let line = lines.nextLine() {
                let size = (try? line.bytes.get().count) ?? 0
                let needed = min(window, 1 + size >> 16)
                for _ in 0..<needed { places.wait() }
                let slot = slots[count % window]
                slot.line = line
                slot.places = needed
                count += 1
                available.signal()
            }
            total.store(count, ordering: .sequentiallyConsistent)
            for _ in 0..<workers { available.signal() }
            // The end marker: a slot with no record, once the place it needs is free.
            places.wait()
            let end = slots[count % window]
            end.record = nil
            end.places = 1
            end.done.signal()
        }

        func work(_ process: (Line) -> Record) {
            while true {
                available.wait()
                let index = nextClaim.wrappingAdd(1, ordering: .sequentiallyConsistent).oldValue
                guard index < total.load(ordering: .sequentiallyConsistent) else { return }
                let slot = slots[index % window]
                guard let line = slot.line else { return }
                slot.line = nil
                slot.record = process(line)
                slot.done.signal()
            }
        }
    }
}
