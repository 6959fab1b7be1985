import ProfileModel

/// Upwork's own JSON shapes: GraphQL profile types, the legacy REST `providers` response, and `phpVars`.
enum UpworkJSONShape {
    case graphQL
    case rest
    case phpVars

    var format: InputFormat {
        switch self {
        case .graphQL: .upworkGraphQL
        case .rest: .upworkREST
        case .phpVars: .upworkPhpVars
        }
    }

    /// Recognises a shape from the document's keys; `nil` means profilelint's own format.
    static func detect(_ root: JSONNode) -> UpworkJSONShape? {
        nil
    }

    func map(root: JSONNode, source: SourceFile) throws(ProfileParseError) -> Profile {
        throw .unsupportedFormat(file: source.path, detail: "Upwork \(format.rawValue) JSON is not read yet")
    }
}
