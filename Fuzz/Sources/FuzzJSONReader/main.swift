import Foundation
import FuzzSupport
import ProfileLintKit
import ProfileModel
import ProfileParsing

/// The positional JSON reader, then the mappers for whatever it accepts.
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let source = SourceFile(path: "fuzz.json", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    if let root = try? JSONReader(source: source).parseDocument() {
        _ = root["profile"]
        _ = try? ProfileReader.read(source)
    }
    _ = try? JSONReader(source: source).parseValue(at: min(1, size))
    return 0
}

exit(profilelint_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { fuzz($0, $1) })
