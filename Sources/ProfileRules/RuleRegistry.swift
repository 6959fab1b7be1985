/// Every rule profilelint ships. Swift on Linux cannot discover conforming types at run time, so each rule is
/// listed here once; `RuleRegistryTests` fails when a rule file is missing from this list.
public enum RuleRegistry {
    /// All rules, in documentation order.
    public static let all: [any ProfileRule.Type] = [
        // Completeness and quality
        RequiredItemMissingRule.self,
        MissingTitleRule.self,
        TitleTooLongRule.self,
        OverviewTooLongRule.self,
        OverviewTooShortRule.self,
        TooManySkillsRule.self,
        PortfolioTitleTooLongRule.self,
        PortfolioDescriptionTooLongRule.self,
        AvailabilityMissingRule.self,
        HourlyRateMissingRule.self,
        SpecializedSkillsOffSpecialtyRule.self,
        SpecializedOverviewNearCopyRule.self,
        // Proposals
        PlaceholderLeftRule.self,
        ProposalLengthRule.self,
        OpeningLinesRule.self,
        JobCoverageRule.self,
        ScreeningUnansweredRule.self,
        CannedProposalRule.self,
        ProfileNotReadyRule.self,
        CallToActionRule.self,
        BoilerplateRule.self,
        UnfinishedLetterRule.self,
        // Input
        UnknownFieldRule.self,
        // Terms of Service
        ContactEmailRule.self,
        ContactPhoneRule.self,
        ContactLinkRule.self,
        ContactHandleRule.self,
        ContactAddressRule.self,
        OffPlatformPaymentRule.self,
        FeedbackManipulationRule.self,
    ]

    /// The rule with `id`, if any.
    public static func rule(withID id: String) -> (any ProfileRule.Type)? {
        all.first { $0.description.id == id }
    }
}
