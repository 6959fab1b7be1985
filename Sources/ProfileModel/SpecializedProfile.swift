/// One of the (at most two) specialized profiles a freelancer keeps beside the general one.
///
/// Each is tied to one specialty and has its own title, overview, hourly rate, skills and portfolio selection;
/// identity, employment, education and work history are the general profile's (market-2026-12.md §2 row 10,
/// §3.2, sources M6, M7). Pointers of its fields stand under `/specializedProfiles/N`.
public struct SpecializedProfile: Sendable {
    /// The marketplace allows two (source M6); a third is an input error.
    public static let maximumCount = 2

    /// The specialty (Upwork's third-level category) the profile is tied to, e.g. "Mobile App Development".
    public var specialty: Field<String>?
    /// Its own headline.
    public var title: Field<String>?
    /// Its own introduction.
    public var overview: Field<String>?
    /// Its own hourly rate.
    public var hourlyRate: Field<Money>?
    /// Its own skills, in order.
    public var skills: [Field<String>] = []
    /// The portfolio items chosen for it.
    public var portfolio: [PortfolioItem] = []
    /// Where the item stands; `origin.value` is its index and `origin.pointer` is `/specializedProfiles/N`.
    public var origin: Field<Int>

    /// Creates a specialized profile; `origin.value` is its index.
    public init(origin: Field<Int>) { self.origin = origin }

    /// What people call it in messages: its specialty, else its position.
    public var label: String {
        if let specialty = specialty?.value, !specialty.isEmpty { return "specialized profile \"\(specialty)\"" }
        return "specialized profile \(origin.value + 1)"
    }

    /// A specialty as `proposal --as` and the one-profile-per-specialty check compare it: case and runs of white
    /// space do not matter.
    public static func specialtyKey(_ specialty: String) -> String {
        specialty.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Its own free-text fields, each with its pointer under `/specializedProfiles/N`.
    public var textFields: [Field<String>] {
        var fields: [Field<String>] = []
        func add(_ field: Field<String>?) { if let field { fields.append(field) } }
        add(title)
        add(overview)
        fields += skills
        for item in portfolio {
            [item.title, item.description, item.role].forEach(add)
            fields += item.skills
        }
        return fields
    }

    /// The profile as a client sees it when this one is sent: its own title, overview, rate, skills and portfolio,
    /// and everything else from `general`.
    public func merged(into general: Profile) -> Profile {
        var profile = general
        profile.title = title
        profile.overview = overview
        profile.hourlyRate = hourlyRate
        profile.skills = skills
        profile.portfolio = portfolio
        profile.specializedProfiles = []
        return profile
    }

    /// Only its own fields, as a `Profile` the per-profile rules read; a missing field points at the item.
    public var ownFields: Profile {
        var profile = merged(into: Profile())
        profile.span = origin.span
        return profile
    }
}
