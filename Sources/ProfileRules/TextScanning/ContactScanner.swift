/// The public entry point: finds contact details and off-platform intents in free text.
///
/// One normalisation (`NormalizedText`) feeds every detector, and every match points at the original text (UTF-8
/// offsets), so a profile field, a proposal or any plain text can be scanned the same way.
public enum ContactScanner {
    /// Matches of the requested kinds in `text`, sorted by position.
    public static func scan(_ text: String, for kinds: ContactMatch.Kinds = .all) -> [ContactMatch] {
        scan(text, for: kinds, prefiltered: ContactPrefilter.isOnByDefault)
    }

    /// `scan`, with or without `ContactPrefilter` in front (the same matches either way: the differential tests
    /// and the benchmark compare the two).
    @_spi(Benchmarks)
    public static func scan(_ text: String, for kinds: ContactMatch.Kinds, prefiltered: Bool) -> [ContactMatch] {
        guard prefiltered, let windows = ContactPrefilter.windows(in: text, for: kinds) else {
            return scan(NormalizedText(text), for: kinds)
        }
        return ContactPrefilter.scan(text, windows: windows, for: kinds)
    }

    /// How many bytes of `text` the detectors see behind the prefilter, scanning for `kinds` (all of it when it is
    /// scanned whole).
    @_spi(Benchmarks)
    public static func prefilteredBytes(_ text: String, for kinds: ContactMatch.Kinds = .all) -> Int {
        ContactPrefilter.windows(in: text, for: kinds).map { $0.reduce(0) { $0 + $1.count } } ?? text.utf8.count
    }

    /// What makes the prefilter's sentences hot over `texts`: per reason the hot sentences and the window bytes they
    /// bring, and per rule of `TriggerTables` the sentences it heats (`profilelint-bench scan FILE --hot`).
    @_spi(Benchmarks)
    public static func prefilterReport(_ texts: [String]) -> String {
        var reasons: [String: (sentences: Int, bytes: Int)] = [:]
        var rules: [Int: Int] = [:]
        var total = 0
        for text in texts {
            let report = ContactPrefilter.hotReport(text)
            for (reason, counts) in report.reasons {
                reasons[reason, default: (0, 0)].sentences += counts.sentences
                reasons[reason, default: (0, 0)].bytes += counts.bytes
            }
            for (rule, count) in report.rules { rules[rule, default: 0] += count }
            total += text.utf8.count
        }
        var lines = ["hot sentences and window bytes (windows forced) by reason, of \(total) bytes:"]
        for (reason, counts) in reasons.sorted(by: { $0.value.bytes > $1.value.bytes }) {
            lines.append("  \(reason): \(counts.sentences) sentences, \(counts.bytes) bytes")
        }
        for (rule, count) in rules.sorted(by: { $0.value > $1.value }) {
            lines.append("  rule \(rule): \(count) sentences")
        }
        return lines.joined(separator: "\n")
    }

