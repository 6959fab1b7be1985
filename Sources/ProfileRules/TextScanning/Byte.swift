/// Names for the bytes the text scanner compares against, so a test reads `byte == Byte.at`, not `byte == 0x40`.
///
/// Printable ASCII constants are initialised with `UInt8(ascii:)`, so each name shows its character; an optimised
/// build folds them into immediates (no lazy global, no `swift_once`), so they cost what a literal costs, in
/// comparisons, arithmetic (`Byte.zero + digit`) and `switch` patterns (`case Byte.lowerA...Byte.lowerZ:`) alike.
/// The masks and thresholds at the end are the values whose meaning is a bit pattern, not a character.
enum Byte {
    // MARK: - Control bytes

    static let null: UInt8 = 0x00
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let delete: UInt8 = 0x7F

    // MARK: - Space and punctuation

    static let space = UInt8(ascii: " ")
    static let exclamationMark = UInt8(ascii: "!")
    static let quotationMark = UInt8(ascii: "\"")
    static let numberSign = UInt8(ascii: "#")
    static let dollarSign = UInt8(ascii: "$")
    static let percentSign = UInt8(ascii: "%")
    static let ampersand = UInt8(ascii: "&")
    static let apostrophe = UInt8(ascii: "'")
    static let openParenthesis = UInt8(ascii: "(")
    static let closeParenthesis = UInt8(ascii: ")")
    static let asterisk = UInt8(ascii: "*")
    static let plus = UInt8(ascii: "+")
    static let comma = UInt8(ascii: ",")
    static let hyphen = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let slash = UInt8(ascii: "/")
    static let colon = UInt8(ascii: ":")
    static let semicolon = UInt8(ascii: ";")
    static let lessThan = UInt8(ascii: "<")
    static let equals = UInt8(ascii: "=")
    static let greaterThan = UInt8(ascii: ">")
    static let questionMark = UInt8(ascii: "?")
    static let at = UInt8(ascii: "@")
    static let openBracket = UInt8(ascii: "[")
    static let backslash = UInt8(ascii: "\\")
    static let closeBracket = UInt8(ascii: "]")
    static let caret = UInt8(ascii: "^")
    static let underscore = UInt8(ascii: "_")
    static let backtick = UInt8(ascii: "`")
    static let openBrace = UInt8(ascii: "{")
    static let verticalBar = UInt8(ascii: "|")
    static let closeBrace = UInt8(ascii: "}")
    static let tilde = UInt8(ascii: "~")

    // MARK: - Digits

    static let zero = UInt8(ascii: "0")
    static let one = UInt8(ascii: "1")
    static let two = UInt8(ascii: "2")
    static let three = UInt8(ascii: "3")
    static let four = UInt8(ascii: "4")
    static let five = UInt8(ascii: "5")
    static let six = UInt8(ascii: "6")
    static let seven = UInt8(ascii: "7")
    static let eight = UInt8(ascii: "8")
    static let nine = UInt8(ascii: "9")

    // MARK: - Letters

    static let upperA = UInt8(ascii: "A")
    static let upperB = UInt8(ascii: "B")
    static let upperC = UInt8(ascii: "C")
    static let upperD = UInt8(ascii: "D")
    static let upperE = UInt8(ascii: "E")
    static let upperF = UInt8(ascii: "F")
    static let upperG = UInt8(ascii: "G")
    static let upperH = UInt8(ascii: "H")
    static let upperI = UInt8(ascii: "I")
    static let upperJ = UInt8(ascii: "J")
    static let upperK = UInt8(ascii: "K")
    static let upperL = UInt8(ascii: "L")
    static let upperM = UInt8(ascii: "M")
    static let upperN = UInt8(ascii: "N")
    static let upperO = UInt8(ascii: "O")
    static let upperP = UInt8(ascii: "P")
    static let upperQ = UInt8(ascii: "Q")
    static let upperR = UInt8(ascii: "R")
    static let upperS = UInt8(ascii: "S")
    static let upperT = UInt8(ascii: "T")
    static let upperU = UInt8(ascii: "U")
    static let upperV = UInt8(ascii: "V")
    static let upperW = UInt8(ascii: "W")
    static let upperX = UInt8(ascii: "X")
    static let upperY = UInt8(ascii: "Y")
    static let upperZ = UInt8(ascii: "Z")

    static let lowerA = UInt8(ascii: "a")
    static let lowerB = UInt8(ascii: "b")
    static let lowerC = UInt8(ascii: "c")
    static let lowerD = UInt8(ascii: "d")
    static let lowerE = UInt8(ascii: "e")
    static let lowerF = UInt8(ascii: "f")
    static let lowerG = UInt8(ascii: "g")
    static let lowerH = UInt8(ascii: "h")
    static let lowerI = UInt8(ascii: "i")
    static let lowerJ = UInt8(ascii: "j")
    static let lowerK = UInt8(ascii: "k")
    static let lowerL = UInt8(ascii: "l")
    static let lowerM = UInt8(ascii: "m")
    static let lowerN = UInt8(ascii: "n")
    static let lowerO = UInt8(ascii: "o")
    static let lowerP = UInt8(ascii: "p")
    static let lowerQ = UInt8(ascii: "q")
    static let lowerR = UInt8(ascii: "r")
    static let lowerS = UInt8(ascii: "s")
    static let lowerT = UInt8(ascii: "t")
    static let lowerU = UInt8(ascii: "u")
    static let lowerV = UInt8(ascii: "v")
    static let lowerW = UInt8(ascii: "w")
    static let lowerX = UInt8(ascii: "x")
    static let lowerY = UInt8(ascii: "y")
    static let lowerZ = UInt8(ascii: "z")

    // MARK: - Masks and thresholds

    /// The bit that tells an ASCII letter's cases apart: `byte | asciiCaseBit` lowercases a letter and leaves a
    /// digit as it is (the digits already have it set).
    static let asciiCaseBit: UInt8 = 0x20
    /// The first byte past ASCII: every byte at or above it is part of a multi-byte UTF-8 sequence.
    static let firstNonASCII: UInt8 = 0x80
    /// What `TextNormalizer` folds a letter outside ASCII to, so it still counts as part of a word
    /// (`NormalizedText`); it is `firstNonASCII`, the one non-ASCII byte normalized text holds.
    static let nonASCIILetter: UInt8 = 0x80
    /// A continuation byte is `10xxxxxx`: `byte & continuationMask == continuationMarker`.
    static let continuationMask: UInt8 = 0xC0
    static let continuationMarker: UInt8 = 0x80
    /// The six value bits of a continuation byte.
    static let continuationPayload: UInt8 = 0x3F
    /// The smallest lead byte of a two-, three- and four-byte sequence (`110xxxxx`, `1110xxxx`, `11110xxx`).
    static let twoByteLead: UInt8 = 0xC0
    static let threeByteLead: UInt8 = 0xE0
    static let fourByteLead: UInt8 = 0xF0
    /// The value bits of a two-, three- and four-byte sequence's lead byte.
    static let twoBytePayload: UInt8 = 0x1F
    static let threeBytePayload: UInt8 = 0x0F
    static let fourBytePayload: UInt8 = 0x07
}
