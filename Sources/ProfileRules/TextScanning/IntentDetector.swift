/// Finds intents written as phrases: off-platform payment and feedback manipulation (`IntentPhrases`).
enum IntentDetector {
    static let payment = PhraseSet(
        IntentPhrases.payment, lists: IntentPhrases.lists,
        negators: IntentPhrases.negators.union(IntentPhrases.productWords))
    static let feedback = PhraseSet(
        IntentPhrases.feedback,
        lists: IntentPhrases.lists.merging(IntentPhrases.rewardAndPraise) { $1 },
        negators: IntentPhrases.negators)
    /// Payment methods by folded name, for naming the method in a message.
    private static let methodNames: WordTable<String> = [
        "paypal": "PayPal", "payoneer": "Payoneer", "wise": "Wise", "transferwise": "Wise", "crypto": "crypto",
        "bitcoin": "Bitcoin", "btc": "Bitcoin", "usdt": "USDT", "western": "Western Union", "venmo": "Venmo",
        "zelle": "Zelle", "skrill": "Skrill", "revolut": "Revolut", "bank": "bank transfer", "wire": "wire transfer",
    ]

    static func find(_ kind: ContactMatch.Kind, in text: NormalizedText, tokens: WordTokens) -> [ContactMatch] {
        let set: PhraseSet
        switch kind {
        case .payment: set = payment
        case .feedback: set = feedback
        default: return []
        }
        return set.matches(in: tokens).map { range, label in
            let folded = tokens.span(range)
            var detail = label
            if label == "payment by" {
                let method = range.lazy.compactMap { tokens.value($0, in: methodNames) }.first ?? "an outside method"
                detail = "payment by " + method + " directly"
            }
            return ContactMatch(
                kind: kind, range: text.originalRange(of: folded), text: text.originalText(of: folded),
                value: text.string(folded), detail: detail)
        }
    }
}
