/// Flags messenger and social handles offered as a way to talk.
struct ContactHandleRule: ProfileRule {
    static let description = RuleDescription(
        id: "contact-handle",
        name: "Messenger or social handle",
        category: .termsOfService,
        defaultSeverity: .error,
        rationale: """
            Handles on apps with a messaging tool (Skype, WhatsApp, Telegram, WeChat, Discord, Slack, social \
            networks) are means of direct contact (sources T1, T2, T3, T9). A handle or an \
            invitation to talk there ("WhatsApp me", "add me on Discord") is a finding; a messenger named as a \
            skill or product ("I build Viber chatbots") is not.
            """,
        howToFix: "Remove the handle and the invitation; keep the conversation in Upwork messages.",
        passing: [
            Example(#"{"overview": "I build Viber chatbots and Telegram bots for online shops."}"#),
            Example(#"{"overview": "Moved a 40-person team from Slack to Microsoft Teams."}"#),
            Example(#"{"skills": ["WhatsApp Business API", "Discord.js", "Skype for Business"]}"#),
        ],
        failing: [
            Example(#"{"overview": "↓Skype: live:john.doe_42"}"#),
            Example(#"{"overview": "↓Ping me on Telegram @johndoe_dev or ↓WhatsApp me."}"#),
            Example(#"{"overview": "↓add me on Discord, ↓my WeChat ID is jd_88"}"#),
            Example(#"{"overview": "↓IG: @john.designs; ↓sk ype: johndoe42"}"#),
            Example("↓Find me on ѕkype (dean.malmgren).", format: .text),
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        findings.reportContacts(.handle, in: input) { match in
            "offers a \(match.detail) contact (\(match.quoted)): messenger and social handles are means of direct "
                + "contact, and \(TermsOfServiceReason.contactDetails)"
        }
    }
}
