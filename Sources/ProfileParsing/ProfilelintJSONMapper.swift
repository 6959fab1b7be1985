import PositionedJSON
import ProfileModel

/// Maps a parsed profilelint JSON document (`{"profile": …, "account": …}` or a bare profile) to a `Profile`.
///
/// The layout is documented in the README and `Schemas/profilelint-document.schema.json`. Absent, `null`, `""`
/// and `[]` all mean "absent". Unknown keys are kept in `Profile.unknownFields` for the `unknown-field` rule.
struct ProfilelintJSONMapper {
    let source: SourceFile

    /// The profile object of a document: its `profile` member, or the document itself when it is a bare profile.
    static func profileNode(in root: JSONNode) -> (node: JSONNode, pointerBase: String)? {
        guard case .object = root.value else { return nil }
        if let profile = root["profile"], case .object = profile.value { return (profile, "/profile") }
        return (root, "")
    }

    /// Top-level keys a wrapped document may carry besides `profile`.
    static let documentKeys: Set<String> = ["profile", "account", "$schema"]

    /// The members each object may have, built once: a `Set` literal at the call would be rebuilt for every item.
    enum Keys {
        static let location: Set<String> = ["city", "country"]
        static let employment: Set<String> = ["company", "title", "from", "to", "description"]
        static let education: Set<String> = ["school", "degree", "field", "from", "to", "description"]
        static let portfolio: Set<String> = ["title", "description", "url", "role", "skills"]
        static let certification: Set<String> = ["name", "issuer", "issued", "url"]
        static let linkedAccount: Set<String> = ["service", "url"]
        static let otherExperience: Set<String> = ["subject", "description"]
        static let language: Set<String> = ["language", "proficiency"]
        static let availability: Set<String> = ["status", "availableFrom", "updated"]
        static let marketplaceCompleteness: Set<String> = ["actual", "display", "source"]
        static let stats: Set<String> = [
            "totalEarnings", "totalJobs", "totalHours", "jobSuccessScore", "badges",
            "source",
        ]
        static let earnings: Set<String> = ["amount", "currency", "atLeast"]
        static let specializedProfile: Set<String> = [
            "specialty", "title", "overview", "hourlyRate", "skills",
            "portfolio",
        ]
        static let profile = Set(profileKeys)
    }

    static let profileKeys = ProfilelintJSONLayout.profileKeys