    /// Matches of the requested kinds in already normalised text, sorted by position.
    public static func scan(_ text: NormalizedText, for kinds: ContactMatch.Kinds) -> [ContactMatch] {
        guard !text.bytes.isEmpty else { return [] }
        // One token pass, shared by every detector that reads words; its summary lets a detector skip a text with
        // nothing for it (no `@`, no digit, no dot between labels: most overview text).
        let tokens = WordTokens(text.bytes)
        let summary = tokens.summary
        var found: [ContactMatch] = []
        let emails =
            kinds.contains(.email) || kinds.contains(.phone)
            ? EmailDetector.find(in: text, tokens: tokens) : []
        if kinds.contains(.email) { found += emails }
        // A link has two labels split by a dot, or a scheme and a colon (`tel:`); an address needs a house or box
        // number.
        let links =
            (kinds.contains(.link) || kinds.contains(.phone) || kinds.contains(.handle))
                && (summary.hasInnerDot || summary.hasColon)
            ? LinkDetector.find(in: text) : []
        if kinds.contains(.phone) {
            // Digits inside an address belong to the address, digits in a URL's path or query to the URL (a
            // `tel:` link is both).
            let phones = summary.hasDigit ? PhoneDetector.find(in: text) : []
            if !phones.isEmpty {
                let websites = links.filter { $0.detail == "website" }.map(\.range)
                let taken = RangeIndex(holding: emails.map(\.range) + websites)
                found += phones.filter { !taken.overlapsAny($0.range) }
            }
        }
        if kinds.contains(.link) { found += links }
        if kinds.contains(.handle) { found += HandleDetector.find(in: text, tokens: tokens) }
        if kinds.contains(.address), summary.hasDigit { found += AddressDetector.find(in: text, tokens: tokens) }
        for kind in [ContactMatch.Kind.payment, .feedback] where kinds.contains(kind) {
            found += IntentDetector.find(kind, in: text, tokens: tokens)
        }
        if kinds.contains(.handle) || kinds.contains(.payment) || kinds.contains(.feedback)
            || kinds.contains(.offPlatform)
            || kinds.contains(.address)
        {
            let cues = CueDetector.find(in: text, tokens: tokens, kinds: kinds)
            found = merged(cues, into: found)
            // A bare digit run inside an address is its postal or house number (`〒530-0000`, `20000-000`); the cue
            // detector's address reaches further than the street shape it merged into.
            if kinds.contains(.phone), found.contains(where: { $0.kind == .address }) {
                let addresses = RangeIndex(holding: (found + cues.matches).filter { $0.kind == .address }.map(\.range))
                found.removeAll { match in
                    match.kind == .phone && match.strength == .weak && addresses.overlapsAny(match.range)
                }
            }
        }
        if !links.isEmpty {
            // A service name inside a URL (`twitter-dash.com`, `…&scaling=min-zoom`) is the URL's, not a handle;
            // a call or chat link (`zoom.us/j/…`, `t.me/…`) stays both.
            let sites = links.filter { link in
                link.detail == "website" && LinkClassifier().classify(link.value).linkClass != .directContact
            }
            if !sites.isEmpty {
                let siteRanges = RangeIndex(holding: sites.map(\.range))
                found.removeAll { match in
                    match.kind == .handle && (match.range.isEmpty || siteRanges.containsAny(match.range))
                }
            }
        }
        guard found.count > 1 else { return found }
        return found.sorted { ($0.range.lowerBound, $0.kind.rawValue) < ($1.range.lowerBound, $1.kind.rawValue) }
    }

    /// Adds the cue detector's matches: one finding per place and kind (a phrase pattern that already matched
    /// there wins), and an off-platform offer only where no contact detail stands near it (the detail is the
    /// finding then); a request for the other side's contact stands beside a detail too ("What's your number?
    /// Mine is …": Upwork bans the request as well, upwork-rules.md §4.2, T1, T2).
    private static func merged(
        _ scanned: (matches: [ContactMatch], vetoes: [Range<Int>]),
        into found: [ContactMatch]
    ) -> [ContactMatch] {
        let cues = scanned.matches
        var result = found
        if !scanned.vetoes.isEmpty {
            let vetoes = RangeIndex(holding: scanned.vetoes)
            result.removeAll { match in
                (match.kind == .payment || match.kind == .feedback) && vetoes.overlapsAny(match.range)
            }
        }
        guard !cues.isEmpty else { return result }
        // What each cue is checked against (the matches so far, the cues taken so far): per kind, and the contact
        // details of every kind, each an index rather than a walk over every match for every cue.
        func isDetail(_ kind: ContactMatch.Kind) -> Bool {
            kind != .payment && kind != .feedback && kind != .offPlatform
        }
        var byKind: [ContactMatch.Kind: RangeIndex] = [:]
        for kind in Set(cues.map(\.kind)) {
            let matches = result.filter { $0.kind == kind }.map(\.range)
            byKind[kind] = RangeIndex(for: matches + cues.filter { $0.kind == kind }.map(\.range))
            for range in matches { byKind[kind]?.insert(range) }
        }
        var details = RangeIndex(
            for: result.filter { isDetail($0.kind) }.map(\.range)
                + cues.filter { isDetail($0.kind) }.map(\.range))
        for match in result where isDetail(match.kind) { details.insert(match.range) }
        for cue in cues {
            if byKind[cue.kind]?.overlapsAny(cue.range) == true { continue }
            if cue.kind == .offPlatform, cue.detail != CueDetector.requestDetail {
                let near = max(0, cue.range.lowerBound - 80)..<cue.range.upperBound + 80
                if details.overlapsAny(near) { continue }
            }
            result.append(cue)
            byKind[cue.kind]?.insert(cue.range)
            if isDetail(cue.kind) { details.insert(cue.range) }
        }
        return result
    }

    /// The words detectors look up by name: services and mail providers, and every word a phrase can start with.
    static let namedWords = WordSet(
        HandleWords.services.words + ObfuscationWords.bareMailProviders.words
            + HandleDetector.phrases.firstWords + IntentDetector.payment.firstWords + IntentDetector.feedback.firstWords
    )
}
