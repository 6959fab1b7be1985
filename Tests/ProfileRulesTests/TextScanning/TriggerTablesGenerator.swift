import Foundation

@testable import ProfileRules

/// Writes the Swift source of `TriggerTables`: the words that make `ContactPrefilter` hand a sentence to the
/// detectors, derived from what each detector can match (issue 16). `ScanTablesTests` checks the committed file.
///
/// - every lexicon entry of an anchor class (`CueClass.anchors`, `Data/*.tsv`): a single word as itself, a phrase
///   by one of its words (one already a trigger, else its longest word that is not a common word); street words
///   only count beside a digit (an address needs a number);
/// - every phrase pattern (`HandleWords.patterns`, `IntentPhrases`): the words of one element every match must
///   contain, the element that adds the fewest new triggers;
/// - messenger and mail-provider names, spelled dots and top-level domains (`ObfuscationWords`), street and box
///   words (`AddressWords`);
/// - and, for the prefilter's own checks, split names and their prefixes, spelled digits, bracketed `at`/`dot`.
///
/// Common words (`commonWords`) are never chosen where another word will do, so ordinary prose stays cold.
enum TriggerTablesGenerator {
    static let outputFile = ScanTablesGenerator.outputFile.deletingLastPathComponent()
        .appendingPathComponent("TriggerTables.swift")

