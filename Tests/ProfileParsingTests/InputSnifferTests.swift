import ProfileModel
import Testing

@testable import ProfileParsing

@Suite struct InputSnifferTests {
    func error(_ bytes: [UInt8], path: String = "in.json") -> ProfileParseError? {
        do {
            _ = try ProfileReader.read(SourceFile(path: path, bytes: bytes))
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyAndBlankFilesAreEmptyInput() {
        #expect(error([]) == .emptyInput(file: "in.json"))
        #expect(error(Array(" \n\t\r\n".utf8)) == .emptyInput(file: "in.json"))
    }

    @Test func binaryFilesAreRejected() {
        #expect(error([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]) == .binaryInput(file: "in.json"))
        #expect(error(Array("{\"a\": 1}\u{0}".utf8)) == .binaryInput(file: "in.json"))
    }

    @Test func utf16JSONIsAnEncodingError() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("{}".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(
            error(bytes)
                == .invalidEncoding(
                    SourceLocation(file: "in.json", line: 1, column: 1),
                    detail: "the file is UTF-16; JSON must be UTF-8 (re-save it as UTF-8)"))
    }

    @Test func plainTextIsAnUnknownFormatWithItsPlace() {
        #expect(
            error(Array("\n  name: Ana".utf8), path: "p.yml")
                == .unsupportedFormat(
                    file: "p.yml",
                    detail: "not a profile: expected a JSON document (starting with '{') or a saved HTML page "
                        + "(starting with '<'), found 'n' at 2:3"))
    }
}
