// The types ProfileLintKit's public API is written in, so that `import ProfileLintKit` alone can name them
// (Docs/profilelintkit.md lists the API): the model and the engine whole, the rest type by type.
@_exported import EligibilityEngine
@_exported import ProfileModel

@_exported import struct PositionedJSON.ReaderLimits
@_exported import enum ProfileRules.CompletenessModel
@_exported import struct ProfileRules.CompletenessReport
@_exported import protocol ProfileRules.ProfileRule
@_exported import struct ProfileRules.RuleRunner
@_exported import struct ProfileRules.SpecializedReadiness