    /// English function words and the everyday words of freelancer profiles: never a trigger where a phrase has
    /// another word to offer.
    static let commonWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "so", "if", "then", "than", "of", "in", "on", "at", "to", "for",
        "from", "by", "with", "without", "into", "onto", "over", "under", "about", "after", "before", "between",
        "through", "via", "up", "down", "out", "as", "is", "are", "was", "were", "be", "been", "being", "am", "do",
        "does", "did", "have", "has", "had", "will", "would", "can", "could", "shall", "should", "may", "might",
        "must", "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your", "yours", "yourself",
        "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "this", "that", "these", "those",
        "here", "there", "what", "which", "who", "whom", "when", "where", "why", "how", "all", "any", "some", "no",
        "not", "only", "just", "also", "very", "more", "most", "less", "least", "other", "another", "each", "every",
        "both", "few", "many", "much", "own", "same", "such", "too", "again", "once", "now", "get", "got", "give",
        "go", "make", "take", "let", "lets", "like", "need", "want", "work", "working", "works", "job", "jobs",
        "project", "projects", "team", "client", "clients", "time", "year", "years", "day", "days", "new", "good",
        "best", "great", "one", "two", "first", "last", "s", "t", "d", "ll", "re", "ve", "m", "im", "dont",
        "please", "kindly", "and_get", "to_get", "just_to", "only_to", "less", "full", "top", "quick", "small",
    ]

    struct Tables {
        var flags: [String: UInt8] = [:]
        /// Entries and patterns whose only usable trigger is a common word (listed in the file's header).
        var forcedCommon: [String] = []

        mutating func add(_ word: String, _ flag: UInt8) { flags[word, default: 0] |= flag }
        func isStrong(_ word: String) -> Bool { (flags[word] ?? 0) & ContactPrefilter.Flag.strong != 0 }
    }

    /// The folded words of an entry: runs of ASCII letters and digits (`nil` when it folds outside ASCII, which the
    /// prefilter treats as hot anyway).
    static func words(_ entry: String) -> [String]? {
        let folded = NormalizedText(entry).bytes
        guard !folded.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(decoding: folded, as: UTF8.self)
            .split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }

    /// The word of `words` that stands for the whole: one already a trigger, else the longest word that is not
    /// common; `nil` when every word is common.
    static func representative(_ words: [String], in tables: Tables) -> String? {
        if let strong = words.first(where: { tables.isStrong($0) }) { return strong }
        return words.filter { !commonWords.contains($0) && $0.count >= 2 }.max { $0.count < $1.count }
    }

    static func build() throws -> Tables {
        typealias Flag = ContactPrefilter.Flag
        var tables = Tables()
        // Names looked up by detectors directly.
        for word in HandleWords.services.words + ObfuscationWords.mailProviders.words
            + ObfuscationWords.bareMailProviders.words + ObfuscationWords.spelledDot.words
            + ObfuscationWords.spelledTLDs.words + ObfuscationWords.splitKeywords.words
        {
            for piece in words(word) ?? [] { tables.add(piece, Flag.strong) }
        }
        // Street and box words: an address needs a number beside them.
        for word in AddressWords.streetTypes.words + AddressWords.leadingStreetTypes.words
            + AddressWords.numberFirstStreetTypes.words + AddressWords.trailingStreetTypes.words
            + AddressWords.numberWords.words + ["box", "pobox"]
        {
            for piece in words(word) ?? [] { tables.add(piece, Flag.address) }
        }
        // Lexicon anchors.
        let lists = try LexiconGenerator.readLists()
        var phrases: [(String, [String])] = []
        for list in lists {
            for entry in list.entries where !entry.cls.isDisjoint(with: CueClass.anchors) {
                let body = entry.entry.hasSuffix("*") ? String(entry.entry.dropLast()) : entry.entry
                guard let pieces = words(body), !pieces.isEmpty else { continue }
                let flag =
                    entry.cls.subtracting(.street).isDisjoint(with: CueClass.anchors) ? Flag.address : Flag.strong
                if pieces.count == 1 {
                    tables.add(pieces[0], flag)
                } else {
                    phrases.append(("\(list.name): \(body)", pieces))
                }
            }
        }
        for (place, pieces) in phrases {
            if let word = representative(pieces, in: tables) {
                tables.add(word, Flag.strong)
            } else {
                let word = pieces.max { $0.count < $1.count }!
                tables.add(word, Flag.strong)
                tables.forcedCommon.append("\(place) → \(word)")
            }
        }
        // Phrase patterns.
        let patternSets: [(String, [(String, String)], [String: [String]])] = [
            ("handle", HandleWords.patterns, HandleWords.lists),
            ("payment", IntentPhrases.payment, IntentPhrases.lists),
            ("feedback", IntentPhrases.feedback, IntentPhrases.lists.merging(IntentPhrases.rewardAndPraise) { $1 }),
        ]
        for (set, patterns, lists) in patternSets {
            for (source, _) in patterns {
                try addPattern(source, lists: lists, place: set, to: &tables)
            }
        }
        // The prefilter's own readings of the normaliser's word pass.
        let splitKeywords = ObfuscationWords.splitKeywords.words
        for keyword in splitKeywords {
            tables.add(keyword, Flag.splitKeyword)
            for length in 1..<keyword.count { tables.add(String(keyword.prefix(length)), Flag.keywordPrefix) }
        }
        for word in ObfuscationWords.digits.words + ObfuscationWords.zeroLetters.words { tables.add(word, Flag.digit) }
        for word in ObfuscationWords.repeaters.words { tables.add(word, Flag.repeater) }
        for word in ObfuscationWords.bracketedAt.words + ObfuscationWords.bracketedDot.words
        where word.allSatisfy({ $0.isLetter || $0.isNumber }) {
            tables.add(word, Flag.bracketed)
        }
        return tables
    }

    /// Adds the words of the pattern's cheapest required element: every match holds one of them.
    static func addPattern(_ source: String, lists: [String: [String]], place: String, to tables: inout Tables) throws {
        var best: (cost: Int, words: [String])?
        for piece in source.split(separator: " ") where !piece.hasPrefix("~") && !piece.hasSuffix("?") {
            var chosen: [String] = []
            var usable = true
            for alternative in piece.split(separator: "|") {
                if alternative.hasSuffix("*") {
                    usable = false
                    break
                }
                let entries =
                    alternative.hasPrefix("@")
                    ? (lists[String(alternative.dropFirst())] ?? [])
                    : [alternative.replacingOccurrences(of: "_", with: " ")]
                for entry in entries {
                    guard let pieces = words(entry), let word = representative(pieces, in: tables) else {
                        usable = false
                        break
                    }
                    chosen.append(word)
                }
                if !usable { break }
            }
            guard usable, !chosen.isEmpty else { continue }
            let cost = Set(chosen.filter { !tables.isStrong($0) }).count
            if best == nil || cost < best!.cost { best = (cost, chosen) }
        }
        guard let best else {
            throw LexiconGenerator.Problem.bad("\(place) pattern '\(source)': no element made of uncommon words")
        }
        for word in best.words { tables.add(word, ContactPrefilter.Flag.strong) }
    }

    static func generate() throws -> String {
        let tables = try build()
        let entries = tables.flags.sorted { $0.key < $1.key }
        for (word, _) in entries where word.utf8.count > 16 {
            throw LexiconGenerator.Problem.bad("trigger word '\(word)' is over 16 bytes")
        }
        var size = 64
        while size < entries.count * 3 { size *= 2 }
        let shift = UInt64(64 - size.trailingZeroBitCount)
        var low = [UInt64](repeating: 0, count: size)
        var high = [UInt64](repeating: 0, count: size)
        var length = [UInt8](repeating: 0, count: size)
        var flags = [UInt8](repeating: 0, count: size)
        for (word, flag) in entries {
            let key = WordKey(word)
            var slot = Int(truncatingIfNeeded: key.mixed >> shift)
            while length[slot] != 0 { slot = (slot + 1) & (size - 1) }
            low[slot] = key.low
            high[slot] = key.high
            length[slot] = UInt8(key.length)
            flags[slot] = flag
        }
        let strong = entries.filter { $0.value & ContactPrefilter.Flag.strong != 0 }.count
        var source = """
            // GENERATED FILE. DO NOT EDIT!
            // Computed by TriggerTablesGenerator (Tests/ProfileRulesTests/TextScanning) from the lexicon (Data/*.tsv),
            // the phrase patterns and the detectors' word lists. Regenerate:
            // PROFILELINT_UPDATE_SCAN_TABLES=1 swift test --filter TriggerTablesTests
            // \(entries.count) words, \(strong) of them triggers on their own.

            """
        for forced in tables.forcedCommon { source += "// A common word is the only trigger of \(forced)\n" }
        let common = entries.filter { $0.value & ContactPrefilter.Flag.strong != 0 && commonWords.contains($0.key) }
        let commonList = common.map(\.key).joined(separator: ", ")
        if !common.isEmpty { source += "// Common words among the triggers: \(commonList)\n" }
        source += """

            // swift-format-ignore-file
            enum TriggerTables {
                static let shift: UInt64 = \(shift)
                static let mask = \(size - 1)
                static let low: [UInt64] = [

            """
        source += ScanTablesGenerator.lines(low.map(String.init))
        source += "    ]\n    static let high: [UInt64] = [\n"
        source += ScanTablesGenerator.lines(high.map(String.init))
        source += "    ]\n    static let length: [UInt8] = [\n"
        source += ScanTablesGenerator.lines(length.map(String.init))
        source += "    ]\n    /// `ContactPrefilter.Flag` bits of each slot.\n    static let flags: [UInt8] = [\n"
        source += ScanTablesGenerator.lines(flags.map(String.init))
        source += "    ]\n}\n"
        return source
    }
}
