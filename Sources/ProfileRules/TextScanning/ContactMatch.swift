/// One contact detail or off-platform intent found in a text.
public struct ContactMatch: Sendable, Hashable {
    /// What was found.
    public enum Kind: UInt8, Sendable, Hashable, CaseIterable {
        case email, phone, link, handle, address, payment, feedback, offPlatform
    }

    /// A set of kinds as one bitmask: a scan asks for several, and building or hashing a `Set` per text cost more
    /// than the look-ups it answered (issue 16).
    public struct Kinds: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public init(_ kind: Kind) { rawValue = 1 << UInt16(kind.rawValue) }

        public static let email = Kinds(.email)
        public static let phone = Kinds(.phone)
        public static let link = Kinds(.link)
        public static let handle = Kinds(.handle)
        public static let address = Kinds(.address)
        public static let payment = Kinds(.payment)
        public static let feedback = Kinds(.feedback)
        public static let offPlatform = Kinds(.offPlatform)
        public static let all: Kinds = [.email, .phone, .link, .handle, .address, .payment, .feedback, .offPlatform]

        @inline(__always) public func contains(_ kind: Kind) -> Bool { rawValue & (1 << UInt16(kind.rawValue)) != 0 }
    }

    /// How sure the detector is: a `weak` match (a bare digit run, a portfolio link) is worth a warning only.
    public enum Strength: Sendable, Hashable {
        case strong, weak
    }

    public var kind: Kind
    /// UTF-8 offsets in the original text.
    public var range: Range<Int>
    /// The original text of `range`.
    public var text: String
    /// The detail read back: `john@gmail.com`, `+14155552671`, `t.me/john`, `Skype`, the matched phrase.
    public var value: String
    /// What sort of thing it is, for messages: "Telegram chat link", "link shortener", "PayPal".
    public var detail: String
    public var strength: Strength

    /// Creates a match.
    public init(
        kind: Kind, range: Range<Int>, text: String, value: String, detail: String = "",
        strength: Strength = .strong
    ) {
        self.kind = kind
        self.range = range
        self.text = text
        self.value = value
        self.detail = detail
        self.strength = strength
    }
}
