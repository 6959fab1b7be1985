import PositionedJSON
import ProfileModel

/// Reads a saved HTML profile page with libxml2's HTML parser.
///
/// Three layers, each filling only what the earlier ones left empty:
/// a. the page's embedded state JSON (`var phpVars = {…}` in 2016 pages), parsed in place so every position
///    points into the HTML file;
/// b. DOM landmarks (`HTMLLandmarks`), under the element that holds the profile;
/// c. `<meta property="og:…">` tags and the `<title>` ("Name - Title - Upwork Freelancer from City, Country").
///
/// A page none of these recognise is an error, not an empty profile.
enum HTMLProfileReader {
    static func read(_ source: SourceFile, limits: ReaderLimits) throws(ProfileParseError) -> ProfileDocument {
        // Only what the layers below read is copied: scripts and attributes by position, the title, meta tags and
        // roots by their first match; a later root is a fallback, asked only when the earlier ones matched nothing.
        let firstRoot = 2 + HTMLLandmarks.metaProperties.count
        let queries =
            [
                HTMLQuery(xpath: HTMLLandmarks.stateScripts, copiesText: false),
                HTMLQuery(xpath: HTMLLandmarks.pageTitle, firstMatchOnly: true),
            ]
            + HTMLLandmarks.metaProperties.map { HTMLQuery(xpath: HTMLLandmarks.meta($0), firstMatchOnly: true) }
            + HTMLLandmarks.roots.enumerated().map { index, root in
                HTMLQuery(
                    xpath: root, children: domQueries, copiesText: false, firstMatchOnly: true,
                    unlessAnswered: Array(firstRoot..<firstRoot + index))
            }
            + [HTMLQuery(xpath: HTMLLandmarks.contactAttributes, copiesText: false)]
        var results = try HTMLDocumentParser.evaluate(queries, in: source, limits: limits)
        let attributes = results.removeLast()
        let metaResults = results[2..<(2 + HTMLLandmarks.metaProperties.count)]
        let rootResults = results[(2 + HTMLLandmarks.metaProperties.count)...]

        var recognised = false
        var profile = Profile()
        if let state = embeddedState(results[0], source: source, limits: limits) {
            profile = state
            recognised = true
        }
        if let root = rootResults.lazy.compactMap(\.first).first {
            let dom = DOMMapper(bytes: source.bytes).map(root)
            if !recognised { profile.span = SourceSpan(range: root.start..<(root.end ?? root.start)) }
            profile.fillGaps(from: dom)
            recognised = true
        }
        let page = PageMetaMapper(bytes: source.bytes).map(
            title: results[1].first,
            meta: Array(metaResults.map(\.first)))
        if recognised || page.titleMatched {
            profile.fillGaps(from: page.profile)
            recognised = true
        }
        guard recognised else {
            throw .unsupportedFormat(
                file: source.path,
                detail: "no Upwork profile found in this HTML page: no phpVars state, no profile element "
                    + "([data-qa-profile-viewer-uid] or Upwork's profile markup) and no \"… - Upwork "
                    + "Freelancer from …\" "
                    + "title; save the profile page itself, or export the profile as JSON")
        }
        profile.pageTexts = pageTexts(attributes, bytes: source.bytes)
        return ProfileDocument(source: source, format: .html, profile: profile)
    }

    /// `mailto:`/`tel:` hrefs and `alt`/`title` attributes as text fields, each located in its start tag when the
    /// value stands there verbatim (else at the tag's `<`).
    static func pageTexts(_ matches: [HTMLMatch], bytes: [UInt8]) -> [Field<String>] {
        matches.compactMap { match in
            guard let (name, value) = match.attribute, !value.allSatisfy(\.isWhitespace) else { return nil }
            let tag = bytes[match.start..<min(match.contentStart, bytes.count)]
            let needle = Array(value.utf8)
            var span = SourceSpan.at(match.start)
            if !needle.isEmpty,
                let offset = tag.indices.first(where: { index in
                    index + needle.count <= tag.endIndex && tag[index..<index + needle.count].elementsEqual(needle)
                })
            {
                span = SourceSpan(
                    range: offset..<offset + needle.count,
                    textMap: TextMap(verbatimAt: offset, length: needle.count))
            }
            return Field(value, pointer: "/$page/\(name)", span: span)
        }
    }

