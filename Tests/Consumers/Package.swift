// swift-tools-version: 6.0
// Consumers of profilelint's two library products, as another package sees them: each target depends on one
// product only and compiles the example its document shows (Docs/eligibility.md, Docs/profilelintkit.md), so
// what the documents promise — the types they name, no `package` symbol — is checked. scripts/test.sh builds
// this package; DocumentedExamplesTests checks that the documents show these files' examples.
import PackageDescription

// A path dependency's identity is its folder's name, which differs between clones and worktrees.
let rootName = Context.packageDirectory.split(separator: "/").dropLast(2).last.map(String.init) ?? "profilelint"

let package = Package(
    name: "profilelint-consumers",
    dependencies: [.package(path: "../..")],
    targets: [
        .target(name: "EligibilityExample", dependencies: [.product(name: "EligibilityEngine", package: rootName)]),
        .target(name: "KitExample", dependencies: [.product(name: "ProfileLintKit", package: rootName)]),
    ]
)
