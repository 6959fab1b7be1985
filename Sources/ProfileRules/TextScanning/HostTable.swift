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
        let hostEnd =
            link.firstIndex { $0 == Byte.slash || $0 == Byte.questionMark || $0 == Byte.numberSign } ?? link.count
        var best: Entry?
        var start = 0
        while start < hostEnd {
            for entry in byHost.value(link, start..<hostEnd) ?? []
            where entry.length > best?.length ?? 0 && link[hostEnd...].starts(with: entry.path) {
                best = entry
            }
            guard let dot = link[start..<hostEnd].firstIndex(of: Byte.dot) else { break }
            start = dot + 1
        }
        return best?.value
    }
}
