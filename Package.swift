// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "profilelint",
    products: [
        .executable(name: "profilelint", targets: ["profilelint"]),
        // The engine with its account reader and the positional JSON reader under it: no libxml2, no Foundation.
        .library(name: "EligibilityEngine", targets: ["EligibilityEngine", "AccountReading", "PositionedJSON"]),
        .library(name: "ProfileLintKit", targets: ["ProfileLintKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // libxml2 through pkg-config; only ProfileParsing imports it (STYLE.md §B).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "pkg-config"])]
        ),
        .target(name: "ProfileModel"),
        .target(name: "EligibilityEngine", dependencies: ["ProfileModel"]),
        // The JSON reader that keeps every value's byte range; parsing profiles and accounts both stand on it.
        .target(name: "PositionedJSON", dependencies: ["ProfileModel"]),
        .target(name: "AccountReading", dependencies: ["EligibilityEngine", "PositionedJSON", "ProfileModel"]),
        // The lexicon's data files are compiled into Generated/LexiconTables.swift ahead of time (LexiconTablesTests).
        .target(name: "ProfileRules", dependencies: ["ProfileModel"], exclude: ["TextScanning/Lexicon/Data"]),
        .target(name: "ProfileParsing", dependencies: ["ProfileModel", "PositionedJSON", "CLibXML2"]),
        .target(
            name: "ProfileLintKit",
            dependencies: [
                "ProfileModel", "PositionedJSON", "ProfileParsing", "ProfileRules", "EligibilityEngine",
                "AccountReading",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "profilelint",
            dependencies: [
                "ProfileLintKit",
                "ProfileModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "ProfileLintTestSupport",
            dependencies: ["ProfileModel", "ProfileRules", "ProfileParsing"],
            path: "Tests/ProfileLintTestSupport"
        ),
        .testTarget(name: "ProfileModelTests", dependencies: ["ProfileModel"]),
        .testTarget(
            name: "ProfileParsingTests",
            dependencies: [
                "ProfileParsing", "ProfileModel", "PositionedJSON", "AccountReading", "EligibilityEngine",
                "ProfileLintTestSupport",
            ]
        ),
        .testTarget(
            name: "ProfileRulesTests",
            dependencies: ["ProfileRules", "ProfileModel", "ProfileParsing", "ProfileLintTestSupport"],
            exclude: ["TermsOfServiceEvaluation/DevSet"]
        ),
        .testTarget(name: "EligibilityEngineTests", dependencies: ["EligibilityEngine", "ProfileModel"]),
        .testTarget(
            name: "ProfileLintKitTests",
            dependencies: [
                "ProfileLintKit", "ProfileModel", "PositionedJSON", "AccountReading", "ProfileParsing",
                "ProfileLintTestSupport",
            ]
        ),
        .testTarget(name: "ProfileLintCLITests", dependencies: ["ProfileLintTestSupport"]),
    ]
)
