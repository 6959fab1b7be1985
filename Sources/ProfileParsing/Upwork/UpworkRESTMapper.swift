import PositionedJSON
import ProfileModel

/// Maps the legacy REST `GET /api/profiles/v1/providers/{key}` response (`{"profile": {"dev_…": …}}`).
///
/// Field names from `upwork_rest_v1_profile_fieldlist.json`. The response came from an XML-to-JSON mapping:
/// every scalar is a string, and a collection with one item is an object rather than an array
/// (`skills.skill`, `education.institution`, `experiences.experience`, `portfolio_items_v2.portfolio_items_v`);
/// `UpworkFieldReader.items(_:wrapper:)` accepts both.
struct UpworkRESTMapper {
    let reader = UpworkFieldReader()

    /// Keys only this response has; the `dev_` prefix never occurs in profilelint's layout.
    static let distinctiveKeys: Set<String> = [
        "dev_profile_title", "dev_blurb", "dev_recno", "dev_bill_rate", "dev_first_name", "dev_short_name",
        "dev_country", "dev_city", "dev_portrait",
    ]

    /// The provider object: the response's `profile` member, or the root itself.
    static func providerObject(in root: JSONNode) -> JSONNode? {
        for candidate in [root, root["profile"]].compactMap({ $0 })
        where candidate.members.contains(where: { distinctiveKeys.contains($0.key) }) {
            return candidate
        }
        return nil
    }

    func map(_ object: JSONNode) -> Profile {
        var profile = Profile()
        profile.span = SourceSpan(range: object.range)
        profile.name =
            reader.joined(
                reader.text(object["dev_first_name"], "/name"),
                reader.text(object["dev_last_name"], "/name"), pointer: "/name")
            ?? reader.text(object["dev_short_name"], "/name")
        profile.title = reader.text(object["dev_profile_title"], "/title")
        profile.overview = reader.text(object["dev_blurb"], "/overview")
        profile.photo = reader.text(
            in: object, ["dev_portrait", "dev_portrait_100", "dev_portrait_50", "dev_portrait_32"],
            "/photo")
        if let rate = object["dev_bill_rate"] {
            // The REST API knew only US dollars.
            profile.hourlyRate = reader.money(amount: rate, currency: "USD", span: rate.span)
        }
        let city = reader.text(object["dev_city"], "/location/city")
        let country = reader.text(object["dev_country"], "/location/country")
        if city != nil || country != nil { profile.location = Location(city: city, country: country) }
        profile.skills = reader.skills(
            reader.items(object["skills"], wrapper: "skill"), base: "/skills",
            labelKeys: ["skl_name"])
        profile.employment = UpworkItems.employment(
            reader.items(object["experiences"], wrapper: "experience"), reader: reader,
            keys: .init(
                company: ["exp_company"], title: ["exp_title_raw", "exp_title"], from: ["exp_from"],
                to: ["exp_to"], description: ["exp_comment"]))
        profile.education = UpworkItems.education(
            reader.items(object["education"], wrapper: "institution"), reader: reader,
            keys: .init(
                school: ["ed_school"], degree: ["ed_degree"], field: ["ed_area"], from: ["ed_from"],
                to: ["ed_to"], description: ["ed_comment"]))
        profile.portfolio = UpworkItems.portfolio(
            reader.items(object["portfolio_items_v2"], wrapper: "portfolio_items_v"), reader: reader,
            keys: .init(title: ["pi_title"], description: ["pi_description"], url: ["pi_url"], role: [], skills: []))
        return profile
    }
}
