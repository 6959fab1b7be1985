/// Sorts links into `LinkClass`es by host, with extra hosts per class from configuration.
struct LinkClassifier: Sendable {
    /// Extra hosts (or host/path prefixes) per class, from the rule's options; they win over the built-in lists.
    var extra: [(String, LinkClass)] = []

    /// What a link is (`value`: host and path, no scheme, no `www.`): its class, what it opens, and whether the
    /// class came from configuration.
    func classify(_ value: String) -> (linkClass: LinkClass, label: String, configured: Bool) {
        let link = Array(value.utf8)
        if !extra.isEmpty, let (linkClass, key) = Self.longestExtra(extra, for: link) {
            return (linkClass, key, true)
        }
        if let (linkClass, label, isProfile) = Self.builtIn.value(for: link),
            !isProfile || Self.hasPath(link)
        {
            return (linkClass, label, false)
        }
        return (.otherSite, "website", false)
    }

    /// `mailto:`, `tel:` and messenger schemes (`value` starts with the scheme).
    static func schemeLabel(_ value: String) -> String? {
        for (scheme, label) in LinkHosts.contactSchemes where value.hasPrefix(scheme) { return label }
        return nil
    }

    private static func longestExtra(_ extra: [(String, LinkClass)], for link: [UInt8]) -> (LinkClass, String)? {
        let table = HostTable(extra.map { key, linkClass in (normalized(key), (linkClass, key)) })
        return table.value(for: link)
    }

    /// A configured host as the detector writes link values: lowercase, no scheme, no `www.`, no trailing `/`.
    static func normalized(_ host: String) -> String {
        var key = Substring(host.lowercased())
        for prefix in ["https://", "http://"] where key.hasPrefix(prefix) { key = key.dropFirst(prefix.count) }
        if key.hasPrefix("www.") { key = key.dropFirst(4) }
        while key.hasSuffix("/") { key = key.dropLast() }
        return String(key)
    }

    /// `tumblr.com` in a list of past clients is the company's home page; `tumblr.com/name` is a profile.
    private static func hasPath(_ link: [UInt8]) -> Bool {
        guard let slash = link.firstIndex(where: { $0 == Byte.slash || $0 == Byte.questionMark }) else { return false }
        return link[(slash + 1)...].contains { $0 != Byte.slash }
    }

    /// Every built-in host with its class, its label and whether it is a profile only with a path (social
    /// networks); the longest key wins across classes.
    private static let builtIn: HostTable<(LinkClass, String, Bool)> = {
        var entries: [(String, (LinkClass, String, Bool))] = []
        for table in [LinkHosts.messengers, LinkHosts.booking, LinkHosts.shorteners] {
            entries += table.map { ($0.key, (.directContact, $0.value, false)) }
        }
        entries += LinkHosts.social.map { ($0.key, (.directContact, $0.value, true)) }
        entries += LinkHosts.workSamples.map { ($0.key, (.workSample, $0.value, false)) }
        return HostTable(entries)
    }()
}
