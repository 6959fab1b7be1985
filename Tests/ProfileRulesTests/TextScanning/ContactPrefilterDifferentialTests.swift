import Foundation
import ProfileLintTestSupport
import Testing

@_spi(Benchmarks) @testable import ProfileRules

/// `ContactPrefilter` skips the sentences no detector can match and scans the rest in windows: the matches
/// (ranges, kinds, strengths, values, details) must be exactly those of a scan of the whole text. Every evaluation
/// case, the samples, the real letters and overviews, and seeded texts that mix cases with plain prose (single
/// cases are mostly hot and scanned whole, so the mixtures are what put windows to the test).
@Suite struct ContactPrefilterDifferentialTests {
    /// The matches of `kinds` in `text` scanned in its windows for them, even where most of it is hot (`scan` would
    /// scan it whole).
    static func windowed(_ text: String, for kinds: ContactMatch.Kinds = .all) -> [ContactMatch] {
        guard let windows = ContactPrefilter.windows(in: text, for: kinds, wholeShare: 2) else {
            return ContactScanner.scan(text, for: kinds, prefiltered: false)
        }
        return ContactPrefilter.scan(text, windows: windows, for: kinds)
    }

    /// The texts where a whole scan for `kinds` differs from the windowed one or from `scan` as it runs (by index).
    static func differences(_ texts: [String], for kinds: ContactMatch.Kinds = .all) -> [Int] {
        texts.indices.filter { index in
            let whole = ContactScanner.scan(texts[index], for: kinds, prefiltered: false)
            return whole != windowed(texts[index], for: kinds)
                || whole != ContactScanner.scan(texts[index], for: kinds, prefiltered: true)
        }
    }

    static func describe(_ text: String, for kinds: ContactMatch.Kinds = .all) -> String {
        let whole = ContactScanner.scan(text, for: kinds, prefiltered: false)
        let windows = ContactPrefilter.windows(in: text, for: kinds, wholeShare: 2).map { "\($0)" } ?? "whole"
        let pieces = windowed(text, for: kinds)
        return "text: \(text.debugDescription)\nwindows: \(windows)\nwhole: \(whole.map(Self.short))\n"
            + "prefiltered: \(pieces.map(Self.short))"
    }

    static func short(_ match: ContactMatch) -> String {
        "\(match.kind) \(match.range) \(match.value.debugDescription)"
    }

