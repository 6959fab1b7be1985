import Foundation

@testable import ProfileRules

/// Writes the Swift source of `TriggerTables`: what makes `ContactPrefilter` hand a sentence to the detectors,
/// derived from what each detector needs to match (issue 16). `TriggerTablesTests` checks the committed file.
///
/// A word (or two words in a row, for entries of several words) carries *atoms* (`ContactPrefilter.Atom`); a
/// sentence is hot when its atoms satisfy one *rule*, every slot of which needs one of its atoms:
/// - names a detector reports alone (messengers that are not words, mail providers, spelled dots and top-level
///   domains, split names, channel entries of the lexicon) are `strong`: a rule of their own;
/// - every lexicon entry gives its words the atoms of its classes (`CueClass`), and `cueRules` mirrors what
///   `CueDetector.Rules.run` needs around each anchor ("milestones" is a pay word, paid outside only with an
///   outside or direct word: `payOutside`);
/// - every phrase pattern (`HandleWords.patterns`, `IntentPhrases`) is a rule: one atom per required element,
///   carried by the words of its alternatives;
/// - and, for the prefilter's own checks, split names and their prefixes, spelled digits, bracketed `at`/`dot`,
///   street and box words (an address needs a number), top-level domains (a dot before one is a link).
///
/// Common words (`commonWords`) are never a pair's choice where another word of the entry will do.
enum TriggerTablesGenerator {
    typealias Atom = ContactPrefilter.Atom
    typealias Flag = ContactPrefilter.Flag

    static let outputFile = ScanTablesGenerator.outputFile.deletingLastPathComponent()
        .appendingPathComponent("TriggerTables.swift")

    /// English function words and the everyday words of freelancer profiles: never strong, and the last choice
    /// for the pair that stands for an entry.
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

    /// The lexicon classes that are atoms, read by `cueRules`.
    static let classAtoms: [(CueClass, UInt128)] = [
        (.rail, Atom.rail), (.wordlikeChannel, Atom.wordlike), (.social, Atom.social),
        (.contactNoun, Atom.contactNoun), (.outside, Atom.outside), (.fee, Atom.fee), (.pay, Atom.pay),
        (.review, Atom.review), (.away, Atom.away), (.talk, Atom.talk), (.accept, Atom.accept),
        (.direct, Atom.direct), (.avoid, Atom.avoid), (.exchange, Atom.exchange), (.reward, Atom.reward),
        (.token, Atom.token), (.deliver, Atom.deliver), (.condition, Atom.condition), (.platform, Atom.platform),
        (.yours, Atom.yours), (.mine, Atom.mine), (.ask, Atom.ask), (.verbFinal, Atom.verbFinal),
        (.inside, Atom.inside),
    ]