    /// The DOM entries as sub-queries of a profile root.
    static let domQueries = HTMLLandmarks.entries.map { entry in
        HTMLQuery(
            xpath: entry.xpath, children: entry.parts.map { HTMLQuery(xpath: $0.xpath, firstMatchOnly: true) },
            firstMatchOnly: !entry.field.isList)
    }

    // MARK: - a. Embedded state

    /// The profile in a `phpVars` (or JSON-literal `window.__NUXT__`) script, parsed where it stands.
    ///
    /// Script content is raw text (no entities), starting just past the start tag's `>`, so the byte offset of
    /// the `{` in the file is found in the file's own bytes and `JSONReader.parseValue(at:)` reads it in place.
    /// The 2023 page's `window.__NUXT__=(function(a,b,…){…})(…)` is a JavaScript expression, not JSON, and holds
    /// no profile (the page loads it client-side), so a `__NUXT__` that does not start with `{` is skipped.
    static func embeddedState(_ scripts: [HTMLMatch], source: SourceFile, limits: ReaderLimits) -> Profile? {
        let reader = JSONReader(source: source, limits: limits)
        for script in scripts {
            let range = script.contentStart..<(script.end ?? source.bytes.count)
            for (variable, path) in [("phpVars", [String]()), ("__NUXT__", ["state", "profile"])] {
                guard let brace = objectStart(after: variable, in: source.bytes, range: range),
                    let root = try? reader.parseValue(at: brace)
                else { continue }
                let base = UpworkFieldReader().node(at: path, in: root)
                if let base, let (member, name) = UpworkPhpVarsMapper.profileMember(of: base) {
                    return UpworkPhpVarsMapper().map(
                        member: member, path: variable == "phpVars" ? name : "__NUXT__.state.profile.profile")
                }
            }
        }
        return nil
    }

    /// The offset of `{` in `name = {` (or `name={`) inside `range`.
    static func objectStart(after name: String, in bytes: [UInt8], range: Range<Int>) -> Int? {
        let key = Array(name.utf8)
        var index = range.lowerBound
        let upper = min(range.upperBound, bytes.count)
        while index + key.count < upper {
            defer { index += 1 }
            guard bytes[index] == key[0], bytes[index..<index + key.count].elementsEqual(key) else { continue }
            var cursor = index + key.count
            while cursor < upper, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 { cursor += 1 }
            guard cursor < upper, bytes[cursor] == UInt8(ascii: "=") else { continue }
            cursor += 1
            while cursor < upper, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 || bytes[cursor] == 0x0A {
                cursor += 1
            }
            if cursor < upper, bytes[cursor] == UInt8(ascii: "{") { return cursor }
        }
        return nil
    }
}

// MARK: - Merging layers

extension Profile {
    /// Copies from `other` every field this profile lacks; lists move only when this one's is empty.
    mutating func fillGaps(from other: Profile) {
        func take<Value>(_ path: WritableKeyPath<Profile, Value?>) {
            if self[keyPath: path] == nil { self[keyPath: path] = other[keyPath: path] }
        }
        func takeList<Item>(_ path: WritableKeyPath<Profile, [Item]>) {
            if self[keyPath: path].isEmpty { self[keyPath: path] = other[keyPath: path] }
        }
        take(\.name)
        take(\.photo)
        take(\.title)
        take(\.overview)
        take(\.hourlyRate)
        take(\.availability)
        take(\.video)
        take(\.marketplaceCompleteness)
        // Figure by figure: the state's exact numbers first, the header's rounded ones where the state has none.
        if let theirs = other.stats {
            if stats == nil { stats = theirs } else { stats?.fillGaps(from: theirs) }
        }
        if let theirs = other.location {
            var mine = location ?? Location()
            mine.city = mine.city ?? theirs.city
            mine.country = mine.country ?? theirs.country
            location = mine
        }
        takeList(\.skills)
        takeList(\.employment)
        takeList(\.education)
        takeList(\.portfolio)
        takeList(\.certifications)
        takeList(\.linkedAccounts)
        takeList(\.otherExperience)
        takeList(\.languages)
    }
}
