/// Job Success Score and badge eligibility (being built; see issue 4).
public enum EligibilityEngineInfo {
    /// The default policy id.
    public static let defaultPolicy = "upwork-2025"
}
