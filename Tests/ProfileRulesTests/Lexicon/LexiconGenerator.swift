import Foundation

@testable import ProfileRules

/// Compiles the lexicon data files (`Sources/ProfileRules/TextScanning/Lexicon/Data/*.tsv`) into the Swift source
/// of `LexiconTables`: integer tables and one string of script entries, which a release build places in read-only
/// data, so nothing is parsed or hashed when profilelint starts. `LexiconTablesTests` checks that the committed
/// file is what this produces (as swift-format's GeneratedFilesValidityTests do).
///
/// Data format (one list per language or family): `#` comment lines, of which `# language:` and `# source:` are
/// required (`# word order: verb-final` marks a language whose asking verb follows its object); then
/// `class<TAB>entry[<TAB>display name]`, class one of `CueClass.byName`. An entry that folds to
/// ASCII words is matched on folded words (so `transferência` and `transferencia` are one entry); any other is
/// matched on the original bytes, in lowercase, Capitalised and UPPER case, with word boundaries unless its script
/// is written without spaces (CJK, kana, Thai) or the entry ends in `*` (a stem: `телеграм*`).
struct LexiconGenerator {
    struct ListFile {
        var name: String
        var language: String
        var source: String
        var verbFinal = false
        var entries: [(cls: CueClass, entry: String, name: String, line: Int)]
    }

    enum Problem: Error, CustomStringConvertible {
        case bad(String)
        var description: String {
            switch self {
            case .bad(let text): text
            }
        }
    }

    static let dataDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ProfileRules/TextScanning/Lexicon/Data")
    static let outputFile = dataDirectory.deletingLastPathComponent().appendingPathComponent(
        "Generated/LexiconTables.swift")

