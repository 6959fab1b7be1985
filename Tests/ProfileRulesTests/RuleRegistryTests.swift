import Foundation
import ProfileLintTestSupport
import ProfileRules
import Testing

/// Swift on Linux cannot discover conforming types, so a rule file missing from `RuleRegistry.all` would be
/// silently dead. This test reads the rule sources and fails naming the missing line.
@Suite struct RuleRegistryTests {
    @Test func everyRuleFileIsRegistered() throws {
        let rulesFolder = TestPaths.repositoryRoot + "/Sources/ProfileRules/Rules"
        let enumerator = try #require(FileManager.default.enumerator(atPath: rulesFolder))
        var declared: Set<String> = []
        for case let path as String in enumerator where path.hasSuffix(".swift") {
            let text = try String(contentsOfFile: rulesFolder + "/" + path, encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("struct ") && line.contains(": ProfileRule") {
                let name = line.dropFirst("struct ".count).prefix { $0.isLetter || $0.isNumber }
                declared.insert(String(name))
            }
        }
        let registered = Set(RuleRegistry.all.map { String(describing: $0) })
        #expect(!declared.isEmpty)
        for name in declared.subtracting(registered).sorted() {
            Issue.record("add \(name).self to RuleRegistry.all")
        }
    }
}
