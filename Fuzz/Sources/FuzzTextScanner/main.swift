import Foundation
import FuzzSupport
import ProfileRules

/// The text normaliser and every ToS detector, through the public scanning API (`ContactScanner`,
/// `NormalizedText`): every match must lie inside the original text.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let normalized = NormalizedText(text)
    for match in ContactScanner.scan(normalized, for: .all) {
        // Matches point into the original text; a range outside it would crash whoever reports it.
        precondition(
            match.range.lowerBound >= 0 && match.range.upperBound <= normalized.original.count,
            "a match outside the original text")
    }
    if !normalized.bytes.isEmpty {
        _ = normalized.originalText(of: 0..<normalized.bytes.count)
    }
    return 0
}

exit(profilelint_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzz($0, $1) })
