import PositionedJSON
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

    /// Recognises a shape from the document's distinctive keys; `nil` means profilelint's own format.
    ///
    /// Our format is `{"profile": {name, title, …}}` or the bare profile. None of its keys is `personalData`,
    /// a `dev_…` key, `data`/`errors` next to a GraphQL query field, or an `identity` object beside a nested
    /// `profile` object, so none of these checks can fire on it.
    static func detect(_ root: JSONNode) -> UpworkJSONShape? {
        if UpworkPhpVarsMapper.profileMember(of: root) != nil { return .phpVars }
        if UpworkRESTMapper.providerObject(in: root) != nil { return .rest }
        if UpworkGraphQLMapper.profileObject(in: root) != nil { return .graphQL }
        if root["data"] != nil, root["errors"] != nil || UpworkGraphQLMapper.emptyResponseMessage(in: root) != nil,
            root["profile"] == nil
        {
            return .graphQL
        }
        return nil
    }

    func map(root: JSONNode, source: SourceFile) throws(ProfileParseError) -> Profile {
        switch self {
        case .phpVars:
            guard let (member, path) = UpworkPhpVarsMapper.profileMember(of: root) else { break }
            let mapper = UpworkPhpVarsMapper()
            let profile = mapper.map(member: member, path: path)
            try mapper.reader.checkNumbers(in: source)
            return profile
        case .rest:
            guard let object = UpworkRESTMapper.providerObject(in: root) else { break }
            let mapper = UpworkRESTMapper()
            let profile = mapper.map(object)
            try mapper.reader.checkNumbers(in: source)
            return profile
        case .graphQL:
            if let object = UpworkGraphQLMapper.profileObject(in: root) {
                let mapper = UpworkGraphQLMapper()
                let profile = mapper.map(object)
                try mapper.reader.checkNumbers(in: source)
                return profile
            }
            if let message = UpworkGraphQLMapper.emptyResponseMessage(in: root) {
                throw .unsupportedFormat(file: source.path, detail: message)
            }
        }
        throw .unsupportedFormat(file: source.path, detail: "not an Upwork \(format.rawValue) profile")
    }
}
