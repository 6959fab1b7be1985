import Testing

@testable import ProfileRules

/// Negation, policy talk and a word that makes a rail the work cancel a payment or feedback match only inside
/// their own sentence. A scope word right after a full stop ("…skip the fees. I report progress…") used to cancel
/// the fee talk before it: found on the generated benchmark corpus, where 58 planted fee-avoidance sentences
/// vanished beside "I report progress every Monday".
@Suite struct CancellationScopeTests {
    private func payment(_ text: String) -> Bool {
        ContactScanner.scan(text, for: ContactMatch.Kinds(.payment)).contains { $0.kind == .payment }
    }

    @Test(arguments: [
        "I can skip the fees. I report progress every Monday.",
        "Let's skip the fees. Weekly report attached.",
        "Report attached. Pay me via PayPal to skip the fees.",
        "I can skip the fees. Testing is included.",
        "Skip the fees with me. All communication stays on Upwork for the design review.",
    ])
    func aCancellingWordInTheNextOrPreviousSentenceLeavesTheMatch(text: String) {
        #expect(payment(text))
    }

    @Test(arguments: [
        "I build PayPal report dashboards.",
        "I never skip the fees.",
        "All payments stay on Upwork, I never ask to skip the fees.",
    ])
    func aCancellingWordInTheSameSentenceStillCancels(text: String) {
        #expect(!payment(text))
    }
}
