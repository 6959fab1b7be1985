/// A folded word packed into integers, so tables can be searched without building a `String`: its first 16 bytes
/// (little-endian, zero-padded) and its length. Two words of up to 16 bytes are equal exactly when their keys are;
/// longer words also need their bytes compared (`WordTable` does that).
struct WordKey: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var length: Int = 0

    /// The empty key (an empty table slot).
    init() {}

    /// The key of `bytes[range]`, by the raw buffer's whole-word loads rather than a loop over bytes (the word
    /// pass builds one per word).
    @inline(__always)
    init(_ bytes: [UInt8], _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range outside the bytes")
        self = bytes.withUnsafeBufferPointer { WordKey($0, range) }
    }

    /// The key of `bytes[range]`, from a raw buffer: whole 8-byte loads where the buffer allows.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        length = range.count
        guard let base = bytes.baseAddress else { return }
        let first = min(range.count, 8)
        if range.lowerBound + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self))
            low = first == 8 ? word : word & ((1 << UInt64(first * 8)) - 1)
        } else {
            for offset in 0..<first { low |= UInt64(base[range.lowerBound + offset]) << UInt64(offset * 8) }
        }
        guard range.count > 8 else { return }
        let second = min(range.count - 8, 8)
        if range.lowerBound + 16 <= bytes.count {
            let word = UInt64(
                littleEndian: UnsafeRawPointer(base + range.lowerBound + 8).loadUnaligned(as: UInt64.self))
            high = second == 8 ? word : word & ((1 << UInt64(second * 8)) - 1)
        } else {
            for offset in 0..<second { high |= UInt64(base[range.lowerBound + 8 + offset]) << UInt64(offset * 8) }
        }
    }

    /// Appends `bytes[range]` to the word; the result is at most 16 bytes long (its key is then the whole word).
    @inline(__always)
    mutating func append(_ bytes: [UInt8], _ range: Range<Int>) {
        precondition(length + range.count <= 16, "a key holds 16 bytes")
        for index in range {
            if length < 8 {
                low |= UInt64(bytes[index]) << UInt64(length * 8)
            } else {
                high |= UInt64(bytes[index]) << UInt64((length - 8) * 8)
            }
            length += 1
        }
    }

    /// The key of a word written in a table.
    init(_ word: String) {
        let bytes = Array(word.utf8)
        self.init(bytes, 0..<bytes.count)
    }

    /// The key of one byte (a mark token such as `:`).
    init(byte: UInt8) {
        low = UInt64(byte)
        length = 1
    }

    @inline(__always)
    var mixed: UInt64 { ((low ^ (high &* 0xC2B2_AE3D_27D4_EB4F)) &+ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15 }
}
