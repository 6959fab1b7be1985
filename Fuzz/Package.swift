// swift-tools-version: 6.0
// libFuzzer targets for profilelint (issue 8). A package of its own so the main build and `swift test` never see
// them; build and run them with `scripts/fuzz.sh TARGET SECONDS` (see Docs/reliability.md).
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between clones and worktrees.
let rootName = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "profilelint"

// The text scanner target needs the ToS detectors (ProfileRules/TextScanning, merged to main from `tos`); it is
// left out where they are not there yet, so this package builds on any branch.
let hasTextScanner = FileManager.default.fileExists(
    atPath: Context.packageDirectory + "/../Sources/ProfileRules/TextScanning/ContactScanner.swift")
let fuzzTargets =
    ["FuzzJSONReader", "FuzzHTMLReader", "FuzzPipeline", "FuzzConfiguration", "FuzzAccountReader"]
    + (hasTextScanner ? ["FuzzTextScanner"] : [])

let package = Package(
    name: "profilelint-fuzz",
    dependencies: [.package(path: "..")],
    targets: [.target(name: "FuzzSupport")]
        + fuzzTargets.map { name in
            .executableTarget(
                name: name,
                dependencies: [
                    "FuzzSupport", .product(name: "ProfileLintKit", package: rootName),
                ])
        }
)
