import PositionedJSON
import ProfileModel

/// Maps Upwork's GraphQL `FreelancerProfile` and `TalentProfile` objects.
///
/// Field names come from `upwork_graphql_profile_types_fieldlist.json` and the full query selections in
/// `upwork_graphql_profile_queries.json` (SOURCES.md). The two types overlap but name things differently
/// (`address{cityName}` vs `location{city}`, `profileCompletenessSummary{actual}` vs
/// `profileCompleteness{pciActual}`, connections vs plain arrays), so each field tries both spellings.
struct UpworkGraphQLMapper {
    let reader = UpworkFieldReader()

    /// The query fields whose value is one profile, in the order they are looked for under `data`.
    static let queryFields = ["freelancerProfileByProfileKey", "talentProfileByProfileKey", "talentProfile"]

    /// Keys only a profile object of these types has (profilelint's layout has none of them).
    static let profileKeys: Set<String> = [
        "personalData", "profileCompletenessSummary", "profileCompleteness", "employmentRecords", "educationRecords",
        "linkedExternalAccountsList", "personAvailability",
    ]

    /// Whether `node` looks like a bare profile object: `personalData` plus one more distinctive key.
    static func isProfileObject(_ node: JSONNode) -> Bool {
        let keys = Set(node.members.map(\.key))
        return keys.contains("personalData") && keys.intersection(profileKeys).count >= 2
    }

    /// The profile object inside a response `{"data": {field: …}}`, or the root itself when it is one.
    ///
    /// `talentProfile` returns `{"profiles": [TalentProfile]}`; the first is taken, which is the primary profile
    /// when the query asked for `primary: true`.
    static func profileObject(in root: JSONNode) -> JSONNode? {
        if isProfileObject(root) { return root }
        guard let data = root["data"] else { return nil }
        for field in queryFields {
            guard let value = data[field], case .object = value.value else { continue }
            if let first = value["profiles"]?.elements.first { return first }
            return value
        }
        return nil
    }

    /// A response whose `data` names a profile query but holds `null`: its first GraphQL error, if any.
    static func emptyResponseMessage(in root: JSONNode) -> String? {
        guard let data = root["data"], queryFields.contains(where: { data[$0] != nil }) || data.isAbsent else {
            return nil
        }
        let message = root["errors"]?.elements.first?["message"]?.string
        return "the GraphQL response holds no profile" + (message.map { ": \($0)" } ?? "")
    }

    func map(_ object: JSONNode) -> Profile {
        var profile = Profile()
        profile.span = SourceSpan(range: object.range)
        let personal = object["personalData"]
        profile.name =
            reader.text(object["fullName"], "/name")
            ?? reader.joined(
                reader.text(in: personal, ["firstName"], "/name") ?? reader.text(object["firstName"], "/name"),
                reader.text(in: personal, ["lastName"], "/name") ?? reader.text(object["lastName"], "/name"),
                pointer: "/name")
        profile.title = reader.text(personal?["title"], "/title")
        profile.overview = reader.text(personal?["description"], "/overview")
        let portraitKeys = ["portrait", "portrait500", "portrait150", "portrait100", "portrait50", "portrait32"]
        profile.photo = reader.text(in: personal?["portrait"] ?? object["portrait"], portraitKeys, "/photo")
        if let rate = personal?["chargeRate"] {
            profile.hourlyRate =
                reader.money(amount: rate["rawValue"], currency: rate["currency"]?.string, span: rate.span)
                ?? reader.text(rate["displayValue"], "/hourlyRate").flatMap { display in
                    UpworkVocabulary.money(fromDisplay: display.value).flatMap { $0.amount > 0 ? $0 : nil }
                        .map { Field($0, pointer: "/hourlyRate", span: rate.span) }
                }
        }
        profile.location = location(personal: personal, object: object)
        profile.availability = availability(object["availability"] ?? object["personAvailability"])
        profile.skills = reader.skills(
            reader.items(object["skills"]), base: "/skills",
            labelKeys: ["prettyName", "preferredLabel", "skill"])
        profile.employment = UpworkItems.employment(reader.items(object["employmentRecords"]), reader: reader)
        profile.education = UpworkItems.education(reader.items(object["educationRecords"]), reader: reader)
        let projects = object["projectList"]?["projects"] ?? object["project"]
        profile.portfolio = UpworkItems.portfolio(reader.items(projects), reader: reader)
        profile.certifications = UpworkItems.certifications(
            reader.items(object["certificates"]) + reader.items(object["communityCertificates"]), reader: reader)
        profile.otherExperience = UpworkItems.otherExperience(reader.items(object["otherExperiences"]), reader: reader)
        profile.languages = reader.collect(reader.items(object["languages"]), base: "/languages") {
            reader.language($0, pointer: $1, origin: $2)
        }
        profile.linkedAccounts = reader.collect(
            reader.items(object["linkedExternalAccountsList"]),
            base: "/linkedAccounts"
        ) { node, pointer, origin in
            var item = LinkedAccount(origin: origin)
            item.service = reader.text(node["name"], pointer + "/service")
            item.url = reader.text(node["userProfile"], pointer + "/url")
            return item.service == nil && item.url == nil ? nil : item
        }
        profile.marketplaceCompleteness = completeness(object)
        profile.stats = stats(object)
        profile.specializedProfiles = UpworkSpecializedProfiles.map(object, reader: reader)
        return profile
    }

