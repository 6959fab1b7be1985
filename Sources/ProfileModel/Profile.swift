/// A freelancer profile, as read from any supported input format.
///
/// Absent fields are `nil` or empty: a reader turns `null`, `""` and `[]` into absence, so rules never have to
/// tell "missing" from "empty".
public struct Profile: Sendable {
    /// The freelancer's name as shown on the profile.
    public var name: Field<String>?
    /// Portrait URL.
    public var photo: Field<String>?
    /// The headline under the name.
    public var title: Field<String>?
    /// The free-text introduction.
    public var overview: Field<String>?
    /// The hourly rate asked.
    public var hourlyRate: Field<Money>?
    /// Where the freelancer is.
    public var location: Location?
    /// Declared availability.
    public var availability: Availability?
    /// The skills listed, in order.
    public var skills: [Field<String>] = []
    /// Employment history, in order.
    public var employment: [Employment] = []
    /// Education, in order.
    public var education: [Education] = []
    /// Portfolio items, in order.
    public var portfolio: [PortfolioItem] = []
    /// Certifications, in order.
    public var certifications: [Certification] = []
    /// Video introduction URL.
    public var video: Field<String>?
    /// Accounts on other services linked to the profile.
    public var linkedAccounts: [LinkedAccount] = []
    /// "Other experience" items, in order.
    public var otherExperience: [OtherExperience] = []
    /// Languages spoken, with proficiency.
    public var languages: [Language] = []
    /// Legacy skill-test credits (tests were discontinued; existing credit is kept, source P1).
    public var skillTestCredits: Field<Int>?
    /// Elance-imported accounts need 90% instead of 100% for Top Rated (source B1, B6).
    public var importedFromElance: Field<Bool>?
    /// The marketplace's own completeness figure, when the input carries one.
    public var marketplaceCompleteness: MarketplaceCompleteness?
    /// The page's own figures (Job Success, badges, earnings, jobs, hours), when the input carries them.
    public var stats: ProfileStats?
    /// Keys the reader did not recognise (each a likely typo), with where they stand.
    public var unknownFields: [UnknownField] = []
    /// Where the profile object stands: findings about a missing field point here.
    public var span: SourceSpan = .at(0)
    /// Text a saved page carries outside the profile's fields, which the Terms-of-Service rules still scan:
    /// `mailto:` and `tel:` links and `alt`/`title` attributes (pointers `/$page/href`, `/$page/alt`, `/$page/title`).
    public var pageTexts: [Field<String>] = []
    /// The specialized profiles beside this general one (at most `SpecializedProfile.maximumCount`).
    public var specializedProfiles: [SpecializedProfile] = []

    /// An empty profile.
    public init() {}

    /// Every free-text field a person wrote, with its pointer: what the Terms-of-Service rules scan.
    public var textFields: [Field<String>] {
        var fields: [Field<String>] = []
        func add(_ field: Field<String>?) { if let field { fields.append(field) } }
        add(name)
        add(title)
        add(overview)
        add(location?.city)
        add(location?.country)
        fields += skills
        for item in employment { [item.company, item.title, item.description].forEach(add) }
        for item in education { [item.school, item.degree, item.field, item.description].forEach(add) }
        for item in portfolio {
            [item.title, item.description, item.role].forEach(add)
            fields += item.skills
        }
        for item in certifications { [item.name, item.issuer].forEach(add) }
        for item in otherExperience { [item.subject, item.description].forEach(add) }
        for item in languages { [item.language, item.proficiency].forEach(add) }
        for specialized in specializedProfiles { fields += specialized.textFields }
        return fields + pageTexts
    }
}

/// An amount of money in a currency (ISO 4217 code).
public struct Money: Sendable, Hashable {
    /// The amount, in units of `currency`.
    public var amount: Double
    /// The ISO 4217 currency code.
    public var currency: String
    /// Creates an amount.
    public init(amount: Double, currency: String) {
        self.amount = amount
        self.currency = currency
    }
}

/// Where the freelancer is.
public struct Location: Sendable {
    /// The city.
    public var city: Field<String>?
    /// The country.
    public var country: Field<String>?
    /// Creates a location.
    public init(city: Field<String>? = nil, country: Field<String>? = nil) {
        self.city = city
        self.country = country
    }
}

/// Declared availability (Top Rated needs it set; source B5).
public struct Availability: Sendable {
    /// How much the freelancer can take on.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case moreThan30 = "more-than-30"
        case lessThan30 = "less-than-30"
        case asNeeded = "as-needed"
        case notAvailable = "not-available"
    }
    /// How much the freelancer can take on.
    public var status: Field<Status>?
    /// ISO date (`YYYY-MM-DD`) from which a currently unavailable freelancer is available again.
    public var availableFrom: Field<String>?
    /// ISO date of the last change.
    public var updated: Field<String>?
    /// Where the availability object itself stands.
    public var span: SourceSpan
    /// Creates an availability record.
    public init(
        status: Field<Status>? = nil, availableFrom: Field<String>? = nil, updated: Field<String>? = nil,
        span: SourceSpan
    ) {
        self.status = status
        self.availableFrom = availableFrom
        self.updated = updated
        self.span = span
    }
}

