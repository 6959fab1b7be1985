/// Flags asking or offering to pay or be paid outside the platform.
struct OffPlatformPaymentRule: ProfileRule {
    static let description = RuleDescription(
        id: "off-platform-payment",
        name: "Off-platform payment",
        category: .termsOfService,
        defaultSeverity: .error,
        rationale: """
            Paying or being paid outside Upwork for work that started there, or even asking or offering to, is \
            circumvention (sources T6, T7, T13, T5); it costs badges for six months (B5) and \
            can suspend the account. Covered (issue 19 family 4, in every language of the lexicon): a payment rail \
            named with a paying, accepting or "directly" word (PayPal, Payoneer, Wise, bank or wire transfer, \
            IBAN/SWIFT/routing numbers, Western Union, MoneyGram, Zelle, Interac, Venmo, Cash App, Skrill, Revolut, \
            UPI, Paytm, GCash, bKash, JazzCash, Easypaisa, M-Pesa, Pix, Alipay, WeChat Pay, crypto by name); a crypto \
            wallet address by its shape (Bitcoin, Ethereum/ERC-20, USDT-TRC20); two rails offered as a choice \
            ("Zelle or Venmo"); a rail as a label with its value ("PayPal: ana@…"); an account identifier with its \
            digits ("IBAN DE43 1234…", "sort code 00-00-00"); paying outside or directly with no \
            rail ("pay me outside", "págame por fuera"); avoiding the platform's fee ("we both keep the commission", \
            "without the middleman", "a Direct Contract to save fees", "it takes a huge cut"); a paying verb in any \
            form (pay, wire, settle, transfer, deposit, invoice, charge) with the writer's own account ("to my \
            account", "straight to me", "into my checking account"), the escrow or contract left out ("bypass the \
            escrow", "paid outside the contract"), cash, cheques and money orders ("in cash", "by wire"); a rail \
            asked about ("Do you have PayPal?"); a rail's account given or asked for ("I'll share the UPI ID", "my \
            Pix key", "my till number", "acct no."); the rest moved off after a part paid on Upwork ("half on \
            Upwork, the rest straight to me"); the platform set aside ("instead of going through Upwork"); money \
            settled "between us"; a rail as a light verb ("paytm kar do"); the platform negated as the place ("to \
            my Payoneer, not through Upwork"); a lower price for going outside ("off Upwork I can give you 15% off", \
            "без Upwork дешевле"). Exceptions: a rail or crypto named as skill scope ("knowledge of ERC20 and ERC721 \
            smart contracts", "experience with token standards", "DeFi audits"), a rail named as the work \
            ("integrate Payoneer payouts", "PayPal checkout", "GCash payment screens", "Western Union remittance \
            reports"; a scope word beside a list covers every rail in it), a rail glued into a compound \
            ("Venmo-style"), rails as bookkeeping ("I reconcile Zelle and Venmo deposits in QuickBooks"), payment \
            through Upwork ("all payments stay on Upwork", "Upwork escrow only", "payment protection"), "payment \
            terms" (no policy talk), negation and policy talk ("I never accept payment outside Upwork", "No PayPal, \
            no bank transfers", "payments outside the platform aren't something I do"; a negation in a purpose \
            clause after the offer, "so neither of us pays the fee", or before a "but", does not cancel it), \
            refusals and reports ("a client asked me to pay by wire and I declined", "eu recuso", "我一律拒绝"), a \
            lower price with no platform left ("outside office hours I give a discount").
            """,
        howToFix: "Remove the offer; all payment for work found on Upwork goes through Upwork for 24 months (T6).",
        passing: [
            Example(#"{"overview": "I set up Stripe and Square checkout for online shops and integrated PayPal."}"#),
            Example(
                #"{"overview": "Billing through the platform's hourly contracts; I never take payment "#
                    + #"outside Upwork."}"#),
            Example(#"{"overview": "I withdraw my earnings to Payoneer."}"#),
        ],
        failing: [
            Example(#"{"overview": "Happy to start — ↓pay me via PayPal."}"#),
            Example(#"{"overview": "Let's ↓work outside Upwork and ↓skip the fees."}"#),
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
