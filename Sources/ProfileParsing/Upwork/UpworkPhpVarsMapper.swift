import PositionedJSON
import ProfileModel

/// Maps the `phpVars.profile` object of older saved profile pages (Oct 2016, `fe.app.profile`).
///
/// The shape (`identity`, `profile{name,title,description,portrait,location,skills,pci}`, `stats`, `portfolios`,
/// `employmentHistory`, `education`, `esn`, `languages`, `certificates`, `otherExperiences`, `availability`,
/// `video`) is taken from the real 2016 page (`upwork_profile_2016_phpVars_from_saved_page.json`). The 2016 page
/// has empty `portfolios`, `employmentHistory`, `certificates` and `otherExperiences`, so their item keys are
/// the GraphQL names Upwork kept (`companyName`, `jobTitle`, …) plus the 2016 education spellings.
struct UpworkPhpVarsMapper {
    let reader = UpworkFieldReader()

    /// The object holding `identity`/`profile`/`stats`: `phpVars.profile`, or `root` itself when it is that.
    static func profileMember(of root: JSONNode) -> (node: JSONNode, path: String)? {
        if isProfileMember(root) { return (root, "phpVars.profile") }
        if let member = root["profile"], isProfileMember(member) { return (member, "phpVars.profile") }
        return nil
    }

    /// `identity` and a nested `profile` object: profilelint's own `profile` never has either.
    static func isProfileMember(_ node: JSONNode) -> Bool {
        guard case .object = node["identity"]?.value, case .object = node["profile"]?.value else { return false }
        return true
    }

    func map(member: JSONNode, path: String) -> Profile {
        var profile = Profile()
        profile.span = SourceSpan(range: member.range)
        let card = member["profile"]
        profile.name = reader.text(in: card, ["name", "shortName"], "/name")
        profile.title = reader.text(card?["title"], "/title")
        profile.overview = reader.text(card?["description"], "/overview")
        profile.photo =
            reader.text(
                in: card?["portrait"], ["portrait", "bigPortrait", "originalPortrait", "smallPortrait"],
                "/photo") ?? reader.text(card?["portrait"], "/photo")
        if let location = card?["location"] {
            let city = reader.text(location["city"], "/location/city")
            let country = reader.text(location["country"], "/location/country")
            if city != nil || country != nil { profile.location = Location(city: city, country: country) }
        }
        profile.skills = reader.skills(
            reader.items(card?["skills"]), base: "/skills",
            labelKeys: ["prettyName", "name", "skill"])
        if let pci = card?["pci"], case .object = pci.value {
            let actual = reader.number(pci["actual"], in: .percent, pointer: "/pci/actual")
            let display = reader.number(pci["display"], in: .percent, pointer: "/pci/display")
            if actual != nil || display != nil {
                profile.marketplaceCompleteness = MarketplaceCompleteness(
                    actual: actual, display: display, source: "\(path).profile.pci", span: pci.span)
            }
        }
        if let rate = member["stats"]?["hourlyRate"] {
            profile.hourlyRate = reader.money(
                amount: rate["amount"], currency: rate["currencyCode"]?.string,
                span: rate.span)
        }
        profile.stats = stats(member["stats"], path: path + ".stats")
        profile.availability = availability(member["availability"])
        profile.video =
            reader.text(member["video"], "/video")
            ?? reader.text(in: member["video"], ["url", "videoUrl", "embedUrl"], "/video")
        profile.portfolio = UpworkItems.portfolio(reader.items(member["portfolios"]), reader: reader)
        profile.employment = UpworkItems.employment(reader.items(member["employmentHistory"]), reader: reader)
        profile.education = UpworkItems.education(reader.items(member["education"]), reader: reader)
        profile.certifications = UpworkItems.certifications(reader.items(member["certificates"]), reader: reader)
        profile.otherExperience = UpworkItems.otherExperience(reader.items(member["otherExperiences"]), reader: reader)
        profile.languages = reader.collect(reader.items(member["languages"]), base: "/languages") {
            reader.language($0, pointer: $1, origin: $2)
        }
        profile.linkedAccounts = reader.collect(reader.items(member["esn"]), base: "/linkedAccounts") {
            node, pointer, origin in
            var item = LinkedAccount(origin: origin)
            item.service = reader.text(in: node, ["esnName", "name"], pointer + "/service")
            item.url = reader.text(in: node, ["esnUserProfile", "url"], pointer + "/url")
            return item.service == nil && item.url == nil ? nil : item
        }
        // 2026 pages list them as `specializedProfilesInfo` (SOURCES.md); its items are read with the GraphQL
        // `TalentSpecializedProfile` names, as no saved page we hold carries one.
        profile.specializedProfiles = UpworkSpecializedProfiles.map(member, reader: reader)
        return profile
    }

    /// `stats{totalRevenue,totalJobsWorked,totalHours,nSS100BwScore,topRatedStatus}`: the figures the page showed
    /// (`topRatedStatus` is `not_eligible` without a badge).
    func stats(_ node: JSONNode?, path: String) -> ProfileStats? {
        guard let node, case .object = node.value else { return nil }
        var stats = ProfileStats(source: path, span: node.span)
        stats.totalEarnings = reader.statEarnings(node["totalRevenue"])
        stats.totalJobs = reader.statJobs(node["totalJobsWorked"].map { [$0] } ?? [])
        stats.totalHours = reader.statHours(node["totalHours"])
        stats.jobSuccessScore = reader.statJobSuccessScore(node["nSS100BwScore"])
        stats.badges = reader.statBadge(node["topRatedStatus"], index: 0).map { [$0] } ?? []
        return stats.isEmpty ? nil : stats
    }

    /// `availability.capacity{nid,name}`: the label decides, the id is the fallback.
    func availability(_ node: JSONNode?) -> Availability? {
        guard let node, case .object = node.value else { return nil }
        var availability = Availability(span: node.span)
        let capacity = node["capacity"]
        for key in ["name", "nid"] {
            if let label = reader.text(capacity?[key], "/availability/status"),
                let status = UpworkVocabulary.availabilityStatus(label.value)
            {
                availability.status = Field(status, pointer: label.pointer, span: label.span)
                break
            }
        }
        availability.availableFrom = reader.date(node["availabilityTs"], "/availability/availableFrom")
        availability.updated = reader.date(node["creationTs"], "/availability/updated")
        guard availability.status != nil || availability.availableFrom != nil || availability.updated != nil else {
            return nil
        }
        return availability
    }
}
