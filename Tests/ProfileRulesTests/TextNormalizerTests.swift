import Testing

@testable import ProfileRules

/// The normaliser's shortcuts must agree with its full rule.
@Suite struct TextNormalizerTests {
    @Test func blockShortcutsAgreeWithFold() {
        for value in UInt32(0x800)..<0x10000 where !(0xD800...0xDFFF).contains(value) {
            let expected = TextNormalizer.fold(value) ?? TextNormalizer.dropped
            if TextNormalizer.foldedScalar(value) != expected {
                Issue.record(
                    "U+\(String(value, radix: 16)) folds to \(TextNormalizer.foldedScalar(value)), not \(expected)")
                return
            }
        }
    }
}
