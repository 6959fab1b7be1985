import Foundation
import ProfileLintKit
import ProfileLintTestSupport
import ProfileModel
import Testing

/// Batch mode shares the linter, the rule registry and libxml2 between files; checking many at once must give
/// the same results as one at a time. Run under `swift test --sanitize=thread` to check for data races
/// (Docs/reliability.md records the run).
@Suite struct BatchConcurrencyTests {
    static func sampleSources() -> [SourceFile] {
        let entries = InputFiles.expand([TestPaths.samples])
        return entries.compactMap { entry in
            let path: String
            switch entry {
            case .file(let named), .found(let named): path = named
            case .standardInput, .unreadable: return nil
            }
            return try? InputFiles.read(path: path, maxBytes: 1 << 20).get()
        }
    }

    /// A result reduced to what must not depend on scheduling.
    static func summary(_ result: FileResult) -> String {
        let findings = result.findings.map { "\($0.ruleID)@\($0.location)" }.joined(separator: ",")
        return "\(result.path) \(result.completeness?.score ?? -1) \(result.error?.message ?? "") \(findings)"
    }

    @Test func sixtyFourConcurrentLintsMatchSequentialOnes() async throws {
        let sources = Self.sampleSources()
        try #require(sources.count >= 8, "Samples/ holds JSON and HTML profiles")
        let linter = Linter()
        let expected = sources.map { Self.summary(linter.lintProfile($0)) }
        let rounds = 64 / sources.count + 1
        let results = await withTaskGroup(of: (Int, String).self) { group in
            for round in 0..<rounds {
                for (index, source) in sources.enumerated() {
                    group.addTask {
                        let result = linter.lintProfile(source)
                        // Every reporter too: they share formatting helpers.
                        _ = ReportFormat.allCases.map { try? $0.render([result], failOn: .error) }
                        return (round * sources.count + index, Self.summary(result))
                    }
                }
            }
            var collected: [(Int, String)] = []
            for await item in group { collected.append(item) }
            return collected
        }
        #expect(results.count == rounds * sources.count)
        for (slot, summary) in results {
            #expect(summary == expected[slot % sources.count])
        }
    }

    @Test func concurrentRunsOverAFolderAgree() async throws {
        let runs = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let outcome = try? LintRun(options: LintRun.Options()).run(InputFiles.expand([TestPaths.samples]))
                    return outcome?.results.map(Self.summary) ?? []
                }
            }
            var all: [[String]] = []
            for await run in group { all.append(run) }
            return all
        }
        #expect(runs.count == 8)
        #expect(!runs[0].isEmpty)
        #expect(Set(runs.map { $0.joined(separator: "\n") }).count == 1)
    }
}
