import PositionedJSON
import ProfileModel

/// Specialized profiles in Upwork's shapes: GraphQL `TalentProfile.specializedProfiles` with its
/// `specializedProfilesSkills` and `specializedProfilesProjects`, and a saved page's `specializedProfilesInfo`.
///
/// Field names come from `upwork_graphql_profile_types_fieldlist.json` (`TalentSpecializedProfile`: `profileId`,
/// `occupations`, `occupationId`, `primary`, `title`, `description`, `hourlyRate{rawValue,currency}`;
/// `TalentSpecializedProfileSkill{skills[{ontologySkill{skill{preferredLabel}}}]}`;
/// `TalentSpecializedProfilesProject{profileId, project{title,description,projectUrl,role}}`). Two things the
/// field list leaves open are settled here: a skill list carries no `profileId`, so the N-th list belongs to the
/// N-th profile; and an entry with `primary: true` is the general profile, not a specialized one.
enum UpworkSpecializedProfiles {
    /// The specialized profiles of a `TalentProfile` object (or a saved page's profile state).
    static func map(_ object: JSONNode, reader: UpworkFieldReader) -> [SpecializedProfile] {
        let entries = reader.items(object["specializedProfiles"] ?? object["specializedProfilesInfo"])
        let skillLists = reader.items(object["specializedProfilesSkills"])
        let projects = reader.items(object["specializedProfilesProjects"])
        var result: [SpecializedProfile] = []
        for (position, entry) in entries.enumerated() {
            if case .bool(true) = entry["primary"]?.value { continue }
            let pointer = "/specializedProfiles/\(result.count)"
            var item = SpecializedProfile(
                origin: Field(
                    result.count, pointer: pointer,
                    span: SourceSpan(range: entry.range)))
            item.specialty =
                reader.text(in: entry, ["specialty", "occupationName"], pointer + "/specialty")
                ?? reader.items(entry["occupations"]).lazy.compactMap {
                    reader.text($0, pointer + "/specialty")
                        ?? reader.text(in: $0, ["preferredLabel", "name"], pointer + "/specialty")
                }.first
                ?? reader.text(entry["occupationId"], pointer + "/specialty")
            item.title = reader.text(entry["title"], pointer + "/title")
            item.overview = reader.text(in: entry, ["description", "overview"], pointer + "/overview")
            if let rate = entry["hourlyRate"] {
                item.hourlyRate = reader.money(
                    amount: rate["rawValue"] ?? rate["amount"],
                    currency: rate["currency"]?.string, span: rate.span
                )
                .map { Field($0.value, pointer: pointer + "/hourlyRate", span: $0.span) }
            }
            let ownSkills = entry["skills"] ?? (position < skillLists.count ? skillLists[position]["skills"] : nil)
            item.skills = reader.skills(
                reader.items(ownSkills).map { $0["ontologySkill"]?["skill"] ?? $0 },
                base: pointer + "/skills", labelKeys: ["preferredLabel", "prettyName", "name"])
            let profileID = entry["profileId"]?.string
            let ownProjects =
                profileID.map { id in
                    projects.filter { $0["profileId"]?.string == id }.compactMap { $0["project"] }
                } ?? []
            item.portfolio = UpworkItems.portfolio(
                ownProjects + reader.items(entry["portfolio"]), reader: reader,
                base: pointer + "/portfolio")
            result.append(item)
        }
        return result
    }
}
