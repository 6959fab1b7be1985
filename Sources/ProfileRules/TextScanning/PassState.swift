/// Shared machinery of the word passes: reading folded input, writing folded output with origins.
///
/// Most bytes pass unchanged, so copies are lazy: consecutive copied input bytes gather in `pending` and reach the
/// output in one bulk append when something else is written; a pass that changes nothing returns its input as is.
struct PassState {
    private let source: FoldedBytes
    let input: [UInt8]
    private var out = FoldedBytes(capacity: 0)
    /// Input bytes copied but not yet appended to `out`; they follow `out` in the output.
    private var pending = 0..<0
    var index = 0

    init(_ folded: FoldedBytes) {
        source = folded
        input = folded.bytes
    }

    var count: Int { input.count }

    @inline(__always) func byte(_ at: Int) -> UInt8 { at < input.count ? input[at] : 0 }

    @inline(__always) func origin(_ at: Int) -> (Int32, Int32) { (source.starts[at], source.ends[at]) }

    /// The output so far; the state is spent.
    mutating func finish() -> FoldedBytes {
        if out.count == 0, pending == 0..<input.count { return source }
        flush()
        return out
    }

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        if out.bytes.capacity == 0 { out = FoldedBytes(capacity: input.count) }
        out.append(source, pending)
        pending = pending.upperBound..<pending.upperBound
    }

    /// Copies input bytes `range` with their own origins.
    @inline(__always)
    mutating func copy(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if !pending.isEmpty, pending.upperBound == range.lowerBound {
            pending = pending.lowerBound..<range.upperBound
        } else {
            flush()
            pending = range
        }
    }

    /// Writes `byte` with the origin `start..<end`.
    mutating func append(_ byte: UInt8, from start: Int32, to end: Int32) {
        flush()
        if out.bytes.capacity == 0 { out = FoldedBytes(capacity: input.count) }
        out.append(byte, from: start, to: end)
    }

    /// Writes `bytes` standing for input `range`.
    mutating func emit<S: Sequence<UInt8>>(_ bytes: S, for range: Range<Int>) {
        for byte in bytes { append(byte, from: source.starts[range.lowerBound], to: source.ends[range.upperBound - 1]) }
    }

    /// Drops trailing spaces of the output (before a joined `@` or `.`).
    mutating func trimTrailingSpaces() {
        flush()
        out.trimTrailingSpaces()
    }

    // MARK: - Reading the output (without flushing it)

    var outputCount: Int { out.count + pending.count }

    @inline(__always) func outputByte(_ at: Int) -> UInt8 {
        at < out.count ? out.bytes[at] : input[pending.lowerBound + at - out.count]
    }

    /// The last output byte that is not `excluded`, and its position.
    func lastOutputByte(notIn excluded: ByteSet) -> (byte: UInt8, at: Int)? {
        var at = outputCount
        while at > 0 {
            at -= 1
            let byte = outputByte(at)
            if !excluded.contains(byte) { return (byte, at) }
        }
        return nil
    }

    /// The last `length` output bytes.
    func outputSuffix(_ length: Int) -> [UInt8] {
        (max(0, outputCount - length)..<outputCount).map(outputByte)
    }

    // MARK: - Reading the input

    /// End of the word (letters and digits) starting at `at`.
    func wordEnd(_ at: Int) -> Int {
        var end = at
        while end < input.count, FoldedByte.isWord(input[end]) { end += 1 }
        return end
    }

    /// End of a domain label or user name piece (letters, digits, `-`, `_`) starting at `at`.
    func labelEnd(_ at: Int) -> Int {
        var end = at
        while end < input.count,
            FoldedByte.isWord(input[end]) || input[end] == Byte.hyphen || input[end] == Byte.underscore
        { end += 1 }
        return end
    }

    func skipSpaces(_ at: Int) -> Int {
        var end = at
        while end < input.count, input[end] == Byte.space { end += 1 }
        return end
    }

    func string(_ range: Range<Int>) -> String { String(decoding: input[range], as: UTF8.self) }

    /// The word or label already written just before the trailing spaces of the output.
    func previousOutputLabel(extraCharacters: ByteSet) -> [UInt8]? {
        var end = outputCount
        while end > 0, outputByte(end - 1) == Byte.space { end -= 1 }
        var start = end
        while start > 0, FoldedByte.isWord(outputByte(start - 1)) || extraCharacters.contains(outputByte(start - 1)) {
            start -= 1
        }
        return start < end ? (start..<end).map(outputByte) : nil
    }
}
