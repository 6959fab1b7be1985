/// Finds links: `https://…`, `www.…`, and bare `name.tld` on a delegated top-level domain (spelled and
/// letter-spaced forms arrive here already folded by `TextNormalizer`). Technology names shaped like domains
/// (`ASP.NET`, `Socket.io`), file names (`setup.py`) and missing spaces after a full stop (`done.Design`) are not
/// links. Links to the marketplace itself are not reported; work-sample hosts are weak (T10 calls them a grey
/// area).
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
            let boundary = index == 0 || !isHostByte(bytes[index - 1]) && bytes[index - 1] != 0x40
                && bytes[index - 1] != 0x2F && bytes[index - 1] != 0x3A
            guard FoldedByte.isWord(byte), boundary else {
                index += 1
                continue
            }
            let (runEnd, innerDot) = hostRun(from: index, in: bytes)
            // Most words have no dot between labels and no scheme: `link` cannot succeed there.
            let mayStartLink = innerDot || byte == 0x68 || byte == 0x66  // "http…", "ftp…"
            if mayStartLink, let (match, end) = link(at: index, in: text), !afterAt(index, in: bytes) {
                found.append(match)
                index = end
            } else {
                index = runEnd
            }
        }
        return found
    }

    /// The end of the host bytes from `start`, and whether a dot stands between two labels in them.
    @inline(__always)
    private static func hostRun(from start: Int, in bytes: [UInt8]) -> (end: Int, innerDot: Bool) {
        var position = start
        var innerDot = false
        while position < bytes.count, isHostByte(bytes[position]) {
            if bytes[position] == 0x2E, position + 1 < bytes.count, FoldedByte.isWord(bytes[position + 1]) {
                innerDot = true
            }
            position += 1
        }
        return (position, innerDot)
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
        for scheme in schemes where start + scheme.count <= bytes.count
            && bytes[start..<start + scheme.count].elementsEqual(scheme) {
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
        // `www.brand` alone is a brand, not a site: a site is `www.name.tld`.
        if text.string(labels[0]) == "www", labels.count == 2 { return nil }
        let names = labels.map { text.string($0) }
        let tld = names[names.count - 1]
        guard TopLevelDomains.all.contains(tld), names.dropLast().allSatisfy({ !$0.hasSuffix("-") }),
              names[names.count - 2].utf8.contains(where: FoldedByte.isLetter) else { return nil }
        var end = last.upperBound
        // An address's user part ("john.doe@…") is the e-mail detector's.
        var afterHost = end
        while afterHost < bytes.count, bytes[afterHost] == 0x20, afterHost - end < 2 { afterHost += 1 }
        if afterHost < bytes.count, bytes[afterHost] == 0x40 { return nil }
        let hasPath = end < bytes.count && (bytes[end] == 0x2F || (bytes[end] == 0x3A && end + 1 < bytes.count
            && FoldedByte.isDigit(bytes[end + 1])))
        if hasPath {
            while end < bytes.count, !pathEnders.contains(bytes[end]) { end += 1 }
            while end > last.upperBound, trailingPunctuation.contains(bytes[end - 1]) { end -= 1 }
        }
        let host = names.joined(separator: ".")
        let www = names[0] == "www"
        if !hasScheme, !www, !hasPath {
            guard !LinkHosts.technologyNames.contains(host),
                  !LinkHosts.ambiguousTLDs.contains(tld) || cueBefore(start, in: bytes),
                  !capitalizedLikeASentence(last, in: text) else { return nil }
        }
        let bare = String(decoding: bytes[(www ? labels[1].lowerBound : hostStart)..<end], as: UTF8.self)
        if LinkHosts.platform.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return nil }
        let range = start..<end
        var match = ContactMatch(kind: .link, range: text.originalRange(of: range), text: text.originalText(of: range),
                                 value: bare, detail: "website")
        if let detail = lookUp(bare, in: messengers) ?? lookUp(bare, in: booking) ?? lookUp(bare, in: shorteners)
            ?? lookUp(bare, in: social) {
            match.detail = detail
        } else if let detail = lookUp(bare, in: portfolio) {
            match.detail = detail
            match.strength = .weak
        }
        return (match, end)
    }

    private static let messengers = HostTable(LinkHosts.messengers)
    private static let booking = HostTable(LinkHosts.booking)
    private static let shorteners = HostTable(LinkHosts.shorteners)
    private static let social = HostTable(LinkHosts.social)
    private static let portfolio = HostTable(LinkHosts.portfolio)

    /// The label for the longest key that `link` (host and path, no scheme) starts with, on a label boundary.
    private static func lookUp(_ link: String, in table: HostTable) -> String? { table.label(for: Array(link.utf8)) }

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

/// Host (or host/path prefix) → label, indexed by host: a link is looked up by its host and each parent domain
/// (`www.t.me`, `t.me`, `me`) instead of by trying every key.
struct HostTable: Sendable {
    private struct Entry: Sendable {
        var path: [UInt8]
        var label: String
        var length: Int
    }

    private let byHost: WordTable<[Entry]>

    init(_ table: [String: String]) {
        var byHost: [String: [Entry]] = [:]
        for (key, label) in table {
            let host = key.split(separator: "/", maxSplits: 1).first.map(String.init) ?? key
            byHost[host, default: []].append(Entry(path: Array(key.utf8.dropFirst(host.utf8.count)), label: label,
                                                   length: key.utf8.count))
        }
        self.byHost = WordTable(byHost.map { ($0.key, $0.value) })
    }

    /// The label of the longest key that matches `link`: its host is the link's host or a parent domain of it,
    /// and its path (if any) starts the link's path.
    func label(for link: [UInt8]) -> String? {
        let hostEnd = link.firstIndex(of: 0x2F) ?? link.count
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
        return best?.label
    }
}