    static func readLists() throws -> [ListFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: dataDirectory.path)
            .filter { $0.hasSuffix(".tsv") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: dataDirectory.appendingPathComponent(name), encoding: .utf8)
            var file = ListFile(name: name, language: "", source: "", entries: [])
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if line.isEmpty { continue }
                if line.hasPrefix("#") {
                    let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                    if body.hasPrefix("language:") {
                        file.language = String(body.dropFirst(9)).trimmingCharacters(in: .whitespaces)
                    }
                    if body.hasPrefix("word order:") { file.verbFinal = body.hasSuffix("verb-final") }
                    if body.hasPrefix("source:") {
                        file.source = String(body.dropFirst(7)).trimmingCharacters(in: .whitespaces)
                    }
                    continue
                }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count >= 2, !fields[1].isEmpty,
                    let cls = CueClass.byName.first(where: { $0.0 == fields[0] })?.1
                else {
                    throw Problem.bad("\(name):\(number + 1): expected class<TAB>entry[<TAB>name], got '\(line)'")
                }
                // Only a verb-final list's asking words may follow the contact word they ask for, only its
                // conditions close the clause before them, and only its negations end a sentence from afar.
                let late: CueClass =
                    file.verbFinal && !cls.isDisjoint(with: [.ask, .condition, .negation]) ? .verbFinal : []
                file.entries.append((cls.union(late), fields[1], fields.count > 2 ? fields[2] : "", number + 1))
            }
            guard !file.language.isEmpty, !file.source.isEmpty else {
                throw Problem.bad("\(name): needs '# language:' and '# source:' header lines")
            }
            return file
        }
    }

    /// Scripts written without spaces between words: their entries need no word boundary.
    static func isUnspaced(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x9FFF, 0xF900...0xFAFF, 0x0E00...0x0E7F, 0xFF66...0xFF9F: true
        default: false
        }
    }

    static func generate() throws -> String {
        let lists = try readLists()
        var names: [String] = [""]
        func nameIndex(_ name: String) -> Int {
            if let index = names.firstIndex(of: name) { return index }
            names.append(name)
            return names.count - 1
        }
        // Word and phrase entries by folded token keys; script entries by bytes.
        var words: [WordKey: (cues: UInt32, name: Int, text: String)] = [:]
        var phrases: [[WordKey]: (cues: UInt32, name: Int)] = [:]
        var scripts: [[UInt8]: (cues: UInt32, name: Int, flags: UInt8)] = [:]
        func addWord(_ key: WordKey, _ text: String, _ cues: UInt32, _ name: Int) {
            var entry = words[key] ?? (0, 0, text)
            entry.cues |= cues
            if entry.name == 0 { entry.name = name }
            words[key] = entry
        }
        var all = lists.flatMap { list in list.entries.map { ($0.cls, $0.entry, $0.name, "\(list.name):\($0.line)") } }
        all += ContactScanner.namedWords.words.map { (CueClass.named, $0, "", "ContactScanner.namedWords") }
        for (cls, rawEntry, displayName, place) in all {
            let stem = rawEntry.hasSuffix("*")
            let entry = stem ? String(rawEntry.dropLast()) : rawEntry
            let naming: CueClass = [.rail, .channel, .wordlikeChannel, .social, .street]
            let name = cls.isDisjoint(with: naming) ? 0 : nameIndex(displayName.isEmpty ? entry : displayName)
            let folded = NormalizedText(entry).bytes
            if !folded.contains(where: { $0 >= 0x80 }) {
                guard !stem else { throw Problem.bad("\(place): a stem (`*`) must be in a script other than Latin") }
                let tokens = WordTokens(folded)
                let keys = (0..<tokens.count).map { tokens[$0].key }
                guard let first = keys.first, keys.allSatisfy({ $0.length <= 16 }) else {
                    throw Problem.bad("\(place): '\(entry)' folds to no word, or to a word over 16 bytes")
                }
                if keys.count == 1 {
                    addWord(first, tokens.text(0), cls.rawValue, name)
                } else {
                    let start =
                        cls.isDisjoint(with: CueClass.anchors)
                        ? CueClass.phraseStart
                        : [CueClass.phraseStart, .anchorPhraseStart]
                    addWord(first, tokens.text(0), start.rawValue, 0)
                    var phrase = phrases[keys] ?? (0, 0)
                    phrase.cues |= cls.rawValue
                    if phrase.name == 0 { phrase.name = name }
                    phrases[keys] = phrase
                }
                continue
            }
            guard let firstScalar = entry.unicodeScalars.first else { continue }
            let spaced = !isUnspaced(firstScalar)
            let flags: UInt8 = spaced ? (stem ? 1 : 3) : 0
            var variants = [entry, entry.lowercased(), entry.uppercased()]
            if let head = entry.first { variants.append(String(head).uppercased() + entry.dropFirst()) }
            for variant in Set(variants) {
                let bytes = Array(variant.utf8)
                var item = scripts[bytes] ?? (0, 0, flags)
                item.cues |= cls.rawValue
                if item.name == 0 { item.name = name }
                scripts[bytes] = item
            }
        }

        // The word table: open addressing on `WordKey.mixed`, as `WordTable` probes.
        var size = 64
        while size < words.count * 3 { size *= 2 }
        let shift = UInt64(64 - size.trailingZeroBitCount)
        let mask = size - 1
        var slotLow = [UInt64](repeating: 0, count: size)
        var slotHigh = [UInt64](repeating: 0, count: size)
        var slotLength = [UInt8](repeating: 0, count: size)
        var slotCues = [UInt32](repeating: 0, count: size)
        var slotName = [UInt16](repeating: 0, count: size)
        var slotPhrases = [UInt32](repeating: 0, count: size)
        var slotOf: [WordKey: Int] = [:]
        for (key, entry) in words.sorted(by: { $0.value.text < $1.value.text }) {
            var slot = Int(truncatingIfNeeded: key.mixed >> shift)
            while slotLength[slot] != 0 { slot = (slot + 1) & mask }
            slotLow[slot] = key.low
            slotHigh[slot] = key.high
            slotLength[slot] = UInt8(key.length)
            slotCues[slot] = entry.cues
            slotName[slot] = UInt16(entry.name)
            slotOf[key] = slot
        }
        // Phrases grouped by first word, longest first.
        var phraseWordStart: [Int] = []
        var phraseWordCount: [Int] = []
        var phraseCues: [UInt32] = []
        var phraseName: [Int] = []
        var phraseLow: [UInt64] = []
        var phraseHigh: [UInt64] = []
        var phraseLength: [Int] = []
        let grouped = Dictionary(grouping: phrases.keys, by: { $0[0] })
        for (first, group) in grouped.sorted(by: { slotOf[$0.key]! < slotOf[$1.key]! }) {
            let ordered = group.sorted { (lhs: [WordKey], rhs: [WordKey]) -> Bool in
                if lhs.count != rhs.count { return lhs.count > rhs.count }
                let left = lhs.map { [$0.low, $0.high] }.joined()
                let right = rhs.map { [$0.low, $0.high] }.joined()
                return left.lexicographicallyPrecedes(right)
            }
            guard let slot = slotOf[first], ordered.count < 256 else { throw Problem.bad("too many phrases on a word") }
            slotPhrases[slot] = UInt32(phraseCues.count) << 8 | UInt32(ordered.count)
            for keys in ordered {
                phraseWordStart.append(phraseLow.count)
                phraseWordCount.append(keys.count - 1)
                phraseCues.append(phrases[keys]!.cues)
                phraseName.append(phrases[keys]!.name)
                for key in keys.dropFirst() {
                    phraseLow.append(key.low)
                    phraseHigh.append(key.high)
                    phraseLength.append(key.length)
                }
            }
        }
        // Script entries by first scalar, longest first.
        // Indexed by the first scalar outside ASCII (`chuyển` by `ể`), with the bytes before it as a lead.
        func key(_ bytes: [UInt8]) -> UInt32 {
            String(decoding: bytes, as: UTF8.self).unicodeScalars.first { !$0.isASCII }!.value
        }
        func lead(_ bytes: [UInt8]) -> Int { bytes.firstIndex { $0 >= 0x80 }! }
        let scriptEntries = scripts.keys.sorted { lhs, rhs in
            let left = key(lhs)
            let right = key(rhs)
            if left != right { return left < right }
            if lhs.count != rhs.count { return lhs.count > rhs.count }
            return lhs.lexicographicallyPrecedes(rhs)
        }
        var firsts: [UInt32] = []
        var firstStarts: [Int] = []
        var bloom = [UInt64](repeating: 0, count: 32)
        var text = ""
        var offsets: [Int] = []
        var lengths: [Int] = []
        var cues: [UInt32] = []
        var entryNames: [Int] = []
        var flags: [Int] = []
        var offset = 0
        for (index, bytes) in scriptEntries.enumerated() {
            let string = String(decoding: bytes, as: UTF8.self)
            let first = key(bytes)
            if firsts.last != first {
                firsts.append(first)
                firstStarts.append(index)
                bloom[Int(first & 2047) >> 6] |= 1 << UInt64(first & 63)
            }
            guard bytes.count < 256, lead(bytes) < 32 else { throw Problem.bad("script entry too long: \(string)") }
            text += string
            offsets.append(offset)
            lengths.append(bytes.count)
            offset += bytes.count
            cues.append(scripts[bytes]!.cues)
            entryNames.append(scripts[bytes]!.name)
            flags.append(Int(scripts[bytes]!.flags) | lead(bytes) << 3)
        }
        firstStarts.append(scriptEntries.count)

        var out = """
            // GENERATED FILE. DO NOT EDIT!
            // Compiled from Sources/ProfileRules/TextScanning/Lexicon/Data/*.tsv by LexiconGenerator (Tests/ProfileRulesTests/
            // Lexicon). Regenerate: PROFILELINT_UPDATE_LEXICON=1 swift test --filter LexiconTablesTests
            // Lists: \(lists.map { "\($0.name) (\($0.entries.count))" }.joined(separator: ", "))
            // \(words.count) words, \(phrases.count) phrases, \(scriptEntries.count) script entries (with case variants).

            // swift-format-ignore-file
            enum LexiconTables {
                static let wordShift: UInt64 = \(shift)
                static let wordMask = \(mask)

            """
        func array<T: BinaryInteger>(_ name: String, _ type: String, _ values: [T]) {
            out += "    static let \(name): [\(type)] = [\n"
            var line = "       "
            for value in values {
                let item = " \(value),"
                if line.count + item.count > 116 {
                    out += line + "\n"
                    line = "       "
                }
                line += item
            }
            if line.count > 7 { out += line + "\n" }
            out += "    ]\n"
        }
        array("wordLow", "UInt64", slotLow)
        array("wordHigh", "UInt64", slotHigh)
        array("wordLength", "UInt8", slotLength)
        array("wordCues", "UInt32", slotCues)
        array("wordName", "UInt16", slotName)
        array("wordPhrases", "UInt32", slotPhrases)
        array("phraseWordStart", "UInt16", phraseWordStart)
        array("phraseWordCount", "UInt8", phraseWordCount)
        array("phraseCues", "UInt32", phraseCues)
        array("phraseName", "UInt16", phraseName)
        array("phraseWordLow", "UInt64", phraseLow)
        array("phraseWordHigh", "UInt64", phraseHigh)
        array("phraseWordLength", "UInt8", phraseLength)
        array("scriptBloom", "UInt64", bloom)
        array("scriptFirst", "UInt32", firsts)
        array("scriptFirstStart", "UInt16", firstStarts)
        out += "    static let scriptText: StaticString = \"\(text)\"\n"
        array("scriptOffset", "UInt32", offsets)
        array("scriptLength", "UInt8", lengths)
        array("scriptCues", "UInt32", cues)
        array("scriptName", "UInt16", entryNames)
        array("scriptFlags", "UInt8", flags)
        out += "    static let names: [String] = [\n"
        for name in names { out += "        \"\(name)\",\n" }
        out += "    ]\n}\n"
        return out
    }
}