    func map(root: JSONNode) throws(ProfileParseError) -> Profile {
        guard let (node, base) = Self.profileNode(in: root) else {
            throw .invalidValue(location(root), pointer: "/", expected: "a JSON object")
        }
        var profile = Profile()
        profile.span = SourceSpan(range: node.range)
        if base == "/profile" {
            for member in root.members where !Self.documentKeys.contains(member.key) {
                profile.unknownFields.append(
                    unknown(
                        member, pointer: "/\(escape(member.key))",
                        known: Self.documentKeys))
            }
        }
        for member in node.members {
            let value = member.value
            let pointer = "/" + escape(member.key)
            if value.isAbsent, Self.profileKeys.contains(member.key) { continue }
            switch member.key {
            case "name": profile.name = try string(value, pointer)
            case "photo": profile.photo = try urlOrObject(value, pointer)
            case "title": profile.title = try string(value, pointer)
            case "overview": profile.overview = try string(value, pointer)
            case "hourlyRate": profile.hourlyRate = try money(value, pointer)
            case "location":
                let object = try self.object(value, pointer, keys: Keys.location, into: &profile)
                profile.location = Location(city: try object.string("city"), country: try object.string("country"))
            case "availability": profile.availability = try availability(value, pointer, into: &profile)
            case "skills": profile.skills = try strings(value, pointer)
            case "employment":
                profile.employment = try items(
                    value, pointer, keys: Keys.employment,
                    into: &profile
                ) { object, origin throws(ProfileParseError) in
                    var item = Employment(origin: origin)
                    item.company = try object.string("company")
                    item.title = try object.string("title")
                    item.from = try object.string("from")
                    item.to = try object.string("to")
                    item.description = try object.string("description")
                    return item
                }
            case "education":
                profile.education = try items(
                    value, pointer,
                    keys: Keys.education,
                    into: &profile
                ) { object, origin throws(ProfileParseError) in
                    var item = Education(origin: origin)
                    item.school = try object.string("school")
                    item.degree = try object.string("degree")
                    item.field = try object.string("field")
                    item.from = try object.string("from")
                    item.to = try object.string("to")
                    item.description = try object.string("description")
                    return item
                }
            case "portfolio": profile.portfolio = try portfolio(value, pointer, into: &profile)
            case "specializedProfiles":
                profile.specializedProfiles = try specializedProfiles(
                    value, pointer,
                    into: &profile)
            case "certifications":
                profile.certifications = try items(
                    value, pointer, keys: Keys.certification,
                    into: &profile
                ) { object, origin throws(ProfileParseError) in
                    var item = Certification(origin: origin)
                    item.name = try object.string("name")
                    item.issuer = try object.string("issuer")
                    item.issued = try object.string("issued")
                    item.url = try object.string("url")
                    return item
                }
            case "video": profile.video = try urlOrObject(value, pointer)
            case "linkedAccounts":
                profile.linkedAccounts = try items(
                    value, pointer, keys: Keys.linkedAccount,
                    into: &profile
                ) { object, origin throws(ProfileParseError) in
                    var item = LinkedAccount(origin: origin)
                    item.service = try object.string("service")
                    item.url = try object.string("url")
                    return item
                }
            case "otherExperience":
                profile.otherExperience = try items(
                    value, pointer, keys: Keys.otherExperience,
                    into: &profile
                ) { object, origin throws(ProfileParseError) in
                    var item = OtherExperience(origin: origin)
                    item.subject = try object.string("subject")
                    item.description = try object.string("description")
                    return item
                }
            case "languages":
                profile.languages = try items(
                    value, pointer, keys: Keys.language,
                    into: &profile
                ) { object, origin throws(ProfileParseError) in
                    var item = Language(origin: origin)
                    item.language = try object.string("language")
                    item.proficiency = try object.string("proficiency")
                    return item
                }
            case "skillTestCredits":
                guard case .number(let number, _) = value.value, let credits = NumberRange.count.int(number) else {
                    throw .invalidValue(
                        location(value), pointer: pointer,
                        expected: "\(NumberRange.count) (skill test credits)")
                }
                profile.skillTestCredits = Field(credits, pointer: pointer, span: value.span)
            case "importedFromElance":
                guard case .bool(let flag) = value.value else {
                    throw .invalidValue(location(value), pointer: pointer, expected: "true or false")
                }
                profile.importedFromElance = Field(flag, pointer: pointer, span: value.span)
            case "marketplaceCompleteness":
                // What `convert` kept from a saved page or Upwork's JSON: the marketplace's own figure.
                let object = try self.object(value, pointer, keys: Keys.marketplaceCompleteness, into: &profile)
                func percent(_ key: String) throws(ProfileParseError) -> Double? {
                    guard let node = object.node[key], !node.isAbsent else { return nil }
                    guard case .number(let number, _) = node.value, (0...100).contains(number) else {
                        throw .invalidValue(
                            location(node), pointer: pointer + "/" + key,
                            expected: "a percentage from 0 to 100")
                    }
                    return number
                }
                let actual = try percent("actual")
                let display = try percent("display")
                if actual != nil || display != nil {
                    profile.marketplaceCompleteness = MarketplaceCompleteness(
                        actual: actual, display: display, source: try object.string("source")?.value ?? pointer,
                        span: value.span)
                }
            case "stats": profile.stats = try stats(value, pointer, into: &profile)
            case "$schema": continue
            default: profile.unknownFields.append(unknown(member, pointer: pointer, known: Keys.profile))
            }
        }
        return profile
    }

    func portfolio(
        _ node: JSONNode, _ pointer: String,
        into profile: inout Profile
    ) throws(ProfileParseError) -> [PortfolioItem] {
        try items(node, pointer, keys: Keys.portfolio, into: &profile) { object, origin throws(ProfileParseError) in
            var item = PortfolioItem(origin: origin)
            item.title = try object.string("title")
            item.description = try object.string("description")
            item.url = try object.string("url")
            item.role = try object.string("role")
            item.skills = try object.strings("skills")
            return item
        }
    }

