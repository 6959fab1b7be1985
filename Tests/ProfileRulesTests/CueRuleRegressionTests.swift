import Testing

@_spi(Benchmarks) @testable import ProfileRules

/// The mechanisms added for Round3's and Round4's miss families (issue 19, session 6): each test gives several
/// wordings of one family, none of them an evaluation sentence, and the negatives the same mechanism must leave alone.
@Suite struct CueRuleRegressionTests {
    private func fires(_ text: String, _ kind: ContactMatch.Kind) -> Bool {
        ContactScanner.scan(text, for: ContactMatch.Kinds(kind)).contains { $0.kind == kind }
    }

    // MARK: - Refusals: "no" at a clause start, refusing and reporting

    @Test(arguments: [
        "No Viber, no Discord before the contract starts.", "Sorry, no Telegram: this chat works for me.",
        "No PayPal, no Zelle — the escrow keeps us both safe.",
        "A client asked me to switch to Skype and I declined.",
        "Someone asked me to send the deposit by Venmo, which I refused.",
    ])
    func aRefusalCancelsTheNameItRefuses(text: String) {
        #expect(!fires(text, .handle) && !fires(text, .payment))
    }

    /// After a comma, Portuguese "no" (in the) names the place; a refusal there keeps a refusal's shape: a one-word
    /// clause before it or a list of refusals (session 7: "Fale comigo, no WhatsApp." had fallen silent).
    @Test(arguments: [
        ("Me paga o saldo semana que vem, no Pix.", ContactMatch.Kind.payment),
        ("Manda a proposta completa amanhã, no WhatsApp.", .handle),
        ("A gente conversa melhor à noite, no Telegram.", .handle),
    ])
    func aPortugueseNoAfterACommaNamesThePlace(text: String, kind: ContactMatch.Kind) {
        #expect(fires(text, kind))
    }

    @Test(arguments: [
        "Honestly, no Signal: I keep every thread here.", "Nope, no Wise, no PayPal, milestones only.",
        "Thanks, but no, no Skype calls before the contract.",
    ])
    func aRefusalAfterACommaKeepsItsShape(text: String) {
        #expect(!fires(text, .handle) && !fires(text, .payment))
    }

    // MARK: - Session 7: talking aimed at a person, moved by a manner word

    /// A manner word ("directly", "privately", "offline") moves talking aimed at the reader or the writer, or
    /// proposed with "let's", even where the clause goes on; talking about others needs it to close the clause.
    @Test(arguments: [
        "Reach me privately for the pricing details.", "Could I call you directly about the budget tomorrow?",
        "Let's talk offline about the launch plan.",
    ])
    func addressedTalkMovedByAMannerWordIsOffPlatform(text: String) {
        #expect(fires(text, .offPlatform))
    }

    @Test(arguments: [
        "I communicate directly with stakeholders every week.", "I talk privately with each team lead before sprints.",
        "Contact me directly through Upwork messages.",
    ])
    func talkAboutOthersOrOnThePlatformStaysClean(text: String) {
        #expect(!fires(text, .offPlatform))
    }

    @Test(arguments: [
        ("fala comigo no Telegram", ContactMatch.Kind.handle), ("Venmo is fine, no fees that way", .payment),
        ("No final source files until you post the rating.", .feedback),
    ])
    func aNoThatLeavesOutTheFeeOrHoldsTheWorkStillFires(text: String, kind: ContactMatch.Kind) {
        #expect(fires(text, kind))
    }

    /// "Before a contract I never…": a time word before a noun phrase is no condition owning the negation.
    @Test func aTimePrepositionDoesNotOwnTheNegationAfterIt() {
        #expect(!fires("Before the contract I never hop on calls outside Upwork.", .payment))
    }

    // MARK: - Payment: the platform negated, a lower price for going outside

    /// Only a route makes the negated platform the other place (review of session 6).
    @Test(arguments: [
        "I'm not on Upwork 24/7, but I reply to every message within a day.",
        "Not on the platform on weekends, but messages get answered Monday.",
    ])
    func aNegatedPlatformWithoutARouteIsNoOtherPlace(text: String) {
        #expect(!fires(text, .offPlatform) && !fires(text, .payment))
    }

