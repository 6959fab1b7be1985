import Foundation

/// A deterministic corpus for the benchmarks: the same seed gives byte-identical output on every machine.
///
///     corpus-gen profiles DIR [--count N] [--seed S]   one profilelint JSON document per file
///     corpus-gen ndjson [--bytes N] [--seed S]         the same documents, one per line, on stdout
///     corpus-gen text [--bytes N] [--seed S]           overview text, one overview per line, on stdout
///     corpus-gen html DIR [--count N] [--seed S]       saved profile pages shaped like Upwork's air3 pages
@main
struct CorpusGen {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        func option(_ name: String, _ fallback: Int) -> Int {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return fallback }
            defer { arguments.removeSubrange(index...index + 1) }
            return parseSize(arguments[index + 1]) ?? fallback
        }
        let seed = option("--seed", 42)
        let count = option("--count", 10_000)
        let bytes = option("--bytes", 64 << 20)
        guard let command = arguments.first else { usage() }
        var generator = ProfileGenerator(seed: UInt64(seed))
        switch command {
        case "profiles", "html":
            guard arguments.count == 2 else { usage() }
            let directory = arguments[1]
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for index in 1...count {
                let name = String(format: "%@/p%05d.%@", directory, index, command == "html" ? "html" : "json")
                let text = command == "html" ? generator.page() : generator.document(pretty: true)
                _ = FileManager.default.createFile(atPath: name, contents: Data(text.utf8))
            }
        case "ndjson", "text":
            var output = Output()
            var written = 0
            while written < bytes {
                let line = (command == "ndjson" ? generator.document(pretty: false) : generator.overview()) + "\n"
                written += line.utf8.count
                output.write(line)
            }
            output.flush()
        default:
            usage()
        }
    }

    /// `123`, `64K`, `16M`, `1G`.
    static func parseSize(_ text: String) -> Int? {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        if let last = text.last, let unit = units[last] { return Int(text.dropLast()).map { $0 * unit } }
        return Int(text)
    }

    static func usage() -> Never {
        FileHandle.standardError.write(
            Data(
                "usage: corpus-gen profiles|html DIR [--count N] [--seed S] | ndjson|text [--bytes N] [--seed S]\n".utf8
            ))
        exit(64)
    }
}

/// Buffered standard output, so gigabytes are written in large blocks.
struct Output {
    private var buffer: [UInt8] = []

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