    static func expectSame(
        _ texts: [String], _ name: String, for kinds: ContactMatch.Kinds = .all,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let differing = differences(texts, for: kinds)
        #expect(
            differing.isEmpty, "\(name): \(differing.count) of \(texts.count) texts differ",
            sourceLocation: sourceLocation)
        for index in differing.prefix(5) {
            Issue.record(Comment(rawValue: describe(texts[index], for: kinds)), sourceLocation: sourceLocation)
        }
    }

    // MARK: - One rule's kinds

    /// A rule alone scans for its own kind (`--kind` in the bench), and the prefilter keeps only the sentences hot
    /// for it: the matches must still be those of a whole scan for that kind. The evaluation cases, the samples,
    /// seeded mixtures (plain and mutated), generated overviews and contact sentences at window edges.
    struct KindCase: Sendable, CustomTestStringConvertible {
        let kinds: ContactMatch.Kinds
        let testDescription: String

        /// Every kind alone, and the pair `SpamLordEvaluation` asks for.
        static let all =
            ContactMatch.Kind.allCases.map { KindCase(kinds: ContactMatch.Kinds($0), testDescription: "\($0)") }
            + [KindCase(kinds: [.email, .phone], testDescription: "email, phone")]
    }

    @Test(arguments: KindCase.all)
    func eachKindAloneScansTheSame(_ kindCase: KindCase) throws {
        let kinds = kindCase.kinds
        let cases = try Self.devSetTexts
        var random = SeededRandom(seed: 5)
        Self.expectSame(cases, "development set", for: kinds)
        Self.expectSame(Self.texts(under: TestPaths.samples), "samples", for: kinds)
        Self.expectSame(Self.mixtures(of: cases, count: 400, seed: 42), "mixtures", for: kinds)
        let mutated = Self.mixtures(of: cases, count: 300, seed: 9).map { Self.mutated($0, random: &random) }
        Self.expectSame(mutated, "mutated mixtures", for: kinds)
        Self.expectSame(Self.overviews(count: 150, seed: 16), "generated overviews", for: kinds)
        Self.expectSame(Self.edgeTexts(seed: 23), "hits at window edges", for: kinds)
    }

    /// The same for the real letters and overviews: counts only.
    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: TestPaths.realData),
            "../shared/realdata is absent: the real letters and overviews are not here"),
        arguments: KindCase.all)
    func eachKindAloneScansRealTextTheSame(_ kindCase: KindCase) {
        var texts: [String] = []
        for folder in ["datasets", "api-json", "html"] { texts += Self.texts(under: TestPaths.realData + "/" + folder) }
        let differing = Self.differences(texts, for: kindCase.kinds).count
        #expect(differing == 0, "real data, \(kindCase.testDescription): \(differing) of \(texts.count) texts differ")
    }

    // MARK: - Evaluation cases

    static var devSetTexts: [String] {
        get throws {
            var texts = try DevSetCases.cases(in: DevSetCases.directory).map(\.text)
            for folder in DevSetCases.roundDirectories {
                texts += try DevSetCases.cases(in: folder).map(\.text)
            }
            return texts + OwnCases.all.map(\.text)
        }
    }

    @Test func developmentCasesScanTheSame() throws {
        let texts = try Self.devSetTexts
        #expect(texts.count > 1_000)
        Self.expectSame(texts, "development set")
    }

    /// The blind part: only counts are printed, never a text.
    @Test(.enabled(if: DevSetCases.heldOutAvailable)) func heldOutCasesScanTheSame() throws {
        let cases = try DevSetCases.cases(in: DevSetCases.heldOutDirectory).map(\.text)
        let joined = Self.mixtures(of: cases, count: 200, seed: 11)
        let differing = Self.differences(cases).count
        let differingMixtures = Self.differences(joined).count
        #expect(
            differing == 0 && differingMixtures == 0,
            "held-out part: \(differing) of \(cases.count) cases and \(differingMixtures) of \(joined.count) mixtures differ"
        )
    }

    @Test(.enabled(if: RealDataCases.available, "../shared/realdata is absent: the public PII sets are not here"))
    func publicCasesScanTheSame() throws {
        Self.expectSame(try RealDataCases.all().map(\.text), "public PII sets")
    }

    // MARK: - Samples and real data

    /// Every string of 20 characters or more in a JSON value.
    static func strings(inJSON data: Data) -> [String] {
        guard let root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [] }
        var found: [String] = []
        func walk(_ value: Any) {
            if let text = value as? String, text.count >= 20 {
                found.append(text)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            } else if let object = value as? [String: Any] {
                object.values.forEach(walk)
            }
        }
        walk(root)
        return found
    }

    /// The texts of the files under `folder`: the strings of JSON files, other files whole.
    static func texts(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var texts: [String] = []
        for case let name as String in walker {
            let path = folder + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { continue }
            if name.hasSuffix(".json") {
                texts += strings(inJSON: data)
            } else if let text = String(data: data, encoding: .utf8) {
                texts.append(text)
            }
        }
        return texts
    }

    @Test func samplesScanTheSame() {
        let texts = Self.texts(under: TestPaths.samples)
        #expect(texts.count > 20)
        Self.expectSame(texts, "samples")
    }

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: TestPaths.realData),
            "../shared/realdata is absent: the real letters and overviews are not here"))
    func realLettersAndOverviewsScanTheSame() {
        var texts: [String] = []
        for folder in ["datasets", "api-json", "html"] { texts += Self.texts(under: TestPaths.realData + "/" + folder) }
        #expect(!texts.isEmpty)
        // Counts only: these are real people's words.
        let differing = Self.differences(texts).count
        #expect(differing == 0, "real data: \(differing) of \(texts.count) texts differ")
    }

    // MARK: - Seeded mixtures and mutations

    /// Sentences with nothing to find, in the shapes of overview prose (numbers, versions, prices, lists).
    static let prose = [
        "I help product teams ship work they can trust.",
        "For the last 8 years I have worked as a data engineer for startups and established companies alike.",
        "Most recently I cut a client's nightly load from six hours to forty minutes.",
        "I have delivered 40 projects with a 97% Job Success Score and many repeat clients.",
        "My rate is $45/hr, and fixed-price milestones start at $450.",
        "I work with React 18.2.0, Python 3.11 and Swift 5.9 every day.",
        "Between 2015 and 2019 I led a team of 6 at Northwind Labs.",
        "I report progress every Monday and Thursday and keep all communication on the platform.",
        "What you get: a short written plan before any work starts, clear milestones, and a recorded handover.",
        "I am available 30 hours a week, usually between 9:00 and 17:00 CET.",
        "Invoice INV-2021-0042 covered 3 milestones.",
        "References on request; see the portfolio for 4 case studies.",
        "Good fits: migrations, clean-ups of old code, and reports that take too long to refresh.",
        "Thanks!",
        "Ok.",
        "— Ana",
        "I don't work weekends, and I never start without a written scope.",
        "Clean code, clear notes and honest estimates are what I bring to every engagement.",
        "I enjoy untangling legacy systems and leaving them easier to change.",
        "My background is in statistics, and I still like a well-made chart.",
        "Before we start I ask questions until the goal is clear to both of us.",
        "I have written documentation that engineers actually read.",
        "Short feedback loops keep surprises small.",
        "I live in a small town and work from a quiet home office.",
        "Tell me about the problem and I will tell you honestly whether I am the right fit.",
    ]

    static let separators = [" ", ". ", "\n", "\n\n", ", ", "; ", " - ", "! ", "? ", "\t", ""]

    /// Texts of 4–40 pieces: cases (one in six) and prose sentences, joined by random separators.
    static func mixtures(of cases: [String], count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<random.int(4...40) {
                let piece =
                    random.int(0...5) == 0
                    ? cases[random.int(0...cases.count - 1)]
                    : prose[random.int(0...prose.count - 1)]
                text += separators[random.int(0...separators.count - 1)] + piece
            }
            return text
        }
    }

    /// Characters worth inserting: separators, the normaliser's symbols, look-alikes, digits.
    static let insertions: [String] = [
        " ", ".", "@", ":", "/", "-", "(", ")", "[", "]", "'", "\"", "%", "$", "!", "|", "\n", "0", "1", "7", "o",
        "at", " dot ", "é", "’", "\u{200B}", "ｓ", "е", "٣", "  ", "_", "+", "=", "#", "s k y p e", "sk ype",
    ]

    /// `text` with a few random insertions and deletions.
    static func mutated(_ text: String, random: inout SeededRandom) -> String {
        var characters = Array(text)
        for _ in 0..<random.int(1...4) {
            let at = random.int(0...characters.count)
            if random.int(0...2) == 0, at < characters.count {
                characters.remove(at: at)
            } else {
                characters.insert(contentsOf: insertions[random.int(0...insertions.count - 1)], at: at)
            }
        }
        return String(characters)
    }

    @Test func mixturesScanTheSame() throws {
        let cases = try Self.devSetTexts
        let texts = Self.mixtures(of: cases, count: 800, seed: 42)
        // Most mixtures must have cold sentences to skip, or this would compare whole scans with themselves.
        let skipping = texts.filter { text in
            let windows = ContactPrefilter.windows(in: text, wholeShare: 2) ?? [0..<0]
            return windows.reduce(0) { $0 + $1.count } < text.utf8.count
        }.count
        #expect(skipping * 4 >= texts.count, "\(skipping) of \(texts.count) mixtures skip a sentence")
        Self.expectSame(texts, "mixtures")
    }

    @Test func mutatedMixturesScanTheSame() throws {
        let cases = try Self.devSetTexts
        var random = SeededRandom(seed: 7)
        let texts = Self.mixtures(of: cases, count: 500, seed: 9).map { Self.mutated($0, random: &random) }
        Self.expectSame(texts, "mutated mixtures")
    }

    /// Contact sentences in the shapes of the generated corpus (`corpus-gen text`), with their numbers drawn.
    static let contactTemplates = [
        "Write to me at {name}@gmail.com for a faster answer.",
        "Call or text +1 (212) 555-{d4} any time.",
        "WhatsApp: +44 7700 900{d3}",
        "Add me on Skype: {name}.studio",
        "My direct line is 020 7946 0{d3}.",
        "Phone: 212.555.{d4}",
        "See my site at https://{name}-works.example.org",
        "Contact: {name} at yahoo dot com",
        "Telegram @{name}_dev, or call zero seven seven zero nine zero zero one two three.",
        "Pay me via PayPal ({name}@outlook.com) to skip the fees.",
        "Send the payment to my Payoneer account and we both keep the commission.",
        "Leave me a 5-star review and I will refund the last milestone.",
        "Let's continue this chat elsewhere.",
    ]

    /// The generated overviews' own sentences with their numbers drawn (`prose` holds one draw of each).
    static let proseTemplates = [
        "I have delivered {n}0 projects with a {n}{n}% Job Success Score and many repeat clients.",
        "My rate is ${n}{n}/hr, and fixed-price milestones start at ${n}{n}0.",
        "Invoice INV-20{n}{n}-{d4} covered {n} milestones; order #{d4}{d4} was delivered on June 20{n}{n}.",
        "Version {n}.{n}.{n} shipped in March with zero critical bugs reported in the first 90 days.",
        "I am available {n}0 hours a week, usually between 9:00 and 17:00 CET, with a reply within 12 hours.",
        "I work with Node.js {n}.{n}, Python 3.{n}{n} and React 18.2.0 every day, and keep up with each release.",
    ]

    static func filled(_ template: String, random: inout SeededRandom) -> String {
        var text = template
        let names = ["ana", "tomasz", "priya", "kwame", "mei", "ravi"]
        while let range = text.range(of: "{name}") {
            text.replaceSubrange(range, with: names[random.int(0...names.count - 1)] + String(random.int(1...99)))
        }
        for (field, digits) in [("{d4}", 4), ("{d3}", 3), ("{n}", 1)] {
            while let range = text.range(of: field) {
                text.replaceSubrange(range, with: (0..<digits).map { _ in String(random.int(0...9)) }.joined())
            }
        }
        return text
    }

    /// Overviews shaped like the generated corpus: 8–40 sentences of prose, one in thirty a contact sentence.
    static func overviews(count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            (0..<random.int(8...40)).map { _ in
                switch random.int(0...29) {
                case 0: return filled(contactTemplates[random.int(0...contactTemplates.count - 1)], random: &random)
                case 1...8: return filled(proseTemplates[random.int(0...proseTemplates.count - 1)], random: &random)
                default: return prose[random.int(0...prose.count - 1)]
                }
            }.joined(separator: random.int(0...4) == 0 ? "\n\n" : " ")
        }
    }

    /// The generated corpus's shapes: the same matches, and most bytes skipped (the prefilter's point).
    @Test func generatedOverviewsScanTheSame() {
        let texts = Self.overviews(count: 300, seed: 16)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let scanned = texts.reduce(0) { $0 + ContactScanner.prefilteredBytes($1) }
        #expect(scanned * 3 < bytes * 2, "the detectors see \(scanned) of \(bytes) bytes")
        Self.expectSame(texts, "generated overviews")
    }

    /// Digit runs the phone detector never starts a number at (a group glued by a hyphen to a word that is no
    /// contact label, a group after `#` with no contact word before) are not counted by the prefilter; the labelled,
    /// accented, split and continued ones are. Each inside prose, for every kind alone and all.
    static let gluedNumbers = [
        "Invoice INV-2006-7658 covered 4 milestones", "order #50114686 was delivered", "Call tel-2006-7658 now",
        "TEL-1(212)555-0123", "cell-5551234567", "fono-5551234567", "Teléfono-5551234567", "Teléfono #5551234567",
        "Mobile #03001234567 today", "Mobile#0300 1234567", "phone: #5551234567", "whatsapp #2125550123",
        "INV-2006 555 1234 567", "#5011  4686-123-4567", "#5011-4686-1234567890", "#5011-4686 212 555 0123",
        "ref-2006-7658 call me at 212 555 0123", "order # 5011 4686 whatsapp 212 555 0123", "5-2006-7658",
        "v2-2006-7658", "x-2006-7658", "ext-5551234", "\n#5551234567", "#5551234567", "(at) #5551234567",
        "skype-5551234567", "Ph0ne #5551234567", "p h o n e #5551234567", "t e l #5551234567", "five-2006-7658",
        "call me, order #2125550123", "Tel. #2125550123", "Tel.-2125550123", "tel -2125550123", "Tel\t#2125550123",
        "Call: \n#2125550123", "number #2125550123", "INV-2006-7658-212-555-0123", "a-2125550123 b-212 555 0123",
    ]

    @Test(arguments: KindCase.all + [KindCase(kinds: .all, testDescription: "all")])
    func gluedAndMarkedDigitRunsScanTheSame(_ kindCase: KindCase) {
        var random = SeededRandom(seed: 31)
        let texts = Self.gluedNumbers.flatMap { number in
            (0..<3).map { _ in
                let left = (0..<random.int(0...3)).map { _ in Self.prose[random.int(0...Self.prose.count - 1)] }
                let right = (0..<random.int(0...3)).map { _ in Self.prose[random.int(0...Self.prose.count - 1)] }
                return (left + [number + "."] + right).joined(separator: Self.separators[random.int(0...3)])
            } + [number]
        }
        Self.expectSame(texts, "glued and marked digit runs", for: kindCase.kinds)
    }

    @Test func invoiceAndOrderNumbersLeaveTheirSentenceCold() {
        let text = "Invoice INV-2006-7658 covered 4 milestones; order #50114686 was delivered on June 2013."
        #expect(ContactPrefilter.windows(in: text, for: [.phone], wholeShare: 2) == [])
        #expect(ContactPrefilter.windows(in: "Call tel-2006-7658.", for: [.phone], wholeShare: 2) != [])
        #expect(ContactPrefilter.windows(in: "Mobile #0300 1234567.", for: [.phone], wholeShare: 2) != [])
    }

    /// A contact sentence at every distance from the start and the end of a window: each of the prose sentences
    /// before and after it, one by one, so that a hit lands on each window edge.
    @Test func hitsAtWindowEdgesScanTheSame() {
        Self.expectSame(Self.edgeTexts(seed: 23), "hits at window edges")
    }

    static func edgeTexts(seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        var texts: [String] = []
        for template in Self.contactTemplates {
            let contact = Self.filled(template, random: &random)
            for before in 0..<4 {
                for after in 0..<4 {
                    let left = (0..<before).map { _ in Self.prose[random.int(0...Self.prose.count - 1)] }
                    let right = (0..<after).map { _ in Self.prose[random.int(0...Self.prose.count - 1)] }
                    let separator = Self.separators[random.int(0...Self.separators.count - 1)]
                    texts.append((left + [contact] + right).joined(separator: separator))
                }
            }
        }
        return texts
    }

    @Test func randomBytesScanTheSame() {
        var random = SeededRandom(seed: 3)
        let alphabet = Array("abcdeghilmnoprstuwy kpqxz0123456789 .,;:!?@/-()[]'\"%$|\n\té’ｓе")
        let texts = (0..<1_000).map { _ in
            String((0..<random.int(1...300)).map { _ in alphabet[random.int(0...alphabet.count - 1)] })
        }
        Self.expectSame(texts, "random characters")
    }
}

/// xorshift64*: the same sequence on every machine, for the seeded texts.
struct SeededRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed | 1 }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return range.lowerBound + Int((state &* 0x2545_F491_4F6C_DD1D) % UInt64(range.count))
    }
}
