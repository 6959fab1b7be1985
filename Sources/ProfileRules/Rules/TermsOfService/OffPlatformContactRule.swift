/// Flags asking for the other side's contact details, or moving the conversation off Upwork with no channel named.
struct OffPlatformContactRule: ProfileRule {
    static let description = RuleDescription(
        id: "off-platform-contact",
        name: "Off-platform contact",
        category: .termsOfService,
        defaultSeverity: .error,
        rationale: """
            Upwork bans asking for contact details as well as sharing them, and keeping pre-contract talk on Upwork \
            is the rule (sources T1, T2, T15). This rule covers what the detail rules cannot \
            see: a request for the other side's contact ("drop me your digits", "share your mail id", "¿me pasas \
            tu número?", chat-speak such as "gimme ur numbr"), an offer of one's own with no detail yet ("I can send \
            you my number"), the talk moved to a generic channel ("can we switch to email?"), and the talk moved \
            elsewhere with no channel named: a place word before the platform ("continue this conversation \
            elsewhere", "chat off the site", "besides Upwork", "apart from here") or a talking word with "offline", \
            "privately", "directly", "in private" or "outside" closing the clause ("let's take this offline", "can I \
            contact you directly?", "write me directly, not through the site"), another messenger or a better way \
            to reach the reader than here, a contact noun wanted to reach the reader by ("a number where I can \
            reach you"), an exchange of numbers ("let's swap numbers so we don't miss each other"), a request to be \
            phoned ("ring me", "on the phone"), a talking verb to the writer before the reader's detail ("DM me your \
            contact details"), one wanted with the verb after ("got an email I can send the brief to?"), a postal address asked for ("your mailing \
            address"), the reader reached "personally", talk moved outside of Upwork's own chat ("outside of Upwork \
            Messages"), in the languages of the lexicon (with inflected forms such as "numaranızı", "електронну \
            пошту"). Exceptions: "text me" or \
            "message me" or "call me" with no channel named (that is Upwork's own messaging and calls), a call \
            through Upwork, an IP or wallet address, "outside" or "offline" that moves \
            nothing ("works offline", "outside the box"), working or reporting directly ("you will work directly \
            with our designer"), a talk kept on Upwork ("here on Upwork"); a detail given in the same place is \
            reported by its own rule (contact-email, contact-phone, …), but a request for the other side's beside \
            it is reported too ("What's your number? Mine is …"); someone else's contact is no request ("your \
            clients' emails", "the contact on your team"); an invitation naming a messenger is \
            contact-handle; negation and policy talk ("I never move clients off Upwork", "the terms forbid sharing \
            email") are not findings.
            """,
        howToFix: "Keep the conversation in Upwork messages until a contract starts; ask nothing the rules forbid.",
        passing: [
            Example(#"{"overview": "I never move the conversation off Upwork, and I don't ask for your email."}"#),
            Example(#"{"overview": "Upwork's terms forbid sharing phone numbers before a contract."}"#),
            Example(#"{"overview": "Outside of work I enjoy hiking."}"#),
        ],
        failing: [
            Example(#"{"overview": "Please ↓share your mail id so we can talk."}"#),
            Example(#"{"overview": "Happy to continue this ↓conversation elsewhere."}"#),
            Example("Hola, ¿↓me pasas tu número?", format: .text),
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        findings.reportContacts(.offPlatform, in: input) { match in
            "\(match.detail) (\(match.quoted)): asking for contact details or moving the talk off Upwork before a "
                + "contract breaks Upwork's Terms of Service (T1, T2)"
        }
    }
}