    /// `specializedProfiles`: each needs its specialty (it is what `proposal --as` names); the count is checked by
    /// `SpecializedProfileCheck` for every input format alike.
    func specializedProfiles(
        _ node: JSONNode, _ pointer: String,
        into profile: inout Profile
    ) throws(ProfileParseError) -> [SpecializedProfile] {
        guard case .array(let elements) = node.value else {
            throw .invalidValue(location(node), pointer: pointer, expected: "an array of specialized profile objects")
        }
        var result: [SpecializedProfile] = []
        for (index, element) in elements.enumerated() where !element.isAbsent {
            let itemPointer = pointer + "/" + String(index)
            let object = try self.object(element, itemPointer, keys: Keys.specializedProfile, into: &profile)
            var item = SpecializedProfile(
                origin: Field(
                    index, pointer: itemPointer,
                    span: SourceSpan(range: element.range)))
            item.specialty = try object.string("specialty")
            guard item.specialty.map({ !$0.value.allSatisfy(\.isWhitespace) }) ?? false else {
                throw .invalidValue(
                    location(element["specialty"] ?? element), pointer: itemPointer + "/specialty",
                    expected: #"the specialty it is tied to, e.g. "specialty": "Mobile App "#
                        + #"Development""#)
            }
            item.title = try object.string("title")
            item.overview = try object.string("overview")
            if let rate = element["hourlyRate"], !rate.isAbsent {
                item.hourlyRate = try money(rate, itemPointer + "/hourlyRate")
            }
            item.skills = try object.strings("skills")
            if let items = element["portfolio"], !items.isAbsent {
                item.portfolio = try portfolio(items, itemPointer + "/portfolio", into: &profile)
            }
            result.append(item)
        }
        return result
    }

    /// `stats`, as `convert` keeps a page's figures: each number range-checked at its place, badges by name.
    func stats(
        _ node: JSONNode, _ pointer: String,
        into profile: inout Profile
    ) throws(ProfileParseError) -> ProfileStats? {
        let object = try self.object(node, pointer, keys: Keys.stats, into: &profile)
        var stats = ProfileStats(source: try object.string("source")?.value ?? pointer, span: node.span)
        func number(_ key: String, _ range: NumberRange, _ what: String) throws(ProfileParseError) -> Field<Double>? {
            guard let value = node[key], !value.isAbsent else { return nil }
            guard case .number(let number, _) = value.value, let checked = range.check(number) else {
                throw .invalidValue(location(value), pointer: pointer + "/" + key, expected: "\(range) (\(what))")
            }
            return Field(checked, pointer: pointer + "/" + key, span: value.span)
        }
        if let earnings = node["totalEarnings"], !earnings.isAbsent {
            let earningsPointer = pointer + "/totalEarnings"
            _ = try self.object(earnings, earningsPointer, keys: Keys.earnings, into: &profile)
            stats.totalEarnings = try money(earnings, earningsPointer)
            if let atLeast = earnings["atLeast"], !atLeast.isAbsent {
                guard case .bool(let flag) = atLeast.value else {
                    throw .invalidValue(
                        location(atLeast), pointer: earningsPointer + "/atLeast",
                        expected: "true or false")
                }
                stats.totalEarningsAtLeast = flag
            }
        }
        stats.totalJobs = try number("totalJobs", .count, "jobs worked").map {
            Field(
                Int($0.value), pointer: $0.pointer,
                span: $0.span)
        }
        stats.totalHours = try number("totalHours", .hours, "hours worked")
        stats.jobSuccessScore = try number("jobSuccessScore", .score, "the Job Success Score").map {
            Field(Int($0.value), pointer: $0.pointer, span: $0.span)
        }
        if let badges = node["badges"], !badges.isAbsent {
            let allowed = ProfileStats.Badge.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            for field in try strings(badges, pointer + "/badges") {
                guard let badge = ProfileStats.Badge(rawValue: field.value) else {
                    throw .invalidValue(
                        source.location(ofOffset: field.span.range.lowerBound), pointer: field.pointer,
                        expected: "one of \(allowed)")
                }
                if !stats.badges.contains(where: { $0.value == badge }) {
                    stats.badges.append(Field(badge, pointer: field.pointer, span: field.span))
                }
            }
        }
        return stats.isEmpty ? nil : stats
    }

    // MARK: - Value helpers

    func location(_ node: JSONNode) -> SourceLocation { source.location(ofOffset: node.range.lowerBound) }

    func unknown(_ member: JSONMember, pointer: String, known: Set<String>) -> UnknownField {
        UnknownField(
            key: Field(member.key, pointer: pointer, span: SourceSpan(range: member.keyRange)),
            suggestion: closestMatch(to: member.key, in: known.filter { $0 != "$schema" }))
    }

    func string(_ node: JSONNode, _ pointer: String) throws(ProfileParseError) -> Field<String>? {
        if node.isAbsent { return nil }
        guard let text = node.string else {
            throw .invalidValue(location(node), pointer: pointer, expected: "a string")
        }
        return Field(text, pointer: pointer, span: node.span)
    }

    func strings(_ node: JSONNode, _ pointer: String) throws(ProfileParseError) -> [Field<String>] {
        if node.isAbsent { return [] }
        guard case .array(let elements) = node.value else {
            throw .invalidValue(location(node), pointer: pointer, expected: "an array of strings")
        }
        var result: [Field<String>] = []
        for (index, element) in elements.enumerated() {
            if let field = try string(element, pointer + "/" + String(index)) { result.append(field) }
        }
        return result
    }

    /// A URL given as a string or as `{"url": "…"}`.
    func urlOrObject(_ node: JSONNode, _ pointer: String) throws(ProfileParseError) -> Field<String>? {
        if case .object = node.value {
            guard let url = node["url"] else { return nil }
            return try string(url, pointer + "/url")
        }
        return try string(node, pointer)
    }

    func money(_ node: JSONNode, _ pointer: String) throws(ProfileParseError) -> Field<Money>? {
        guard case .object = node.value, let amountNode = node["amount"] else {
            throw .invalidValue(
                location(node), pointer: pointer,
                expected: #"an object {"amount": number, "currency": "USD"}"#)
        }
        let number: Double?
        switch amountNode.value {
        case .number(let value, _): number = value
        case .string(let text, _): number = Double(text)
        default: number = nil
        }
        // `Double("NaN")` and `Double("inf")` parse: the range refuses them with everything else out of range.
        guard let amount = number.flatMap(NumberRange.money.check) else {
            throw .invalidValue(location(amountNode), pointer: pointer + "/amount", expected: "\(NumberRange.money)")
        }
        let currency = node["currency"]?.string ?? "USD"
        return Field(Money(amount: amount, currency: currency), pointer: pointer, span: node.span)
    }

    func availability(
        _ node: JSONNode, _ pointer: String,
        into profile: inout Profile
    ) throws(ProfileParseError) -> Availability? {
        let object = try self.object(node, pointer, keys: Keys.availability, into: &profile)
        var availability = Availability(span: node.span)
        if let statusNode = node["status"], !statusNode.isAbsent {
            guard let text = statusNode.string, let status = Availability.Status(rawValue: text) else {
                let allowed = Availability.Status.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                throw .invalidValue(location(statusNode), pointer: pointer + "/status", expected: "one of \(allowed)")
            }
            availability.status = Field(status, pointer: pointer + "/status", span: statusNode.span)
        }
        availability.availableFrom = try object.string("availableFrom")
        availability.updated = try object.string("updated")
        return availability
    }

    /// An object whose members are checked against `keys`; unknown ones are recorded.
    func object(
        _ node: JSONNode, _ pointer: String, keys: Set<String>,
        into profile: inout Profile
    ) throws(ProfileParseError) -> ObjectView {
        guard case .object(let members) = node.value else {
            throw .invalidValue(location(node), pointer: pointer, expected: "an object")
        }
        for member in members where !keys.contains(member.key) {
            profile.unknownFields.append(unknown(member, pointer: pointer + "/" + escape(member.key), known: keys))
        }
        return ObjectView(mapper: self, node: node, pointer: pointer)
    }

    /// An array of objects, each mapped by `make`; absent items are skipped but keep their index in pointers.
    func items<Item>(
        _ node: JSONNode, _ pointer: String, keys: Set<String>, into profile: inout Profile,
        make: (ObjectView, Field<Int>) throws(ProfileParseError) -> Item
    ) throws(ProfileParseError)
        -> [Item]
    {
        guard case .array(let elements) = node.value else {
            throw .invalidValue(location(node), pointer: pointer, expected: "an array of objects")
        }
        var result: [Item] = []
        for (index, element) in elements.enumerated() where !element.isAbsent {
            let itemPointer = pointer + "/" + String(index)
            let view = try object(element, itemPointer, keys: keys, into: &profile)
            result.append(try make(view, Field(index, pointer: itemPointer, span: SourceSpan(range: element.range))))
        }
        return result
    }

    /// RFC 6901 escaping of one pointer segment.
    func escape(_ key: String) -> String {
        JSONPointer.escape(key)
    }

    struct ObjectView {
        let mapper: ProfilelintJSONMapper
        let node: JSONNode
        let pointer: String

        func string(_ key: String) throws(ProfileParseError) -> Field<String>? {
            guard let value = node[key] else { return nil }
            return try mapper.string(value, pointer + "/" + key)
        }

        func strings(_ key: String) throws(ProfileParseError) -> [Field<String>] {
            guard let value = node[key] else { return [] }
            return try mapper.strings(value, pointer + "/" + key)
        }
    }
}
