// swift-tools-version: 6.0
// Benchmarks for profilelint: a seeded corpus generator and a release-mode harness. Not part of `swift test`;
// `scripts/bench.sh` builds and runs everything and writes the figures BENCHMARKS.md quotes.
import PackageDescription

let package = Package(
    name: "profilelint-benchmarks",
    dependencies: [.package(name: "profilelint", path: "..")],
    targets: [
        .executableTarget(name: "corpus-gen", path: "Sources/CorpusGen"),
        .executableTarget(
            name: "profilelint-bench",
            dependencies: [.product(name: "ProfileLintKit", package: "profilelint")],
            path: "Sources/ProfileLintBench"
        ),
        // Issue 12, family 5: 1 MB of each short repeat through every pass (scripts/linear-check.sh).
        .executableTarget(
            name: "linear-check",
            dependencies: [.product(name: "ProfileLintKit", package: "profilelint")],
            path: "Sources/LinearCheck"
        ),
    ]
)
