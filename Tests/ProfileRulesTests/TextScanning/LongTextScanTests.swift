import Testing

@testable import ProfileRules

/// Issue 12, family 5: the passes made linear over long lists of names and many matches still read a text as
/// they did. Time is not asserted here (`scripts/linear-check.sh` measures it); these pin the behaviour.
@Suite struct LongTextScanTests {
    @Test(arguments: [1, 2, 3, 4, 5])
    func rangeIndexAnswersAsAWalkOverEveryRange(seed: Int) {
        // Ranges and queries spread by multiplying with primes: overlapping, nested, repeated and empty ones, added
        // in an order unrelated to their positions.
        let candidates = (0..<300).map { step in
            let lower = (step * 7_919 + seed * 31) % 200
            return lower..<lower + (step * 104_729 + seed) % 12
        }
        var index = RangeIndex(for: candidates)
        var added: [Range<Int>] = []
        for step in 0..<300 {
            let candidate = candidates[(step * 151 + seed) % 300]
            index.insert(candidate)
            added.append(candidate)
            let lower = (step * 613 + seed * 7) % 217 - 2
            let query = lower..<lower + (step * 37 + seed) % 10
            #expect(index.overlapsAny(query) == added.contains { $0.overlaps(query) }, "\(query) after \(added.count)")
            if !query.isEmpty {
                #expect(
                    index.containsAny(query) == added.contains { $0.clamped(to: query) == query },
                    "\(query) after \(added.count)")
            }
        }
    }

    @Test func aLongListOfChannelsSharesItsHead() {
        // The head of a list is found however long the list is: "no need for" before the first name declines them
        // all; the same list offered has one finding per name.
        let names = String(repeating: "Telegram, ", count: 2_000)
        let declined = ContactScanner.scan("No need for " + names + "this chat is enough.", for: [.handle])
        #expect(declined.isEmpty)
        let offered = ContactScanner.scan("Find me on " + names + "any time.", for: [.handle])
        #expect(offered.count == 2_000)
        #expect(offered.allSatisfy { $0.detail == "Telegram" })
        #expect(offered.dropFirst().allSatisfy { $0.text == "Telegram" })  // the first is "Find me on Telegram"
    }

    @Test func aLongSentenceOfNegationsStillVetoesAndCues() {
        // Each negation's veto reaches to the end of its sentence (at most 60 bytes on); the one sentence end is
        // found once for all of them.
        let refusals = String(repeating: "never PayPal, ", count: 1_000) + "thanks. PayPal me the deposit."
        let payments = ContactScanner.scan(refusals, for: [.payment])
        #expect(payments.count == 1)
        #expect(payments.first?.text == "PayPal me the deposit")
    }

    @Test func aLongSentenceAfterAnOfferKeepsIt() {
        // The walk over the cues after an offer, looking for its negation, scans the bytes after it once and stops
        // past a comma (it rescanned the gap for every later cue); the offer still stands, and a short one after a
        // verb-final negation is still refused. Seed: Fuzz/Corpus/FuzzTextScanner/repeat-cues-after-an-offer.txt.
        let offer = "Pay me outside Upwork, " + String(repeating: "and the Telegram group works too ", count: 2_000)
        let payments = ContactScanner.scan(offer, for: [.payment])
        #expect(payments.count == 1)
        #expect(payments.first?.range.lowerBound == 0)
        #expect(ContactScanner.scan("Review swaps are not something I do.", for: [.feedback]).isEmpty)
    }

    @Test func manyCueSentencesMergeOnePerPlace() {
        // Each sentence's cue is merged once; the phone in the e-mail address stays the address's.
        let sentence = "Ping me on Telegram. Mail 4155550123@example.com. "
        #expect(!PhoneDetector.find(in: NormalizedText(sentence)).isEmpty)  // the digits alone read as a phone
        let matches = ContactScanner.scan(String(repeating: sentence, count: 1_000))
        #expect(matches.filter { $0.kind == .handle }.count == 1_000)
        #expect(matches.filter { $0.kind == .email }.count == 1_000)
        #expect(!matches.contains { $0.kind == .phone })
    }
}
