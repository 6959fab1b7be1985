import Foundation
import Testing

@testable import ProfileRules

/// The prefilter's trigger words are what the lexicon and the detectors' lists make them today, and ordinary prose
/// stays cold.
@Suite struct TriggerTablesTests {
    @Test func generatedTablesAreCurrent() throws {
        let generated = try TriggerTablesGenerator.generate()
        let path = TriggerTablesGenerator.outputFile
        #expect(
            try ScanTablesGenerator.committed(generated, at: path) == generated,
            """
            TriggerTables.swift is out of date. Please run \
            'PROFILELINT_UPDATE_SCAN_TABLES=1 swift test --filter TriggerTablesTests'.
            """)
    }

    /// A lexicon entry made only of common words forces one of them in (listed in the generated file's header):
    /// a handful at most, and every other common word stays cold.
    @Test func commonWordsAreNoTriggers() throws {
        let tables = try TriggerTablesGenerator.build()
        let forced = TriggerTablesGenerator.commonWords.filter { tables.isStrong($0) }
        #expect(forced.count <= 4, "\(forced.sorted())")
        let words = TriggerTablesGenerator.commonWords.subtracting(forced).filter { $0.allSatisfy(\.isLetter) }.sorted()
        let text = words.joined(separator: " ") + ". " + words.reversed().joined(separator: " ") + "."
        #expect(ContactPrefilter.windows(in: String(repeating: text + "\n", count: 4)) == [])
    }

    @Test(arguments: [
        "Skype", "WhatsApp", "PayPal", "gmail", "e-mail", "telegram", "upwork", "IBAN", "5-star review", "outside",
        "me at example dot org", "s k y p e", "sk ype", "pay.pal", "four one five five five five one two three four",
        "415 555 1234", "x@y", "live:john", "https://a", "tel:+1", "a.com", "%40", "[at]", "(dot)", "te1egram",
        "$kype", "d!sc0rd", "Zoë", "\u{200B}", "12 Baker Street", "PO Box 12", "commission",
    ])
    func triggersMakeTheirSentenceHot(_ trigger: String) {
        let cold = "I write clear reports every week for my clients. "
        let text = String(repeating: cold, count: 6) + trigger + ". " + String(repeating: cold, count: 6)
        let windows = ContactPrefilter.windows(in: text)
        let start = Array(text.utf8).count - (trigger + ". " + String(repeating: cold, count: 6)).utf8.count
        #expect(windows.map { $0.contains { $0.contains(start) } } ?? true, "\(windows ?? [])")
    }
}