    /// What each anchor rule of `CueDetector.Rules.run` needs in the anchor's sentence, one atom of each slot, and
    /// the kinds it finds (a mirror of the code: keep it in step when a rule changes; the differential tests, per
    /// kind set too, catch a rule missed).
    static let cueRules: [(slots: [UInt128], kinds: ContactMatch.Kinds)] = [
        // `rail`: a paying, accepting, direct, outside or fee word, "my PayPal", a contact noun, a second rail, an
        // asking word (with a question), a label's colon, an account's digits, "PayPal me", a negated inside word
        // ("Payoneer, not through Upwork").
        (
            [
                Atom.rail,
                Atom.pay | Atom.direct | Atom.accept | Atom.outside | Atom.fee | Atom.mine | Atom.contactNoun
                    | Atom.railAgain | Atom.ask | Atom.colon | Atom.digitWord | Atom.me | Atom.inside,
            ], .payment
        ),
        // `wordlikeChannel`: another channel, a talking, accepting or direct word, a label's colon, an asking word
        // (with a question), "LINE me".
        (
            [
                Atom.wordlike,
                Atom.wordlikeAgain | Atom.talk | Atom.accept | Atom.direct | Atom.colon | Atom.ask | Atom.me,
            ],
            .handle
        ),
        // `social`: a talking word before it.
        ([Atom.social, Atom.talk], .handle),
        // `payOutside`: an outside or direct word.
        ([Atom.pay, Atom.outside | Atom.direct], .payment),
        // `fee`: an avoiding word.
        ([Atom.fee, Atom.avoid], .payment),
        // `outside` and `elsewhere`: a paying, talking or reward word (the away word joins the platform word first;
        // a lower price for going outside is fee avoidance).
        ([Atom.outside, Atom.pay | Atom.talk | Atom.reward], [.payment, .offPlatform]),
        ([Atom.awayPlatform, Atom.pay | Atom.talk | Atom.reward], [.payment, .offPlatform]),
        // `contactRequest`: the reader's or the writer's, an asking, talking or swapping word.
        (
            [Atom.contactNoun, Atom.yours | Atom.mine | Atom.ask | Atom.talk | Atom.verbFinal | Atom.exchange],
            .offPlatform
        ),
        // `feedback`: a swap, a reward, a token contract, a held delivery, or a sum in dollars.
        ([Atom.review, Atom.exchange | Atom.reward | Atom.token | Atom.deliver | Atom.dollar], .feedback),
        // … or the same review word twice with a condition between (`reciprocal`: "review for review if…").
        ([Atom.review, Atom.reviewAgain, Atom.condition | Atom.exchange], .feedback),
        // `CueDetector.joined` reads a negated inside word as the other place ("I'll pay the balance later, not
        // through Upwork"), which `outside` and `payOutside` then report with a paying, talking or reward word. The
        // prefilter has no negation atom, so any inside word with one of those heats the sentence (a superset).
        ([Atom.inside, Atom.pay | Atom.talk | Atom.reward], [.payment, .offPlatform]),
    ]

    /// Atoms for phrase-pattern elements: from `Atom.firstElement` up to `Atom.spelledDomain`.
    static let elementAtoms = Atom.spelledDomain.trailingZeroBitCount - Atom.firstElement.trailingZeroBitCount

    struct Tables {
        /// Atoms and flags of single words and of word pairs (`first second`).
        var atoms: [String: UInt128] = [:]
        var flags: [String: UInt8] = [:]
        var pairAtoms: [String: UInt128] = [:]
        /// Rules, each a list of slots, and the kinds each one's matches are of.
        var rules: [[UInt128]] = []
        var ruleKinds: [ContactMatch.Kinds] = []
        /// Phrase-pattern elements with their atom, by the words of their alternatives.
        var elements: [[[String]]: UInt128] = [:]

        func isStrong(_ word: String) -> Bool { (atoms[word] ?? 0) & Atom.strong != 0 }

        /// Gives `words` (an entry folded to ASCII words) `atoms`: a single word itself, two words as a pair,
        /// more by the three in a row least made of common words (they must stand next to each other for the entry).
        mutating func add(_ words: [String], _ atoms: UInt128) {
            guard let first = words.first else { return }
            if words.count == 1 {
                self.atoms[first, default: 0] |= atoms
                return
            }
            // The normaliser writes a spelled digit as the digit: "five stars" is read as "5 stars".
            for (index, word) in words.enumerated() where word.count == 1 && word.allSatisfy(\.isNumber) {
                for spelled in ObfuscationWords.digits.words where ObfuscationWords.digits.value(spelled) == UInt8(word)
                {
                    var variant = words
                    variant[index] = spelled
                    add(variant, atoms)
                }
            }
            let width = min(words.count, 3)
            let pairs = (0...words.count - width).map { Array(words[$0..<$0 + width]) }
            let pair = pairs.min { left, right in
                let commonLeft = left.filter(commonWords.contains).count
                let commonRight = right.filter(commonWords.contains).count
                if commonLeft != commonRight { return commonLeft < commonRight }
                return left.joined().count > right.joined().count
            }!
            pairAtoms[pair.joined(separator: " "), default: 0] |= atoms
            flags[pair[pair.count - 1], default: 0] |= Flag.pairEnd
        }