    /// A negated inside word with no rail in the sentence: the default (prefiltered) scan must find what the whole
    /// scan finds (review of session 6: the prefilter's rules knew the negated inside only beside a rail).
    @Test(arguments: [
        "I'll pay the balance later, not through Upwork.", "Let's keep talking, not through Upwork.",
        "I'll pay you the rest later, not via Upwork.",
    ])
    func aNegatedInsideWithoutARailIsFoundPrefilteredToo(text: String) {
        // Something to find, so that equal scans cannot be two empty ones.
        #expect(!ContactScanner.scan(text, for: .all, prefiltered: false).isEmpty)
        for kinds in [ContactMatch.Kinds.all, ContactMatch.Kinds(.payment), ContactMatch.Kinds(.offPlatform)] {
            #expect(
                ContactScanner.scan(text, for: kinds, prefiltered: true)
                    == ContactScanner.scan(text, for: kinds, prefiltered: false), "\(text) for \(kinds)")
        }
    }

    @Test(arguments: [
        "Send the tip to my Skrill, not through Upwork.", "Put the bonus on my Revolut, not through the platform.",
    ])
    func aNegatedInsidePlaceIsTheOtherPlace(text: String) {
        #expect(fires(text, .payment))
    }

    @Test(arguments: [
        "Off Upwork I can give you a 15% discount.", "Sin Upwork te sale más barato.",
        "Ohne Upwork wird es günstiger für Sie.", "Outside this platform my rate is cheaper.",
    ])
    func aLowerPriceForGoingOutsidePays(text: String) {
        #expect(fires(text, .payment))
    }

    @Test(arguments: [
        "Outside office hours I give a small discount on rush fixes.",
        "Long-term clients on Upwork get a lower rate after three months.",
    ])
    func aLowerPriceWithNoPlatformLeftStaysSilent(text: String) {
        #expect(!fires(text, .payment))
    }

    /// Paying and talking moved together are both findings; "continue" beside paying is the deal, not the talk.
    @Test func talkingAndPayingOutsideAreTwoFindings() {
        let text = "Let's chat outside Upwork and I'll pay you directly."
        #expect(fires(text, .payment) && fires(text, .offPlatform))
        #expect(!fires("We can continue off Upwork and you pay me directly.", .offPlatform))
    }

    // MARK: - Requests for the other side's contact

    /// A verb-final ask is not hidden by a nearer verb-final condition (`near(index, .verbFinal, …)` found the
    /// condition 後 first and gave up).
    @Test func aVerbFinalAskAfterAVerbFinalConditionAsks() {
        #expect(fires("電話番号を後で教えて", .offPlatform))
    }

    /// A request stands beside a detail; an offer of one's own ("email me at …") is the detail's finding.
    @Test func aRequestBesideADetailIsKept() {
        let request = ContactScanner.scan("Can I have your email? Mine is lee@example.org.")
        #expect(request.contains { $0.kind == .offPlatform } && request.contains { $0.kind == .email })
        #expect(!ContactScanner.scan("Email me at lee@example.org.").contains { $0.kind == .offPlatform })
    }

    @Test(arguments: ["ur email pls", "your number plz, I'll explain there"])
    func pleaseAfterTheirContactAsks(text: String) {
        #expect(fires(text, .offPlatform))
    }

    @Test(arguments: [
        "Is the phone on your desk working?", "Your clients' email addresses stay in the CRM.",
    ])
    func anotherOwnersContactIsNoRequest(text: String) {
        #expect(!fires(text, .offPlatform))
    }

    // MARK: - Channels: compounds, small capitals

    @Test func aSuspendedCompoundIsAModifierAndAnAccountCompoundIsTheAccount() {
        #expect(!fires("Wir bauen Viber- und Discord-Bots für Shops.", .handle))
        #expect(fires("Meine Telegram-ID schicke ich gleich.", .handle))
    }

    @Test func smallCapitalsFoldToLetters() {
        #expect(fires("ᴡʜᴀᴛꜱᴀᴘᴘ me for the files", .handle))
    }

    // MARK: - Phones and links

    @Test(arguments: ["Case 2025-8812 is closed in the workroom.", "pedido 2025-77310, todo en Upwork"])
    func aYearStampedSerialIsNoPhone(text: String) {
        #expect(!fires(text, .phone))
    }

    @Test(arguments: [
        "portfolio: https://xn--80ak6aa92e.xn--p1ai/work", "see www.mira-studio.example for prices",
        "https://lena.test/about has the case studies",
    ])
    func linksOnPunycodeAndReservedTopLevelDomains(text: String) {
        #expect(fires(text, .link))
    }

    @Test(arguments: ["version 2.test passed", "the www.acme brand book"])
    func dottedWordsWithoutASchemeStayWords(text: String) {
        #expect(!fires(text, .link))
    }
}
