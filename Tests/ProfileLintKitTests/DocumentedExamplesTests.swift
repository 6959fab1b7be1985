import Foundation
import ProfileLintTestSupport
import Testing

/// The library documents show the examples that `Tests/Consumers` compiles against each product alone, so an
/// example that stops compiling, or a document that drifts from its example, fails here or in scripts/test.sh.
@Suite struct DocumentedExamplesTests {
    static let examples = [
        (document: "Docs/eligibility.md", example: "Tests/Consumers/Sources/EligibilityExample/Example.swift"),
        (document: "Docs/profilelintkit.md", example: "Tests/Consumers/Sources/KitExample/Example.swift"),
    ]

    @Test(arguments: examples)
    func theDocumentShowsTheCompiledExample(document: String, example: String) throws {
        let root = TestPaths.repositoryRoot + "/"
        let source = try String(contentsOfFile: root + example, encoding: .utf8)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let begin = try #require(lines.firstIndex(of: "// example:begin"), "\(example) has no example:begin marker")
        let end = try #require(lines.firstIndex(of: "// example:end"), "\(example) has no example:end marker")
        let shown = "```swift\n" + lines[(begin + 1)..<end].joined(separator: "\n") + "\n```\n"
        let text = try String(contentsOfFile: root + document, encoding: .utf8)
        #expect(text.contains(shown), "\(document) must show the example of \(example) as it is there")
    }
}