        mutating func add(_ word: String, flag: UInt8) { flags[word, default: 0] |= flag }
    }

    /// The folded words of an entry: runs of ASCII letters and digits (`nil` when it folds outside ASCII, which the
    /// prefilter treats as hot anyway).
    static func words(_ entry: String) -> [String]? {
        let folded = NormalizedText(entry).bytes
        guard !folded.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(decoding: folded, as: UTF8.self)
            .split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }

    /// The word of `words` that stands for a street entry: the longest that is not common.
    static func representative(_ words: [String]) -> String? {
        words.filter { !commonWords.contains($0) && $0.count >= 2 }.max { $0.count < $1.count }
    }

    static func build() throws -> Tables {
        var tables = Tables()
        tables.rules.append([Atom.strong])
        tables.ruleKinds.append(ContactPrefilter.strongKinds)
        tables.rules.append([Atom.spelledDomain])
        tables.ruleKinds.append([.email, .link])
        tables.rules += cueRules.map(\.slots)
        tables.ruleKinds += cueRules.map(\.kinds)
        // Names detectors report alone; messengers that are also words only with a handle's `@`, `:` or digits
        // (`HandleDetector`: strict), or as the lexicon's word-like channels.
        for word in HandleWords.services.words where !HandleWords.wordlikeServices.contains(word) {
            tables.add(words(word) ?? [], Atom.strong)
        }
        for word in HandleWords.wordlikeServices.words { tables.add(words(word) ?? [], Atom.wordlike) }
        for word in ObfuscationWords.mailProviders.words + ObfuscationWords.bareMailProviders.words
            + ObfuscationWords.splitKeywords.words
        {
            tables.add(words(word) ?? [], Atom.strong)
        }
        // Spelled domains: an e-mail or a link only.
        for word in ObfuscationWords.spelledDot.words + ObfuscationWords.spelledTLDs.words + ["www"] {
            tables.add(words(word) ?? [], Atom.spelledDomain)
        }
        // Street and box words: an address needs a number beside them.
        for word in AddressWords.streetTypes.words + AddressWords.leadingStreetTypes.words
            + AddressWords.numberFirstStreetTypes.words + AddressWords.trailingStreetTypes.words
            + AddressWords.numberWords.words + ["box", "pobox"]
        {
            for piece in words(word) ?? [] { tables.add(piece, flag: Flag.address) }
        }
        // The lexicon: channels alone, every other class as its atom.
        for list in try LexiconGenerator.readLists() {
            for entry in list.entries {
                guard let pieces = words(entry.entry), !pieces.isEmpty else { continue }
                if entry.cls.contains(.channel) { tables.add(pieces, Atom.strong) }
                let atoms = classAtoms.reduce(UInt128(0)) { entry.cls.contains($1.0) ? $0 | $1.1 : $0 }
                if atoms != 0 { tables.add(pieces, atoms) }
                if entry.cls.contains(.street) {
                    if pieces.count == 1 {
                        tables.add(pieces[0], flag: Flag.address)
                    } else if let word = representative(pieces) {
                        tables.add(word, flag: Flag.address)
                    }
                }
            }
        }
        // Phrase patterns.
        let patternSets: [(ContactMatch.Kind, [(String, String)], [String: [String]])] = [
            (.handle, HandleWords.patterns, HandleWords.lists),
            (.payment, IntentPhrases.payment, IntentPhrases.lists),
            (.feedback, IntentPhrases.feedback, IntentPhrases.lists.merging(IntentPhrases.rewardAndPraise) { $1 }),
        ]
        for (kind, patterns, lists) in patternSets {
            for (source, _) in patterns {
                try addPattern(source, lists: lists, place: "\(kind)", to: &tables)
                tables.ruleKinds.append(ContactMatch.Kinds(kind))
            }
        }
        // The prefilter's own readings of the normaliser's word pass and of the link detector.
        for keyword in ObfuscationWords.splitKeywords.words {
            tables.add(keyword, flag: Flag.splitKeyword)
            for length in 1..<keyword.count { tables.add(String(keyword.prefix(length)), flag: Flag.keywordPrefix) }
        }
        for word in ObfuscationWords.digits.words + ObfuscationWords.zeroLetters.words {
            tables.add(word, flag: Flag.digit)
        }
        for word in ObfuscationWords.repeaters.words { tables.add(word, flag: Flag.repeater) }
        for word in ObfuscationWords.bracketedAt.words + ObfuscationWords.bracketedDot.words
        where word.allSatisfy({ $0.isLetter || $0.isNumber }) {
            tables.add(word, flag: Flag.bracketed)
        }
        for domain in TopLevelDomains.all.words where domain.allSatisfy({ $0.isASCII && $0.isLetter }) {
            tables.add(domain, flag: Flag.topLevelDomain)
        }
        return tables
    }

