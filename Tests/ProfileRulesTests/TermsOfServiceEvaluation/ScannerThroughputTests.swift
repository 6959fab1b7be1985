import Foundation
import ProfileLintTestSupport
import ProfileRules
import Testing

/// Prints the contact scanner's throughput on real overview and cover-letter text (the 32 applicant profiles in
/// `../shared/realdata`), for BENCHMARKS.md. Measures only, never asserts on time; run it in release:
/// `PROFILELINT_BENCHMARK=1 swift test -c release --filter ScannerThroughputTests`.
@Suite struct ScannerThroughputTests {
    static var path: String {
        TestPaths.realData + "/datasets/uprank_upwork_job_with_32_applicant_profiles_2024.json"
    }
    static var enabled: Bool {
        ProcessInfo.processInfo.environment["PROFILELINT_BENCHMARK"] == "1" && FileManager.default.fileExists(atPath: path)
    }

    @Test(.enabled(if: enabled, "set PROFILELINT_BENCHMARK=1 (and have ../shared/realdata) to measure"))
    func printThroughput() throws {
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.path)))
        let people = ((root as? [String: Any])?["edges"] as? [String: Any])?["upworkfreelancer"] as? [[String: Any]]
        let fields = (people ?? []).flatMap { person in ["description", "cv"].compactMap { person[$0] as? String } }
        let bytesPerRound = fields.reduce(0) { $0 + $1.utf8.count }
        #expect(bytesPerRound > 0)
        let rounds = max(1, 20_000_000 / bytesPerRound)
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
        print("scanner throughput over \(String(format: "%.1f", megabytes)) MB of real overviews and cover letters "
              + "(\(fields.count) fields, \(rounds) rounds): normalisation \(rate(normalizing)), "
              + "normalisation + all seven detectors \(rate(scanning)) [\(matches)]")
    }
}
