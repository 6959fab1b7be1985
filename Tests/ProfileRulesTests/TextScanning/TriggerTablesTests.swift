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

    /// No common word is strong, and prose made of them stays cold.
    @Test func commonWordsAreNoTriggers() throws {
        let tables = try TriggerTablesGenerator.build()
        let strong = TriggerTablesGenerator.commonWords.filter { tables.isStrong($0) }
        #expect(strong.isEmpty, "\(strong.sorted())")
        // Spelled digits ("one", "two") are digits to the phone and feedback rules.
        let words = TriggerTablesGenerator.commonWords.filter { word in
            word.allSatisfy(\.isLetter) && ObfuscationWords.digits.value(word) == nil
        }.sorted()
        let text = words.joined(separator: " ") + ". " + words.reversed().joined(separator: " ") + "."
        #expect(ContactPrefilter.windows(in: String(repeating: text + "\n", count: 4)) == [])
    }

    static let cold = "I write clear reports every week for my clients. "

    /// Whether the sentence `trigger` set among cold prose lies in a window.
    static func isHot(_ trigger: String) -> Bool {
        let text = String(repeating: cold, count: 6) + trigger + ". " + String(repeating: cold, count: 6)
        let windows = ContactPrefilter.windows(in: text)
        let start = Array(text.utf8).count - (trigger + ". " + String(repeating: cold, count: 6)).utf8.count
        return windows.map { $0.contains { $0.contains(start) } } ?? true
    }

    @Test(arguments: [
        "Skype", "WhatsApp", "PayPal", "gmail", "telegram", "me at example dot org", "s k y p e", "sk ype", "pay.pal",
        "four one five five five five one two three four", "415 555 1234", "x@y", "live:john", "https://a", "tel:+1",
        "a.com", "www.acme", "%40", "[at]", "(dot)", "te1egram", "$kype", "d!sc0rd", "Zoë", "\u{200B}",
        "12 Baker Street", "PO Box 12",
        // Pairs, as the detectors' rules need them.
        "skip the commission", "pay me outside Upwork", "IBAN DE12 3456 7890 1234", "Zelle or Venmo",
        "a discount for a 5-star review", "email me", "send me your number", "a Teams call", "invoice me directly",
        "let's continue this chat elsewhere", "leave a 5 star review please", "add me on Signal",
    ])
    func triggersMakeTheirSentenceHot(_ trigger: String) {
        #expect(Self.isHot(trigger))
    }

    /// Words of overview prose that start no match alone stay cold: the pay, review, platform and fee words
    /// without the words the rules pair them with, technology names with a dot, versions.
    @Test(arguments: [
        "fixed-price milestones start at $450", "Invoice covered 3 milestones", "My rate is $45/hr",
        "a 97% Job Success Score", "keep all communication on the platform", "Node.js and Next.js", "Swift 5.9",
        "the commission is fair", "I found my clients on Upwork", "IBAN validation", "a review of the code",
        "I lead two teams", "hire me for your next release", "React 18.2.0",
    ])
    func proseWordsStayCold(_ text: String) {
        #expect(!Self.isHot(text))
    }
}