    /// Adds the rule of a phrase pattern: one slot per required element whose alternatives are all words, the
    /// four with the fewest common words (any required element is a necessary condition).
    static func addPattern(_ source: String, lists: [String: [String]], place: String, to tables: inout Tables) throws {
        var slots: [(common: Int, alternatives: [[String]])] = []
        for piece in source.split(separator: " ") where !piece.hasPrefix("~") && !piece.hasSuffix("?") {
            var alternatives: [[String]] = []
            var usable = true
            for alternative in piece.split(separator: "|") {
                let entries =
                    alternative.hasPrefix("@")
                    ? (lists[String(alternative.dropFirst())] ?? [])
                    : [alternative.replacingOccurrences(of: "_", with: " ")]
                for entry in entries {
                    guard !alternative.hasSuffix("*"), let pieces = words(entry), !pieces.isEmpty else {
                        usable = false
                        break
                    }
                    alternatives.append(pieces)
                }
                if !usable { break }
            }
            guard usable, !alternatives.isEmpty else { continue }
            let common = alternatives.filter { $0.allSatisfy(commonWords.contains) }.count
            slots.append((common, alternatives))
        }
        slots.sort { $0.common < $1.common }
        var rule: [UInt128] = []
        for slot in slots.prefix(4) {
            let key = slot.alternatives.sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }
            var atom = tables.elements[key] ?? 0
            if atom == 0 {
                // Out of atoms, elements share one: the slot then asks for a word of either (still necessary).
                let shared = tables.elements.count % elementAtoms
                atom = Atom.firstElement << UInt128(shared)
                tables.elements[key] = atom
                for alternative in slot.alternatives {
                    if alternative.count == 1, alternative[0].allSatisfy(\.isNumber) { continue }
                    tables.add(alternative, atom)
                }
            }
            // A number stands for itself only as a digit word.
            let numeric = slot.alternatives.contains { $0.count == 1 && $0[0].allSatisfy(\.isNumber) }
            rule.append(numeric ? atom | Atom.digitWord : atom)
        }
        guard !rule.isEmpty, rule.contains(where: { $0 & ~Atom.digitWord != 0 }) else {
            throw LexiconGenerator.Problem.bad("\(place) pattern '\(source)': no element made of words")
        }
        tables.rules.append(rule)
    }

    static func generate() throws -> String {
        let tables = try build()
        // A word of 16 bytes or more is a long run, hot already.
        let words = Set(tables.atoms.keys).union(tables.flags.keys).filter { $0.utf8.count < 16 }.sorted()
        var size = 64
        while size < words.count * 3 { size *= 2 }
        let shift = UInt64(64 - size.trailingZeroBitCount)
        var low = [UInt64](repeating: 0, count: size)
        var high = [UInt64](repeating: 0, count: size)
        var length = [UInt8](repeating: 0, count: size)
        var flags = [UInt8](repeating: 0, count: size)
        var atoms = [UInt128](repeating: 0, count: size)
        for word in words {
            let key = WordKey(word)
            var slot = Int(truncatingIfNeeded: key.mixed >> shift)
            while length[slot] != 0 { slot = (slot + 1) & (size - 1) }
            low[slot] = key.low
            high[slot] = key.high
            length[slot] = UInt8(key.length)
            flags[slot] = tables.flags[word] ?? 0
            atoms[slot] = tables.atoms[word] ?? 0
        }
        let pairs = tables.pairAtoms.sorted { $0.key < $1.key }
        var pairSize = 64
        while pairSize < pairs.count * 3 { pairSize *= 2 }
        let pairShift = UInt64(64 - pairSize.trailingZeroBitCount)
        var pairKeys = [UInt64](repeating: 0, count: pairSize)
        var pairAtoms = [UInt128](repeating: 0, count: pairSize)
        for (pair, atom) in pairs {
            let parts = pair.split(separator: " ").map { WordKey(String($0)).mixed }
            let key = parts.dropFirst().reduce(parts[0]) { ContactPrefilter.pairKey($0, $1) }
            var slot = Int(truncatingIfNeeded: key >> pairShift)
            while pairAtoms[slot] != 0 {
                if pairKeys[slot] == key { break }
                slot = (slot + 1) & (pairSize - 1)
            }
            pairKeys[slot] = key
            pairAtoms[slot] |= atom
        }
        var rules: [UInt128] = []
        guard tables.ruleKinds.count == tables.rules.count else {
            throw LexiconGenerator.Problem.bad("\(tables.rules.count) rules, \(tables.ruleKinds.count) with kinds")
        }
        for rule in tables.rules {
            guard rule.count <= ContactPrefilter.ruleSlots else {
                throw LexiconGenerator.Problem.bad("a rule of \(rule.count) slots")
            }
            rules += rule + Array(repeating: Atom.always, count: ContactPrefilter.ruleSlots - rule.count)
        }
        let strong = words.filter { tables.isStrong($0) }
        let elements = tables.elements.count
        var source = """
            // GENERATED FILE. DO NOT EDIT!
            // Computed by TriggerTablesGenerator (Tests/ProfileRulesTests/TextScanning) from the lexicon (Data/*.tsv),
            // the phrase patterns and the detectors' word lists. Regenerate:
            // PROFILELINT_UPDATE_SCAN_TABLES=1 swift test --filter TriggerTablesTests
            // \(words.count) words (\(strong.count) strong), \(pairs.count) word pairs and triples, \(tables.rules.count) rules, \
            \(elements) pattern elements.

            """
        let common = strong.filter(commonWords.contains)
        if !common.isEmpty { source += "// Common words among the strong ones: \(common.joined(separator: ", "))\n" }
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
        source += "    ]\n    /// `ContactPrefilter.Atom` bits of each slot.\n    static let atoms: [UInt128] = [\n"
        source += ScanTablesGenerator.lines(atoms.map(String.init))
        source += "    ]\n    static let pairShift: UInt64 = \(pairShift)\n    static let pairMask = \(pairSize - 1)\n"
        source += "    /// `ContactPrefilter.pairKey` of two words in a row, and their atoms (0: an empty slot).\n"
        source += "    static let pairKeys: [UInt64] = [\n"
        source += ScanTablesGenerator.lines(pairKeys.map(String.init))
        source += "    ]\n    static let pairAtoms: [UInt128] = [\n"
        source += ScanTablesGenerator.lines(pairAtoms.map(String.init))
        source +=
            "    ]\n    /// Rules of `ContactPrefilter.ruleSlots` slots each: hot when every slot meets an atom.\n"
        source += "    static let rules: [UInt128] = [\n"
        source += ScanTablesGenerator.lines(rules.map(String.init))
        source += "    ]\n    /// `ContactMatch.Kinds` of each rule's matches: a scan for other kinds skips the rule.\n"
        source += "    static let ruleKinds: [UInt16] = [\n"
        source += ScanTablesGenerator.lines(tables.ruleKinds.map { String($0.rawValue) })
        source += "    ]\n}\n"
        return source
    }
}
