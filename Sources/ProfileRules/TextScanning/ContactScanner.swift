/// The public entry point: finds contact details and off-platform intents in free text.
///
/// One normalisation (`NormalizedText`) feeds every detector, and every match points at the original text (UTF-8
/// offsets), so a profile field, a proposal or any plain text can be scanned the same way.
public enum ContactScanner {
    /// Matches of the requested kinds in `text`, sorted by position.
    public static func scan(_ text: String, for kinds: Set<ContactMatch.Kind> = Set(ContactMatch.Kind.allCases))
        -> [ContactMatch] {
        scan(NormalizedText(text), for: kinds)
    }

    /// Matches of the requested kinds in already normalised text, sorted by position.
    public static func scan(_ text: NormalizedText, for kinds: Set<ContactMatch.Kind>) -> [ContactMatch] {
        guard !text.bytes.isEmpty else { return [] }
        // One token pass, shared by every detector that reads words.
        let tokens = WordTokens(text.bytes)
        var found: [ContactMatch] = []
        let emails = kinds.contains(.email) || kinds.contains(.phone) ? EmailDetector.find(in: text, tokens: tokens) : []
        if kinds.contains(.email) { found += emails }
        if kinds.contains(.phone) {
            // Digits inside an address belong to the address.
            found += PhoneDetector.find(in: text).filter { phone in !emails.contains { $0.range.overlaps(phone.range) } }
        }
        if kinds.contains(.link) { found += LinkDetector.find(in: text) }
        if kinds.contains(.handle) { found += HandleDetector.find(in: text, tokens: tokens) }
        if kinds.contains(.address) { found += AddressDetector.find(in: text, tokens: tokens) }
        for kind in [ContactMatch.Kind.payment, .feedback] where kinds.contains(kind) {
            found += IntentDetector.find(kind, in: text, tokens: tokens)
        }
        return found.sorted { ($0.range.lowerBound, $0.kind.rawValue) < ($1.range.lowerBound, $1.kind.rawValue) }
    }
}