    /// `FreelancerLocation` (`address{cityName,countryName}`), `PersonalDataLocation` (`location{city,country}`),
    /// then `countryDetails.name` for the country.
    func location(personal: JSONNode?, object: JSONNode) -> Location? {
        let place = personal?["address"] ?? personal?["location"]
        let city = reader.text(in: place, ["cityName", "city"], "/location/city")
        let country =
            reader.text(in: place, ["countryName", "country"], "/location/country")
            ?? reader.text(object["countryDetails"]?["name"], "/location/country")
        return city == nil && country == nil ? nil : Location(city: city, country: country)
    }

    func availability(_ node: JSONNode?) -> Availability? {
        guard let node, case .object = node.value else { return nil }
        var availability = Availability(span: node.span)
        for key in ["capacity", "name"] {
            if let label = reader.text(node[key], "/availability/status"),
                let status = UpworkVocabulary.availabilityStatus(label.value)
            {
                availability.status = Field(status, pointer: label.pointer, span: label.span)
                break
            }
        }
        availability.availableFrom = reader.date(node["availabilityDateTime"], "/availability/availableFrom")
        availability.updated = reader.date(node["updatedDateTime"] ?? node["createdDateTime"], "/availability/updated")
        guard availability.status != nil || availability.availableFrom != nil || availability.updated != nil else {
            return nil
        }
        return availability
    }

    /// `profileCompletenessSummary{actual,display}` (FreelancerProfile) or `profileCompleteness{pciActual,pciDisplay}`
    /// (TalentProfile).
    func completeness(_ object: JSONNode) -> MarketplaceCompleteness? {
        for (key, actualKey, displayKey) in [
            ("profileCompletenessSummary", "actual", "display"),
            ("profileCompleteness", "pciActual", "pciDisplay"),
        ] {
            guard let summary = object[key], case .object = summary.value else { continue }
            let actual = reader.number(summary[actualKey], in: .percent, pointer: "/\(key)/\(actualKey)")
            let display = reader.number(summary[displayKey], in: .percent, pointer: "/\(key)/\(displayKey)")
            if actual != nil || display != nil {
                return MarketplaceCompleteness(
                    actual: actual, display: display, source: "graphql.\(key)",
                    span: summary.span)
            }
        }
        return nil
    }

    /// `aggregates` (FreelancerProfile: `totalEarnings` as `Money{rawValue,currency}`, `totalHourlyJobs` and
    /// `totalFixedJobs`, `totalHours`, `jobSuccessScore`, `topRatedStatus`, `topRatedPlusStatus`, `vetted`) or
    /// `profileAggregates` (TalentProfile: `totalEarnings` as a number, `totalJobs`, `topRatedStatus`). The badge
    /// statuses' values are not published (SOURCES.md), so only a value naming the badge counts.
    func stats(_ object: JSONNode) -> ProfileStats? {
        for key in ["aggregates", "profileAggregates"] {
            guard let node = object[key], case .object = node.value else { continue }
            var stats = ProfileStats(source: "graphql.\(key)", span: node.span)
            stats.totalEarnings = reader.statEarnings(node["totalEarnings"])
            // The page's "Total jobs" is hourly plus fixed-price where the type counts them apart; a `null`
            // total (GraphQL nulls a field it could not resolve) is no total, so the two counts still stand.
            stats.totalJobs = reader.statJobs(
                node["totalJobs"].flatMap { $0.isAbsent ? nil : [$0] }
                    ?? ["totalHourlyJobs", "totalFixedJobs"].compactMap { node[$0] })
            stats.totalHours = reader.statHours(node["totalHours"])
            stats.jobSuccessScore = reader.statJobSuccessScore(node["jobSuccessScore"])
            if let badge = reader.statBadge(node["topRatedPlusStatus"], index: 0)
                ?? reader.statBadge(node["topRatedStatus"], index: 0)
            {
                stats.badges.append(badge)
            }
            if let vetted = node["vetted"], case .bool(true) = vetted.value {
                stats.badges.append(
                    Field(
                        .expertVetted, pointer: "/stats/badges/\(stats.badges.count)",
                        span: vetted.span))
            }
            if !stats.isEmpty { return stats }
        }
        return nil
    }
}
