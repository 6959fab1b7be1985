import Testing

@testable import ProfileRules

/// The mechanisms added for recall on unseen wording (issue 19): each test gives several wordings of one family,
/// none of them a development-set sentence, and the negatives the same mechanism must leave alone.
@Suite struct RecallMechanismTests {
    private func kinds(_ text: String, _ kind: ContactMatch.Kind) -> Bool {
        ContactScanner.scan(text, for: ContactMatch.Kinds(kind)).contains { $0.kind == kind }
    }

    // MARK: - Family 6: the talk moved off the platform with no channel named

    @Test(arguments: [
        "Could we continue the talk off this website?", "Where else can I reach you besides Upwork?",
        "Let's keep chatting away from the platform.", "Is there another way to contact you apart from here?",
        "We should discuss the budget somewhere other than this portal.",
    ])
    func aPlaceWordBeforeThePlatformMovesTheTalk(text: String) {
        #expect(kinds(text, .offPlatform))
    }

    @Test(arguments: [
        "Happy to talk it through offline and then send a summary.", "Let's discuss the rest privately.",
        "I'd rather we chat outside, if that works.", "Shall we take this offline?",
    ])
    func talkMovedWithNoPlaceNamed(text: String) {
        #expect(kinds(text, .offPlatform))
    }

    @Test(arguments: [
        "The app lets users chat offline and sync later.", "I think outside the box when we discuss designs.",
        "I talk to clients privately about sensitive data through Upwork messages.",
        "Let's chat here on Upwork, 20% off the first milestone.", "We chat every morning in the Upwork thread.",
        "I never talk to clients outside Upwork.",
    ])
    func placeWordsThatMoveNothingStaySilent(text: String) {
        #expect(!kinds(text, .offPlatform))
    }

    @Test(arguments: [
        "Can we switch to email for the files?", "Let's continue over phone tomorrow.",
        "gimme ur digits", "Reply with your contact info so I can call.",
    ])
    func aContactWordAfterAMoveOrInChatSpeakAsks(text: String) {
        #expect(kinds(text, .offPlatform))
    }

    @Test(arguments: ["I send a weekly summary by email to every client.", "Our phone support moved to a new vendor."])
    func aContactWordWithNoRequestStaysSilent(text: String) {
        #expect(!kinds(text, .offPlatform))
    }

    // MARK: - Family 4: rails

    @Test(arguments: [
        "Revolut or Wise, up to you", "Skrill / Payoneer are both fine", "Payoneer:jane.demo@example.com",
        "IBAN GB33 BUKB 2020 1555 5555 55", "sort code 12-34-56, acct 12345678",
        "Kindly transfer the balance to my personal account",
    ])
    func railsOfferedAsAChoiceALabelOrAnAccount(text: String) {
        #expect(kinds(text, .payment))
    }

    @Test(arguments: [
        "Built Stripe, PayPal and Pix checkout for a Brazilian shop", "Wise and Revolut statement reports in Excel",
        "QA of GCash and PayMaya deposit flows", "No PayPal, no Zelle: payments stay on Upwork.",
        "Designed Venmo-style split screens for a fintech app", "integrate Payoneer payouts into the app",
    ])
    func railsAsTheWorkOrRefusedStaySilent(text: String) {
        #expect(!kinds(text, .payment))
    }

    // MARK: - Family 5: channels

    @Test(arguments: [
        "Signal works for me", "add me on Slack so we can talk there", "Google Chat is easiest",
        "Facebook Messenger is fine too", "me chama no zap",
    ])
    func channelsWithAnyVerbOrNone(text: String) {
        #expect(kinds(text, .handle))
    }

    @Test(arguments: [
        "Designed Telegram-style chat bubbles", "assets: whatsapp_icon_v3.svg", "Snapchat and TikTok ad creatives",
        "No need for Skype or Zoom, this chat is enough.", "We chat about your goals before the first milestone.",
        "signal processing and noise reduction",
    ])
    func channelsAsModifiersFilesScopeOrDeclinedStaySilent(text: String) {
        #expect(!kinds(text, .handle))
    }

    // MARK: - Family 7: feedback as a plan or a condition

    @Test(arguments: [
        "Five stars and the next revision is on me", "Post a $2 job so I can get my first review",
        "A glowing review gets you a 15% refund", "you review me, I review you",
        "I won't release the source files until you leave a rating", "Bewertung mit 5 Sternen gibt 10 % Rabatt",
    ])
    func feedbackTiedToARewardOrACondition(text: String) {
        #expect(kinds(text, .feedback))
    }

    @Test(arguments: [
        "Free revisions whatever feedback you leave", "I ask every client for honest feedback at the end",
        "Code review and free revisions included", "Reviews: 48 five-star jobs so far",
    ])
    func feedbackWithNoTradeStaysSilent(text: String) {
        #expect(!kinds(text, .feedback))
    }

    // MARK: - Families 1 and 2: addresses from their parts

