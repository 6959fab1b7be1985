/// Flags asking or offering to pay or be paid outside the platform.
struct OffPlatformPaymentRule: ProfileRule {
    static let description = RuleDescription(
        id: "off-platform-payment",
        name: "Off-platform payment",
        category: .termsOfService,
        defaultSeverity: .error,
        rationale: """
            Paying or being paid outside Upwork for work that started there, or even asking or offering to, is \
            circumvention (sources T6, T7, T13, T5): PayPal, Payoneer, Wise, bank transfer, \
            crypto or Western Union directly, "outside Upwork", "skip the fees", "work directly after this \
            contract", "invoice you directly". It costs badges for six months (B5) and can suspend the account. \
            Building payment systems ("set up Stripe and Square checkout") or billing through Upwork's own \
            contracts is not a finding.
            """,
        howToFix: "Remove the offer; all payment for work found on Upwork goes through Upwork for 24 months (T6).",
        passing: [
            Example(#"{"overview": "I set up Stripe and Square checkout for online shops and integrated PayPal."}"#),
            Example(#"{"overview": "Billing through the platform's hourly contracts; I never take payment outside Upwork."}"#),
            Example(#"{"overview": "I withdraw my earnings to Payoneer."}"#),
        ],
        failing: [
            Example(#"{"overview": "Happy to start — ↓pay me via PayPal."}"#),
            Example(#"{"overview": "Let's ↓continue outside Upwork and ↓skip the fees."}"#),
            Example(#"{"overview": "We can ↓work directly after this contract; I'll ↓invoice you directly."}"#),
            Example("Hi!\nFor larger jobs ↓pay via Wise.", format: .text),
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        findings.reportContacts(.payment, in: input) { match in
            "asks or offers \(match.detail) (\(match.quoted)): paying or being paid outside Upwork, or even "
                + "offering it, breaks Upwork's Terms of Service (T6)"
        }
    }
}
