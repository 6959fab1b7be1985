import ProfileModel

/// Flags links in free text, graded by what the host is: a contact channel, another site, or a work sample.
struct ContactLinkRule: ProfileRule {
    static let description = RuleDescription(
        id: "contact-link",
        name: "Link",
        category: .termsOfService,
        defaultSeverity: .error,
        rationale: """
            A link that leads to contact details is itself a means of direct contact (sources \
            T1, T2, T4). Each link is graded by its host, and the message says which class it fell in. Error: \
            direct-contact channels, i.e. messenger deep links (t.me, wa.me, m.me, discord.gg, join.skype.com), call \
            links (Zoom, Google Meet, Teams), booking pages (Calendly, cal.com), contact forms (Typeform, Google \
            Forms), social and professional profiles (LinkedIn, Facebook, Instagram, X; a LinkedIn and a Calendly \
            link drew a Terms-of-Service notice, market-2026-12.md §2 row 16), shorteners and link-in-bio pages that \
            hide their target, and mailto:/tel: links. Warning: any other site, since a personal or client site can \
            identify you indirectly (UA §7.2, T4). Info: known work-sample hosts (Behance, Dribbble, Figma, Adobe XD, \
            GitHub, GitLab, CodePen, Pixieset, cloud-drive previews…), which a moderator allows (T10). A portfolio \
            item's own URL field is where a link belongs and is not checked at all. Links are found after a scheme, \
            after www., or as a bare name on a delegated top-level domain, including internationalised domains \
            (пример.рф, 例子.中国, punycode xn--…), short country codes after a scheme (https://jane.am), \
            multi-label names (acme.co.uk) and links glued to a label or another script (WEB:https://…, \
            网站：acme.cn). Exceptions: links to Upwork itself; technology names shaped like domains (Next.js, \
            ASP.NET, Socket.io); file names (setup.py) and a missing space after a full stop (done.Design); names in \
            company, issuer and school fields (Booking.com). Options: contact_hosts, site_hosts and \
            work_sample_hosts add hosts (or host/path prefixes such as example.com/book) to a class; they win over \
            the built-in lists.
            """,
        howToFix: """
            Remove the link from the text. Put work samples in portfolio items, and keep contact pages, booking \
            links, profiles and messengers out until a contract starts.
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
            Example(#"{"overview": "网站：↓https://例子.中国/关于 and WEB:↓https://jane.am"}"#),
        ]
    )

    struct Options: RuleOptions {
        /// Extra direct-contact hosts (errors), e.g. a company's own chat or booking domain.
        var contactHosts: [String] = []
        /// Extra hosts that are ordinary sites (warnings), e.g. to take a built-in host out of the info class.
        var siteHosts: [String] = []
        /// Extra work-sample hosts (info), e.g. a portfolio platform the built-in list lacks.
        var workSampleHosts: [String] = []
        init() {}
    }

    var options = Options()

    /// Fields that hold a name, where a bare `name.tld` is a company or issuer, not a link (`Booking.com`).
    static let nameFields = ["/company", "/issuer", "/school"]

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        var classifier = LinkClassifier()
        classifier.extra =
            options.contactHosts.map { ($0, LinkClass.directContact) }
            + options.siteHosts.map { ($0, LinkClass.otherSite) } + options.workSampleHosts.map { ($0, .workSample) }
        let ruleSeverity = findings.severity
        for (index, field) in input.textFields.enumerated() {
            for match in input.contactMatches(inField: index) where match.kind == .link {
                if Self.nameFields.contains(where: { field.pointer.hasSuffix($0) }), !match.value.contains("/"),
                    !match.text.lowercased().hasPrefix("http"), !match.text.lowercased().hasPrefix("www")
                {
                    continue
                }
                let (linkClass, label, configured) =
                    match.detail == "website"
                    ? classifier.classify(match.value) : (.directContact, match.detail, false)
                let (message, severity) = Self.message(
                    for: match, linkClass, label, configured: configured,
                    ruleSeverity: ruleSeverity)
                findings.report(message, in: field, valueRange: match.range, severity: severity)
            }
        }
    }

    /// The message and severity for one link of `linkClass`; the message names the class and why the host is in it.
    static func message(
        for match: ContactMatch, _ linkClass: LinkClass, _ label: String, configured: Bool,
        ruleSeverity: Severity
    ) -> (String, Severity) {
        let link = "(\(match.quoted))"
        switch linkClass {
        case .directContact:
            let why = configured ? "listed as a contact host in this rule's configuration" : "a \(label)"
            return (
                "links to a direct-contact channel \(link), \(why), so an error: "
                    + TermsOfServiceReason.contactDetails, ruleSeverity
            )
        case .otherSite:
            let why =
                configured
                ? "listed as an ordinary site in this rule's configuration"
                : "not a known contact channel or work-sample host"
            return (
                "links to a website \(link), \(why), so a warning: a site that shows or leads to contact "
                    + "details identifies you (UA §7.2, T4), and " + TermsOfServiceReason.contactDetails,
                min(ruleSeverity, .warning)
            )
        case .workSample:
            let why =
                configured
                ? "listed as a work-sample host in this rule's configuration"
                : "\(label), a known work-sample host"
            return (
                "links to a work sample \(link), \(why), so info only: outside work-sample links are allowed "
                    + "(T10); keep contact details off the linked page and prefer portfolio items", .info
            )
        }
    }
}
