import ProfileModel

/// Writes a `Profile` as a profilelint JSON document (`profilelint convert`), keys in the documented order.
package enum ProfileJSONWriter {
    /// The document text, pretty-printed with two-space indentation and a final newline.
    package static func write(_ profile: Profile) -> String {
        var members: [(String, JSON)] = []
        func add(_ key: String, _ value: JSON?) { if let value { members.append((key, value)) } }
        func text(_ field: Field<String>?) -> JSON? { field.map { .string($0.value) } }
        func object(_ pairs: [(String, JSON?)]) -> JSON? {
            let present = pairs.compactMap { key, value in value.map { (key, $0) } }
            return present.isEmpty ? nil : .object(present)
        }
        func list(_ items: [JSON?]) -> JSON? {
            let present = items.compactMap { $0 }
            return present.isEmpty ? nil : .array(present)
        }
        func money(_ rate: Field<Money>?) -> JSON? {
            rate.map { .object([("amount", .number($0.value.amount)), ("currency", .string($0.value.currency))]) }
        }
        add("name", text(profile.name))
        add("photo", text(profile.photo))
        add("title", text(profile.title))
        add("overview", text(profile.overview))
        add("hourlyRate", money(profile.hourlyRate))
        add("location", object([("city", text(profile.location?.city)), ("country", text(profile.location?.country))]))
        add(
            "availability",
            profile.availability.flatMap {
                object([
                    ("status", $0.status.map { .string($0.value.rawValue) }),
                    ("availableFrom", text($0.availableFrom)), ("updated", text($0.updated)),
                ])
            })
        add("skills", list(profile.skills.map(text)))
        add(
            "employment",
            list(
                profile.employment.map {
                    object([
                        ("company", text($0.company)), ("title", text($0.title)), ("from", text($0.from)),
                        ("to", text($0.to)), ("description", text($0.description)),
                    ])
                }))
        add(
            "education",
            list(
                profile.education.map {
                    object([
                        ("school", text($0.school)), ("degree", text($0.degree)), ("field", text($0.field)),
                        ("from", text($0.from)), ("to", text($0.to)), ("description", text($0.description)),
                    ])
                }))
        func portfolio(_ items: [PortfolioItem]) -> JSON? {
            list(
                items.map {
                    object([
                        ("title", text($0.title)), ("description", text($0.description)), ("url", text($0.url)),
                        ("role", text($0.role)), ("skills", list($0.skills.map(text))),
                    ])
                })
        }
        add("portfolio", portfolio(profile.portfolio))
        add(
            "certifications",
            list(
                profile.certifications.map {
                    object([
                        ("name", text($0.name)), ("issuer", text($0.issuer)), ("issued", text($0.issued)),
                        ("url", text($0.url)),
                    ])
                }))
        add("video", text(profile.video))
        add(
            "linkedAccounts",
            list(
                profile.linkedAccounts.map {
                    object([("service", text($0.service)), ("url", text($0.url))])
                }))
        add(
            "otherExperience",
            list(
                profile.otherExperience.map {
                    object([("subject", text($0.subject)), ("description", text($0.description))])
                }))
        add(
            "languages",
            list(
                profile.languages.map {
                    object([("language", text($0.language)), ("proficiency", text($0.proficiency))])
                }))
        add("skillTestCredits", profile.skillTestCredits.map { .number(Double($0.value)) })
        add("importedFromElance", profile.importedFromElance.map { .bool($0.value) })
        add(
            "specializedProfiles",
            list(
                profile.specializedProfiles.map {
                    object([
                        ("specialty", text($0.specialty)), ("title", text($0.title)), ("overview", text($0.overview)),
                        ("hourlyRate", money($0.hourlyRate)), ("skills", list($0.skills.map(text))),
                        ("portfolio", portfolio($0.portfolio)),
                    ])
                }))
        // The marketplace's own figure, so that a converted profile still shows it beside ours.
        add(
            "marketplaceCompleteness",
            profile.marketplaceCompleteness.flatMap {
                object([
                    ("actual", $0.actual.map(JSON.number)), ("display", $0.display.map(JSON.number)),
                    ("source", .string($0.source)),
                ])
            })
        // The page's own figures, so that converting loses nothing the page showed.
        add(
            "stats",
            profile.stats.flatMap { stats in
                guard !stats.isEmpty else { return nil }
                let earnings = stats.totalEarnings.map { field -> JSON in
                    .object(
                        [("amount", .number(field.value.amount)), ("currency", .string(field.value.currency))]
                            + (stats.totalEarningsAtLeast ? [("atLeast", .bool(true))] : []))
                }
                return object([
                    ("totalEarnings", earnings),
                    ("totalJobs", stats.totalJobs.map { .number(Double($0.value)) }),
                    ("totalHours", stats.totalHours.map { .number($0.value) }),
                    ("jobSuccessScore", stats.jobSuccessScore.map { .number(Double($0.value)) }),
                    ("badges", list(stats.badges.map { .string($0.value.rawValue) })),
                    ("source", .string(stats.source)),
                ])
            })
        return JSON.object([("profile", .object(members))]).documentText() + "\n"
    }
}
