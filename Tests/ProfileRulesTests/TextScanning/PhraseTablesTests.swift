import Foundation
import Testing

@testable import ProfileRules

/// The phrase sets start-up loads are the sets their patterns compile to, and the detectors load them (the file
/// itself is checked by `ScanTablesTests`).
@Suite struct PhraseTablesTests {
    /// A loaded set has the compiled set's entries: the same image, written again from what was loaded.
    @Test(arguments: PhraseTablesGenerator.sets.map(\.name))
    func loadedSetIsTheCompiledSet(_ name: String) throws {
        let set = try #require(PhraseTablesGenerator.sets.first { $0.name == name })
        let compiled = PhraseSet(set.patterns, lists: set.lists, negators: [], precompiled: false)
        let loaded = PhraseSet(set.patterns, lists: set.lists, negators: [])
        #expect(!compiled.loadedFromImage)
        #expect(loaded.loadedFromImage, "no image for \(name): regenerate PhraseTables.swift")
        var tables = PhraseTablesGenerator.Tables()
        let expected = PhraseTablesGenerator.image(of: compiled.entries, into: &tables)
        var again = PhraseTablesGenerator.Tables()
        let actual = PhraseTablesGenerator.image(of: loaded.entries, into: &again)
        #expect(actual == expected)
        #expect(again.strings == tables.strings && again.keys == tables.keys)
        #expect(Set(loaded.firstWords) == Set(compiled.firstWords))
    }

    /// The detectors' own sets come from the tables (a set whose call site changed would be compiled at start-up).
    @Test func detectorsLoadTheirSets() {
        #expect(IntentDetector.payment.loadedFromImage)
        #expect(IntentDetector.feedback.loadedFromImage)
        #expect(HandleDetector.phrases.loadedFromImage)
    }

    /// Another pattern list is compiled, not matched to an image.
    @Test func editedPatternsAreCompiled() {
        let set = PhraseSet([("pay me outside", "paying outside")], lists: [:], negators: [])
        #expect(!set.loadedFromImage)
        let tokens = WordTokens(NormalizedText("you can pay me outside").bytes, named: WordSet(set.firstWords))
        #expect(set.matches(in: tokens).map(\.1) == ["paying outside"])
    }
}
