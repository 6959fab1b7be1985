import Foundation

@testable import ProfileRules

/// Writes `PhraseTables.swift`: the phrase sets the detectors build, compiled here from their patterns the ordinary
/// way and written as `PhraseSetImage`s (integer and string literals) that start-up loads instead of compiling.
/// `ScanTablesTests` checks that the committed file is what this produces; `PhraseTablesTests`, that the detectors
/// load it.
enum PhraseTablesGenerator {
    /// The sets `IntentDetector` and `HandleDetector` build: name, patterns and lists, as at their call sites.
    static var sets: [(name: String, patterns: [(String, String)], lists: [String: [String]])] {
        [
            ("payment", IntentPhrases.payment, IntentPhrases.lists),
            ("feedback", IntentPhrases.feedback, IntentPhrases.lists.merging(IntentPhrases.rewardAndPraise) { $1 }),
            ("handles", HandleWords.patterns, HandleWords.lists),
        ]
    }

    static let outputFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/ProfileRules/TextScanning/Generated/PhraseTables.swift")

    /// The strings and keys images refer to, shared by every set.
    struct Tables {
        var strings: [String] = []
        var stringIndex: [String: Int32] = [:]
        var keys: [UInt64] = []
        var keyIndex: [WordKey: Int32] = [:]

        mutating func string(_ string: String) -> Int32 {
            if let index = stringIndex[string] { return index }
            strings.append(string)
            stringIndex[string] = Int32(strings.count - 1)
            return Int32(strings.count - 1)
        }

        mutating func key(_ key: WordKey) -> Int32 {
            if let index = keyIndex[key] { return index }
            keys += [key.low, key.high, UInt64(key.length)]
            keyIndex[key] = Int32(keys.count / 3 - 1)
            return Int32(keys.count / 3 - 1)
        }
    }

    /// The image of `entries` (layout in `PhraseSetImage`).
    static func image(of entries: [PhraseSet.Entry], into tables: inout Tables) -> [Int32] {
        var words: [PhrasePattern.Words] = []
        var wordsIndex: [ObjectIdentifier: Int32] = [:]
        for entry in entries {
            for case .words(let element) in entry.pattern.elements where wordsIndex[ObjectIdentifier(element)] == nil {
                wordsIndex[ObjectIdentifier(element)] = Int32(words.count)
                words.append(element)
            }
        }
        var program: [Int32] = [Int32(words.count)]
        for element in words {
            program.append(element.optional ? 1 : 0)
            program.append(Int32(element.prefixes.count))
            for prefix in element.prefixes { program.append(tables.string(String(decoding: prefix, as: UTF8.self))) }
            program.append(Int32(element.alternatives.entries.count))
            for (first, alternatives) in element.alternatives.entries {
                program.append(tables.string(first))
                program.append(Int32(alternatives.count))
                for alternative in alternatives {
                    program.append(Int32(alternative.count))
                    for key in alternative { program.append(tables.key(key)) }
                }
            }
        }
        program.append(Int32(entries.count))
        for entry in entries {
            program.append(tables.string(entry.label))
            program.append(tables.string(entry.pattern.source))
            if let firstWords = entry.pattern.firstWords {
                program.append(Int32(firstWords.count))
                for word in firstWords { program.append(tables.string(word)) }
            } else {
                program.append(-1)
            }
            program.append(Int32(entry.pattern.elements.count))
            for element in entry.pattern.elements {
                switch element {
                case .gap(let count): program.append(-1 - Int32(count))
                case .words(let element): program.append(wordsIndex[ObjectIdentifier(element)] ?? 0)
                }
            }
        }
        return program
    }

    static func generate() -> String {
        var tables = Tables()
        var programs: [(name: String, fingerprint: UInt64, program: [Int32])] = []
        for set in sets {
            let compiled = PhraseSet(set.patterns, lists: set.lists, negators: [], precompiled: false)
            programs.append(
                (
                    set.name, PhraseSetImage.fingerprint(set.patterns, lists: set.lists),
                    image(of: compiled.entries, into: &tables)
                ))
        }
        var source = """
            // GENERATED FILE. DO NOT EDIT!
            // The phrase sets of IntentDetector and HandleDetector, compiled by PhraseTablesGenerator
            // (Tests/ProfileRulesTests/TextScanning) from IntentPhrases and HandleWords; layout in PhraseSetImage.
            // Regenerate: PROFILELINT_UPDATE_SCAN_TABLES=1 swift test --filter ScanTablesTests

            // swift-format-ignore-file
            enum PhraseTables {
                /// The image of the set whose patterns and lists have this fingerprint, if one was generated.
                static func program(for fingerprint: UInt64) -> [Int32]? {
                    switch fingerprint {

            """
        for program in programs {
            source += "        case 0x\(String(program.fingerprint, radix: 16, uppercase: true)): \(program.name)\n"
        }
        source += "        default: nil\n        }\n    }\n\n"
        let lines = ScanTablesGenerator.lines
        source += "    static let strings: [String] = [\n" + lines(tables.strings.map(literal)) + "    ]\n\n"
        source += "    static let keys: [UInt64] = [\n" + lines(tables.keys.map { String($0) }) + "    ]\n"
        for program in programs {
            source +=
                "\n    static let \(program.name): [Int32] = [\n" + lines(program.program.map(String.init))
                + "    ]\n"
        }
        source += "}\n"
        return source
    }

    /// `string` as a Swift string literal.
    private static func literal(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
