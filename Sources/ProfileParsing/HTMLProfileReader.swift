internal import CLibXML2
import ProfileModel

/// Reads a saved HTML profile page with libxml2's HTML parser.
enum HTMLProfileReader {
    static func read(_ source: SourceFile, limits: ReaderLimits) throws(ProfileParseError) -> ProfileDocument {
        throw .unsupportedFormat(file: source.path, detail: "HTML pages are not read yet")
    }
}
