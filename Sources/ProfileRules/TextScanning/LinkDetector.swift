/// Finds links: `https://…`, `www.…`, and bare `name.tld` on a delegated top-level domain (spelled and
/// letter-spaced forms arrive here already folded by `TextNormalizer`). Technology names shaped like domains
/// (`ASP.NET`, `Socket.io`), file names (`setup.py`) and missing spaces after a full stop (`done.Design`) are not
/// links. Links to the marketplace itself are not reported. Internationalised domains (`пример.рф`, `xn--…`),
/// links glued to a label (`WEB:https://…`, `网站：…`) and `mailto:`/`tel:` links are found too; which class a
/// link falls in is `LinkClassifier`'s to say.
enum LinkDetector {
    private static let schemes = ["https://", "http://", "ftp://"].map { Array($0.utf8) }
    private static let pathEnders: ByteSet = ByteSet(" \n\r\"'<>`|")
    private static let trailingPunctuation = ByteSet(".,;:!?)]}'\"")

    static func find(in text: NormalizedText) -> [ContactMatch] {
        let bytes = text.bytes
        var found: [ContactMatch] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard FoldedByte.isWord(byte), isBoundary(before: index, in: bytes) else {
                index += 1
                continue
            }
            let (runEnd, innerDot, hyphen) = hostRun(from: index, in: bytes)
            // A contact scheme is the whole run before its colon: one table probe rules out `Skills:` and the like.
            if runEnd < bytes.count, bytes[runEnd] == 0x3A, contactSchemeNames.contains(bytes, index..<runEnd),
                let (match, end) = schemeLink(at: index, in: text)
            {
                found.append(match)
                index = end
                continue
            }
            // A word of another script glued to a Latin host or scheme ("见bit.ly/…", "主页http://…"): the link
            // starts where the Latin part does. An all-foreign label (`テスト.jp`, `пример.рф`) stays whole.
            let start = latinStart(from: index, to: runEnd, in: bytes)
            let first = bytes[start]
            // Most words have no dot between labels and no scheme: `link` cannot succeed there.
            let mayStartLink = innerDot || first == 0x68 || first == 0x66  // "http…", "ftp…"
            if mayStartLink, let (match, end) = link(at: start, in: text), !afterAt(start, in: bytes) {
                found.append(match)
                index = end
            } else {
                index = hyphen ? hyphenBeforeScheme(in: index..<runEnd, bytes) ?? runEnd : runEnd
            }
        }
        return found
    }

    /// The start of a scheme or `www.` glued after a hyphen inside a run (`Site-https://…`), if any.
    private static func hyphenBeforeScheme(in run: Range<Int>, _ bytes: [UInt8]) -> Int? {
        var position = run.lowerBound + 1
        while position < run.upperBound {
            if bytes[position] == 0x2D, startsSchemeOrWWW(at: position + 1, in: bytes) { return position + 1 }
            position += 1
        }
        return nil
    }

    /// Whether a link may start at `index`: after a space or punctuation, not inside a host, an address or a path.
    /// A label glued before it by `:` or `-` (`WEB:https://…`, `Site-www.…`, `site:acme.com`, full-width `：`
    /// folds to `:`) is a boundary too, as is a word of another script (CJK has no spaces).
    @inline(__always)
    private static func isBoundary(before index: Int, in bytes: [UInt8]) -> Bool {
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        if !isHostByte(previous), previous != 0x40, previous != 0x2F, previous != 0x3A { return true }
        let isLetterLabel = index > 1 && FoldedByte.isLetter(bytes[index - 2])
        if previous == 0x3A, isLetterLabel { return !startsURLPart(before: index - 1, in: bytes) }
        if previous == 0x2D, isLetterLabel { return startsSchemeOrWWW(at: index, in: bytes) }
        return false
    }

    /// Whether the label before a `:` is itself part of a URL (`https:`, `mailto:`, a port or a user name) rather
    /// than a word such as `web:` or `site:`.
    private static func startsURLPart(before colon: Int, in bytes: [UInt8]) -> Bool {
        var start = colon
        while start > 0, FoldedByte.isWord(bytes[start - 1]) { start -= 1 }
        if start > 0, bytes[start - 1] == 0x2F || bytes[start - 1] == 0x2E || bytes[start - 1] == 0x40 { return true }
        let label = bytes[start..<colon]
        return schemes.contains { $0.dropLast(3).elementsEqual(label) } || label.elementsEqual("live".utf8)
    }

    private static let schemesAndWWW = schemes + [Array("www.".utf8)]

    private static func startsSchemeOrWWW(at index: Int, in bytes: [UInt8]) -> Bool {
        schemesAndWWW.contains { scheme in
            index + scheme.count <= bytes.count && bytes[index..<index + scheme.count].elementsEqual(scheme)
        }
    }

    /// Where the Latin part of a host run starts when a foreign-script word is glued before it.
    @inline(__always)
    private static func latinStart(from index: Int, to runEnd: Int, in bytes: [UInt8]) -> Int {
        guard bytes[index] == 0x80 else { return index }
        var position = index
        while position < runEnd, bytes[position] == 0x80 { position += 1 }
        guard position < runEnd, bytes[position] >= 0x61, bytes[position] <= 0x7A else { return index }
        var rest = position
        while rest < bytes.count, rest - position < 256,
            isHostByte(bytes[rest]) || bytes[rest] == 0x3A
                || bytes[rest] == 0x2F
        {
            if bytes[rest] == 0x80 { return index }
            rest += 1
        }
        return position
    }

    /// The contact schemes without their colon (`mailto`, `tel`): the host run before a colon that may start one.
    private static let contactSchemeNames = WordSet(LinkHosts.contactSchemes.keys.map { String($0.dropLast()) })

    /// `mailto:name@host`, `tel:+14155550123`, `sms:…`, `whatsapp://send?…`, `tg://resolve?…`, `skype:name?call`:
    /// links that are a way to reach someone. Written in lower case and with no space, as in markup, so a label
    /// such as `Tel: +1 212 …` stays a phone number.
    private static func schemeLink(at start: Int, in text: NormalizedText) -> (ContactMatch, Int)? {
        let bytes = text.bytes
        var end = start
        while end < bytes.count, !pathEnders.contains(bytes[end]) { end += 1 }
        while end > start, trailingPunctuation.contains(bytes[end - 1]) { end -= 1 }
        let value = String(decoding: bytes[start..<end], as: UTF8.self)
        guard let label = LinkClassifier.schemeLabel(value) else { return nil }
        let original = text.originalRange(of: start..<start + 3)
        guard !text.original[original].contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
        guard let colon = bytes[start..<end].firstIndex(of: 0x3A) else { return nil }
        let rest = bytes[(colon + 1)..<end]
        let valid: Bool
        switch label {
        case "mailto: link": valid = rest.contains(0x40)
        case "tel: link", "sms: link", "call link": valid = rest.filter(FoldedByte.isDigit).count >= 7
        default: valid = rest.starts(with: "//".utf8) || rest.contains(0x3F)
        }
        guard valid else { return nil }
        let range = start..<end
        return (
            ContactMatch(
                kind: .link, range: text.originalRange(of: range), text: text.originalText(of: range),
                value: value, detail: label), end
        )
    }

    /// The end of the host bytes from `start`, whether a dot stands between two labels in them, and whether they
    /// hold a hyphen.
    @inline(__always)
    private static func hostRun(from start: Int, in bytes: [UInt8]) -> (end: Int, innerDot: Bool, hyphen: Bool) {
        var position = start
        var innerDot = false
        var hyphen = false
        while position < bytes.count, isHostByte(bytes[position]) {
            if bytes[position] == 0x2E, position + 1 < bytes.count, FoldedByte.isWord(bytes[position + 1]) {
                innerDot = true
            }
            hyphen = hyphen || bytes[position] == 0x2D
            position += 1
        }
        return (position, innerDot, hyphen)
    }

    /// Whether an `@` stands just before (a domain split from its address by a line break is the address's).
    private static func afterAt(_ start: Int, in bytes: [UInt8]) -> Bool {
        var position = start
        while position > 0, FoldedByte.isWhitespace(bytes[position - 1]), start - position < 2 { position -= 1 }
        return position > 0 && bytes[position - 1] == 0x40
    }

    @inline(__always)
    private static func isHostByte(_ byte: UInt8) -> Bool {
        FoldedByte.isWord(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F
    }

    private static func link(at start: Int, in text: NormalizedText) -> (ContactMatch, Int)? {
        let bytes = text.bytes
        var hostStart = start
        var hasScheme = false
        for scheme in schemes
        where start + scheme.count <= bytes.count
            && bytes[start..<start + scheme.count].elementsEqual(scheme)
        {
            hostStart = start + scheme.count
            hasScheme = true
        }
        // Labels split by single dots.
        var labels: [Range<Int>] = []
        var position = hostStart
        while position < bytes.count, FoldedByte.isWord(bytes[position]) {
            var end = position
            while end < bytes.count, FoldedByte.isWord(bytes[end]) || bytes[end] == 0x2D || bytes[end] == 0x5F {
                end += 1
            }
            labels.append(position..<end)
            guard end + 1 < bytes.count, bytes[end] == 0x2E, FoldedByte.isWord(bytes[end + 1]) else { break }
            position = end + 1
        }
        guard labels.count >= 2, let last = labels.last else { return nil }
        // Most dotted words (`3.5`, `e.g`) end in no TLD: tested on the bytes before any label becomes a string.
        // After a scheme, a last label wholly in another script is a TLD even if the list has not caught up with
        // it: registries delegate new internationalised TLDs every round, and `https://` leaves no doubt.
        guard
            TopLevelDomains.all.contains(bytes, last) || isInternationalTLD(last, in: text)
                || hasScheme && text.original[text.originalRange(of: last)].allSatisfy({ $0 >= 0x80 })
        else { return nil }
        // `www.brand` alone is a brand, not a site: a site is `www.name.tld`.
        if text.string(labels[0]) == "www", labels.count == 2 { return nil }
        let names = labels.map { text.string($0) }
        let tld = names[names.count - 1]
        guard names.dropLast().allSatisfy({ !$0.hasSuffix("-") }),
            bytes[labels[labels.count - 2]].contains(where: FoldedByte.isLetter)
        else { return nil }
        var end = last.upperBound
        // An address's user part ("john.doe@…") is the e-mail detector's.
        var afterHost = end
        while afterHost < bytes.count, bytes[afterHost] == 0x20, afterHost - end < 2 { afterHost += 1 }
        if afterHost < bytes.count, bytes[afterHost] == 0x40 { return nil }
        let hasPath =
            end < bytes.count
            && (bytes[end] == 0x2F
                || (bytes[end] == 0x3A && end + 1 < bytes.count
                    && FoldedByte.isDigit(bytes[end + 1])))
        if hasPath {
            while end < bytes.count, !pathEnders.contains(bytes[end]) { end += 1 }
            while end > last.upperBound, trailingPunctuation.contains(bytes[end - 1]) { end -= 1 }
        }
        let host = names.joined(separator: ".")
        let www = names[0] == "www"
        if !hasScheme, !www, !hasPath {
            // `acme.co.in`, `acme.com.pt`: a registry's second level makes an ambiguous country code a site.
            // Three labels or more ending in a TLD that is a word, not a file extension (`shop.acme.is`) are a site.
            let secondLevel = labels[labels.count - 2]
            let registered =
                names.count >= 3
                && (LinkHosts.registrySecondLevels.contains(bytes, secondLevel)
                    || !LinkHosts.fileExtensionTLDs.contains(tld))
            guard !LinkHosts.technologyNames.contains(host),
                !LinkHosts.ambiguousTLDs.contains(tld) || registered || cueBefore(start, in: bytes),
                !capitalizedLikeASentence(last, in: text)
            else { return nil }
        }
        let bare = String(decoding: bytes[(www ? labels[1].lowerBound : hostStart)..<end], as: UTF8.self)
        if LinkHosts.platform.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return nil }
        let range = start..<end
        // The rule sorts the link into its class (`LinkClassifier`), with the hosts its configuration adds.
        let match = ContactMatch(
            kind: .link, range: text.originalRange(of: range), text: text.originalText(of: range),
            value: bare, detail: "website")
        return (match, end)
    }

    /// `пример.рф`, `例子.中国`: a last label outside Latin is an internationalised TLD when its original text is one.
    private static func isInternationalTLD(_ label: Range<Int>, in text: NormalizedText) -> Bool {
        let original = text.originalRange(of: label)
        guard text.original[original].contains(where: { $0 >= 0x80 }) else { return false }
        return InternationalTopLevelDomains.all.contains(text.originalText(of: label).lowercased())
    }

    private static func cueBefore(_ start: Int, in bytes: [UInt8]) -> Bool {
        var position = start
        var words = 0
        while position > 0, words < 3 {
            position -= 1
            let byte = bytes[position]
            if byte == 0x0A { return false }
            guard FoldedByte.isWord(byte) else { continue }
            var wordStart = position
            while wordStart > 0, FoldedByte.isWord(bytes[wordStart - 1]) { wordStart -= 1 }
            if LinkHosts.linkCues.contains(bytes, wordStart..<position + 1) { return true }
            words += 1
            position = wordStart
        }
        return false
    }

    /// `done.Design`, `launched.Next`: a capital after the dot and lower case after it is a missing space, not a
    /// domain.
    private static func capitalizedLikeASentence(_ label: Range<Int>, in text: NormalizedText) -> Bool {
        let original = text.originalRange(of: label)
        guard original.count >= 2 else { return false }
        let first = text.original[original.lowerBound]
        let second = text.original[original.lowerBound + 1]
        return first >= 0x41 && first <= 0x5A && second >= 0x61 && second <= 0x7A
    }
}

