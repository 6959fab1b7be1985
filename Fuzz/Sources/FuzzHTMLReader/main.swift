import Foundation
import FuzzSupport
import ProfileLintKit
import ProfileModel
import ProfileParsing

/// libxml2's HTML parser and the page mappers: every input is read as a page (a leading '<' is supplied when
/// the input lacks one, so mutations are not spent on the format sniffer).
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if bytes.first != UInt8(ascii: "<") { bytes.insert(UInt8(ascii: "<"), at: 0) }
    _ = try? ProfileReader.read(SourceFile(path: "fuzz.html", bytes: bytes))
    return 0
}

exit(profilelint_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzz($0, $1) })
