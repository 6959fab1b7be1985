import ProfileModel

/// Layer c: `<meta property="og:…">` tags and the `<title>`.
struct PageMetaMapper {
    let bytes: [UInt8]

    struct Result {
        var profile: Profile
        /// The title had Upwork's profile pattern, which on its own marks the page as a profile.
        var titleMatched: Bool
    }

    /// - Parameter meta: the first match of each of `HTMLLandmarks.metaProperties`, in that order.
    func map(title: HTMLMatch?, meta: [HTMLMatch?]) -> Result {
        var profile = Profile()
        var matched = false
        if let title, let field = HTMLTextLocator.field(of: title, deep: true, pointer: "/title", in: bytes),
            let parsed = parseTitle(field)
        {
            profile.fillGaps(from: parsed)
            matched = true
        }
        func content(_ property: String, _ pointer: String) -> Field<String>? {
            guard let index = HTMLLandmarks.metaProperties.firstIndex(of: property), index < meta.count,
                let match = meta[index]
            else { return nil }
            return HTMLTextLocator.field(of: match, deep: true, pointer: pointer, in: bytes)
        }
        var tags = Profile()
        if let ogTitle = content("og:title", "/name") {
            if let parsed = parseTitle(ogTitle) { tags = parsed } else { tags.name = ogTitle }
        }
        tags.overview = content("og:description", "/overview")
        tags.photo = content("og:image", "/photo")
        if let amount = content("product:price:amount", "/hourlyRate"),
            let value = Double(amount.value).flatMap(NumberRange.money.check), value > 0
        {
            let currency = content("product:price:currency", "/hourlyRate")?.value ?? "USD"
            tags.hourlyRate = Field(Money(amount: value, currency: currency), pointer: "/hourlyRate", span: amount.span)
        }
        profile.fillGaps(from: tags)
        return Result(profile: profile, titleMatched: matched)
    }

    /// "Name - Professional title - Upwork Freelancer from City, Country".
    func parseTitle(_ field: Field<String>) -> Profile? {
        let text = Array(field.value.utf8)
        guard let marker = find(Array(" - Upwork Freelancer".utf8), in: text, from: 0) else { return nil }
        var profile = Profile()
        let head = 0..<marker
        if let dash = find(Array(" - ".utf8), in: text[head], from: 0) {
            profile.name = HTMLTextLocator.slice(field, 0..<dash, pointer: "/name")
            profile.title = HTMLTextLocator.slice(field, (dash + 3)..<marker, pointer: "/title")
        } else {
            profile.name = HTMLTextLocator.slice(field, head, pointer: "/name")
        }
        let from = Array(" from ".utf8)
        if let place = find(from, in: text, from: marker) {
            let start = place + from.count
            let comma = (start..<text.count).last { text[$0] == UInt8(ascii: ",") }
            let city = comma.flatMap { HTMLTextLocator.slice(field, start..<$0, pointer: "/location/city") }
            let country = HTMLTextLocator.slice(
                field, (comma.map { $0 + 1 } ?? start)..<text.count,
                pointer: "/location/country")
            profile.location = Location(city: city, country: country)
        }
        return profile
    }

    func find(_ needle: [UInt8], in haystack: some Collection<UInt8>, from start: Int) -> Int? {
        let bytes = Array(haystack)
        guard !needle.isEmpty, start >= 0, start + needle.count <= bytes.count else { return nil }
        for index in start...(bytes.count - needle.count)
        where bytes[index..<index + needle.count].elementsEqual(needle) {
            return index
        }
        return nil
    }
}
