import ProfileModel

/// What every input format must satisfy about specialized profiles, checked once after any mapper ran.
enum SpecializedProfileCheck {
    /// Throws for a third specialized profile (the marketplace allows two, source M6) and for two with the same
    /// specialty (`proposal --as SPECIALTY` must name one).
    static func validate(_ profile: Profile, source: SourceFile) throws(ProfileParseError) {
        let items = profile.specializedProfiles
        if items.count > SpecializedProfile.maximumCount {
            let extra = items[SpecializedProfile.maximumCount]
            throw .invalidValue(
                source.location(ofOffset: extra.origin.span.range.lowerBound),
                pointer: extra.origin.pointer,
                expected: "at most \(SpecializedProfile.maximumCount) specialized profiles (Upwork "
                    + "allows two beside the general profile), found \(Wording.number(items.count))")
        }
        var seen: [String: SpecializedProfile] = [:]
        for item in items {
            guard let specialty = item.specialty else { continue }
            let key = SpecializedProfile.specialtyKey(specialty.value)
            if let first = seen[key] {
                let line = source.location(ofOffset: first.origin.span.range.lowerBound).line
                throw .invalidValue(
                    source.location(ofOffset: specialty.span.range.lowerBound),
                    pointer: specialty.pointer,
                    expected: "a specialty of its own; \"\(specialty.value)\" is already the "
                        + "specialty of \(first.origin.pointer) (line \(line))")
            }
            seen[key] = item
        }
    }
}
