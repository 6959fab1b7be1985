import ProfileModel

/// Flags links in free text: websites, social profiles, messenger and booking links, shorteners.
struct ContactLinkRule: ProfileRule {
    static let description = RuleDescription(
        id: "contact-link",
        name: "Link",
        category: .termsOfService,
        defaultSeverity: .error,
        rationale: """
            A link that leads to contact details is itself a means of direct contact (sources \
            T1, T2, T4): social profiles, messenger deep links (t.me, wa.me, m.me, discord.gg, join.skype.com), \
            booking pages (Calendly), contact forms, shorteners that hide their target, and personal sites that \
            show an address. Links to work samples (GitHub, Behance, Dribbble…) are a grey area (T10) and only a \
            warning. A portfolio item's own URL field is where a link belongs and is not checked; technology names \
            shaped like domains (Next.js, ASP.NET, Socket.io) are not links.
            """,
        howToFix: """
            Remove the link from the text. Put work samples in portfolio items, and keep contact pages and \
            messengers out until a contract starts.
            """,
        passing: [
            Example(#"{"overview": "I build with Next.js, Chart.js, Three.js and .NET MAUI; ASP.NET backends."}"#),
            Example(#"{"overview": "See my Upwork profile: https://www.upwork.com/freelancers/~01abc"}"#),
            Example(#"{"portfolio": [{"title": "Shop", "url": "https://shop.example.com"}]}"#),
            Example(#"{"certifications": [{"name": "PSM I", "issuer": "Scrum.org"}]}"#),
            Example(#"{"overview": "I shipped it and it worked.Design matters to me."}"#),
        ],
        failing: [
            Example(#"{"overview": "Portfolio: ↓https://johndoe.dev/work and ↓johndoe.studio"}"#),
            Example(#"{"overview": "Chat: ↓t.me/johndoe_dev or ↓wa.me/14155552671"}"#),
            Example(#"{"overview": "Book a call: ↓calendly.com/johndoe/30min"}"#),
            Example(#"{"overview": "My site: ↓studio-name dot net"}"#),
            Example(#"{"overview": "Code samples at ↓github.com/johndoe"}"#),
        ]
    )

    var options = NoOptions()

    /// Fields that hold a name, where a bare `name.tld` is a company or issuer, not a link (`Booking.com`).
    static let nameFields = ["/company", "/issuer", "/school"]

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        findings.reportContacts(.link, in: input, skip: { match, field in
            Self.nameFields.contains { field.pointer.hasSuffix($0) } && !match.value.contains("/")
                && !match.text.lowercased().hasPrefix("http") && !match.text.lowercased().hasPrefix("www")
        }, message: { match in
            switch match.detail {
            case "website":
                "links to a website (\(match.quoted)): a site that shows contact details is a means of direct "
                    + "contact, and \(TermsOfServiceReason.contactDetails)"
            case _ where match.strength == .weak:
                "links to \(match.detail) (\(match.quoted)): outside work-sample links are a grey area (T10); keep "
                    + "contact details off the linked page and prefer portfolio items"
            default:
                "links to a \(match.detail) (\(match.quoted)): \(TermsOfServiceReason.contactDetails)"
            }
        })
    }
}
