/// The bytes of one input file and a table of where its lines start.
///
/// Every finding is stored against byte offsets; this table turns an offset into the `line:column` a person
/// (and an editor) expects: 1-based, the column counted in UTF-8 bytes as swiftc and clang count it.
public struct SourceFile: Sendable {
    /// The path as the user named it (or the `--stdin-filename`).
    public let path: String
    /// The file's bytes, exactly as read.
    public let bytes: [UInt8]
    /// Byte offsets at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    /// Reads the line table from `bytes`. `\n`, `\r\n` and a lone `\r` all end a line.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        // Unchecked reads and one comparison for the common byte: this runs over every byte of every input, and
        // the checked loop took 13 instructions a byte (an eighth of libxml2's whole parse of a saved page).
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                index += 1
                if byte > 0x0D { continue }
                if byte == 0x0A {
                    starts.append(index)
                } else if byte == 0x0D {
                    if index < count, buffer[index] == 0x0A { index += 1 }
                    starts.append(index)
                }
            }
        }
        lineStarts = starts
    }

    /// Creates a source file from text (tests, stdin already decoded).
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The location of a byte offset; offsets past the end clamp to the end.
    public func location(ofOffset offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        // Binary search for the last line start <= clamped.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(file: path, line: low + 1, column: clamped - lineStarts[low] + 1)
    }

    /// The text of the line holding `offset`, without its line ending.
    public func lineText(containingOffset offset: Int) -> String {
        let line = location(ofOffset: offset).line
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