/// One employment-history item.
public struct Employment: Sendable {
    /// The employer.
    public var company: Field<String>?
    /// The job title.
    public var title: Field<String>?
    /// When the job started, as written.
    public var from: Field<String>?
    /// When it ended, as written; absent while it lasts.
    public var to: Field<String>?
    /// What the work was.
    public var description: Field<String>?
    /// Where the item stands and its pointer.
    public var origin: Field<Int>
    /// Creates an item; `origin.value` is its index.
    public init(origin: Field<Int>) { self.origin = origin }
}

/// One education item.
public struct Education: Sendable {
    /// The school or university.
    public var school: Field<String>?
    /// The degree.
    public var degree: Field<String>?
    /// The field of study.
    public var field: Field<String>?
    /// When the studies started, as written.
    public var from: Field<String>?
    /// When they ended, as written.
    public var to: Field<String>?
    /// Anything else about them.
    public var description: Field<String>?
    /// Where the item stands and its pointer.
    public var origin: Field<Int>
    /// Creates an item; `origin.value` is its index.
    public init(origin: Field<Int>) { self.origin = origin }
}

/// One portfolio item.
public struct PortfolioItem: Sendable {
    /// The project's title.
    public var title: Field<String>?
    /// What the project was.
    public var description: Field<String>?
    /// The project's link: expected here, so the contact-link rule leaves it alone (source T10).
    public var url: Field<String>?
    /// The freelancer's role in it.
    public var role: Field<String>?
    /// The skills it shows.
    public var skills: [Field<String>] = []
    /// Where the item stands and its pointer.
    public var origin: Field<Int>
    /// Creates an item; `origin.value` is its index.
    public init(origin: Field<Int>) { self.origin = origin }
}

/// One certification.
public struct Certification: Sendable {
    /// The certification's name.
    public var name: Field<String>?
    /// Who issued it.
    public var issuer: Field<String>?
    /// When, as written.
    public var issued: Field<String>?
    /// Where it can be checked.
    public var url: Field<String>?
    /// Where the item stands and its pointer.
    public var origin: Field<Int>
    /// Creates an item; `origin.value` is its index.
    public init(origin: Field<Int>) { self.origin = origin }
}

/// An account on another service linked to the profile (GitHub, LinkedIn, …).
public struct LinkedAccount: Sendable {
    /// The service (GitHub, LinkedIn, …).
    public var service: Field<String>?
    /// The account on it.
    public var url: Field<String>?
    /// Where the item stands and its pointer.
    public var origin: Field<Int>
    /// Creates an item; `origin.value` is its index.
    public init(origin: Field<Int>) { self.origin = origin }
}

/// One "other experience" item.
public struct OtherExperience: Sendable {
    /// What the experience was.
    public var subject: Field<String>?
    /// More about it.
    public var description: Field<String>?
    /// Where the item stands and its pointer.
    public var origin: Field<Int>
    /// Creates an item; `origin.value` is its index.
    public init(origin: Field<Int>) { self.origin = origin }
}

/// A language and how well it is spoken.
public struct Language: Sendable {
    /// The language.
    public var language: Field<String>?
    /// How well it is spoken, as written.
    public var proficiency: Field<String>?
    /// Where the item stands and its pointer.
    public var origin: Field<Int>
    /// Creates an item; `origin.value` is its index.
    public init(origin: Field<Int>) { self.origin = origin }
}

/// The completeness percentage the marketplace itself showed, when an input carries it.
public struct MarketplaceCompleteness: Sendable, Hashable {
    /// The computed figure (`pci.actual`, `pciActual`).
    public var actual: Double?
    /// The figure shown to the freelancer (`pci.display`, `pciDisplay`).
    public var display: Double?
    /// Where it was read, e.g. `phpVars.profile.profile.pci`.
    public var source: String
    /// Where it stands in the file.
    public var span: SourceSpan
    /// Creates a record.
    public init(actual: Double?, display: Double?, source: String, span: SourceSpan) {
        self.actual = actual
        self.display = display
        self.source = source
        self.span = span
    }
}

/// A key the reader did not recognise, and the known key it most likely meant.
public struct UnknownField: Sendable, Hashable {
    /// The key as written, with the key's own span and pointer.
    public var key: Field<String>
    /// The closest known key at that level, when one is close enough to be a typo.
    public var suggestion: String?
    /// Creates a record.
    public init(key: Field<String>, suggestion: String?) {
        self.key = key
        self.suggestion = suggestion
    }
}
