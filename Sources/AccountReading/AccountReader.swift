@_exported import EligibilityEngine
@_exported import PositionedJSON
import ProfileModel

/// Reads the account record (`docs/eligibility.md`) for the eligibility engine: the `account` member of a
/// profilelint document, or a file that is a bare account.
///
/// `null` means absent. A wrong type, a bad date or an unknown key is an error naming the JSON Pointer, since a
/// mistyped account field would otherwise turn a criterion into a silent `unknown`.
public enum AccountReader {
    /// Keys of the account object.
    static let accountKeys: Set<String> = [
        "type", "asOf", "joined", "firstContractStarted", "jss", "jssHistory", "earnings12m", "contracts",
        "availability", "holds", "lastActivity", "identityVerified", "readinessTestPassed", "offPlatformViolations",
        "importedFromElance", "owner", "members", "agencyProfile", "$schema",
    ]

    /// The account in `source`: its `account` member, or the whole file when it is a bare account; `nil` when the
    /// file holds none (a profile without an `account` member).
    public static func readAccount(_ source: SourceFile) throws(ProfileParseError) -> Account? {
        let root = try JSONReader(source: source).parseDocument()
        return try readAccount(root: root, source: source)
    }

    /// The account in an already parsed document (see `readAccount(_:)`).
    public static func readAccount(root: JSONNode, source: SourceFile) throws(ProfileParseError) -> Account? {
        guard case .object = root.value else {
            throw .invalidValue(
                source.location(ofOffset: root.range.lowerBound), pointer: "",
                expected: "a JSON object")
        }
        if let account = root["account"] { return try readAccount(member: account, source: source) }
        guard isBareAccount(root) else { return nil }
        return try Mapper(source: source).account(root, "")
    }

    /// Whether `source` is a bare account file, the eligibility engine's input (see `isBareAccount`), for the
    /// commands that take profiles: such a file is no profile to lint.
    public static func isBareAccountFile(_ source: SourceFile, limits: ReaderLimits) -> Bool {
        guard let root = try? JSONReader(source: source, limits: limits).parseDocument(), case .object = root.value
        else { return false }
        return root["account"] == nil && isBareAccount(root)
    }

    /// Whether a profile document whose unknown fields are `unknownKeys` can be a bare account file, without
    /// parsing it again: a bare account has a key that is an account key or a near miss of one and no profile key
    /// (the keys both share, `$schema`, `availability` and `importedFromElance`, are not enough), so the profile
    /// mapping reports that key as unknown. Only then is `isBareAccountFile` worth its second parse.
    public static func mayBeBareAccount(unknownKeys: some Sequence<String>) -> Bool {
        unknownKeys.contains { accountKeys.contains($0) || closestMatch(to: $0, in: accountKeys) != nil }
    }

    /// A bare account has only account keys, and at least one that a profile never has. A key that is no profile
    /// field but a near miss of an account key ("jsss") still makes it a bare account, so the mapper reports the
    /// typo instead of "no account record".
    static func isBareAccount(_ root: JSONNode) -> Bool {
        let keys = Set(root.members.map(\.key))
        let unknown = keys.subtracting(accountKeys)
        let typos = unknown.filter {
            !ProfilelintJSONLayout.profileKeys.contains($0) && closestMatch(to: $0, in: accountKeys) != nil
        }
        return root["profile"] == nil && unknown == typos
            && !keys.subtracting(["$schema", "availability", "importedFromElance"]).isEmpty
    }

    /// The account in a document's `account` member, as `ProfileReader.readWithAccount` returns it; `nil` when it
    /// is `null`.
    public static func readAccount(member node: JSONNode, source: SourceFile) throws(ProfileParseError) -> Account? {
        node.isNull ? nil : try Mapper(source: source).account(node, "/account")
    }

    /// Whether `source` is a full profilelint document: a JSON object with a non-empty `profile` member.
    public static func isFullDocument(_ source: SourceFile) -> Bool {
        guard let root = try? JSONReader(source: source).parseDocument() else { return false }
        return root["profile"].map { !$0.members.isEmpty } ?? false
    }
}

extension JSONNode {
    fileprivate var isNull: Bool {
        if case .null = value { return true }
        return false
    }
}

/// Maps JSON nodes to the engine's account types, throwing `invalidValue` with the pointer on a mismatch.
private struct Mapper {
    let source: SourceFile

    func fail(_ node: JSONNode, _ pointer: String, _ expected: String) -> ProfileParseError {
        .invalidValue(source.location(ofOffset: node.range.lowerBound), pointer: pointer, expected: expected)
    }

    /// An object's non-null members, each with its pointer.
    struct Fields {
        let node: JSONNode
        let pointer: String
        let members: [String: (node: JSONNode, pointer: String)]

