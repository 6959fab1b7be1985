import ProfileModel

/// Turns the matches of `HTMLLandmarks.entries` under a profile root into a `Profile` (layer b).
struct DOMMapper {
    let bytes: [UInt8]

    /// `root.children[i]` holds the matches of `HTMLLandmarks.entries[i]`.
    func map(_ root: HTMLMatch) -> Profile {
        var profile = Profile()
        profile.span = SourceSpan(range: root.start..<(root.end ?? root.start))
        var city: Field<String>?
        var country: Field<String>?
        var stats = ProfileStats(source: "html.profile-header", span: profile.span)
        for (entry, matches) in zip(HTMLLandmarks.entries, root.children) where !matches.isEmpty {
            let first = matches[0]
            switch entry.field {
            case .name: profile.name = profile.name ?? text(first, entry, "/name")
            case .photo:
                guard profile.photo == nil, let source = text(first, entry, "/photo"),
                    HTMLLandmarks.isRealPhoto(source.value)
                else { continue }
                profile.photo = source
            case .title: profile.title = profile.title ?? text(first, entry, "/title")
            case .overview: profile.overview = profile.overview ?? text(first, entry, "/overview")
            case .city: city = city ?? text(first, entry, "/location/city")
            case .country: country = country ?? text(first, entry, "/location/country")
            case .hourlyRate:
                guard profile.hourlyRate == nil, let shown = text(first, entry, "/hourlyRate"),
                    let money = UpworkVocabulary.money(fromDisplay: shown.value), money.amount > 0
                else { continue }
                profile.hourlyRate = Field(money, pointer: "/hourlyRate", span: shown.span)
            case .availability:
                guard profile.availability == nil, let shown = text(first, entry, "/availability/status"),
                    let status = UpworkVocabulary.availabilityStatus(shown.value)
                else { continue }
                profile.availability = Availability(
                    status: Field(status, pointer: shown.pointer, span: shown.span),
                    span: shown.span)
            case .video: profile.video = profile.video ?? text(first, entry, "/video")
            case .skills:
                guard profile.skills.isEmpty else { continue }
                profile.skills = numbered(matches, base: "/skills") { text($0, entry, $1) }
            case .languages:
                guard profile.languages.isEmpty else { continue }
                profile.languages = items(matches, base: "/languages") { match, pointer, origin in
                    var item = Language(origin: origin)
                    item.language = part(match, 0, entry, pointer + "/language").map { trimmingColon($0) }
                    item.proficiency = part(match, 1, entry, pointer + "/proficiency")
                    return item.language == nil ? nil : item
                }
            case .education:
                guard profile.education.isEmpty else { continue }
                profile.education = items(matches, base: "/education") { match, pointer, origin in
                    var item = Education(origin: origin)
                    item.school = part(match, 0, entry, pointer + "/school")
                    item.degree = part(match, 1, entry, pointer + "/degree")
                    return item.school == nil ? nil : item
                }
            case .employment:
                guard profile.employment.isEmpty else { continue }
                profile.employment = items(matches, base: "/employment") { match, pointer, origin in
                    var item = Employment(origin: origin)
                    guard let heading = part(match, 0, entry, pointer + "/title") else { return nil }
                    // "Role | Employer"
                    let pieces = split(heading, on: " | ")
                    item.title =
                        pieces.first.map { HTMLTextLocator.slice(heading, $0, pointer: pointer + "/title") } ?? nil
                    item.company =
                        pieces.count > 1
                        ? HTMLTextLocator.slice(heading, pieces[1], pointer: pointer + "/company")
                        : nil
                    if let period = part(match, 1, entry, pointer + "/from") {
                        // "Month YYYY - Month YYYY" or "… - Present"
                        let range = split(period, on: " - ")
                        if range.count == 2 {
                            item.from = HTMLTextLocator.slice(period, range[0], pointer: pointer + "/from")
                            item.to = HTMLTextLocator.slice(period, range[1], pointer: pointer + "/to")
                        }
                    }
                    return item
                }
            case .portfolio:
                guard profile.portfolio.isEmpty else { continue }
                profile.portfolio = items(matches, base: "/portfolio") { match, pointer, origin in
                    var item = PortfolioItem(origin: origin)
                    item.title = text(match, entry, pointer + "/title")
                    return item.title == nil ? nil : item
                }
            case .linkedAccounts:
                guard profile.linkedAccounts.isEmpty else { continue }
                profile.linkedAccounts = items(matches, base: "/linkedAccounts") { match, pointer, origin in
                    var item = LinkedAccount(origin: origin)
                    item.url = part(match, 0, entry, pointer + "/url")
                    item.service = HTMLTextLocator.field(
                        of: match, deep: true, pointer: pointer + "/service", in: bytes)
                    return item.url == nil ? nil : item
                }
            case .jobSuccess:
                guard stats.jobSuccessScore == nil, let shown = text(first, entry, "/stats/jobSuccessScore"),
                    let figure = UpworkVocabulary.figure(fromDisplay: shown.value),
                    let score = NumberRange.score.int(figure.value)
                else { continue }
                stats.jobSuccessScore = Field(score, pointer: shown.pointer, span: shown.span)
            case .badges:
                guard stats.badges.isEmpty else { continue }
                for match in matches {
                    guard let shown = text(match, entry, "/stats/badges/\(stats.badges.count)"),
                        let badge = UpworkVocabulary.badge(shown.value),
                        !stats.badges.contains(where: { $0.value == badge })
                    else { continue }
                    stats.badges.append(Field(badge, pointer: shown.pointer, span: shown.span))
                }
            case .stats:
                for match in matches { readStat(match, entry, into: &stats) }
            }
        }
        if city != nil || country != nil { profile.location = Location(city: city, country: country) }
        if !stats.isEmpty { profile.stats = stats }
        return profile
    }

