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
        let hostClasses = Self.hostClasses  // read once, not per run
        var found: [ContactMatch] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard FoldedByte.isWord(byte), isBoundary(before: index, in: bytes) else {
                index += 1
                continue
            }
            let (runEnd, innerDot, hyphen) = hostRun(from: index, in: bytes, classes: hostClasses)
            // A contact scheme is the whole run before its colon: one table probe rules out `Skills:` and the like.
            if runEnd < bytes.count, bytes[runEnd] == Byte.colon, contactSchemeNames.contains(bytes, index..<runEnd),
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
            let mayStartLink = innerDot || first == Byte.lowerH || first == Byte.lowerF  // "http…", "ftp…"
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
            if bytes[position] == Byte.hyphen, startsSchemeOrWWW(at: position + 1, in: bytes) { return position + 1 }
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
        if !isHostByte(previous), previous != Byte.at, previous != Byte.slash, previous != Byte.colon { return true }
        let isLetterLabel = index > 1 && FoldedByte.isLetter(bytes[index - 2])
        if previous == Byte.colon, isLetterLabel { return !startsURLPart(before: index - 1, in: bytes) }
        if previous == Byte.hyphen, isLetterLabel { return startsSchemeOrWWW(at: index, in: bytes) }
        return false
    }

    /// Whether the label before a `:` is itself part of a URL (`https:`, `mailto:`, a port or a user name) rather
    /// than a word such as `web:` or `site:`.
    private static func startsURLPart(before colon: Int, in bytes: [UInt8]) -> Bool {
        var start = colon
        while start > 0, FoldedByte.isWord(bytes[start - 1]) { start -= 1 }
        if start > 0, bytes[start - 1] == Byte.slash || bytes[start - 1] == Byte.dot || bytes[start - 1] == Byte.at {
            return true
        }
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
        guard bytes[index] == Byte.nonASCIILetter else { return index }
        var position = index
        while position < runEnd, bytes[position] == Byte.nonASCIILetter { position += 1 }
        guard position < runEnd, bytes[position] >= Byte.lowerA, bytes[position] <= Byte.lowerZ else { return index }
        var rest = position
        while rest < bytes.count, rest - position < 256,
            isHostByte(bytes[rest]) || bytes[rest] == Byte.colon
                || bytes[rest] == Byte.slash
        {
            if bytes[rest] == Byte.nonASCIILetter { return index }
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
        guard !text.original[original].contains(where: { $0 >= Byte.upperA && $0 <= Byte.upperZ }) else { return nil }
        guard let colon = bytes[start..<end].firstIndex(of: Byte.colon) else { return nil }
        let rest = bytes[(colon + 1)..<end]
        let valid: Bool
        switch label {
        case "mailto: link": valid = rest.contains(Byte.at)
        case "tel: link", "sms: link", "call link": valid = rest.filter(FoldedByte.isDigit).count >= 7
        default: valid = rest.starts(with: "//".utf8) || rest.contains(Byte.questionMark)
        }
        guard valid else { return nil }
        let range = start..<end
        return (
            ContactMatch(
                kind: .link, range: text.originalRange(of: range), text: text.originalText(of: range),
                value: value, detail: label), end
        )
    }

    /// `hostRun`'s byte classes: `hostClass` for every byte `isHostByte` accepts, with `dotClass` or `hyphenClass`
    /// added.
    private static let hostClasses: [UInt8] = (0...255).map { (byte: UInt8) -> UInt8 in
        guard isHostByte(byte) else { return 0 }
        return hostClass | (byte == Byte.dot ? dotClass : 0) | (byte == Byte.hyphen ? hyphenClass : 0)
    }
    private static let hostClass: UInt8 = 1
    private static let dotClass: UInt8 = 2
    private static let hyphenClass: UInt8 = 4

    /// The end of the host bytes from `start`, whether a dot stands between two labels in them, and whether they
    /// hold a hyphen. One table load a byte through raw buffers: this loop reads every byte of every word.
    @inline(__always)
    private static func hostRun(
        from start: Int, in bytes: [UInt8], classes: [UInt8]
    ) -> (end: Int, innerDot: Bool, hyphen: Bool) {
        bytes.withUnsafeBufferPointer { bytes in
            classes.withUnsafeBufferPointer { classes in
                var position = start
                var innerDot = false
                var seen: UInt8 = 0
                while position < bytes.count {
                    let byteClass = classes[Int(bytes[position])]
                    if byteClass == 0 { break }
                    if byteClass & dotClass != 0, position + 1 < bytes.count, FoldedByte.isWord(bytes[position + 1]) {
                        innerDot = true
                    }
                    seen |= byteClass
                    position += 1
                }
                return (position, innerDot, seen & hyphenClass != 0)
            }
        }
    }

    /// Whether an `@` stands just before (a domain split from its address by a line break is the address's).
    private static func afterAt(_ start: Int, in bytes: [UInt8]) -> Bool {
        var position = start
        while position > 0, FoldedByte.isWhitespace(bytes[position - 1]), start - position < 2 { position -= 1 }
        return position > 0 && bytes[position - 1] == Byte.at
    }

    @inline(__always)
    private static func isHostByte(_ byte: UInt8) -> Bool {
        FoldedByte.isWord(byte) || byte == Byte.hyphen || byte == Byte.dot || byte == Byte.underscore
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
            while end < bytes.count,
                FoldedByte.isWord(bytes[end]) || bytes[end] == Byte.hyphen || bytes[end] == Byte.underscore
            {
                end += 1
            }
            labels.append(position..<end)
            guard end + 1 < bytes.count, bytes[end] == Byte.dot, FoldedByte.isWord(bytes[end + 1]) else { break }
            position = end + 1
        }
        guard labels.count >= 2, let last = labels.last else { return nil }
        // Most dotted words (`3.5`, `e.g`) end in no TLD: tested on the bytes before any label becomes a string.
        // After a scheme, a last label wholly in another script is a TLD even if the list has not caught up with
        // it: registries delegate new internationalised TLDs every round, and `https://` leaves no doubt.
        // An ACE label (`xn--p1ai`) is an internationalised TLD spelt in ASCII; after a scheme any last label of
        // letters is a TLD (`https://studio.test/`), after `www.` and a name a reserved one (`www.acme.example`,
        // RFC 2606) but not a typo (`www.google.con`).
        guard
            TopLevelDomains.all.contains(bytes, last) || isInternationalTLD(last, in: text)
                || hasScheme && text.original[text.originalRange(of: last)].allSatisfy({ $0 >= Byte.firstNonASCII })
                || isPunycode(last, in: bytes)
                || hasScheme && last.count >= 2 && bytes[last].allSatisfy(FoldedByte.isLetter)
                || labels.count >= 3 && bytes[labels[0]].elementsEqual("www".utf8)
                    && Self.reservedTLDs.contains(bytes, last)
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
        while afterHost < bytes.count, bytes[afterHost] == Byte.space, afterHost - end < 2 { afterHost += 1 }
        if afterHost < bytes.count, bytes[afterHost] == Byte.at { return nil }
        let hasPath =
            end < bytes.count
            && (bytes[end] == Byte.slash
                || (bytes[end] == Byte.colon && end + 1 < bytes.count
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

    /// The top-level names reserved for examples and tests (RFC 2606, RFC 6761), never delegated.
    private static let reservedTLDs: WordSet = ["example", "test", "invalid", "localhost"]

    /// Whether `label` is an ACE label (`xn--` and at least two more characters): IDNA's ASCII form of a label in
    /// another script (`xn--80akhbyknj4f`), registered only as a delegated internationalised TLD when it is last.
    private static func isPunycode(_ label: Range<Int>, in bytes: [UInt8]) -> Bool {
        label.count >= 6 && bytes[label].starts(with: "xn--".utf8)
    }

    /// `пример.рф`, `例子.中国`: a last label outside Latin is an internationalised TLD when its original text is one.
    private static func isInternationalTLD(_ label: Range<Int>, in text: NormalizedText) -> Bool {
        let original = text.originalRange(of: label)
        guard text.original[original].contains(where: { $0 >= Byte.firstNonASCII }) else { return false }
        return InternationalTopLevelDomains.all.contains(text.originalText(of: label).lowercased())
    }

    private static func cueBefore(_ start: Int, in bytes: [UInt8]) -> Bool {
        var position = start
        var words = 0
        while position > 0, words < 3 {
            position -= 1
            let byte = bytes[position]
            if byte == Byte.lineFeed { return false }
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
        return first >= Byte.upperA && first <= Byte.upperZ && second >= Byte.lowerA && second <= Byte.lowerZ
    }
}
