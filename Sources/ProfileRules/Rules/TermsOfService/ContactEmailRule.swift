/// Flags e-mail addresses, however they are disguised.
struct ContactEmailRule: ProfileRule {
    static let description = RuleDescription(
        id: "contact-email",
        name: "E-mail address",
        category: .termsOfService,
        defaultSeverity: .error,
        rationale: """
            An e-mail address is a means of direct contact, which Upwork forbids in profiles and in proposals \
            before a contract starts (sources T1, T2, T8, T9). Disguises do not help: \
            `john [at] gmail [dot] com`, spaced letters, look-alike or full-width characters and invisible \
            characters are all read as the address they spell. An address glued to a label or another script is \
            found too (邮箱：x@example.cn, E-mail-x@example.org, (x@example.com)). Exceptions: `@` in code and \
            names (@mention, Folding@Home, npm scopes), and "at" between an ordinary word and a site ("my page at \
            acme.com", "case studies at blog.acme.io"), which is a link, not an address.
            """,
        howToFix: "Remove the address; clients reach you through Upwork messages until a contract starts.",
        passing: [
            Example(#"{"overview": "Reach me through Upwork messages; I reply within the hour."}"#),
            Example(#"{"overview": "I worked at Google for five years and met him at home."}"#),
            Example(#"{"overview": "Built the Folding@Home dashboard and a @mention parser."}"#),
            Example("Happy to share samples here on Upwork.", format: .text),
            Example("My portfolio at studio.acme.com.au and case studies at blog.acme.io.", format: .text),
        ],
        failing: [
            Example(#"{"overview": "Write to ↓john.doe@gmail.com for details."}"#),
            Example(#"{"overview": "reach me: ↓john [at] gmail [dot] com"}"#),
            Example(#"{"overview": "Mail ↓john at gmail dot com or ↓ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ"}"#),
            Example(#"{"overview": "↓j o h n @ g m a i l . c o m"}"#),
            Example(#"{"title": "iOS developer ↓jοhn@gmаil.com"}"#),
            Example("Contact: ↓alice@\u{200B}example.com\nor ↓Gmail: alice.w42", format: .text),
            Example("邮箱：↓zhang.wei@example.com (↓jo@example.org)", format: .text),
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        findings.reportContacts(.email, in: input) { match in
            "offers an e-mail address (\(match.quoted)): \(TermsOfServiceReason.contactDetails)"
        }
    }
}
