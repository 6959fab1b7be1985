/// Byte classes of folded text.
enum FoldedByte {
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= Byte.lowerA && byte <= Byte.lowerZ) || byte == Byte.nonASCIILetter
    }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= Byte.zero && byte <= Byte.nine }
    @inline(__always) static func isWord(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == Byte.space }
    @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == Byte.space || byte == Byte.lineFeed || byte == Byte.carriageReturn
    }
}
