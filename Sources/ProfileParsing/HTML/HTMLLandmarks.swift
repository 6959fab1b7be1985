/// Where profile data sits in saved Upwork pages: XPath expressions kept as data.
///
/// A Swift table rather than a JSON resource: it is checked by the compiler, needs no `Bundle.module` lookup
/// (which would pull Foundation into the parser and can fail at run time when the resource bundle is not next
/// to a relocated binary), and a test compiles every expression with libxml2 so a typo fails the build's tests
/// instead of silently matching nothing. Sources: `upwork_profile_dom_landmarks.json` (observed in the two saved
/// pages, and the selectors of the gustavotr, Alfareiza and devEyosiyas scrapers). Entries are tried in order;
/// the first that yields a usable value wins, so Air-3 entries come before Air-2 ones.
enum HTMLLandmarks {
    /// `contains(concat(' ', normalize-space(@class), ' '), ' name ')`: XPath 1.0's exact class test.
    static func hasClass(_ name: String) -> String {
        "contains(concat(' ', normalize-space(@class), ' '), ' \(name) ')"
    }

    /// The element that holds one profile; the DOM landmarks below are relative to it.
    static let roots = [
        "//*[@data-qa-profile-viewer-uid]",  // Air-3 (2023): the person's uid
        "//body[.//*[contains(@class, 'cfe-ui-profile')]]",  // Air-2: the profile micro-frontend's classes
    ]

    /// A profile field and the XPath of elements (or attributes) that hold it.
    struct Entry: Sendable {
        enum Field: String, Sendable {
            case name, photo, title, overview, hourlyRate, city, country, skills, availability, video
            case employment, education, languages, portfolio, linkedAccounts
            case jobSuccess, badges, stats

            /// Every match is an item (a skill, a job); for the others only the first match is read.
            var isList: Bool {
                switch self {
                case .skills, .employment, .education, .languages, .portfolio, .linkedAccounts, .badges, .stats: true
                case .name, .photo, .title, .overview, .hourlyRate, .city, .country, .availability, .video,
                    .jobSuccess:
                    false
                }
            }
        }

        var field: Field
        /// Relative to the profile root.
        var xpath: String
        /// Whole content (`true`) or only the element's own text, leaving out buttons and icons inside it.
        var deep = false
        /// For list sections: the item's parts (`company`, `title`, …), each an XPath relative to the item.
        var parts: [(name: String, xpath: String)] = []
    }