    /// One column of the stats block: its caption names the figure, its amount holds it. A figure outside its
    /// range is page text, not a number field, and is not read (Docs/reliability.md, "Numbers").
    func readStat(_ match: HTMLMatch, _ entry: HTMLLandmarks.Entry, into stats: inout ProfileStats) {
        guard let caption = part(match, 1, entry, "/stats"),
            let kind = UpworkVocabulary.statKind(caption: caption.value)
        else { return }
        let key =
            switch kind {
            case .earnings: "totalEarnings"
            case .jobs: "totalJobs"
            case .hours: "totalHours"
            }
        guard let shown = part(match, 0, entry, "/stats/" + key),
            let figure = UpworkVocabulary.figure(fromDisplay: shown.value)
        else { return }
        func field<Value>(_ value: Value?) -> Field<Value>? {
            value.map { Field($0, pointer: shown.pointer, span: shown.span) }
        }
        switch kind {
        case .earnings:
            guard stats.totalEarnings == nil, let amount = NumberRange.money.check(figure.value),
                let currency = UpworkVocabulary.money(fromDisplay: shown.value)?.currency
            else { return }
            stats.totalEarnings = field(Money(amount: amount, currency: currency))
            stats.totalEarningsAtLeast = figure.atLeast
        case .jobs: stats.totalJobs = stats.totalJobs ?? field(NumberRange.count.int(figure.value))
        case .hours: stats.totalHours = stats.totalHours ?? field(NumberRange.hours.check(figure.value))
        }
    }

    // MARK: - Helpers

    func text(_ match: HTMLMatch, _ entry: HTMLLandmarks.Entry, _ pointer: String) -> Field<String>? {
        HTMLTextLocator.field(of: match, deep: entry.deep || match.attribute != nil, pointer: pointer, in: bytes)
    }

    /// The first match of part `index` of an item; parts are read whole.
    func part(_ match: HTMLMatch, _ index: Int, _ entry: HTMLLandmarks.Entry, _ pointer: String) -> Field<String>? {
        guard index < match.children.count, let first = match.children[index].first else { return nil }
        return HTMLTextLocator.field(of: first, deep: true, pointer: pointer, in: bytes)
    }

    func numbered(
        _ matches: [HTMLMatch], base: String,
        make: (HTMLMatch, String) -> Field<String>?
    ) -> [Field<String>] {
        var result: [Field<String>] = []
        for match in matches {
            if let field = make(match, "\(base)/\(result.count)") { result.append(field) }
        }
        return result
    }

    func items<Item>(
        _ matches: [HTMLMatch], base: String,
        make: (HTMLMatch, String, Field<Int>) -> Item?
    ) -> [Item] {
        var result: [Item] = []
        for match in matches {
            let pointer = "\(base)/\(result.count)"
            let origin = Field(
                result.count, pointer: pointer,
                span: SourceSpan(range: match.start..<(match.end ?? match.contentStart)))
            if let item = make(match, pointer, origin) { result.append(item) }
        }
        return result
    }

    /// UTF-8 ranges of the pieces of `field.value` around `separator`.
    func split(_ field: Field<String>, on separator: String) -> [Range<Int>] {
        let text = Array(field.value.utf8)
        let mark = Array(separator.utf8)
        var pieces: [Range<Int>] = []
        var start = 0
        var index = 0
        while index + mark.count <= text.count {
            if text[index..<index + mark.count].elementsEqual(mark) {
                pieces.append(start..<index)
                index += mark.count
                start = index
            } else {
                index += 1
            }
        }
        pieces.append(start..<text.count)
        return pieces
    }

    /// "English:" → "English".
    func trimmingColon(_ field: Field<String>) -> Field<String> {
        guard field.value.hasSuffix(":") else { return field }
        return HTMLTextLocator.slice(field, 0..<(field.value.utf8.count - 1), pointer: field.pointer) ?? field
    }
}
