import Testing

@testable import ProfileRules

/// The named masks must decode UTF-8 as the standard library does, and the named stand-in must be what the
/// normaliser writes for a letter outside ASCII.
@Suite struct ByteTests {
    @Test func masksDecodeEveryScalarLength() {
        let text = "Zoë 日本 — 😀 ok"
        var bytes = Array(text.utf8)[...]
        var decoded: [UInt32] = []
        while let lead = bytes.first {
            let length =
                lead < Byte.firstNonASCII ? 1 : lead < Byte.threeByteLead ? 2 : lead < Byte.fourByteLead ? 3 : 4
            var value =
                switch length {
                case 1: UInt32(lead)
                case 2: UInt32(lead & Byte.twoBytePayload)
                case 3: UInt32(lead & Byte.threeBytePayload)
                default: UInt32(lead & Byte.fourBytePayload)
                }
            for continuation in bytes.dropFirst().prefix(length - 1) {
                #expect(continuation & Byte.continuationMask == Byte.continuationMarker)
                value = value << 6 | UInt32(continuation & Byte.continuationPayload)
            }
            #expect(length == 1 || lead >= Byte.twoByteLead)
            decoded.append(value)
            bytes = bytes.dropFirst(length)
        }
        #expect(decoded == text.unicodeScalars.map(\.value))
    }

    @Test func caseBitLowercasesLettersAndKeepsDigits() {
        #expect(Array("MAIL 42".utf8).map { $0 | Byte.asciiCaseBit } == Array("mail 42".utf8))
        #expect(Byte.upperA | Byte.asciiCaseBit == Byte.lowerA && Byte.upperZ | Byte.asciiCaseBit == Byte.lowerZ)
    }

    @Test func nonASCIILetterIsTheNormalizersStandIn() {
        #expect(NormalizedText("日").bytes == [Byte.nonASCIILetter])
        #expect(NormalizedText("a@b").bytes == [Byte.lowerA, Byte.at, Byte.lowerB])
    }
}
