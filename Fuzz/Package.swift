// swift-tools-version: 6.0
// libFuzzer targets for profilelint (issue 8). A package of its own so the main build and `swift test` never see
// them; build and run them with `scripts/fuzz.sh TARGET SECONDS` (see Docs/reliability.md).
import PackageDescription

// A path dependency's identity is its folder's name, which differs between clones and worktrees.
let rootName = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "profilelint"

let package = Package(
    name: "profilelint-fuzz",
    dependencies: [.package(path: "..")],
    targets: [.target(name: "FuzzSupport")] + ["FuzzJSONReader", "FuzzHTMLReader", "FuzzPipeline"].map { name in
        .executableTarget(name: name, dependencies: [
            "FuzzSupport", .product(name: "ProfileLintKit", package: rootName),
        ])
    }
)
