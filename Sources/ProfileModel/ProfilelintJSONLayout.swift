/// The top-level keys of profilelint's JSON document (`Schemas/profilelint-document.schema.json`), shared by the
/// profile reader (ProfileParsing) and the account reader (AccountReading), which tells a bare account from a
/// bare profile by them.
public enum ProfilelintJSONLayout {
    /// The members a profile object may have, in the schema's order.
    public static let profileKeys: [String] = [
        "name", "photo", "title", "overview", "hourlyRate", "location", "availability", "skills", "employment",
        "education", "portfolio", "certifications", "video", "linkedAccounts", "otherExperience", "languages",
        "skillTestCredits", "importedFromElance", "specializedProfiles", "marketplaceCompleteness", "stats",
        "$schema",
    ]
}
