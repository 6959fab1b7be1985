/// Flags street addresses and post-office boxes.
struct ContactAddressRule: ProfileRule {
    static let description = RuleDescription(
        id: "contact-address",
        name: "Street address",
        category: .termsOfService,
        defaultSeverity: .error,
        rationale: """
            A physical (home or work) address is a means of direct contact (sources T1, T2). \
            Only precise shapes count: a house number, a street name and a street type ("221 Baker Street"), or a \
            PO box. A city and country are not an address; the profile has a location field for them. Shapes \
            covered: English (221 Baker Street, 504 Parkwood Drive, PO Box 1234); the street type first, as in \
            Spanish, Portuguese, Italian and Indonesian (Calle Mayor 12, Av. Paulista, 1578, Via Roma 10, Jl. \
            Sudirman No. 25) and Colombian grid addresses (Carrera 7 # 71-21); German and Dutch one-word streets \
            (Hauptstraße 5, Kalverstraat 92); French number-first (12 rue de Rivoli); Turkish name, type and No \
            (Atatürk Caddesi No: 15); each also glued to a label (Dirección:Calle Mayor 12). In any script of the \
            lexicon (Latin, Cyrillic, Arabic, Urdu, Devanagari, Bengali, CJK, kana), an address read from its parts: \
            a label with a colon and a value holding a number ("Адрес: ул. Примерная, д. 5", "地址：示例路88号", \
            "पता: मकान नं. 12, …"), or parts on one line with a number beside one of them: a street type and one \
            more part ("221B Fictional Street, Apt 4", "〒530-0000 大阪府…町2丁目") or three parts split by commas \
            ("Flat 302, Kalpana Apartments, 4th Cross"); house, plot and phase parts of Pakistani, Bangladeshi \
            and Nigerian addresses ("House 12, Street 5", "Plot 15, … Crescent, … Phase 1"); a street's number \
            after its name ("г. Новосибирск, пр-т Образцовый, 101"). The street name must be capitalised where a street type \
            is also a word. Exceptions: numbers that are quantities or names ("3 way merges", "40 Wall Street \
            dashboards", "Avenue 5", "Via 10 providers"); common words among the parts alone ("flat design for 4 \
            apps, a lot of icons", "in-house team, phase 2"); a number after a label that is not an address ("订单号：2024-…").
            """,
        howToFix: "Remove the address; your city and country belong in the profile's location.",
        passing: [
            Example(#"{"overview": "Based in London; 12 years of experience, 3 way merges, 2 place settings."}"#),
            Example(#"{"overview": "Built 40 Wall Street dashboards and 101 main straight lines."}"#),
            Example(
                "Avenue 5 is a show; Via 10 providers; la calle mayor de 12 pueblos; I wrote 5 rue-style scripts.",
                format: .text),
        ],
        failing: [
            Example(#"{"overview": "Visit us at ↓221 Baker Street, London."}"#),
            Example(#"{"overview": "Send the files to ↓PO Box 1234 or ↓504 parkwood drive."}"#),
            Example("Oficina: ↓Calle Mayor 12; Büro: ↓Hauptstraße 5; ↓Atatürk Caddesi No: 15", format: .text),
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