        subscript(key: String) -> (node: JSONNode, pointer: String)? { members[key] }
    }

    /// The members of an object, each with its pointer; unknown keys are an error that suggests the closest key.
    func object(_ node: JSONNode, _ pointer: String, keys: Set<String>) throws(ProfileParseError) -> Fields {
        guard case .object(let members) = node.value else { throw fail(node, pointer, "an object") }
        var result: [String: (JSONNode, String)] = [:]
        for member in members {
            let memberPointer = "\(pointer)/\(JSONPointer.escape(member.key))"
            guard keys.contains(member.key) else {
                let suggestion = closestMatch(to: member.key, in: keys).map { " (did you mean \"\($0)\"?)" } ?? ""
                throw .invalidValue(
                    source.location(ofOffset: member.keyRange.lowerBound), pointer: memberPointer,
                    expected: "a known key" + suggestion)
            }
            if !member.value.isNull { result[member.key] = (member.value, memberPointer) }
        }
        return Fields(node: node, pointer: pointer, members: result)
    }

    func date(_ field: (node: JSONNode, pointer: String)?) throws(ProfileParseError) -> CalendarDate? {
        guard let (node, pointer) = field else { return nil }
        guard let text = node.string, let date = CalendarDate(text) else {
            throw fail(node, pointer, "a date \"YYYY-MM-DD\"")
        }
        return date
    }

    /// A number inside `range` (money amounts by default), through the one checked conversion.
    func number(
        _ field: (node: JSONNode, pointer: String)?, _ range: NumberRange = .money
    )
        throws(ProfileParseError) -> Double?
    {
        guard let (node, pointer) = field else { return nil }
        guard case .number(let value, _) = node.value, let checked = range.check(value) else {
            throw fail(node, pointer, range.description)
        }
        return checked
    }

    func score(_ field: (node: JSONNode, pointer: String)?) throws(ProfileParseError) -> Int? {
        guard let (node, pointer) = field else { return nil }
        guard case .number(let value, _) = node.value, let score = NumberRange.score.int(value) else {
            throw fail(node, pointer, NumberRange.score.description)
        }
        return score
    }

    func bool(_ field: (node: JSONNode, pointer: String)?) throws(ProfileParseError) -> Bool? {
        guard let (node, pointer) = field else { return nil }
        guard case .bool(let flag) = node.value else { throw fail(node, pointer, "true or false") }
        return flag
    }

    func string(_ field: (node: JSONNode, pointer: String)?) throws(ProfileParseError) -> String? {
        guard let (node, pointer) = field else { return nil }
        guard let text = node.string else { throw fail(node, pointer, "a string") }
        return text
    }

    /// An array of objects with `keys`, each mapped by `make`.
    func list<Item>(
        _ field: (node: JSONNode, pointer: String)?, keys: Set<String>,
        _ make: (Fields) throws(ProfileParseError) -> Item
    )
        throws(ProfileParseError) -> [Item]?
    {
        guard let (node, pointer) = field else { return nil }
        guard case .array(let elements) = node.value else { throw fail(node, pointer, "an array of objects") }
        var items: [Item] = []
        for (index, element) in elements.enumerated() {
            items.append(try make(try object(element, "\(pointer)/\(index)", keys: keys)))
        }
        return items
    }

    /// A required date member of a list item.
    func requiredDate(_ fields: Fields, _ key: String) throws(ProfileParseError) -> CalendarDate {
        guard let date = try date(fields[key]) else {
            throw fail(fields.node, "\(fields.pointer)/\(key)", "a date \"YYYY-MM-DD\"")
        }
        return date
    }

    // MARK: - Account

