import PositionedJSON
import ProfileModel

/// Builders for the list sections, shared by the three Upwork shapes; each shape names its own keys.
///
/// The default keys are GraphQL's (`companyName`, `institutionName`, …), which phpVars already used in 2016;
/// REST passes its `exp_*`/`ed_*`/`pi_*` names. Alternatives are tried in order.
enum UpworkItems {
    struct EmploymentKeys {
        var company = ["companyName", "company"]
        var title = ["jobTitle", "title", "role"]
        var from = ["startDate", "startDateTime", "dateStarted"]
        var to = ["endDate", "endDateTime", "dateEnded"]
        var description = ["description", "comment"]
    }

    struct EducationKeys {
        var school = ["institutionName", "school"]
        var degree = ["degree"]
        var field = ["areaOfStudy", "field"]
        var from = ["startDate", "startDateTime", "dateStarted"]
        var to = ["endDate", "endDateTime", "dateEnded"]
        var description = ["description", "comment"]
    }

    struct PortfolioKeys {
        var title = ["title"]
        var description = ["description", "projectGoal"]
        var url = ["projectUrl", "url", "link"]
        var role = ["role"]
        var skills = ["skills", "tags"]
    }

    static func employment(
        _ nodes: [JSONNode], reader: UpworkFieldReader,
        keys: EmploymentKeys = EmploymentKeys()
    ) -> [Employment] {
        reader.collect(nodes, base: "/employment") { node, pointer, origin in
            var item = Employment(origin: origin)
            item.company = reader.text(in: node, keys.company, pointer + "/company")
            item.title = reader.text(in: node, keys.title, pointer + "/title")
            item.from = dateText(in: node, keys.from, pointer + "/from", reader)
            item.to = dateText(in: node, keys.to, pointer + "/to", reader)
            item.description = reader.text(in: node, keys.description, pointer + "/description")
            return [item.company, item.title, item.description].allSatisfy({ $0 == nil }) ? nil : item
        }
    }

    static func education(
        _ nodes: [JSONNode], reader: UpworkFieldReader,
        keys: EducationKeys = EducationKeys()
    ) -> [Education] {
        reader.collect(nodes, base: "/education") { node, pointer, origin in
            var item = Education(origin: origin)
            item.school = reader.text(in: node, keys.school, pointer + "/school")
            item.degree = reader.text(in: node, keys.degree, pointer + "/degree")
            item.field = reader.text(in: node, keys.field, pointer + "/field")
            item.from = dateText(in: node, keys.from, pointer + "/from", reader)
            item.to = dateText(in: node, keys.to, pointer + "/to", reader)
            item.description = reader.text(in: node, keys.description, pointer + "/description")
            return [item.school, item.degree, item.field, item.description].allSatisfy({ $0 == nil }) ? nil : item
        }
    }

    static func portfolio(
        _ nodes: [JSONNode], reader: UpworkFieldReader, keys: PortfolioKeys = PortfolioKeys(),
        base: String = "/portfolio"
    ) -> [PortfolioItem] {
        reader.collect(nodes, base: base) { node, pointer, origin in
            var item = PortfolioItem(origin: origin)
            item.title = reader.text(in: node, keys.title, pointer + "/title")
            item.description = reader.text(in: node, keys.description, pointer + "/description")
            item.url = reader.text(in: node, keys.url, pointer + "/url")
            item.role = reader.text(in: node, keys.role, pointer + "/role")
            if let skills = keys.skills.lazy.compactMap({ node[$0] }).first {
                item.skills = reader.skills(
                    reader.items(skills), base: pointer + "/skills",
                    labelKeys: ["prettyName", "preferredLabel", "name", "skill"])
            }
            return item.title == nil && item.description == nil && item.url == nil ? nil : item
        }
    }

    /// Certificates: GraphQL `certificates` / phpVars `certificates`, and TalentProfile `communityCertificates`
    /// whose name sits in `certificate` or `otherCertificate`.
    static func certifications(_ nodes: [JSONNode], reader: UpworkFieldReader) -> [Certification] {
        reader.collect(nodes, base: "/certifications") { node, pointer, origin in
            var item = Certification(origin: origin)
            let inner = [node["certificate"], node["otherCertificate"], node].compactMap { $0 }
            for object in inner where item.name == nil {
                item.name = reader.text(in: object, ["name", "title"], pointer + "/name")
                item.issuer = reader.text(in: object, ["provider", "issuedBy", "issuer"], pointer + "/issuer")
            }
            item.issued = dateText(in: node, ["earnedDate", "dateEarned", "issued"], pointer + "/issued", reader)
            item.url = reader.text(in: node, ["url", "providerLink"], pointer + "/url")
            return item.name == nil && item.url == nil ? nil : item
        }
    }

    static func otherExperience(_ nodes: [JSONNode], reader: UpworkFieldReader) -> [OtherExperience] {
        reader.collect(nodes, base: "/otherExperience") { node, pointer, origin in
            var item = OtherExperience(origin: origin)
            item.subject = reader.text(node["subject"], pointer + "/subject")
            item.description = reader.text(node["description"], pointer + "/description")
            return item.subject == nil && item.description == nil ? nil : item
        }
    }

    private static func dateText(
        in node: JSONNode, _ keys: [String], _ pointer: String,
        _ reader: UpworkFieldReader
    ) -> Field<String>? {
        for key in keys {
            if let field = reader.date(node[key], pointer) { return field }
        }
        return nil
    }
}
