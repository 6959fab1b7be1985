/// A set of bytes as a 256-bit map: membership without hashing.
struct ByteSet: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ characters: String) {
        for byte in characters.utf8 { insert(byte) }
    }

    init(_ bytes: [UInt8]) {
        for byte in bytes { insert(byte) }
    }

    private mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    /// Selects the word by comparisons rather than a `switch`, which compiled to a jump table: an indirect branch
    /// per byte in the loops that test every byte.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word = byte < 0x80 ? (byte < 0x40 ? bits.0 : bits.1) : (byte < 0xC0 ? bits.2 : bits.3)
        return word & (1 &<< UInt64(byte & 63)) != 0
    }
}