    func account(_ node: JSONNode, _ pointer: String) throws(ProfileParseError) -> Account {
        let fields = try object(node, pointer, keys: AccountReader.accountKeys)
        var account = Account()
        if let (typeNode, typePointer) = fields["type"] {
            guard let text = typeNode.string, let kind = Account.Kind(rawValue: text) else {
                throw fail(typeNode, typePointer, #""freelancer" or "agency""#)
            }
            account.type = kind
        }
        account.asOf = try date(fields["asOf"])
        account.joined = try date(fields["joined"])
        account.firstContractStarted = try date(fields["firstContractStarted"])
        account.jss = try score(fields["jss"])
        account.jssHistory = try list(fields["jssHistory"], keys: ["week", "jss", "risingTalent"]) {
            week throws(ProfileParseError) in
            Account.Week(
                week: try requiredDate(week, "week"), jss: try score(week["jss"]),
                risingTalent: try bool(week["risingTalent"]))
        }
        account.earnings12m = try number(fields["earnings12m"])
        account.contracts = try contracts(fields["contracts"])
        account.availability = try availability(fields["availability"])
        account.holds = try holds(fields["holds"])
        account.lastActivity = try date(fields["lastActivity"])
        account.identityVerified = try bool(fields["identityVerified"])
        account.readinessTestPassed = try bool(fields["readinessTestPassed"])
        account.offPlatformViolations = try list(fields["offPlatformViolations"], keys: ["date"]) {
            item throws(ProfileParseError) in
            try requiredDate(item, "date")
        }
        account.importedFromElance = try bool(fields["importedFromElance"])
        if let owner = fields["owner"] {
            let ownerFields = try object(owner.node, owner.pointer, keys: ["jss", "profileCompleteness"])
            account.owner = Account.Owner(
                jss: try score(ownerFields["jss"]),
                profileCompleteness: try number(ownerFields["profileCompleteness"], .percent))
        }
        account.members = try list(fields["members"], keys: ["name", "jss", "profileCompleteness", "profile", "holds"])
        {
            member throws(ProfileParseError) in
            Account.Member(
                name: try string(member["name"]), jss: try score(member["jss"]),
                profileCompleteness: try number(member["profileCompleteness"], .percent),
                profilePath: try string(member["profile"]), holds: try holds(member["holds"]))
        }
        if let profile = fields["agencyProfile"] {
            let profileFields = try object(profile.node, profile.pointer, keys: ["logo", "overview", "services"])
            var services: [String] = []
            if let (servicesNode, servicesPointer) = profileFields["services"] {
                guard case .array(let elements) = servicesNode.value else {
                    throw fail(servicesNode, servicesPointer, "an array of strings")
                }
                for (index, element) in elements.enumerated() {
                    guard let text = element.string else {
                        throw fail(element, "\(servicesPointer)/\(index)", "a string")
                    }
                    services.append(text)
                }
            }
            account.agencyProfile = Account.AgencyProfile(
                logo: try string(profileFields["logo"]),
                overview: try string(profileFields["overview"]),
                services: services)
        }
        return account
    }

    func holds(_ field: (node: JSONNode, pointer: String)?) throws(ProfileParseError) -> [Account.Hold]? {
        try list(field, keys: ["from", "to"]) { hold throws(ProfileParseError) in
            Account.Hold(from: try requiredDate(hold, "from"), to: try date(hold["to"]))
        }
    }

    func availability(
        _ field: (node: JSONNode, pointer: String)?
    ) throws(ProfileParseError)
        -> Account.AvailabilitySetting?
    {
        guard let field else { return nil }
        let fields = try object(field.node, field.pointer, keys: ["status", "availableFrom", "updated"])
        var status: Availability.Status?
        if let (statusNode, statusPointer) = fields["status"] {
            guard let text = statusNode.string, let value = Availability.Status(rawValue: text) else {
                let allowed = Availability.Status.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                throw fail(statusNode, statusPointer, "one of \(allowed)")
            }
            status = value
        }
        return Account.AvailabilitySetting(
            status: status, availableFrom: try date(fields["availableFrom"]),
            updated: try date(fields["updated"]))
    }

    func contracts(_ field: (node: JSONNode, pointer: String)?) throws(ProfileParseError) -> [Account.Contract]? {
        let keys: Set<String> = [
            "id", "client", "category", "started", "ended", "earnings", "payments", "feedback",
            "disputed", "clientFlagged",
        ]
        return try list(field, keys: keys) { item throws(ProfileParseError) in
            var contract = Account.Contract()
            contract.id = try string(item["id"])
            contract.client = try string(item["client"])
            contract.category = try string(item["category"])
            contract.started = try date(item["started"])
            contract.ended = try date(item["ended"])
            contract.earnings = try number(item["earnings"])
            contract.payments =
                try list(item["payments"], keys: ["date", "amount"]) { payment throws(ProfileParseError) in
                    guard let amount = try number(payment["amount"]) else {
                        throw fail(payment.node, "\(payment.pointer)/amount", "a payment amount")
                    }
                    return Account.Contract.Payment(date: try requiredDate(payment, "date"), amount: amount)
                } ?? []
            if let feedback = item["feedback"] {
                let feedbackFields = try object(feedback.node, feedback.pointer, keys: ["publicStars", "privateScore"])
                contract.feedback = Account.Contract.Feedback(
                    publicStars: try number(feedbackFields["publicStars"], NumberRange(1...5)),
                    privateScore: try number(feedbackFields["privateScore"], NumberRange(0...10)))
            }
            contract.disputed = try bool(item["disputed"]) ?? false
            contract.clientFlagged = try bool(item["clientFlagged"]) ?? false
            return contract
        }
    }
}
