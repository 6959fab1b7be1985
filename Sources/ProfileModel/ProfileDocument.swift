/// One profile input after reading: the file, what format it was in, and the profile it holds.
public struct ProfileDocument: Sendable {
    /// The file as read.
    public var source: SourceFile
    /// The format the reader recognised.
    public var format: InputFormat
    /// The profile.
    public var profile: Profile

    /// Creates a document.
    public init(source: SourceFile, format: InputFormat, profile: Profile) {
        self.source = source
        self.format = format
        self.profile = profile
    }
}

/// The input formats profilelint reads.
public enum InputFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// profilelint's own documented JSON (`Schemas/profilelint-document.schema.json`).
    case profilelintJSON = "profilelint-json"
    /// Upwork's GraphQL API profile types (`freelancerProfileByProfileKey`, `talentProfile`, …).
    case upworkGraphQL = "upwork-graphql"
    /// Upwork's legacy REST `profiles/v1/providers` response.
    case upworkREST = "upwork-rest-v1"
    /// The `phpVars` profile JSON of older saved pages, alone or inside a saved page.
    case upworkPhpVars = "upwork-phpvars"
    /// A saved HTML profile page.
    case html
    /// Plain text or Markdown: a proposal or a job post.
    case plainText = "text"
}