/// Host (or host/path prefix) → value, indexed by host: a link is looked up by its host and each parent domain
/// (`www.t.me`, `t.me`, `me`) instead of by trying every key.
struct HostTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var path: [UInt8]
        var value: Value
        var length: Int
    }

    private let byHost: WordTable<[Entry]>

    init(_ table: [(String, Value)]) {
        var byHost: [String: [Entry]] = [:]
        for (key, value) in table {
            let host = key.split(separator: "/", maxSplits: 1).first.map(String.init) ?? key
            byHost[host, default: []].append(
                Entry(
                    path: Array(key.utf8.dropFirst(host.utf8.count)), value: value,
                    length: key.utf8.count))
        }
        self.byHost = WordTable(byHost.map { ($0.key, $0.value) })
    }

    /// The value of the longest key that matches `link`: its host is the link's host or a parent domain of it,
    /// and its path (if any) starts the link's path.
    func value(for link: [UInt8]) -> Value? {
        let hostEnd = link.firstIndex { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 } ?? link.count
        var best: Entry?
        var start = 0
        while start < hostEnd {
            for entry in byHost.value(link, start..<hostEnd) ?? []
            where entry.length > best?.length ?? 0 && link[hostEnd...].starts(with: entry.path) {
                best = entry
            }
            guard let dot = link[start..<hostEnd].firstIndex(of: 0x2E) else { break }
            start = dot + 1
        }
        return best?.value
    }
}
