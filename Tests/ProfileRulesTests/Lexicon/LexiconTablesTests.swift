import Foundation
import Testing

@testable import ProfileRules

/// The lexicon is data: every list names its language and source, and the compiled tables are current.
@Suite struct LexiconTablesTests {
    @Test func generatedTablesAreCurrent() throws {
        let generated = try LexiconGenerator.generate()
        let path = LexiconGenerator.outputFile
        if ProcessInfo.processInfo.environment["PROFILELINT_UPDATE_LEXICON"] == "1" {
            try generated.write(to: path, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: path, encoding: .utf8)
        #expect(
            committed == generated,
            """
            LexiconTables.swift is out of date. Please run \
            'PROFILELINT_UPDATE_LEXICON=1 swift test --filter LexiconTablesTests'.
            """)
    }

    @Test func everyListNamesItsLanguageAndSource() throws {
        let lists = try LexiconGenerator.readLists()
        #expect(lists.count >= 17)
        for list in lists {
            #expect(!list.source.isEmpty && !list.language.isEmpty, "\(list.name)")
            #expect(!list.entries.isEmpty, "\(list.name) is empty")
        }
    }

    @Test(arguments: [
        ("Telegram", CueClass.channel), ("transferência bancária", .rail), ("Ödeme", .pay), ("телеграм", .channel),
        ("微信", .channel), ("ВОТСАП", .channel), ("te1egram", .channel), ("whats4pp", .channel), ("d!sc0rd", .channel),
    ])
    func findsCueWords(_ text: String, _ expected: CueClass) {
        let normalized = NormalizedText("write me on " + text + " today")
        let tokens = WordTokens(normalized.bytes)
        let cues = Lexicon.cues(in: normalized, tokens: tokens)
        #expect(cues.contains { $0.cues.contains(expected) }, "\(cues.map(\.cues.rawValue))")
    }

    @Test func commonWordsAreNoAnchors() {
        let normalized = NormalizedText("my your the not me you and to of in for")
        let tokens = WordTokens(normalized.bytes)
        #expect(!tokens.summary.hasAnchor)
    }
}
