import ProfileModel

/// Options for rules that cap a text field's length.
public struct LengthLimitOptions: RuleOptions {
    /// The most characters allowed.
    public var maxCharacters: Int
    public init() { maxCharacters = 0 }
    init(maxCharacters: Int) { self.maxCharacters = maxCharacters }
}

extension FindingCollector {
    /// Reports `field` when it is longer than `limit` characters, pointing at the first character past the limit.
    mutating func reportIfLonger(_ field: Field<String>?, than limit: Int, what: String, why: String) {
        guard let field, limit > 0, let offset = TextMeasure.utf8Offset(ofCharacter: limit, in: field.value) else {
            return
        }
        let count = TextMeasure.characters(field.value)
        report(
            "\(what) is \(Wording.count(count, "character")); \(why) (\(Wording.number(count - limit)) over)",
            in: field,
            valueRange: offset..<field.value.utf8.count)
    }
}
