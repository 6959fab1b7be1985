import FoundationEssentials
import ProfileModel
import Testing

@testable import ProfileParsing

/// Paths and readers shared by the parsing tests.
enum TestFiles {
    /// The repository root, from this file's path (`#filePath`, not `#file`: STYLE.md).
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Real saved pages and API field lists live outside the repo (no licence, real people's data: SOURCES.md);
    /// they are read at test time and never copied in.
    static let realData = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/realdata")
    static let hasRealData = FileManager.default.fileExists(atPath: realData.appendingPathComponent("html").path)

    static func sample(_ relativePath: String) throws -> SourceFile {
        try source(repoRoot.appendingPathComponent("Samples").appendingPathComponent(relativePath))
    }

    static func real(_ relativePath: String) throws -> SourceFile {
        try source(realData.appendingPathComponent(relativePath))
    }

    static func source(_ url: URL) throws -> SourceFile {
        SourceFile(path: url.lastPathComponent, bytes: Array(try Data(contentsOf: url)))
    }
}

extension TestFiles {
    /// What the 2016 page's phpVars holds, whether read from the page or from the extracted JSON.
    static func expectDevpub2016(_ profile: Profile) {
        #expect(profile.title?.value == "Computer Science Student")
        #expect(profile.skills.count == 3)
        #expect(profile.education.count == 1)
        #expect(profile.languages.count == 2)
        #expect(profile.linkedAccounts.count == 1)
        #expect(profile.employment.isEmpty)
        #expect(profile.portfolio.isEmpty)
        #expect(profile.hourlyRate?.value == Money(amount: 3, currency: "USD"))
        #expect(profile.availability?.status?.value == .asNeeded)
        #expect(profile.marketplaceCompleteness?.actual == 60)
        #expect(profile.marketplaceCompleteness?.display == 40)
    }
}

extension SourceFile {
    /// `line:column` of a field's first character.
    func position(_ field: Field<some Sendable>?) -> String {
        guard let field else { return "absent" }
        let location = location(ofOffset: field.span.sourceOffset(ofValueOffset: 0))
        return "\(location.line):\(location.column)"
    }

    /// `line:column` of the first occurrence of `text` at or after the first occurrence of `anchor`.
    func position(of text: String, after anchor: String = "") -> String {
        guard let offset = offset(of: text, after: anchor) else { return "not found" }
        let location = location(ofOffset: offset)
        return "\(location.line):\(location.column)"
    }

    func offset(of text: String, after anchor: String = "") -> Int? {
        let start = anchor.isEmpty ? 0 : (find(Array(anchor.utf8), from: 0) ?? bytes.count)
        return find(Array(text.utf8), from: start)
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start + needle.count <= bytes.count else { return nil }
        for index in start...(bytes.count - needle.count)
        where bytes[index..<index + needle.count].elementsEqual(needle) {
            return index
        }
        return nil
    }
}
