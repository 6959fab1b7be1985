/// One contact detail or off-platform intent found in a text.
public struct ContactMatch: Sendable, Hashable {
    /// What was found.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case email, phone, link, handle, address, payment, feedback
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
    public init(kind: Kind, range: Range<Int>, text: String, value: String, detail: String = "",
                strength: Strength = .strong) {
        self.kind = kind
        self.range = range
        self.text = text
        self.value = value
        self.detail = detail
        self.strength = strength
    }
}
