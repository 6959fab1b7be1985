/// Flags messenger and social handles offered as a way to talk.
struct ContactHandleRule: ProfileRule {
    static let description = RuleDescription(
        id: "contact-handle",
        name: "Messenger or social handle",
        category: .termsOfService,
        defaultSeverity: .error,
        rationale: """
            Handles on apps with a messaging tool (Skype, WhatsApp, Telegram, WeChat, Discord, Slack, social \
            networks) are means of direct contact (sources T1, T2, T3, T9). Covered (issue 19 \
            family 5, in every language of the lexicon): a handle after a channel's name; a messenger or call app \
            named as a way to talk with any verb or none ("Telegram is fine by me", "a quick Google Meet", \
            "escríbeme por WhatsApp", "加我微信"); channels whose name is also a word (LINE, Signal, Teams, Zoom) \
            beside another channel, after "on"/"via" with a verb, or written as the brand writes it with a verb \
            after ("Signal works for me"); social networks with an invitation ("find me \
            on LinkedIn"); video-call links (Zoom, Google Meet, Teams, Jitsi rooms); names disguised by digits, \
            symbols, spacing or look-alike letters (te1egram, whats4pp, d!sc0rd, s k y p e, a Cyrillic ѕ) or \
            misspelt (watsapp, whatsaap, whtsapp), or spelt with dots (w.h.a.t.s.a.p.p, S.i.g.n.a.l); a name glued to \
            a script written without spaces ("有Telegram吗", "Zoomで"); a word-like channel as a label with its \
            detail ("WA: 0300…") or asked about ("Do you have LINE?"); a network with a talking word after it \
            ("Instagram DM"); a question particle is no negation ("Anh có Telegram không?"). \
            Exceptions: a channel named as a skill or product ("Telegram bot developer", "WhatsApp API \
            integration", "discord.js", "Snapchat ad creatives", "KakaoTalk sticker packs"; a scope word beside a \
            list covers every name in it, while a scope word in the next clause does not: "switch to Zoom, the \
            screen sharing there is better" is an invitation), a name glued into a compound, a file or a domain ("Telegram-like", \
            "skype_icon.svg", "whatsapp-tours.example.org"; a suspended compound, "Zoom- und Teams-Integrationen", \
            but not an account's compound, "Skype-Name"), a channel declined ("no need for Telegram") or refused by a \
            clause-initial "no" ("No Skype, no Zoom", "Nope, no WhatsApp"), "we chat" as two words, negation, \
            refusals and policy talk ("I don't use WhatsApp with clients", "a client asked me to continue on \
            WhatsApp and I declined").
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
