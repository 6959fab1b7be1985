/// Minimal Base64 decoding for wrapped contact details.
enum Base64 {
    static let alphabet = ByteSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")

    private static func value(_ byte: UInt8) -> UInt32? {
        switch byte {
        case Byte.upperA...Byte.upperZ: return UInt32(byte - Byte.upperA)
        case Byte.lowerA...Byte.lowerZ: return UInt32(byte - Byte.lowerA + 26)
        case Byte.zero...Byte.nine: return UInt32(byte - Byte.zero + 52)
        case Byte.plus: return 62
        case Byte.slash: return 63
        default: return nil
        }
    }

    static func decode(_ encoded: ArraySlice<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for byte in encoded {
            if byte == Byte.equals { break }
            guard let sextet = value(byte) else { return nil }
            buffer = buffer << 6 | sextet
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
            }
        }
        return out
    }
}