    static let entries: [Entry] = [
        Entry(field: .name, xpath: ".//*[@itemprop='name']"),
        // The header portrait. Air-3 (2023): `div.cfe-ui-profile-photo img.air3-avatar` in the schema.org Person
        // block; Air-2 used the same micro-frontend class. The navigation bar's own avatar sits outside the root.
        Entry(field: .photo, xpath: ".//*[\(hasClass("cfe-ui-profile-photo"))]//img/@src"),
        Entry(field: .photo, xpath: ".//*[@itemtype='http://schema.org/Person']//img[\(hasClass("air3-avatar"))]/@src"),
        Entry(field: .city, xpath: ".//*[@itemprop='locality']"),
        Entry(field: .country, xpath: ".//*[@itemprop='country-name']"),
        // Air-3: first section of the main card, `div.span-10 > h2`; Air-2: `.up-card-section h2`.
        Entry(field: .title, xpath: ".//section[\(hasClass("air3-card-section"))]//div[\(hasClass("span-10"))]/h2"),
        Entry(field: .title, xpath: ".//*[\(hasClass("up-card-section"))]//h2[not(@itemprop)]"),
        // Air-3 `h3[role=presentation] > strong > span` ("$70.00/hr"); Air-2 used the second such h3.
        Entry(field: .hourlyRate, xpath: ".//h3[@role='presentation']/strong/span"),
        Entry(field: .hourlyRate, xpath: "(.//h3[@role='presentation'])[2]", deep: true),
        Entry(field: .overview, xpath: ".//span[\(hasClass("text-pre-line"))]", deep: true),
        Entry(field: .overview, xpath: ".//span[@role='text-body']", deep: true),
        Entry(field: .skills, xpath: ".//div[\(hasClass("skills"))]//span[\(hasClass("air3-token"))]"),
        Entry(field: .skills, xpath: ".//*[\(hasClass("up-skill-badge"))]", deep: true),
        Entry(
            field: .availability, xpath: ".//div[h5[normalize-space()='Hours per week']]/following-sibling::div[1]",
            deep: true),
        Entry(
            field: .video,
            xpath:
                ".//*[\(hasClass("cfe-ui-profile-video-intro"))]//*[self::iframe or self::video or self::source]/@src"),
        Entry(
            field: .languages, xpath: ".//div[h5[normalize-space()='Languages']]/following-sibling::ul[1]/li",
            parts: [
                ("language", "./descendant::strong[1]"),
                ("proficiency", "./descendant::span[\(hasClass("text-light"))][1]"),
            ]),
        Entry(
            field: .education, xpath: ".//div[h5[normalize-space()='Education']]/following-sibling::ul[1]/li",
            parts: [
                ("school", "./descendant::*[self::strong or self::h4 or self::h5][1]"),
                ("degree", "./descendant::span[\(hasClass("text-light"))][1]"),
            ]),
        // Alfareiza's scraper: each job is an `h4` "Role | Employer" in the Employment history card; the period
        // is the third child of the h4's great-grandparent.
        Entry(
            field: .employment,
            xpath: ".//div[\(hasClass("profile-outer-card"))][.//h3[normalize-space()='Employment history']]//h4",
            parts: [("titleAndCompany", "."), ("period", "../../../*[3]")]),
        // Not seen filled in either saved page: tile headings inside the portfolio block.
        Entry(
            field: .portfolio,
            xpath: ".//div[\(hasClass("profile-portfolio"))]//*[self::h4 or self::h5 or self::h6 or "
                + "self::a][not(@role)][normalize-space()]"),
        Entry(
            field: .linkedAccounts, xpath: ".//*[@data-qa='linked-accounts']//a[@href]",
            parts: [("url", "./@href")]),
        // The header's figures. Neither saved page shows any (the 2023 one is a new profile), but its stylesheet
        // names the Air-3 blocks: `.cfe-ui-profile-job-success .air3-progress-circle span` (the score in the ring),
        // `.identity-badges-container`, `.vetted-rated-badges .air3-badge-tagline-sm`, and
        // `.cfe-ui-profile-summary-stats .col-compact .h5`. gustavotr's scraper read the Air-2 score from
        // `.cfe-ui-profile-job-success h3` and the stats from `.cfe-ui-profile-summary-stats .col-compact`; later
        // public scrapers read each column's `.stat-amount` ("$10K+", "1,234") and its `.text-base-sm` caption
        // ("Total earnings", "Total jobs", "Total hours"), matched by caption since the order is not fixed.
        Entry(
            field: .jobSuccess,
            xpath: ".//*[\(hasClass("cfe-ui-profile-job-success"))]//*[\(hasClass("air3-progress-circle"))]//span",
            deep: true),
        Entry(field: .jobSuccess, xpath: ".//*[\(hasClass("cfe-ui-profile-job-success"))]//h3", deep: true),
        Entry(
            field: .badges,
            xpath: ".//*[\(hasClass("identity-badges-container")) or \(hasClass("vetted-rated-badges"))]"
                + "//*[\(hasClass("air3-badge-tagline"))]",
            deep: true),
        Entry(
            field: .stats,
            xpath: ".//*[\(hasClass("cfe-ui-profile-summary-stats"))]//*[\(hasClass("col-compact"))]",
            parts: [
                ("value", "./descendant::*[\(hasClass("stat-amount")) or \(hasClass("h5"))][1]"),
                ("caption", "./descendant::*[\(hasClass("text-base-sm"))][1]"),
            ]),
    ]

    /// A header image is Upwork's placeholder avatar, not a photo, when its address says so: the placeholder is a
    /// static asset (a silhouette or initials, often SVG or a data URI) rather than an upload under the portrait
    /// stores (`/profile-portraits/` in 2023, `odesk-prod-portraits` in 2016).
    static let placeholderPhotoMarkers = [
        "default", "placeholder", "silhouette", "no-photo", "nophoto", "no_photo", "blank", "anonymous", "avatar.svg",
        "/static/",
    ]

    /// Whether an image address in the header is a real photo rather than the placeholder avatar.
    static func isRealPhoto(_ source: String) -> Bool {
        let address = String(source.drop(while: \.isWhitespace)).lowercased()
        guard !address.isEmpty, !address.hasPrefix("data:"), !address.hasSuffix(".svg") else { return false }
        return !placeholderPhotoMarkers.contains { address.contains($0) }
    }

    /// Page-level sources, evaluated from the document.
    static let stateScripts = "//script[contains(., 'phpVars') or contains(., '__NUXT__')]"
    static let pageTitle = "/html/head/title | //title[1]"
    static let metaProperties = [
        "og:title", "og:description", "og:image", "product:price:amount", "product:price:currency",
    ]

    static func meta(_ property: String) -> String { "//meta[@property='\(property)']/@content" }

    /// Contact details a page carries in attributes: mailto:/tel: links, and alt/title text people type into.
    static let contactAttributes =
        "//a[starts-with(@href, 'mailto:') or starts-with(@href, 'tel:')]/@href"
        + " | //body//*[@alt]/@alt | //body//*[@title]/@title"
}
