/// Flags street addresses and post-office boxes.
struct ContactAddressRule: ProfileRule {
    static let description = RuleDescription(
        id: "contact-address",
        name: "Street address",
        category: .termsOfService,
        defaultSeverity: .error,
        rationale: """
            A physical (home or work) address is a means of direct contact (upwork-rules.md §4.1, sources T1, T2). \
            Only precise shapes count: a house number, a street name and a street type ("221 Baker Street"), or a \
            PO box. A city and country are not an address; the profile has a location field for them. Families \
            covered: English street types and PO boxes, after any text (a label or a colon before them does not \
            hide them). Exceptions: numbers that are quantities or names ("3 way merges", "40 Wall Street \
            dashboards"). Street addresses in other languages are not covered yet.
            """,
        howToFix: "Remove the address; your city and country belong in the profile's location.",
        passing: [
            Example(#"{"overview": "Based in London; 12 years of experience, 3 way merges, 2 place settings."}"#),
            Example(#"{"overview": "Built 40 Wall Street dashboards and 101 main straight lines."}"#),
        ],
        failing: [
            Example(#"{"overview": "Visit us at ↓221 Baker Street, London."}"#),
            Example(#"{"overview": "Send the files to ↓PO Box 1234 or ↓504 parkwood drive."}"#),
        ]
    )

    var options = NoOptions()

    func check(_ input: RuleInput, into findings: inout FindingCollector) {
        findings.reportContacts(.address, in: input) { match in
            "gives a street address (\(match.quoted)): an address is a means of direct contact, and "
                + TermsOfServiceReason.contactDetails
        }
    }
}
