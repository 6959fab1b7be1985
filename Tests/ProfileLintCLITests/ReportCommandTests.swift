import Foundation
import ProfileLintTestSupport
import Testing

/// `profilelint report` end to end: where it writes, and its exit codes.
@Suite struct ReportCommandTests {
    @Test func writesTheReportAndFindingsDoNotFailIt() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/report.html"
        let result = try CommandRunner.profilelint(["report", "Samples/bad/contact-details.json", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<h1>Dana Example</h1>"))
        #expect(html.contains("<mark>WhatsApp me</mark>"))
        // Written through a temporary file and a rename: nothing else is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.html"])
    }

    @Test func theAccountOptionFeedsBadgesAndTheChart() throws {
        let result = try CommandRunner.profilelint([
            "report", "Samples/me.json", "--account", "Samples/account.json",
            "-o", "-",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<h3 id=\"badge-top-rated\">Top Rated: "))
        #expect(result.stdout.contains("<title id=\"jss-chart-title\">"))
        #expect(result.stdout.contains("as of <time datetime=\"2026-10-15\">"))
    }

    @Test func theDefaultOutputIsInTheCurrentFolder() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CommandRunner.profilelint(
            [
                "report", TestPaths.samples + "/good/complete.json", "--as-of",
                "2026-10-15",
            ], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/profilelint-report.html"))
    }

    @Test(arguments: [
        ["report", "Samples/no-such-profile.json", "-o", "-"],
        ["report", "Samples/me.json", "--account", "Samples/no-such-account.json", "-o", "-"],
        ["report", "Samples/me.json", "--account", "Samples/me.json", "-o", "-"],
        ["report", "Samples/me.json", "-o", "/no-such-folder/report.html"],
        ["report", "Samples/me.json", "--as-of", "yesterday"],
        ["report"],
    ])
    func inputAndUsageErrorsExitTwo(_ arguments: [String]) throws {
        let result = try CommandRunner.profilelint(arguments)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(!result.stderr.isEmpty)
        #expect(!result.stdout.contains("<!DOCTYPE"))
    }
}

/// The reports of `Samples/` rendered by headless Chromium (`scripts/render-report.sh`); skipped where Chromium is
/// not installed (`apt-get install -y chromium`; `scripts/setup.sh` leaves it out, it is large).
@Suite struct ReportRenderTests {
    static let chromium: String? = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap { name in
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }.first

    @Test(.enabled(if: chromium != nil, "chromium is not on PATH: apt-get install -y chromium to run the render check"))
    func samplesRenderToPNG() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try CommandRunner.run(
            TestPaths.repositoryRoot + "/scripts/render-report.sh", [folder],
            environment: ["PROFILELINT_BINARY": TestPaths.binary])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        for name in ["me", "contact-details", "complete"] {
            for width in ["desktop", "narrow"] {
                let png = folder + "/\(name)-\(width).png"
                let size = try FileManager.default.attributesOfItem(atPath: png)[.size] as? Int ?? 0
                #expect(size > 40_000, "\(png)")
            }
        }
    }
}
