/// Folded bytes under construction, each with the original range it came from.
struct FoldedBytes {
    var bytes: [UInt8] = []
    var starts: [Int32] = []
    var ends: [Int32] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
        starts.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
    }

    init(bytes: [UInt8], starts: [Int32], ends: [Int32]) {
        self.bytes = bytes
        self.starts = starts
        self.ends = ends
    }

    /// Appends `other[range]` with its own origins (bulk copies).
    mutating func append(_ other: FoldedBytes, _ range: Range<Int>) {
        bytes.append(contentsOf: other.bytes[range])
        starts.append(contentsOf: other.starts[range])
        ends.append(contentsOf: other.ends[range])
    }

    var count: Int { bytes.count }

    mutating func append(_ byte: UInt8, from start: Int32, to end: Int32) {
        bytes.append(byte)
        starts.append(start)
        ends.append(end)
    }

    /// Drops trailing spaces (before a joined `@` or `.`).
    mutating func trimTrailingSpaces() {
        while let last = bytes.last, last == Byte.space {
            bytes.removeLast()
            starts.removeLast()
            ends.removeLast()
        }
    }
}