    @Test(arguments: [
        "Adres: Örnek Sokak No 7, Kadıköy, İstanbul", "Адрес: пер. Тестовый, д. 3, кв. 8",
        "地址：样例大道12号", "Flat 4, Sample Building, 2nd Cross, Demo Nagar", "7 Imaginary Lane, Suite 200",
        "পতা নেই — ঠিকানা: বাসা ১০, লেন ৪, কাল্পনিক থানা",
    ])
    func addressesFromTheirParts(text: String) {
        #expect(kinds(text, .address))
    }

    @Test(arguments: [
        "Address 3 open issues in the backlog", "Flat design for 4 apps, a lot of icons", "Road map: 3 phases",
        "订单号：2024-1130-0088", "I work from a quiet street in Lisbon",
    ])
    func wordsOfAddressesWithoutTheShapeStaySilent(text: String) {
        #expect(!kinds(text, .address))
    }

    // MARK: - Family 3: links

    @Test(arguments: ["портфолио: https://студия.тестовый", "作品：https://设计.新域名/作品", "https://مثال.نطاق"])
    func aSchemeMakesALinkWhateverItsScriptsTopLevelDomain(text: String) {
        #expect(kinds(text, .link))
    }

    @Test(arguments: ["студия.тестовый без схемы", "設計.新域名"])
    func anUnknownTopLevelDomainInAnotherScriptNeedsAScheme(text: String) {
        #expect(!kinds(text, .link))
    }

    @Test func aBareNumberInsideAnAddressIsNoPhone() {
        let matches = ContactScanner.scan("Endereço: Rua Exemplo, 12, Bairro Teste, Recife – PE, 50000-000")
        #expect(matches.contains { $0.kind == .address })
        #expect(!matches.contains { $0.kind == .phone })
    }

    // MARK: - Session 5: negation that belongs to the match's own words or clause

    @Test(arguments: [
        "Review swaps are not something I do.", "Rating swaps aren't how I work.",
        "Chhoot review ke badle nahi milegi.", "Discount rating ke badle nahi dunga.",
        "Payments outside the platform aren't something I take.",
    ])
    func aNegationOfTheTradeItselfCancelsIt(text: String) {
        #expect(!kinds(text, .feedback) && !kinds(text, .payment))
    }

    @Test(arguments: [
        "Let's swap numbers so we don't lose touch.",
        "Take the rest of the work off-platform so neither of us pays the fee.",
        "If you don't post a good review I will open a dispute.",
    ])
    func aNegationInAPurposeOrConditionClauseKeepsTheMatch(text: String) {
        #expect(kinds(text, .offPlatform) || kinds(text, .payment) || kinds(text, .feedback))
    }

    // MARK: - Session 5: feedback by reciprocity, by a lever named by its version, by a reward a clause later

    @Test(arguments: [
        "I give 5 stars if you give 5 stars.", "You get the full version once the review is posted.",
        "Leave feedback now and I'll add a month of free support.",
    ])
    func feedbackTiedByReciprocityOrALever(text: String) {
        #expect(kinds(text, .feedback))
    }

    @Test(arguments: [
        "I deliver the files after the milestone is approved, and feedback is up to you.",
        "Your feedback matters, and if you are happy a review helps other clients.",
    ])
    func aConditionOnSomethingElseLeavesFeedbackAlone(text: String) {
        #expect(!kinds(text, .feedback))
    }

    // MARK: - Session 5: channels spelt with dots, glued to another script, asked about, in another clause

    @Test(arguments: [
        "t.e.l.e.g.r.a.m me tonight", "有Skype吗？", "Do you have Signal? Message me there.",
        "Let's use Skype, the audio there is clearer.", "WA: 0300 5550142",
    ])
    func channelsBeyondTheirPlainName(text: String) {
        #expect(kinds(text, .handle))
    }

    @Test(arguments: [
        "Built a Zoom, Teams and Meet integration.", "Line charts, signal processing, snap-to-grid.",
        "Google Meet add-on for meeting notes in Apps Script.",
    ])
    func channelsAsTheWorkStaySilent(text: String) {
        #expect(!kinds(text, .handle))
    }

    // MARK: - Session 5: payment by account, by contrast, by cash or wire

    @Test(arguments: [
        "I'll share my UPI ID once you confirm.", "Half paid on Upwork now, but the rest straight to me.",
        "Pay the balance in cash at the handover.", "I'd rather bill you myself instead of going through Upwork.",
    ])
    func paymentByAccountContrastOrCash(text: String) {
        #expect(kinds(text, .payment))
    }

    @Test(arguments: [
        "I reconcile Zelle and Venmo deposits in QuickBooks.", "Cash flow models and wire frames for a fintech.",
    ])
    func railsAsBookkeepingStaySilent(text: String) {
        #expect(!kinds(text, .payment))
    }

    // MARK: - Session 5: digit runs that are no phone numbers

    @Test(arguments: [
        "Unix timestamps 1700000000 and 1710000000", "Shipped 2024-1130-0088 today", "CEP 01000-000",
        "〒100-0001 東京都", "P.O. Box 12345-00100",
    ])
    func timestampsOrderNumbersAndPostcodesAreNoPhones(text: String) {
        #expect(!kinds(text, .phone))
    }
}
