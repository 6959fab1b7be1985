import Foundation
import ProfileLintTestSupport
import ProfileRules
import Testing

/// Prints the contact scanner's throughput, for BENCHMARKS.md: on real overview and cover-letter text (the 32
/// applicant profiles in `../shared/realdata`), on synthetic overview prose with no contact details (the common
/// case) and on synthetic text dense with contacts. Measures only, never asserts on time; run it in release:
/// `PROFILELINT_BENCHMARK=1 swift test -c release --filter ScannerThroughputTests`. Serialized: two measurements
/// sharing the cores would halve each other.
@Suite(.serialized) struct ScannerThroughputTests {
    static var path: String {
        TestPaths.realData + "/datasets/uprank_upwork_job_with_32_applicant_profiles_2024.json"
    }
    static var benchmarking: Bool { ProcessInfo.processInfo.environment["PROFILELINT_BENCHMARK"] == "1" }
    static var enabled: Bool { benchmarking && FileManager.default.fileExists(atPath: path) }

    @Test(.enabled(if: enabled, "set PROFILELINT_BENCHMARK=1 (and have ../shared/realdata) to measure"))
    func printThroughput() throws {
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.path)))
        let people = ((root as? [String: Any])?["edges"] as? [String: Any])?["upworkfreelancer"] as? [[String: Any]]
        let fields = (people ?? []).flatMap { person in ["description", "cv"].compactMap { person[$0] as? String } }
        measure(fields, title: "real overviews and cover letters")
    }

    @Test(.enabled(if: benchmarking, "set PROFILELINT_BENCHMARK=1 to measure"))
    func printSyntheticThroughput() {
        let clean = SyntheticOverviews.clean(count: 64)
        let dense = SyntheticOverviews.dense(count: 64)
        // The generator must keep its promise: nothing to find in the clean text, plenty in the dense text.
        #expect(clean.allSatisfy { ContactScanner.scan($0).isEmpty })
        #expect(dense.allSatisfy { ContactScanner.scan($0).count >= 5 })
        measure(clean, title: "synthetic overviews without contact details")
        measure(dense, title: "synthetic overviews dense with contacts")
    }

    private func measure(_ fields: [String], title: String) {
        let bytesPerRound = fields.reduce(0) { $0 + $1.utf8.count }
        #expect(bytesPerRound > 0)
        // PROFILELINT_BENCHMARK_MB shrinks the run, for profiling under callgrind.
        let megabytesWanted = Int(ProcessInfo.processInfo.environment["PROFILELINT_BENCHMARK_MB"] ?? "") ?? 20
        let rounds = max(1, megabytesWanted * 1_000_000 / bytesPerRound)
        var matches = 0
        let clock = ContinuousClock()
        let normalizing = clock.measure {
            for _ in 0..<rounds { for field in fields { matches &+= NormalizedText(field).bytes.count } }
        }
        let scanning = clock.measure {
            for _ in 0..<rounds { for field in fields { matches &+= ContactScanner.scan(field).count } }
        }
        let megabytes = Double(bytesPerRound * rounds) / 1_000_000
        func rate(_ duration: Duration) -> String {
            let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            return String(format: "%.1f MB/s", megabytes / seconds)
        }
        print(
            "scanner throughput over \(String(format: "%.1f", megabytes)) MB of \(title) "
                + "(\(fields.count) fields, \(rounds) rounds): normalisation \(rate(normalizing)), "
                + "normalisation + all seven detectors \(rate(scanning)) [\(matches)]")
    }
}

/// Deterministic overview-like prose for throughput runs.
enum SyntheticOverviews {
    private static let sentences = [
        "I am a senior full-stack developer with 8 years of experience building web and mobile applications.",
        "My core stack is React, Node.js, TypeScript and PostgreSQL, and I ship clean, tested code on time.",
        "I have delivered more than 120 projects for startups and agencies across Europe and North America.",
        "Clients value my clear communication, honest estimates and attention to detail.",
        "I can help you design the architecture, set up CI/CD pipelines and scale your product.",
        "Recent work includes a booking platform for clinics, an analytics dashboard and a Shopify storefront.",
        "I care about accessibility, performance budgets and maintainable design systems.",
        "Let’s talk about your goals — I reply within a few hours and work in your time zone.",
        "Before coding I write a short plan, agree on milestones and keep you updated every week.",
        "Whether you need a quick fix or a long-term partner, I am happy to help you succeed.",
    ]
    private static let contacts = [
        "Email me at john.doe42@gmail.com or call +1 (415) 555-2671 today.",
        "Skype: live:john.doe_42, WhatsApp +44 20 7946 0958, Telegram @johndoe_dev.",
        "Portfolio https://johndoe.dev/work and t.me/johndoe_dev; pay me via PayPal to skip the fees.",
        "Office at 504 Parkwood Drive, PO Box 1234; I'll give a refund if you leave 5 stars.",
        "Write to jane [at] example [dot] com or four one five five five five two six seven one.",
    ]

    /// Overviews of six to ten sentences, none with a contact detail.
    static func clean(count: Int) -> [String] {
        (0..<count).map { index in
            var state = UInt64(index) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var text = ""
            for line in 0..<(6 + index % 5) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += (line == 0 ? "" : line % 3 == 0 ? "\n\n" : " ") + sentences[Int(state >> 33) % sentences.count]
            }
            return text
        }
    }

    /// The clean overviews with every contact sentence mixed in.
    static func dense(count: Int) -> [String] {
        clean(count: count).map { text in
            var lines = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            for (number, contact) in contacts.enumerated() {
                lines.insert(contact, at: min(lines.count, number * lines.count / contacts.count))
            }
            return lines.joined(separator: " ")
        }
    }
}
